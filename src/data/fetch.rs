//! The one place that fetches the report over the network (gloo-net).

use super::{LoadError, report_from_response};
use gloo_net::http::Request;
use report::Report;
use std::sync::Arc;

/// Fetches `url` (relative to the document's `<base href>`) and returns the
/// validated report or the reason it cannot be shown.
pub async fn load_report(url: String) -> Result<Arc<Report>, LoadError> {
    let network_error = |error: gloo_net::Error| LoadError::Network {
        url: url.clone(),
        detail: error.to_string(),
    };
    let response = Request::get(&url).send().await.map_err(network_error)?;
    let status = response.status();
    let content_type = response.headers().get("content-type");
    let body = if response.ok() {
        response.text().await.map_err(network_error)?
    } else {
        String::new()
    };
    let report = report_from_response(&url, status, content_type.as_deref(), &body).map(Arc::new);
    if report.is_ok() {
        crate::perf::mark(crate::perf::REPORT_LOADED);
    }
    report
}
