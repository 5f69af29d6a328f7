//! The report the pages are rendered from, handed to [`App`](crate::App)
//! by the prerender step. Pages read it from here rather than through
//! their props, so that the frame (header, footer, head tags) and every
//! route share one copy.

use leptos::prelude::*;
use report::Report;
use std::sync::Arc;

/// Wrapped, so that no other `Arc<Report>` in a context can be taken for it.
#[derive(Clone)]
struct RenderedReport(Arc<Report>);

/// Gives every component below `report`.
pub fn provide_report(report: Arc<Report>) {
    provide_context(RenderedReport(report));
}

/// The report the page is rendered from.
pub fn use_report() -> Arc<Report> {
    expect_context::<RenderedReport>().0
}
