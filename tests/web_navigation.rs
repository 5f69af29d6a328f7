//! Browser tests of moving around the site: the main navigation and its
//! `aria-current`, the footer's pages, and the About page's sources.
#![cfg(target_arch = "wasm32")]

mod support;

use support::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn nav_link(app: &web_sys::Element, label: &str) -> web_sys::Element {
    find_all(app, ".site-nav a")
        .into_iter()
        .find(|link| link.text_content().unwrap_or_default().trim() == label)
        .unwrap_or_else(|| panic!("no navigation link {label:?}"))
}

fn current_nav(app: &web_sys::Element) -> Vec<String> {
    find_all(app, ".site-nav a[aria-current=page]")
        .iter()
        .map(|link| link.text_content().unwrap().trim().to_string())
        .collect()
}

#[wasm_bindgen_test]
async fn the_main_navigation_leads_to_each_section_and_marks_only_the_current_one() {
    let app = open_with_bundled_report("/").await;
    assert_eq!(current_nav(&app), ["Story"]);

    click(&nav_link(&app, "Timeline")).await;
    assert_eq!(current_path(), "/timeline");
    assert_eq!(text_of(&app, "main h1"), "Timeline");
    assert_eq!(current_nav(&app), ["Timeline"]);

    click(&nav_link(&app, "Interviews")).await;
    assert_eq!(current_path(), "/interviews");
    assert_eq!(text_of(&app, "main h1"), "Interviews");
    assert_eq!(current_nav(&app), ["Interviews"]);

    click(&nav_link(&app, "Story")).await;
    assert_eq!(current_path(), "/");
    assert_eq!(text_of(&app, "main h1"), "The Renault-Nissan Alliance");
    assert_eq!(current_nav(&app), ["Story"]);
}

#[wasm_bindgen_test]
async fn an_event_page_keeps_timeline_current() {
    let app = open_with_bundled_report("/timeline/oppama-training").await;
    assert_eq!(current_nav(&app), ["Timeline"]);
}

#[wasm_bindgen_test]
async fn the_footer_leads_to_the_about_and_accessibility_pages() {
    let app = open_with_bundled_report("/").await;
    let links: Vec<(String, String)> = find_all(&app, ".site-footer a")
        .iter()
        .map(|link| {
            (
                link.text_content().unwrap(),
                link.get_attribute("href").unwrap(),
            )
        })
        .collect();
    assert_eq!(
        links,
        [
            ("About this edition".to_string(), "/about".to_string()),
            ("Accessibility".to_string(), "/accessibility".to_string())
        ]
    );
    click(&find(&app, ".site-footer a[href='/accessibility']")).await;
    assert_eq!(text_of(&app, "main h1"), "Accessibility");
    see_text(&app, "main", "WCAG) 2.2 at level AA");
}

#[wasm_bindgen_test]
async fn the_about_page_names_each_restored_number_and_outside_source() {
    let app = open_with_bundled_report("/about").await;
    assert_eq!(text_of(&app, "main h1"), "About this edition");
    let restored = texts_of(&app, "main ul:first-of-type .about__item");
    assert_eq!(
        restored,
        [
            "Alliance Renault-Nissan, 18 years of experience",
            "9.96 millions vehicles sold worldwide in 2016, or 1 out of 9 vehicles",
            "424,797 electric vehicles sales combined for the Renault-Nissan Alliance, with Mitsubishi Motors, at end-2016",
        ]
    );
    let nissan = find_all(&app, ".about__list li")
        .into_iter()
        .find(|item| item.text_content().unwrap().starts_with("Nissan Europe"))
        .expect("Nissan Europe among the outside sources");
    let cited: Vec<String> = find_all(&nissan, "a")
        .iter()
        .map(|link| link.get_attribute("href").unwrap())
        .collect();
    assert!(
        cited.contains(&"/timeline/production-starts".to_string()),
        "{cited:?}"
    );
}

fn meta_description() -> String {
    leptos::prelude::document()
        .query_selector("meta[name=description]")
        .unwrap()
        .and_then(|meta| meta.get_attribute("content"))
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn each_page_has_its_own_title_and_description() {
    // index.html carries one description; the test page has none of its own.
    let document = leptos::prelude::document();
    if document
        .query_selector("meta[name=description]")
        .unwrap()
        .is_none()
    {
        let meta = document.create_element("meta").unwrap();
        meta.set_attribute("name", "description").unwrap();
        document.head().unwrap().append_child(&meta).unwrap();
    }
    let app = open_with_bundled_report("/timeline").await;
    wait_for("the timeline's title", || {
        leptos::prelude::document().title() == "Timeline · The Renault-Nissan Alliance"
    })
    .await;
    assert!(
        meta_description().contains("From the choice of Flins in 2013"),
        "{}",
        meta_description()
    );
    click(&nav_link(&app, "Interviews")).await;
    wait_for("the interviews' title", || {
        leptos::prelude::document().title() == "Interviews · The Renault-Nissan Alliance"
    })
    .await;
    assert!(
        meta_description().contains("Two people who brought the Nissan Micra to Flins"),
        "{}",
        meta_description()
    );
}
