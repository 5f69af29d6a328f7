use crate::hooks::{Address, use_address};
use crate::links::event_path;
use crate::logic::timeline::{TimelineFilters, group_by_phase};
use leptos::prelude::*;
use report::{Event, Report};
use std::sync::Arc;

/// The one place the timeline's state lives. The selected event and the
/// filters are both in the address, so back/forward and reload restore them.
#[derive(Clone, Copy)]
pub struct TimelineContext {
    // A `StoredValue` keeps the handle `Copy`.
    report: StoredValue<Arc<Report>>,
    /// The event id in the address; it may name no event.
    pub selected_id: Memo<Option<String>>,
    pub filters: Memo<TimelineFilters>,
    /// Ids of the events that pass the filters, in display order.
    pub visible_ids: Memo<Vec<String>>,
    address: Address,
}

/// Makes the timeline's state, from the address's event id and filters,
/// the context of everything below.
pub fn provide_timeline(
    report: Arc<Report>,
    selected_id: Memo<Option<String>>,
    filters: Memo<TimelineFilters>,
) -> TimelineContext {
    let report = StoredValue::new(report);
    let visible_ids = Memo::new(move |_| {
        report.with_value(|report| {
            filters.with(|filters| {
                group_by_phase(report, filters)
                    .iter()
                    .flat_map(|group| group.events.iter().map(|event| event.id.clone()))
                    .collect()
            })
        })
    });
    let timeline = TimelineContext {
        report,
        selected_id,
        filters,
        visible_ids,
        address: use_address(),
    };
    provide_context(timeline);
    timeline
}

/// The state provided by [`provide_timeline`]; panics outside the timeline.
pub fn use_timeline() -> TimelineContext {
    expect_context::<TimelineContext>()
}

impl TimelineContext {
    /// Untracked: the report does not change while the timeline is shown.
    /// Calls must not nest (the report sits behind a lock).
    pub fn with_report<R>(&self, read: impl FnOnce(&Report) -> R) -> R {
        self.report.with_value(|report| read(report))
    }

    /// Reads the selected event, if the address names one that exists;
    /// tracks the selection.
    pub fn with_selected_event<R>(&self, read: impl FnOnce(&Event) -> R) -> Option<R> {
        self.selected_id.with(|id| {
            let id = id.as_deref()?;
            self.with_report(|report| report.event(id).map(read))
        })
    }

    /// Selects an event (or none), keeping the filters: a new history entry.
    pub fn select(&self, event_id: Option<&str>) {
        let query = self.filters.with_untracked(TimelineFilters::to_query);
        self.address
            .navigate(&format!("{}{query}", event_path(event_id)), false);
    }

    /// Applies new filters, keeping the selected event.
    pub fn set_filters(&self, filters: &TimelineFilters) {
        let selected = self.selected_id.get_untracked();
        self.address.navigate(
            &format!("{}{}", event_path(selected.as_deref()), filters.to_query()),
            false,
        );
    }
}

/// The DOM id of an event's option in the list (kept apart from the report's
/// own ids, which passages use as element ids).
pub fn option_dom_id(event_id: &str) -> String {
    format!("timeline-option-{event_id}")
}
