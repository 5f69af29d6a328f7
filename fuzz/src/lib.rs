//! How hard the app has been tried: reports generated with hostile content
//! run through the whole build pipeline, hostile addresses through the
//! address code, faults through the report loading, each counting what
//! went wrong. `cargo xtask fuzz N` runs N generated reports and writes
//! docs/reliability.md; the test command runs a few (this crate's tests/reliability.rs).
//!
//! A crate of its own so that the app ships none of it: it builds the app
//! natively with the prerender step's `ssr` feature and renders pages as
//! that step does.

use leptos::prelude::*;
use leptos::tachys::view::RenderHtml;
use micra_flins::components::report::LoadFailure;
use micra_flins::data::{LoadError, REPORT_SIZE_LIMIT, provide_ready_report, report_from_response};
use micra_flins::links::{query_param, with_find};
use micra_flins::logic::interview::{SearchableInterview, search_interviews};
use micra_flins::logic::timeline::{TimelineFilters, TimelineIndex, group_by_phase};
use micra_flins::prerender::{PageTemplate, file_within, pages_for};
use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::TestRunner;
use report::Report;
use report::routes::AppRoute;
use serde_json::Value;
use std::panic::AssertUnwindSafe;
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Markup a report's text may carry; it must reach the page as text.
pub const SCRIPT_IN_TEXT: &str = "<script>alert(1)</script>";

/// A built `index.html` as trunk writes it, for rendering pages.
const TEMPLATE: &str = "<!doctype html><html lang=en><meta charset=utf-8><base href=/fuzz/><title>Front · Site</title><meta content=\"Front\" name=description><meta content=Front property=og:title><meta content=\"Front\" property=og:description><body><div id=app></div>";

/// What one run found.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Figures {
    /// Generated reports run through the pipeline.
    pub reports: usize,
    /// Of those, the ones validation accepted (then rendered to pages).
    pub valid: usize,
    /// Pages rendered from the valid ones.
    pub pages: usize,
    /// Panics anywhere in the pipeline, with the case that caused each.
    pub panics: Vec<String>,
    /// Broken promises: output out of bounds, a path out of the folder,
    /// markup from the text in a page, a passage search cannot find.
    pub failures: Vec<String>,
    /// Hostile addresses tried, and the ones that escaped (a path out of
    /// the folder, a value that did not survive the address).
    pub addresses: usize,
    pub address_escapes: Vec<String>,
    /// Faulty answers to the report fetch, and the ones that rendered a
    /// blank page.
    pub faults: usize,
    pub blank_pages: Vec<String>,
    /// The largest report checked and rendered, its events, and how long
    /// it took.
    pub largest_bytes: usize,
    pub largest_events: usize,
    pub largest_time: Duration,
}

/// Runs `cases` generated reports (case numbers `first..first + cases`,
/// each reproducible from its number), the hostile addresses and the
/// faults.
pub fn run(first: u64, cases: u64) -> Figures {
    micra_flins::prerender::init_executor().ok();
    let template = PageTemplate::from_index(TEMPLATE).expect("the fuzzing template is usable");
    let mut figures = Figures::default();
    for case in first..first + cases {
        let json = generated_report(case);
        figures.reports += 1;
        let outcome = std::panic::catch_unwind(AssertUnwindSafe(|| pipeline(&json, &template)));
        match outcome {
            Ok(Ok(Checked { valid, pages })) => {
                figures.valid += usize::from(valid);
                figures.pages += pages;
            }
            Ok(Err(broken)) => figures.failures.push(format!("case {case}: {broken}")),
            Err(_) => figures.panics.push(format!("case {case}")),
        }
    }
    hostile_addresses(&mut figures);
    faults(&mut figures);
    largest_report(&template, &mut figures);
    figures
}

