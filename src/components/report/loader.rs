use crate::data::provide_report_state;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// Starts loading the report for everything inside it: the bundled one, or
/// the one `?data=<path>` names on the page's first address.
///
/// The address is read once: in-app links do not carry `?data=`, and the
/// reader should not see the report change under them while navigating.
#[component]
pub fn ReportLoader(
    /// The pages that read the report.
    children: Children,
) -> impl IntoView {
    let requested = use_query_map().with_untracked(|query| query.get("data"));
    provide_report_state(requested);
    children()
}
