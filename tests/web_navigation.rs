//! Browser tests of the site's frame as each page opens: the main
//! navigation and its `aria-current`, the footer's pages, and the About
//! page's sources. Following a link loads another page, which the
//! end-to-end suite does; here each page is opened by its address.
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
    for (address, current, heading) in [
        ("/", "Story", "The Renault-Nissan Alliance"),
        ("/timeline", "Timeline", "Timeline"),
        ("/timeline/oppama-training", "Timeline", "Timeline"),
        ("/interviews", "Interviews", "Interviews"),
        (
            "/interviews/catherine-perez/why-flins",
            "Interviews",
            "Catherine Perez",
        ),
    ] {
        let app = open(address).await;
        assert_eq!(current_nav(&app), [current], "{address}");
        see_text(&app, "main h1", heading);
        let sections: Vec<Option<String>> = ["Story", "Timeline", "Interviews"]
            .iter()
            .map(|label| nav_link(&app, label).get_attribute("href"))
            .collect();
        assert_eq!(
            sections,
            [
                Some("/".into()),
                Some("/timeline".into()),
                Some("/interviews".into())
            ],
            "{address}"
        );
    }
}

#[wasm_bindgen_test]
async fn the_footer_leads_to_the_about_and_accessibility_pages() {
    let app = open("/").await;
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
    let app = open("/accessibility").await;
    assert_eq!(text_of(&app, "main h1"), "Accessibility");
    see_text(&app, "main", "WCAG) 2.2 at level AA");
}

#[wasm_bindgen_test]
async fn the_about_page_names_each_restored_number_and_outside_source() {
    let app = open("/about").await;
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