/// A report generated from the bundled one for case `case`: hostile text
/// in its fields, and sometimes duplicated events, dangling references,
/// ids that are not kebab-case or the app's own, a megabyte string, or
/// many more events.
pub fn generated_report(case: u64) -> String {
    let mut runner = TestRunner::new_with_rng(
        proptest::test_runner::Config::default(),
        proptest::test_runner::TestRng::from_seed(
            proptest::test_runner::RngAlgorithm::ChaCha,
            &seed(case),
        ),
    );
    let changes = proptest::collection::vec(change(), 1..8)
        .new_tree(&mut runner)
        .expect("the strategy generates")
        .current();
    let mut report = bundled_value();
    for change in &changes {
        change.apply(&mut report);
    }
    report.to_string()
}

fn seed(case: u64) -> [u8; 32] {
    let mut seed = [0u8; 32];
    seed[..8].copy_from_slice(&case.to_le_bytes());
    seed[8..16].copy_from_slice(b"micraflx");
    seed
}

fn bundled_value() -> Value {
    serde_json::from_str(include_str!("../../public/data/report.json")).expect("the bundled report")
}

/// Text that has broken text handling elsewhere.
fn hostile_text() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("e\u{301}\u{302}\u{303}\u{304}".to_string()),
        Just("\u{202E}trap\u{202C} \u{200F}".to_string()),
        Just("Straße İstanbul ﬁnal".to_string()),
        Just("\u{200B}\u{200D}\u{FEFF}".to_string()),
        Just(SCRIPT_IN_TEXT.to_string()),
        Just("\"' & < > </p> ]]> --> {{ }}".to_string()),
        Just("👩‍🔧🇫🇷".to_string()),
        Just("%23%2F%00 ?find=x#y".to_string()),
        "\\PC{0,40}",
        // Rarely, a megabyte.
        (0u8..40).prop_map(|roll| if roll == 0 {
            "é".repeat(500_000)
        } else {
            String::new()
        }),
    ]
}

/// Keys of fields that hold text a reader sees (not ids, dates, kinds or
/// references).
const TEXT_KEYS: &[&str] = &[
    "title",
    "summary",
    "text",
    "label",
    "headline",
    "heading",
    "standfirst",
    "kicker",
    "detail",
    "note",
    "name",
    "role",
    "organisation",
    "credit",
    "speaker_label",
    "publisher",
];

#[derive(Debug, Clone)]
enum Change {
    /// Wraps the `n`th text field (counted over the whole report) in
    /// hostile text, keeping it: quotes of it still match.
    WrapText(usize, String),
    /// Another copy of an event, under the same id.
    DuplicateEvent(usize),
    /// An event's first site names no site.
    DanglingSite(usize),
    /// An id replaced: not kebab-case, a path, or one the app reserves.
    HostileId(usize, String),
    /// The timeline's events repeated, each copy with its own id.
    ManyEvents(usize),
}

fn change() -> impl Strategy<Value = Change> {
    prop_oneof![
        12 => (0usize..400, hostile_text()).prop_map(|(n, text)| Change::WrapText(n, text)),
        1 => (0usize..10).prop_map(Change::DuplicateEvent),
        1 => (0usize..10).prop_map(Change::DanglingSite),
        1 => (0usize..200, prop_oneof![
            Just("../outside".to_string()),
            Just("Main".to_string()),
            Just("main".to_string()),
            Just("timeline-list".to_string()),
            Just("a/b".to_string()),
            "[a-z]{1,8}",
        ]).prop_map(|(n, id)| Change::HostileId(n, id)),
        1 => (2usize..20).prop_map(Change::ManyEvents),
    ]
}

impl Change {
    fn apply(&self, report: &mut Value) {
        match self {
            Change::WrapText(n, hostile) => {
                if let Some(text) = nth_string_field(report, &|key| TEXT_KEYS.contains(&key), *n) {
                    *text = format!("{hostile}{text}{hostile}");
                }
            }
            Change::DuplicateEvent(n) => {
                if let Some(events) = timeline_events(report)
                    && !events.is_empty()
                {
                    let copy = events[n % events.len()].clone();
                    events.push(copy);
                }
            }
            Change::DanglingSite(n) => {
                if let Some(event) = timeline_events(report).and_then(|events| {
                    let len = events.len();
                    events.get_mut(n % len.max(1))
                }) {
                    event["sites"] = serde_json::json!(["nowhere"]);
                }
            }
            Change::HostileId(n, id) => {
                if let Some(field) = nth_string_field(report, &|key| key == "id", *n) {
                    *field = id.clone();
                }
            }
            Change::ManyEvents(times) => {
                if let Some(events) = timeline_events(report) {
                    // Each copy next to its event, so that the dates stay in order.
                    let repeated = events
                        .iter()
                        .flat_map(|event| {
                            (0..*times).map(move |copy| {
                                let mut event = event.clone();
                                if copy > 0 {
                                    let id = event["id"].as_str().unwrap_or("event").to_string();
                                    event["id"] = Value::String(format!("{id}-{copy}"));
                                }
                                event
                            })
                        })
                        .collect();
                    *events = repeated;
                }
            }
        }
    }
}

