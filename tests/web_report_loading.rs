//! Browser tests of loading the report: the real report appears, and each
//! way loading can fail shows its own message.
#![cfg(target_arch = "wasm32")]

mod support;

use support::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn the_report_named_by_data_is_shown_with_its_articles_in_order_and_restored_figures_marked()
{
    let app = open_with_bundled_report("/").await;
    assert_eq!(text_of(&app, "main h1"), "The Renault-Nissan Alliance");
    assert_eq!(
        text_of(&app, ".story__headline"),
        "Employees know how important the Alliance is and why"
    );
    let headings = texts_of(&app, ".article h2");
    assert_eq!(
        &headings[..3],
        [
            "Nearly 600 recruitments",
            "Combining tradition and innovation at Le Mans",
            "Designed for the city"
        ]
    );
    see_text(
        &app,
        ".article",
        "Renault recruited nearly 600 people at Flins and Le Mans",
    );
    let years = app
        .query_selector("#alliance-years")
        .unwrap()
        .expect("the years-of-experience figure");
    let years_text = years.text_content().unwrap();
    assert!(years_text.contains("18"), "{years_text}");
    assert!(
        years_text.contains("Restored: not in the extract"),
        "{years_text}"
    );
    assert!(
        years_text.contains("Renault-Nissan Alliance"),
        "the source is named: {years_text}"
    );
}

#[wasm_bindgen_test]
async fn a_missing_report_says_not_found_with_the_status_and_offers_a_retry() {
    let app = open("/").await;
    wait_until_loaded(&app).await;
    assert_eq!(text_of(&app, "main h1"), "The report could not be found");
    see_text(
        &app,
        ".load-failure__detail",
        "There is no file at data/report.json (HTTP 404).",
    );
    let retry = button(&app, "Try again");
    click(&retry).await;
    // The fetch needs a network turn, so right after the click the page is
    // loading again: the reader sees that the retry is happening.
    assert!(
        app.query_selector("[aria-busy=true]").unwrap().is_some(),
        "retrying shows the loading placeholder"
    );
    assert!(app.query_selector(".load-failure").unwrap().is_none());
    wait_until_loaded(&app).await;
    assert_eq!(text_of(&app, "main h1"), "The report could not be found");
}

#[wasm_bindgen_test]
async fn malformed_json_gives_its_line_and_column() {
    let app = open_with_report("/", "{\n  \"source\": ,\n}", "application/json").await;
    assert_eq!(text_of(&app, "main h1"), "The report file is damaged");
    see_text(
        &app,
        ".load-failure__detail",
        "line 2, column 13: not valid JSON",
    );
}

#[wasm_bindgen_test]
async fn a_web_page_in_place_of_the_report_is_called_not_json() {
    let app = open_with_report("/", "<!DOCTYPE html><p>Home</p>", "text/html").await;
    assert_eq!(text_of(&app, "main h1"), "The report is not a JSON file");
    see_text(&app, ".load-failure__detail", "served as text/html");
}

#[wasm_bindgen_test]
async fn a_report_that_breaks_the_rules_lists_each_problem_with_its_path() {
    let broken = BUNDLED_REPORT.replacen(
        "\"title\": \"The Renault-Nissan Alliance\"",
        "\"title\": \"\"",
        1,
    );
    let app = open_with_report("/", &broken, "application/json").await;
    assert_eq!(text_of(&app, "main h1"), "The report has problems");
    let paths = texts_of(&app, ".load-failure__path");
    assert!(
        paths.iter().any(|path| path == "$.feature.title"),
        "{paths:?}"
    );
}

#[wasm_bindgen_test]
async fn a_report_on_another_site_is_refused_without_a_retry() {
    let app = open("/?data=https://evil.example/report.json").await;
    wait_until_loaded(&app).await;
    assert_eq!(text_of(&app, "main h1"), "This report cannot be loaded");
    see_text(
        &app,
        ".load-failure__detail",
        "“https://evil.example/report.json” is not on this site",
    );
    assert!(
        app.query_selector("main button").unwrap().is_none(),
        "no retry for a refused address"
    );
}

