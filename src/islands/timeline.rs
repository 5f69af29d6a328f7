use super::data::{FromJson, IslandData, TIMELINE_DATA, from_json_fields};
use super::enter_island;
use crate::components::timeline::{
    TimelineContext, drive_axis, drive_event_list, drive_filter_bar, drive_stepper,
    land_on_the_selected_event, provide_timeline, say_the_selected_title, show_selected_detail,
};
use crate::hooks::keep_in_page_links;
use crate::logic::timeline::{
    FacetLabel, IndexedEvent, TimelineFilters, TimelineIndex, TimelineWindow,
};
use leptos::prelude::*;
use report::routes::AppRoute;

/// The timeline's state from the address: the selected event and the
/// filters. The timeline's island has its own; the page prerenders its
/// filters and stepper from one of its own.
pub fn enter_timeline(index: TimelineIndex, base: &str, at: String) -> TimelineContext {
    let address = enter_island(base, at);
    // A page of a long timeline has no filters (see `FilterBar`): one the
    // address still carries is ignored.
    let filterable = index.window.is_whole();
    let selected_id = Memo::new(move |_| match address.route() {
        Some(AppRoute::Timeline { event }) => event,
        _ => None,
    });
    let filters = Memo::new(move |_| {
        if !filterable {
            return TimelineFilters::default();
        }
        TimelineFilters::from_query(
            address.query("site").as_deref(),
            address.query("theme").as_deref(),
        )
    });
    provide_timeline(index, selected_id, filters)
}

from_json_fields!(TimelineIndex {
    events,
    window,
    sites,
    themes
});
from_json_fields!(IndexedEvent {
    id,
    title,
    sites,
    themes
});
from_json_fields!(FacetLabel { id, label });

/// serde writes a window as its one string.
impl FromJson for TimelineWindow {
    fn from_json(value: &wasm_bindgen::JsValue) -> Option<Self> {
        String::from_json(value).map(Self::from)
    }
}

/// The timeline's one island: it answers the filters, the stepper and the
/// list, says the selected event, and keeps the prerendered list, axis
/// and details in step (`FilterBar`, `Stepper` and `SelectedTitle` are
/// prerendered beside it; it renders nothing, so its wasm holds no view).
/// Moving between events and filters stays in the page, with the address
/// (event, `?site=`, `?theme=`) kept in step. Its data is the page's
/// [`TIMELINE_DATA`], which carries the page's events once.
#[cfg_attr(any(not(feature = "hydrate"), feature = "timeline-islands"), island)]
#[cfg_attr(all(feature = "hydrate", not(feature = "timeline-islands")), component)]
pub fn TimelineIsland() -> impl IntoView {
    if cfg!(feature = "ssr") {
        return;
    }
    let Some(IslandData {
        data: index,
        base,
        at,
    }) = IslandData::<TimelineIndex>::read(TIMELINE_DATA)
    else {
        return;
    };
    crate::perf::mark(crate::perf::TIMELINE_DATA_READ);
    let timeline = enter_timeline(index, &base, at);
    let address = crate::hooks::use_address();
    // Another event this page lists is a move within it; any other
    // timeline address (a long timeline's other events) loads its page.
    keep_in_page_links(address, move |route| match route {
        AppRoute::Timeline { event } => timeline.lists(event.as_deref()),
        _ => false,
    });
    drive_filter_bar(timeline);
    drive_event_list(timeline);
    drive_axis(timeline);
    land_on_the_selected_event(timeline);
    show_selected_detail(timeline);
    drive_stepper(timeline);
    say_the_selected_title(timeline);
}
