use crate::data::{provide_ready_report, provide_report_state};
use leptos::prelude::*;
use report::Report;
use std::sync::Arc;

/// Gives everything inside it the report: the one it is handed (prerendering,
/// and the take-over of a prerendered page), or else the one it loads.
///
/// Development builds (`cargo xtask serve`, the browser tests) may name
/// another report with `?data=<path>` on the page's first address; release
/// builds always show the report their pages were prerendered from. The
/// address is read once: in-app links do not carry `?data=`, and the reader
/// should not see the report change under them while navigating.
#[component]
pub fn ReportLoader(
    /// The report, when it is already there.
    report: Option<Arc<Report>>,
    /// The pages that read the report.
    children: Children,
) -> impl IntoView {
    match report {
        Some(report) => provide_ready_report(report),
        None => provide_report_state(requested_report()),
    };
    children()
}

/// The `?data=` value of the first address, in development builds only.
fn requested_report() -> Option<String> {
    if cfg!(debug_assertions) {
        leptos_router::hooks::use_query_map().with_untracked(|query| query.get("data"))
    } else {
        None
    }
}