#[wasm_bindgen_test]
async fn markup_in_a_report_is_shown_as_text_never_run() {
    let hostile = "<img src=x onerror=alert(1)>";
    let report = BUNDLED_REPORT.replacen(
        "\"title\": \"The Renault-Nissan Alliance\"",
        &format!("\"title\": \"{hostile}\""),
        1,
    );
    let app = open_with_report("/", &report, "application/json").await;
    assert_eq!(text_of(&app, "main h1"), hostile);
    assert!(
        app.query_selector("main img").unwrap().is_none(),
        "no element was made from the text"
    );
}

/// Answers the page's fetches of addresses containing `marker` as the JS
/// expression `answer` says (it sees `signal`, the request's abort
/// signal); every other fetch goes to the network. Undone by the guard.
struct FaultyServer;

impl FaultyServer {
    fn answering(marker: &str, answer: &str) -> Self {
        let script = format!(
            "window.__realFetch = window.__realFetch || window.fetch;
             window.fetch = (input, init) => {{
               const url = typeof input === 'string' ? input : input.url;
               const signal = (typeof input === 'string' ? init?.signal : input.signal);
               if (!url.includes({marker:?})) return window.__realFetch(input, init);
               return {answer};
             }};"
        );
        js_sys::Function::new_no_args(&script)
            .call0(&wasm_bindgen::JsValue::NULL)
            .unwrap();
        Self
    }
}

impl Drop for FaultyServer {
    fn drop(&mut self) {
        js_sys::Function::new_no_args("if (window.__realFetch) window.fetch = window.__realFetch;")
            .call0(&wasm_bindgen::JsValue::NULL)
            .unwrap();
    }
}

#[wasm_bindgen_test]
async fn a_server_error_says_so_with_its_status_and_offers_a_retry() {
    let _server = FaultyServer::answering(
        "failing",
        "Promise.resolve(new Response('Internal error', { status: 500, headers: { 'content-type': 'text/plain' } }))",
    );
    let app = open("/?data=data/failing.json").await;
    wait_until_loaded(&app).await;
    assert_eq!(text_of(&app, "main h1"), "The report could not be loaded");
    see_text(
        &app,
        ".load-failure__detail",
        "The server answered HTTP 500 for data/failing.json.",
    );
    assert_eq!(
        button(&app, "Try again").text_content().unwrap(),
        "Try again"
    );
    see_text(&app, "nav", "Timeline");
}

#[wasm_bindgen_test]
async fn a_report_that_never_arrives_is_given_up_with_its_own_message() {
    let _server = FaultyServer::answering(
        "stalled",
        "new Promise((_, reject) => signal.addEventListener('abort', () => reject(new DOMException('The user aborted a request.', 'AbortError'))))",
    );
    let outcome = micra_flins::data::load_report_within(
        "data/stalled.json".to_string(),
        std::time::Duration::from_millis(50),
    )
    .await;
    let error = outcome.expect_err("a stalled server gives no report");
    assert_eq!(error.title(), "The report took too long to arrive");
    assert!(error.can_retry());
}

#[wasm_bindgen_test]
async fn a_truncated_report_says_where_it_breaks_off() {
    let truncated = &BUNDLED_REPORT[..BUNDLED_REPORT.len() / 2];
    let app = open_with_report("/", truncated, "application/json").await;
    assert_eq!(text_of(&app, "main h1"), "The report file is damaged");
    see_text(&app, ".load-failure__detail", "not valid JSON");
    assert_eq!(
        button(&app, "Try again").text_content().unwrap(),
        "Try again"
    );
}

#[wasm_bindgen_test]
async fn a_report_over_the_size_limit_is_refused_with_its_size() {
    let padding = " ".repeat(micra_flins::data::REPORT_SIZE_LIMIT);
    let huge = format!("{BUNDLED_REPORT}{padding}");
    let app = open_with_report("/", &huge, "application/json").await;
    assert_eq!(text_of(&app, "main h1"), "The report file is too large");
    see_text(
        &app,
        ".load-failure__detail",
        "the app reads reports of up to 5.0 MB",
    );
    see_text(&app, "nav", "Timeline");
}
