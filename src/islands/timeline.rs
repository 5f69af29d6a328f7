use super::enter_island;
use crate::components::timeline::TimelineExplorer;
use crate::hooks::keep_in_page_links;
use crate::logic::timeline::TimelineFilters;
use leptos::prelude::*;
use report::Report;
use report::routes::AppRoute;
use std::sync::Arc;

/// The timeline: moving between its events and filters stays in the page,
/// with the address (event, `?site=`, `?theme=`) kept in step.
#[island]
pub fn TimelineIsland(report: Report, base: String, at: String) -> impl IntoView {
    if !cfg!(feature = "ssr") {
        crate::perf::mark(crate::perf::REPORT_LOADED);
    }
    let address = enter_island(&base, at);
    keep_in_page_links(address, |route| matches!(route, AppRoute::Timeline { .. }));
    let selected_id = Memo::new(move |_| match address.route() {
        Some(AppRoute::Timeline { event }) => event,
        _ => None,
    });
    let filters = Memo::new(move |_| {
        TimelineFilters::from_query(
            address.query("site").as_deref(),
            address.query("theme").as_deref(),
        )
    });
    view! { <TimelineExplorer report=Arc::new(report) selected_id filters/> }
}
