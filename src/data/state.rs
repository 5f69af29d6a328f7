//! The seam between loading and rendering: pages read the report through
//! [`ReportState`], never from the network, so a prerendered build (or a
//! test) can hand them a report that is already there.

use super::{LoadError, load_report, report_location};
use leptos::prelude::*;
use leptos::task::spawn_local;
use report::Report;
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

    /// Loads the report again (after a failure): the page shows the loading
    /// placeholder again, then the new outcome.
    pub fn retry(&self) {
        self.retry.run(());
    }
}

/// Starts loading the report named by `requested` (the `?data=` value) and
/// provides it to every page below.
pub fn provide_report_state(requested: Option<String>) -> ReportState {
    let load = RwSignal::new(None::<Result<Arc<Report>, LoadError>>);
    let start = move || {
        load.set(None);
        let requested = requested.clone();
        spawn_local(async move {
            let outcome = match same_origin_location(requested.as_deref()) {
                Ok(url) => load_report(url).await,
                Err(error) => Err(error),
            };
            load.set(Some(outcome));
        });
    };
    start();
    let state = ReportState {
        load: load.into(),
        retry: Callback::new(move |_| start()),
    };
    provide_context(state);
    state
}

/// The address to fetch, refused unless the browser resolves it (against
/// `<base href>`, as fetch will) to the page's own origin. The string check
/// in [`report_location`] explains refusals; this one is the guarantee.
fn same_origin_location(requested: Option<&str>) -> Result<String, LoadError> {
    let origin = window().location().origin().unwrap_or_default();
    let url = report_location(requested, &origin)?;
    let base = document().base_uri().ok().flatten().unwrap_or_default();
    let resolved = web_sys::Url::new_with_base(&url, &base).map(|resolved| resolved.origin());
    match resolved {
        Ok(resolved) if resolved == origin => Ok(url),
        _ => Err(LoadError::ForeignOrigin {
            requested: requested.unwrap_or_default().to_string(),
        }),
    }
}

/// The report state provided by [`provide_report_state`] or a test.
pub fn use_report_state() -> ReportState {
    expect_context::<ReportState>()
}
