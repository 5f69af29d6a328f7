use crate::components::use_app_navigate;
use crate::links::event_path;
use crate::logic::timeline::{PhaseGroup, TimelineFilters, group_by_phase};
use leptos::prelude::*;
use report::{Event, Report};
use std::sync::Arc;

/// What every part of the timeline reads and how it changes the URL, the
/// one place the timeline's state lives (selected event and filters are
/// both in the address, so back/forward and reload restore them).
#[derive(Clone)]
pub struct TimelineContext {
    /// The loaded report.
    pub report: Arc<Report>,
    /// The event id in the address, if any (it may name no event).
    pub selected_id: Memo<Option<String>>,
    /// The filters in the address.
    pub filters: Memo<TimelineFilters>,
    /// Ids of the events that pass the filters, in display order.
    pub visible_ids: Memo<Vec<String>>,
    navigate: Callback<String>,
}

impl TimelineContext {
    /// Builds the context from the address's event id and filters.
    pub fn new(
        report: Arc<Report>,
        selected_id: Memo<Option<String>>,
        filters: Memo<TimelineFilters>,
    ) -> Self {
        let for_visible = report.clone();
        let visible_ids = Memo::new(move |_| {
            filters.with(|filters| {
                group_by_phase(&for_visible, filters)
                    .iter()
                    .flat_map(|group| group.events.iter().map(|event| event.id.clone()))
                    .collect()
            })
        });
        let navigate = use_app_navigate();
        let navigate = Callback::new(move |path: String| navigate(&path, false));
        Self {
            report,
            selected_id,
            filters,
            visible_ids,
            navigate,
        }
    }

    /// The selected event, if the address names one that exists.
    pub fn selected_event(&self) -> Option<&Event> {
        let id = self.selected_id.get()?;
        self.report.event(&id)
    }

    /// The phase groups for the current filters.
    pub fn groups(&self) -> Vec<PhaseGroup<'_>> {
        self.filters
            .with(|filters| group_by_phase(&self.report, filters))
    }

    /// Selects an event (or none), keeping the filters: a new history entry.
    pub fn select(&self, event_id: Option<&str>) {
        let query = self.filters.with_untracked(TimelineFilters::to_query);
        self.navigate
            .run(format!("{}{query}", event_path(event_id)));
    }

    /// Applies new filters, keeping the selected event.
    pub fn set_filters(&self, filters: &TimelineFilters) {
        let selected = self.selected_id.get_untracked();
        self.navigate.run(format!(
            "{}{}",
            event_path(selected.as_deref()),
            filters.to_query()
        ));
    }
}

/// The DOM id of an event's option in the list (kept apart from the report's
/// own ids, which passages use as element ids).
pub fn option_dom_id(event_id: &str) -> String {
    format!("timeline-option-{event_id}")
}
