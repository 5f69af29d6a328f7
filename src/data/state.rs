//! The seam between loading and rendering: pages read the report through
//! [`ReportState`], never from the network, so a prerendered build (or a
//! test) can hand them a report that is already there.

use super::{LoadError, load_report, report_location};
use crate::model::Report;
use leptos::prelude::*;
use std::sync::Arc;

/// Where loading the report stands: `None` while it loads.
pub type ReportLoad = Option<Result<Arc<Report>, LoadError>>;

/// The report as the pages see it, with a way to load it again.
#[derive(Clone, Copy)]
pub struct ReportState {
    load: Signal<ReportLoad>,
    retry: Callback<()>,
}

impl ReportState {
    /// A report that is already loaded.
    pub fn ready(report: Arc<Report>) -> Self {
        Self {
            load: Signal::stored(Some(Ok(report))),
            retry: Callback::new(|_| {}),
        }
    }

    /// Loading (`None`), loaded or failed; tracked.
    pub fn get(&self) -> ReportLoad {
        self.load.get()
    }

    /// Loads the report again (after a failure).
    pub fn retry(&self) {
        self.retry.run(());
    }
}

/// Starts loading the report named by `requested` (the `?data=` value) and
/// provides it to every page below.
pub fn provide_report_state(requested: Option<String>) -> ReportState {
    let resource = LocalResource::new(move || {
        let requested = requested.clone();
        async move {
            let origin = window().location().origin().unwrap_or_default();
            let url = report_location(requested.as_deref(), &origin)?;
            load_report(url).await
        }
    });
    let state = ReportState {
        load: Signal::derive(move || resource.get()),
        retry: Callback::new(move |_| resource.refetch()),
    };
    provide_context(state);
    state
}

/// The report state provided by [`provide_report_state`] or a test.
pub fn use_report_state() -> ReportState {
    expect_context::<ReportState>()
}