/// The report's timeline events, when it has them as an array.
fn timeline_events(report: &mut Value) -> Option<&mut Vec<Value>> {
    report
        .pointer_mut("/timeline/events")
        .and_then(Value::as_array_mut)
}

/// The `n`th (modulo their count) string value under a key `wanted`
/// accepts, anywhere in `report`.
fn nth_string_field<'v>(
    report: &'v mut Value,
    wanted: &dyn Fn(&str) -> bool,
    n: usize,
) -> Option<&'v mut String> {
    let mut fields = Vec::new();
    string_fields(report, wanted, &mut fields);
    let len = fields.len();
    fields.into_iter().nth(n % len.max(1))
}

/// The string values under keys `wanted` accepts, anywhere in `value`.
fn string_fields<'v>(
    value: &'v mut Value,
    wanted: &dyn Fn(&str) -> bool,
    out: &mut Vec<&'v mut String>,
) {
    match value {
        Value::Object(map) => {
            for (key, child) in map.iter_mut() {
                if let Value::String(text) = child {
                    if wanted(key) {
                        out.push(text);
                    }
                } else {
                    string_fields(child, wanted, out);
                }
            }
        }
        Value::Array(items) => items
            .iter_mut()
            .for_each(|item| string_fields(item, wanted, out)),
        _ => {}
    }
}

struct Checked {
    valid: bool,
    pages: usize,
}

/// Parse, validate (its output bounded by the input), and for a valid
/// report: grouping, the index, search, the page files, every page
/// rendered with the report's text as text.
fn pipeline(json: &str, template: &PageTemplate) -> Result<Checked, String> {
    let report = match Report::from_json(json) {
        Ok(report) => report,
        // Generated reports keep the structure; a refusal is still an answer.
        Err(_) => {
            return Ok(Checked {
                valid: false,
                pages: 0,
            });
        }
    };
    let problems = report.validate();
    let said: usize = problems
        .iter()
        .map(|problem| problem.path.len() + problem.message.len() + problem.hint.len())
        .sum();
    if said > 4 * json.len() + 10_000 {
        return Err(format!(
            "validation said {said} bytes of a {}-byte report",
            json.len()
        ));
    }
    if !problems.is_empty() {
        return Ok(Checked {
            valid: false,
            pages: 0,
        });
    }
    let grouped: usize = group_by_phase(&report, &TimelineFilters::default())
        .iter()
        .map(|group| group.events.len())
        .sum();
    if grouped != report.timeline.events.len() {
        return Err(format!(
            "{grouped} events grouped of {}",
            report.timeline.events.len()
        ));
    }
    // The timeline's own page: all its events, or a long one's first.
    let index = TimelineIndex::of(&report);
    let window = &index.window;
    if window.total != grouped || index.events.len() != window.length || window.start != 0 {
        return Err("the timeline index lost events".to_string());
    }
    let searchable = SearchableInterview::all(&report);
    for interview in &searchable {
        for (_, text) in interview.blocks.iter().take(3) {
            let term: String = text.chars().skip(2).take(6).collect();
            if !term.trim().is_empty() && search_interviews(&searchable, &term).is_empty() {
                return Err(format!("searching for {term:?} finds nothing"));
            }
        }
    }
    let routes = AppRoute::all(&report);
    let site = Path::new("/fuzz-site");
    for route in &routes {
        let path = file_within(site, &route.file())?;
        if !path.starts_with(site) {
            return Err(format!("{} leaves the site", route.file()));
        }
    }
    let pages = pages_for(template, "/fuzz", &Arc::new(report), &routes);
    for page in &pages {
        if page.html.contains(SCRIPT_IN_TEXT) || !page.html.contains("<main") {
            return Err(format!("{} is not the page it should be", page.file));
        }
    }
    Ok(Checked {
        valid: true,
        pages: pages.len(),
    })
}

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

