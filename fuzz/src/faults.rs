//! Faulty answers to the report fetch through the report loading: each
//! one a page that says what went wrong, never a blank one.

use crate::{BUNDLED_REPORT, Figures};
use leptos::prelude::*;
use leptos::tachys::view::RenderHtml;
use micra_flins::components::report::LoadFailure;
use micra_flins::data::{LoadError, REPORT_SIZE_LIMIT, provide_ready_report, report_from_response};
use report::Report;
use std::sync::Arc;

/// Answers to the report fetch a host may give, each turned into the
/// page the reader sees: never a blank one.
pub fn faults(figures: &mut Figures) {
    let bundled = BUNDLED_REPORT;
    let oversized = format!("{bundled}{}", " ".repeat(REPORT_SIZE_LIMIT));
    let answers: [(&str, u16, Option<&str>, &str); 7] = [
        ("server error", 500, Some("text/plain"), "Internal error"),
        ("not found", 404, Some("text/html"), "<html>"),
        (
            "a web page",
            200,
            Some("text/html"),
            "<!doctype html><p>Home</p>",
        ),
        (
            "a truncated body",
            200,
            Some("application/json"),
            &bundled[..bundled.len() / 2],
        ),
        ("an empty body", 200, Some("application/json"), ""),
        (
            "a body over the limit",
            200,
            Some("application/json"),
            &oversized,
        ),
        ("not a report", 200, Some("application/json"), "[1, 2, 3]"),
    ];
    let errors = answers
        .iter()
        .map(|(what, status, content_type, body)| {
            (
                *what,
                report_from_response("data/report.json", *status, *content_type, body),
            )
        })
        .chain([(
            "no answer in time",
            Err(LoadError::TimedOut {
                url: "data/report.json".to_string(),
            }),
        )]);
    let report = Arc::new(Report::from_json(bundled).expect("the bundled report"));
    for (what, outcome) in errors {
        figures.faults += 1;
        let Err(error) = outcome else {
            figures
                .blank_pages
                .push(format!("{what}: accepted as a report"));
            continue;
        };
        let title = error.title();
        let can_retry = error.can_retry();
        let owner = Owner::new();
        let html = owner.with(|| {
            leptos_meta::provide_meta_context();
            provide_ready_report(Arc::clone(&report));
            view! { <LoadFailure error/> }.to_html()
        });
        owner.cleanup();
        let shown = html.contains(title);
        let way_on = html.contains("<button") || !can_retry;
        if !shown || !way_on {
            figures
                .blank_pages
                .push(format!("{what}: the page does not say so"));
        }
    }
}
