use super::{LoadFailure, PageShape, Skeleton};
use crate::data::{ReportState, use_report_state};
use leptos::prelude::*;
use report::Report;
use std::sync::Arc;

/// Renders its children with the report once it is loaded; until then a
/// placeholder of the page's shape, and on failure the reason and a retry.
#[component]
pub fn WithReport<F, V>(
    /// The shape of the placeholder shown while the report loads.
    shape: PageShape,
    /// The page, given the loaded report.
    children: F,
) -> impl IntoView
where
    F: Fn(Arc<Report>) -> V + Send + Sync + 'static,
    V: IntoView + 'static,
{
    match use_report_state() {
        ReportState::Ready(report) => children(report.get_value()).into_any(),
        // Not `<Suspense>`: the three states are plain data here, and
        // Suspense's machinery measured 2 KB of brotli'd wasm (bench/size.md).
        ReportState::Fetched(resource) => {
            let children = StoredValue::new(children);
            (move || match resource.get() {
                None => view! { <Skeleton shape=shape/> }.into_any(),
                Some(Ok(report)) => children.with_value(|children| children(report)).into_any(),
                Some(Err(error)) => view! { <LoadFailure error=error/> }.into_any(),
            })
            .into_any()
        }
    }
}