fn hostile_addresses(figures: &mut Figures) {
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

/// Answers to the report fetch a host may give, each turned into the
/// page the reader sees: never a blank one.
fn faults(figures: &mut Figures) {
    let bundled = include_str!("../../public/data/report.json");
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

/// The bundled report's events repeated to 2,000: checked, and the pages
/// a reader opens first rendered, timed.
fn largest_report(template: &PageTemplate, figures: &mut Figures) {
    let mut report = bundled_value();
    Change::ManyEvents(200).apply(&mut report);
    let json = report.to_string();
    let started = Instant::now();
    let outcome = std::panic::catch_unwind(AssertUnwindSafe(|| {
        let report = Report::from_json(&json).map_err(|error| error.message)?;
        let problems = report.validate();
        if !problems.is_empty() {
            return Err(format!("{} problems", problems.len()));
        }
        let report = Arc::new(report);
        let first = AppRoute::timeline(Some(&report.timeline.events[0].id));
        let routes = [AppRoute::Story, AppRoute::timeline(None), first];
        pages_for(template, "/fuzz", &report, &routes);
        Ok(report.timeline.events.len())
    }));
    match outcome {
        Ok(Ok(events)) => {
            figures.largest_bytes = json.len();
            figures.largest_events = events;
            figures.largest_time = started.elapsed();
        }
        Ok(Err(broken)) => figures
            .failures
            .push(format!("the 2,000-event report: {broken}")),
        Err(_) => figures.panics.push("the 2,000-event report".to_string()),
    }
}

impl Figures {
    /// Whether every promise held.
    pub fn clean(&self) -> bool {
        self.panics.is_empty()
            && self.failures.is_empty()
            && self.address_escapes.is_empty()
            && self.blank_pages.is_empty()
    }

    /// docs/reliability.md.
    pub fn markdown(&self, command: &str, date: &str) -> String {
        let list = |items: &[String]| {
            if items.is_empty() {
                "none".to_string()
            } else {
                items.join("; ")
            }
        };
        format!(
            "# Reliability\n\n\
             Written by `{command}` on {date}; do not edit by hand. The test command runs a\n\
             few of the same cases on every run (fuzz/tests/reliability.rs); the generator and\n\
             the checks are in the fuzz crate (fuzz/src/).\n\n\
             | what was tried | count | what went wrong |\n\
             | --- | ---: | --- |\n\
             | generated reports through the whole pipeline (parse, validate, group, index, search, page files, every page rendered) | {} | panics: {}; broken promises: {} |\n\
             | of those, valid and rendered | {} ({} pages) | |\n\
             | hostile addresses (parsed, their page files, values read back) | {} | escapes: {} |\n\
             | faulty answers to the report fetch, rendered | {} | blank pages: {} |\n\n\
             Largest report handled: {} bytes ({} events), checked and its first pages\n\
             rendered in {} ms.\n\n\
             The generated reports start from the bundled one and add hostile text to its\n\
             fields (combining marks, right-to-left overrides, ß and İ, zero-width characters,\n\
             markup, emoji, escapes, sometimes a megabyte), duplicated events, dangling\n\
             references, ids that are not kebab-case or that the app reserves, and many more\n\
             events. A broken promise is validation output more than four times the report,\n\
             a page file outside the site, markup from the text in a page, a passage its\n\
             words do not find, or events lost by the grouping.\n",
            self.reports,
            list(&self.panics),
            list(&self.failures),
            self.valid,
            self.pages,
            self.addresses,
            list(&self.address_escapes),
            self.faults,
            list(&self.blank_pages),
            self.largest_bytes,
            self.largest_events,
            self.largest_time.as_millis(),
        )
    }
}
