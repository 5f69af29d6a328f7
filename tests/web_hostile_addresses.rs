//! Addresses nobody means to type: made to break selectors, far too long,
//! with an escaped `#` in a filter, a megabyte of search, a broken escape
//! in the fragment. Each page keeps its heading and navigation, says what
//! it could not find, and keeps working.
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
async fn an_event_id_made_to_break_selectors_is_not_found_and_the_timeline_still_works() {
    let app = open_with_bundled_report("/timeline/x'],*[x='").await;
    assert_eq!(text_of(&app, "main h1"), "Timeline");
    assert_eq!(text_of(&app, ".timeline__missing h2"), "No such event");
    see_text(&app, "nav", "Interviews");
    click_chip(&app, "Oppama").await;
    assert_eq!(
        visible_options(&app),
        ["Three years of shared processes", "Training in Japan"]
    );
}

#[wasm_bindgen_test]
async fn a_ten_thousand_character_id_is_named_shortened() {
    let id = "a".repeat(10_000);
    let app = open_with_bundled_report(&format!("/timeline/{id}")).await;
    let said = text_of(&app, ".timeline__missing");
    assert!(said.contains(&format!("“{}…”", "a".repeat(80))), "{said}");
    assert!(said.len() < 400, "the message repeats {} bytes", said.len());

    let app = open_with_bundled_report(&format!("/interviews/{id}")).await;
    let heading = text_of(&app, "main h1");
    assert!(heading.starts_with("No interview called"), "{heading}");
    assert!(heading.len() < 200, "{heading}");
}

#[wasm_bindgen_test]
async fn an_escaped_hash_in_a_filter_stays_in_the_filter_after_a_click() {
    let app = open_with_bundled_report("/timeline?site=a%23b").await;
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
    let app = open_with_bundled_report(&format!("/interviews/catherine-perez?find={term}")).await;
    assert_eq!(text_of(&app, "main h1"), "Catherine Perez");
    wait_for("the find bar's count", || {
        text_of(&app, ".find-bar__count") == "No matches"
    })
    .await;
    assert!(app.query_selector("mark").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn a_broken_escape_in_the_fragment_lands_nowhere_and_breaks_nothing() {
    let app = open_with_bundled_report("/interviews/catherine-perez#%E0%A4%A").await;
    assert_eq!(text_of(&app, "main h1"), "Catherine Perez");
    settle().await;
    assert!(app.query_selector(".is-target").unwrap().is_none());
    see_text(&app, ".question-index", "Why was Flins chosen");
}
