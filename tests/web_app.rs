//! Browser tests of what every page has: its frame, the skip link, a passage's
//! address landing on it, the new edition's notice.
#![cfg(target_arch = "wasm32")]

mod support;

use support::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn the_front_page_shows_the_feature_title_navigation_and_source() {
    let app = open("/").await;
    assert_eq!(text_of(&app, "main h1"), "The Renault-Nissan Alliance");
    let story = app
        .query_selector("nav a")
        .unwrap()
        .expect("a navigation link");
    assert_eq!(story.text_content().unwrap(), "Story");
    assert_eq!(story.get_attribute("aria-current").as_deref(), Some("page"));
    see_text(&app, "footer", "Renault 2016-2017 Annual Report");
}

#[wasm_bindgen_test]
async fn an_unknown_address_says_so_and_links_back_to_the_story() {
    let app = open("/no/such/page").await;
    assert_eq!(text_of(&app, "main h1"), "Page not found");
    let back = app.query_selector("main a").unwrap().expect("a link back");
    assert_eq!(back.text_content().unwrap(), "Back to the story");
    assert_eq!(back.get_attribute("href").as_deref(), Some("/"));
}

#[wasm_bindgen_test]
async fn the_skip_link_comes_first_and_moves_focus_to_the_main_content_without_leaving_the_page() {
    // Under a sub-path, as published: with <base href>, a plain "#main"
    // link would lead back to the front page.
    let app = open("/reports/micra/timeline").await;
    let skip = app.query_selector("a").unwrap().expect("a first link");
    assert_eq!(skip.text_content().unwrap(), "Skip to content");
    click(&skip).await;
    assert_eq!(focused().id(), "main");
    assert_eq!(current_path(), "/reports/micra/timeline");
}

#[wasm_bindgen_test]
async fn a_link_to_a_front_page_passage_lands_on_it_and_marks_it() {
    let app = open("/#le-mans-plant-1").await;
    wait_for("the passage to be marked", || {
        app.query_selector("#le-mans-plant-1.is-target")
            .unwrap()
            .is_some()
    })
    .await;
    assert_eq!(focused().id(), "le-mans-plant-1");
    let story = find(&app, ".site-nav a");
    assert_eq!(story.get_attribute("aria-current").as_deref(), Some("page"));
    let in_context = find_all(&app, "main a")
        .into_iter()
        .filter(|link| link.get_attribute("aria-current").is_some())
        .count();
    assert_eq!(
        in_context, 0,
        "links to places on the page are not marked as the current page"
    );
}

#[wasm_bindgen_test]
async fn the_front_page_quotes_the_report_with_its_speaker_and_a_link_to_the_answer() {
    let report = report::Report::from_json(BUNDLED_REPORT).unwrap();
    let quote = &report.pull_quotes[0];
    let app = open("/").await;
    let figure = find(&app, "figure.story-quote");
    assert_eq!(text_of(&figure, "blockquote"), quote.text);
    assert_eq!(text_of(&figure, "cite"), "Catherine Perez");
    let link = find(&figure, "a");
    assert_eq!(
        link.get_attribute("href"),
        Some(format!("/interviews/{}/{}", quote.interview, quote.after))
    );
    let teaser = find(&app, "#flins-co-production");
    see_text(&teaser, "a", "Read the interview with Catherine Perez");
}

#[wasm_bindgen_test]
async fn a_new_editions_notice_is_announced_without_taking_the_focus_and_answers_both_buttons() {
    use micra_flins::components::layout::{EDITION_NOTICE_ID, show_edition_notice};
    use std::cell::Cell;
    use std::rc::Rc;

    let app = open("/").await;
    let region = find(&app, &format!("#{EDITION_NOTICE_ID}"));
    assert_eq!(region.get_attribute("role").as_deref(), Some("status"));
    assert_eq!(
        region.text_content().unwrap(),
        "",
        "empty until there is news"
    );

    let (taken, dismissed) = (Rc::new(Cell::new(0)), Rc::new(Cell::new(0)));
    let before = focused();
    show_edition_notice(
        {
            let taken = taken.clone();
            move || taken.set(taken.get() + 1)
        },
        {
            let dismissed = dismissed.clone();
            move || dismissed.set(dismissed.get() + 1)
        },
    );
    settle().await;
    see_text(&region, ".edition-notice", micra_flins::say!(new_edition));
    assert_eq!(focused(), before, "the notice does not move the focus");

    click(&button(&region, micra_flins::say!(take_new_edition))).await;
    assert_eq!(taken.get(), 1);
    assert_eq!(dismissed.get(), 0);

    click(&button(&region, micra_flins::say!(not_now))).await;
    assert_eq!(dismissed.get(), 1);
    assert_eq!(taken.get(), 1);
    assert!(
        region.query_selector(".edition-notice").unwrap().is_none(),
        "\"Not now\" takes the notice away"
    );
    assert_eq!(
        focused().id(),
        "main",
        "the focus lands in the page, not on nothing"
    );
}
