use super::enter_island;
use crate::components::timeline::{
    FilterBar, Stepper, TimelineContext, drive_axis, drive_event_list, land_on_the_selected_event,
    provide_timeline, show_selected_detail,
};
use crate::hooks::keep_in_page_links;
use crate::logic::timeline::{TimelineFilters, TimelineIndex};
use leptos::prelude::*;
use report::routes::AppRoute;

/// The timeline's state from the address: the selected event and the
/// filters. Each timeline island has its own, in step through the address.
fn enter_timeline(index: TimelineIndex, base: &str, at: String) -> TimelineContext {
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

/// Above the list: the filters.
#[cfg_attr(any(not(feature = "hydrate"), feature = "timeline-islands"), island)]
#[cfg_attr(all(feature = "hydrate", not(feature = "timeline-islands")), component)]
pub fn TimelineFiltersIsland(index: TimelineIndex, base: String, at: String) -> impl IntoView {
    enter_timeline(index, &base, at);
    view! { <FilterBar/> }
}

/// Below the list: the stepper and the announcement of the selected event;
/// it also keeps the prerendered list and details in step. Moving between
/// events and filters stays in the page, with the address (event,
/// `?site=`, `?theme=`) kept in step.
#[cfg_attr(any(not(feature = "hydrate"), feature = "timeline-islands"), island)]
#[cfg_attr(all(feature = "hydrate", not(feature = "timeline-islands")), component)]
pub fn TimelineSelectionIsland(index: TimelineIndex, base: String, at: String) -> impl IntoView {
    if !cfg!(feature = "ssr") {
        crate::perf::mark(crate::perf::REPORT_LOADED);
    }
    let timeline = enter_timeline(index, &base, at);
    let address = crate::hooks::use_address();
    // Another event this page lists is a move within it; any other
    // timeline address (a long timeline's other events) loads its page.
    keep_in_page_links(address, move |route| match route {
        AppRoute::Timeline { event } => timeline.lists(event.as_deref()),
        _ => false,
    });
    if !cfg!(feature = "ssr") {
        drive_event_list(timeline);
        drive_axis(timeline);
        land_on_the_selected_event(timeline);
        show_selected_detail(timeline);
    }
    let live_title = move || {
        timeline
            .with_selected_event(|event| event.title.clone())
            .unwrap_or_default()
    };
    // The titles it announces are the report's words, in its language. The
    // prerendered page says so; the browser build, which keeps the page's
    // attributes, holds no code for it.
    #[cfg(feature = "ssr")]
    let live = view! {
        <p class="visually-hidden" aria-live="polite" aria-atomic="true" lang=crate::ui_text::content_lang()>{live_title}</p>
    };
    #[cfg(not(feature = "ssr"))]
    let live = view! {
        <p class="visually-hidden" aria-live="polite" aria-atomic="true">{live_title}</p>
    };
    view! {
        {live}
        <Stepper/>
    }
}
