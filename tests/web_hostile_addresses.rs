//! Addresses nobody means to type: made to break selectors, far too long,
//! with an escaped `#` in a filter, a megabyte of search, a broken escape
//! in the fragment. Each page keeps its heading and navigation, says what
//! it could not find, and its islands keep working.
#![cfg(target_arch = "wasm32")]

mod support;

use support::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn visible_options(app: &web_sys::Element) -> Vec<String> {
    texts_of(app, "[role=option]:not([hidden]) .event-option__title")
}

async fn click_chip(app: &web_sys::Element, label: &str) {
    let chip = find_all(app, ".chip")
        .into_iter()
        .find(|chip| chip.text_content().unwrap().starts_with(label))
        .unwrap_or_else(|| panic!("a {label} chip"));
    click(&chip).await;
}

#[wasm_bindgen_test]
async fn an_event_id_made_to_break_selectors_gets_the_hosts_not_found_page() {
    // No page has that address: the host answers with 404.html, whose
    // islands still run.
    let app = open("/timeline/x'],*[x='").await;
    assert_eq!(text_of(&app, "main h1"), "Page not found");
    see_text(&app, "nav", "Interviews");
    click(&find(&app, ".skip-link")).await;
    assert_eq!(focused().id(), "main");
}

#[wasm_bindgen_test]
async fn a_filter_made_to_break_selectors_matches_nothing_and_the_chips_still_work() {
    let app = open("/timeline?site=x'],*[x='").await;
    see_text(&app, ".filters__empty", "No event matches these filters.");
    click(&find(&app, ".filters__empty button")).await;
    assert_eq!(current_address(), "/timeline");
    click_chip(&app, "Oppama").await;
    assert_eq!(
        visible_options(&app),
        ["Three years of shared processes", "Training in Japan"]
    );
}

#[wasm_bindgen_test]
async fn a_ten_thousand_character_filter_matches_nothing_and_is_cleared() {
    let theme = "a".repeat(10_000);
    let app = open(&format!("/timeline?theme={theme}")).await;
    see_text(&app, ".filters__empty", "No event matches these filters.");
    click(&find(&app, ".filters__empty button")).await;
    assert_eq!(current_address(), "/timeline");
    assert_eq!(visible_options(&app).len(), 10);
}

#[wasm_bindgen_test]
async fn an_escaped_hash_in_a_filter_stays_in_the_filter_after_a_click() {
    let app = open("/timeline?site=a%23b").await;
    see_text(&app, ".filters__empty", "No event matches these filters.");
    click_chip(&app, "Oppama").await;
    assert_eq!(current_address(), "/timeline?site=a%23b,oppama");
    assert_eq!(
        visible_options(&app),
        ["Three years of shared processes", "Training in Japan"]
    );
    click(&button(&app, "Clear filters")).await;
    assert_eq!(current_address(), "/timeline");
    assert_eq!(visible_options(&app).len(), 10);
}

#[wasm_bindgen_test]
async fn a_megabyte_of_search_finds_nothing_and_says_so() {
    let term = "z".repeat(1_000_000);
    let app = open(&format!("/interviews/catherine-perez?find={term}")).await;
    assert_eq!(text_of(&app, "main h1"), "Catherine Perez");
    wait_for("the find bar's count", || {
        text_of(&app, ".find-bar__count") == "No matches"
    })
    .await;
    assert!(app.query_selector("mark").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn a_broken_escape_in_the_fragment_lands_nowhere_and_breaks_nothing() {
    let app = open("/interviews/catherine-perez#%E0%A4%A").await;
    assert_eq!(text_of(&app, "main h1"), "Catherine Perez");
    settle().await;
    assert!(app.query_selector(".is-target").unwrap().is_none());
    see_text(&app, ".question-index", "Why was Flins chosen");
}
