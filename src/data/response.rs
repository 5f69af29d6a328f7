//! What an HTTP answer means: a validated report, or the reason it is not one.

use super::LoadError;
use report::Report;
use std::time::Duration;

/// The largest report the app reads, in bytes: the bundled one is 23 KB,
/// and a report two hundred times larger is still within; past this,
/// parsing and validating would hold the page for seconds.
pub const REPORT_SIZE_LIMIT: usize = 5_000_000;

/// How long the app waits for the whole report before it says so and
/// offers to try again.
pub const REPORT_TIMEOUT: Duration = Duration::from_secs(20);

/// Whether a `Content-Length` announces more than [`REPORT_SIZE_LIMIT`]:
/// then the body is not read at all.
pub fn announced_too_large(content_length: Option<&str>) -> Option<u64> {
    let bytes: u64 = content_length?.trim().parse().ok()?;
    (bytes > REPORT_SIZE_LIMIT as u64).then_some(bytes)
}

/// Turns a response (status, Content-Type, body) from `url` into a report
/// that parsed and validated, or the first reason it cannot be shown.
pub fn report_from_response(
    url: &str,
    status: u16,
    content_type: Option<&str>,
    body: &str,
) -> Result<Report, LoadError> {
    if !(200..300).contains(&status) {
        return Err(LoadError::Http {
            url: url.to_string(),
            status,
        });
    }
    if body.len() > REPORT_SIZE_LIMIT {
        return Err(LoadError::TooLarge {
            url: url.to_string(),
            bytes: body.len() as u64,
        });
    }
    // Hosts that rewrite unknown paths to an HTML page answer 200 with HTML;
    // say so instead of reporting a JSON syntax error at line 1.
    if let Some(content_type) = content_type.filter(|value| !is_json_or_plain(value)) {
        return Err(LoadError::NotJson {
            url: url.to_string(),
            content_type: content_type.to_string(),
        });
    }
    let report = Report::from_json(body).map_err(|error| LoadError::Malformed {
        url: url.to_string(),
        kind: error.kind,
        line: error.line,
        column: error.column,
        message: error.message,
    })?;
    // Release builds show the report their pages were prerendered from,
    // which `cargo xtask dist` validated: the checker stays out of the wasm.
    let problems = if cfg!(debug_assertions) {
        report.validate()
    } else {
        Vec::new()
    };
    if problems.is_empty() {
        Ok(report)
    } else {
        Err(LoadError::Invalid {
            url: url.to_string(),
            problems,
        })
    }
}

/// JSON types, and the generic types some hosts give unknown extensions.
fn is_json_or_plain(content_type: &str) -> bool {
    let essence = content_type
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase();
    essence.is_empty()
        || essence == "application/json"
        || essence.ends_with("+json")
        || essence == "text/json"
        || essence == "text/plain"
        || essence == "application/octet-stream"
}

#[cfg(test)]
mod tests {
    use super::*;
    use report::ParseErrorKind;

    const URL: &str = "data/report.json";
    const BUNDLED: &str = include_str!(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/public/data/report.json"
    ));

    #[test]
    fn the_bundled_report_served_as_json_loads() {
        let report = report_from_response(URL, 200, Some("application/json"), BUNDLED).unwrap();
        assert_eq!(report.feature.title, "The Renault-Nissan Alliance");
    }

    #[test]
    fn a_report_over_the_limit_is_refused_before_it_is_read() {
        let huge = format!("{{\"padding\": \"{}\"}}", "x".repeat(REPORT_SIZE_LIMIT));
        let error = report_from_response(URL, 200, Some("application/json"), &huge).unwrap_err();
        assert_eq!(error.title(), "The report file is too large");
        assert_eq!(
            error.detail(),
            "data/report.json is 5.1 MB; the app reads reports of up to 5.0 MB. A report that large is not one this app was made for: check that the address names the report file."
        );
        assert!(error.can_retry());
        assert_eq!(announced_too_large(Some("5000001")), Some(5_000_001));
        assert_eq!(announced_too_large(Some("22592")), None);
        assert_eq!(announced_too_large(Some("lots")), None);
        assert_eq!(announced_too_large(None), None);
    }

    #[test]
    fn a_report_that_does_not_arrive_in_time_says_so_and_offers_a_retry() {
        let error = LoadError::TimedOut {
            url: URL.to_string(),
        };
        assert_eq!(error.title(), "The report took too long to arrive");
        assert_eq!(
            error.detail(),
            "No whole answer came for data/report.json within 20 seconds. The server may be busy or the connection slow: try again."
        );
        assert!(error.can_retry());
    }

    #[test]
    fn a_long_address_is_repeated_shortened() {
        let url = format!("data/{}.json", "x".repeat(10_000));
        let error = report_from_response(&url, 404, None, "").unwrap_err();
        let detail = error.detail();
        assert!(detail.starts_with(&format!("There is no file at data/{}", "x".repeat(75))));
        assert!(detail.len() < 200, "{detail}");
    }

    #[test]
    fn a_missing_file_says_not_found_with_its_status() {
        let error = report_from_response(URL, 404, Some("text/html"), "<html>").unwrap_err();
        assert_eq!(error.title(), "The report could not be found");
        assert_eq!(
            error.detail(),
            "There is no file at data/report.json (HTTP 404)."
        );
        let error = report_from_response(URL, 503, None, "").unwrap_err();
        assert_eq!(
            error.detail(),
            "The server answered HTTP 503 for data/report.json."
        );
    }

    #[test]
    fn an_html_page_served_in_place_of_the_report_is_called_not_json() {
        let error = report_from_response(
            URL,
            200,
            Some("text/html; charset=utf-8"),
            "<!DOCTYPE html>",
        )
        .unwrap_err();
        assert_eq!(error.title(), "The report is not a JSON file");
        assert!(error.detail().contains("text/html"), "{}", error.detail());
    }

    #[test]
    fn broken_json_gives_its_line_and_column() {
        let error =
            report_from_response(URL, 200, Some("application/json"), "{\n  \"source\": ,\n}")
                .unwrap_err();
        let LoadError::Malformed {
            kind, line, column, ..
        } = &error
        else {
            panic!("{error:?}")
        };
        assert_eq!((*kind, *line, *column), (ParseErrorKind::Syntax, 2, 13));
        assert!(
            error
                .detail()
                .starts_with("data/report.json, line 2, column 13:"),
            "{}",
            error.detail()
        );
    }

    #[test]
    fn a_report_that_breaks_the_rules_lists_every_problem() {
        let broken = BUNDLED.replacen(
            "\"title\": \"The Renault-Nissan Alliance\"",
            "\"title\": \" \"",
            1,
        );
        let error = report_from_response(URL, 200, Some("application/json"), &broken).unwrap_err();
        assert_eq!(error.title(), "The report has problems");
        assert!(!error.problems().is_empty());
        assert!(
            error
                .problems()
                .iter()
                .any(|problem| problem.path == "$.feature.title"),
            "{:?}",
            error.problems()
        );
    }
}
