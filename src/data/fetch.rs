//! The one place that fetches the report over the network (gloo-net).

use super::{LoadError, REPORT_TIMEOUT, announced_too_large, report_from_response};
use gloo_net::http::Request;
use leptos::prelude::set_timeout;
use report::Report;
use std::sync::Arc;
use std::time::Duration;

/// Fetches `url` (relative to the document's `<base href>`) and returns the
/// validated report or the reason it cannot be shown; gives up after
/// [`REPORT_TIMEOUT`].
pub async fn load_report(url: String) -> Result<Arc<Report>, LoadError> {
    load_report_within(url, REPORT_TIMEOUT).await
}

/// [`load_report`], giving up after `timeout`: the request and the reading
/// of its body are aborted, and the reader is told, with a retry.
pub async fn load_report_within(url: String, timeout: Duration) -> Result<Arc<Report>, LoadError> {
    let controller = web_sys::AbortController::new().ok();
    let signal = controller.as_ref().map(web_sys::AbortController::signal);
    if let Some(controller) = controller.clone() {
        set_timeout(move || controller.abort(), timeout);
    }
    let timed_out = || signal.as_ref().is_some_and(web_sys::AbortSignal::aborted);
    let failed = |error: gloo_net::Error| {
        if timed_out() {
            LoadError::TimedOut { url: url.clone() }
        } else {
            LoadError::Network {
                url: url.clone(),
                detail: error.to_string(),
            }
        }
    };
    let response = Request::get(&url)
        .abort_signal(signal.as_ref())
        .send()
        .await
        .map_err(failed)?;
    let status = response.status();
    let content_type = response.headers().get("content-type");
    if let Some(bytes) = announced_too_large(response.headers().get("content-length").as_deref()) {
        if let Some(controller) = &controller {
            controller.abort();
        }
        return Err(LoadError::TooLarge { url, bytes });
    }
    let body = if response.ok() {
        response.text().await.map_err(failed)?
    } else {
        String::new()
    };
    let report = report_from_response(&url, status, content_type.as_deref(), &body).map(Arc::new);
    if report.is_ok() {
        crate::perf::mark(crate::perf::REPORT_LOADED);
    }
    report
}
