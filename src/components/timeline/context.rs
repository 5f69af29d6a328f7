use crate::hooks::{Address, use_address};
use crate::links::event_path;
use crate::logic::timeline::{IndexedEvent, TimelineFilters, TimelineIndex, taken_ahead};
use leptos::prelude::*;

/// The one place the timeline's state lives, in its island (and, for what
/// it prerenders, the timeline page). The selected event and the filters
/// are both in the address, so back/forward and reload restore them.
#[derive(Clone, Copy)]
pub struct TimelineContext {
    // A `StoredValue` keeps the handle `Copy`.
    index: StoredValue<TimelineIndex>,
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
    index: TimelineIndex,
    selected_id: Memo<Option<String>>,
    filters: Memo<TimelineFilters>,
) -> TimelineContext {
    let index = StoredValue::new(index);
    let visible_ids = Memo::new(move |_| {
        index.with_value(|index| filters.with(|filters| index.visible_ids(filters)))
    });
    let timeline = TimelineContext {
        index,
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
    /// Untracked: the index does not change while the timeline is shown.
    pub fn with_index<R>(&self, read: impl FnOnce(&TimelineIndex) -> R) -> R {
        self.index.with_value(|index| read(index))
    }

    /// Reads the selected event, if the address names one that exists;
    /// tracks the selection.
    pub fn with_selected_event<R>(&self, read: impl FnOnce(&IndexedEvent) -> R) -> Option<R> {
        self.selected_id.with(|id| {
            let id = id.as_deref()?;
            self.with_index(|index| index.event(id).map(read))
        })
    }

    /// `path`'s address on the site (`/timeline/x` under the base).
    pub fn href(&self, path: &str) -> String {
        self.address.href(path)
    }

    /// The events whose details are taken ahead of a reader at `id` who
    /// came from `previous` ([`taken_ahead`]), among those the filters
    /// leave.
    pub fn taken_ahead(&self, id: &str, previous: Option<&str>) -> Vec<String> {
        let visible = self.visible_ids.get_untracked();
        let position = |id: &str| visible.iter().position(|visible| visible == id);
        let Some(at) = position(id) else {
            return Vec::new();
        };
        taken_ahead(visible.len(), at, previous.and_then(position))
            .into_iter()
            .map(|index| visible[index].clone())
            .collect()
    }

    /// Whether this page shows the timeline at `event_id` (an event, or
    /// none: the timeline's own page): a long timeline's page lists only
    /// the events of its window, and the timeline's own page its first.
    pub fn lists(&self, event_id: Option<&str>) -> bool {
        self.with_index(|index| match event_id {
            Some(id) => index.event(id).is_some(),
            None => index.window.start == 0,
        })
    }

    /// Selects an event (or none), keeping the filters: a new history entry.
    /// An event this page does not list (a long timeline's, beyond its
    /// window) is on its own page, which is loaded.
    pub fn select(&self, event_id: Option<&str>) {
        if !self.lists(event_id) {
            let href = self.href(&event_path(event_id));
            let _ = window().location().set_href(&href);
            return;
        }
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

/// The DOM id of an event's prerendered detail.
pub fn detail_dom_id(event_id: &str) -> String {
    format!("timeline-detail-{event_id}")
}

/// The DOM id of an event's mark on the axis.
pub fn mark_dom_id(event_id: &str) -> String {
    format!("timeline-mark-{event_id}")
}
