//! The seam between loading and rendering: pages read the report through
//! [`ReportState`], never from the network, so a prerendered build (or a
//! test) can hand them a report that is already there.

use super::{LoadError, load_report, report_location};
use leptos::prelude::*;
use report::Report;
use std::sync::Arc;

/// The report as the pages see it.
#[derive(Clone, Copy)]
pub enum ReportState {
    /// Handed over already: the prerender step, and the take-over of a
    /// prerendered page, which loaded it before rendering anything.
    Ready(StoredValue<Arc<Report>>),
    /// Fetched by the app itself (development builds, tests): `None`
    /// while it loads.
    Fetched(LocalResource<Result<Arc<Report>, LoadError>>),
}

impl ReportState {
    /// Loads the report again, after a failure. The outcome is cleared
    /// first, so the page shows its loading placeholder meanwhile: the
    /// reader sees that the retry is happening.
    pub fn retry(&self) {
        if let Self::Fetched(resource) = self {
            resource.set(None);
            resource.refetch();
        }
    }
}

/// Provides `report` to every page below.
pub fn provide_ready_report(report: Arc<Report>) -> ReportState {
    let state = ReportState::Ready(StoredValue::new(report));
    provide_context(state);
    state
}

/// Starts loading the report named by `requested` (the `?data=` value) and
/// provides it to every page below.
pub fn provide_report_state(requested: Option<String>) -> ReportState {
    let resource = LocalResource::new(move || {
        let requested = requested.clone();
        async move {
            match same_origin_location(requested.as_deref()) {
                Ok(url) => load_report(url).await,
                Err(error) => Err(error),
            }
        }
    });
    let state = ReportState::Fetched(resource);
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

/// Text the page's frame (header, footer) takes from the report: at once
/// when the report was handed over; in a development build, once it has
/// loaded (empty until then).
pub fn report_text(read: fn(&Report) -> String) -> Signal<String> {
    match use_report_state() {
        ReportState::Ready(report) => Signal::stored(report.with_value(|report| read(report))),
        ReportState::Fetched(resource) => Signal::derive(move || {
            resource
                .get()
                .and_then(Result::ok)
                .map(|report| read(&report))
                .unwrap_or_default()
        }),
    }
}

pub fn use_report_state() -> ReportState {
    expect_context::<ReportState>()
}
