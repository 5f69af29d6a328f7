//! Hostile addresses through the address code: the pages they name stay
//! in the site, and the values the app writes into addresses read back.

use crate::Figures;
use micra_flins::links::{query_param, with_find};
use micra_flins::logic::timeline::TimelineFilters;
use micra_flins::prerender::file_within;
use report::routes::AppRoute;
use std::path::Path;

/// In-app addresses a reader or a link could bring, each parsed, and the
/// values the app writes into addresses read back.
const HOSTILE_PATHS: &[&str] = &[
    "/timeline/x'],*[x='",
    "/timeline/../../etc/passwd",
    "/interviews/%2e%2e/%2e%2e",
    "/interviews/catherine-perez/<script>",
    "//evil.example/timeline",
    "/timeline/%E0%A4%A",
    "/timeline/\u{202E}lmth",
    "/interviews/a/b/c/d",
    "/?find=%00",
];

pub fn hostile_addresses(figures: &mut Figures) {
    let long = format!("/timeline/{}", "a".repeat(10_000));
    let site = Path::new("/fuzz-site");
    for path in HOSTILE_PATHS.iter().copied().chain([long.as_str()]) {
        figures.addresses += 1;
        let outcome = std::panic::catch_unwind(|| {
            let route = AppRoute::parse(path)?;
            Some(file_within(site, &route.file()).is_ok_and(|file| file.starts_with(site)))
        });
        match outcome {
            Ok(Some(false)) => figures
                .address_escapes
                .push(format!("{path}: its page is outside")),
            Ok(_) => {}
            Err(_) => figures.panics.push(format!("address {path}")),
        }
    }
    for value in [
        "a#b",
        "a&b=c",
        "100%",
        "x+y",
        "ß İ",
        "\u{202E}",
        &"é".repeat(10_000),
    ] {
        figures.addresses += 1;
        let filters = TimelineFilters::from_query(Some(value), None);
        let url = format!("/timeline{}", filters.to_query());
        let back = TimelineFilters::from_query(query_param(&url, "site").as_deref(), None);
        let find = query_param(&with_find("/interviews/x", value), "find");
        if back != filters || find.as_deref() != Some(value.trim()) {
            figures
                .address_escapes
                .push(format!("{value:?} did not survive the address"));
        }
    }
}
