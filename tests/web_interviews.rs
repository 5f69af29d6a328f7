//! Browser tests of the interviews: the list with reading times and every
//! question, question addresses and fragments (percent-encoded ones too)
//! that land on their answer, find in text, j/k, copy feedback, display
//! settings that survive a remount, cross-links and unknown ids.
#![cfg(target_arch = "wasm32")]

mod support;

use leptos::prelude::{document, window};
use micra_flins::base_path::storage_key;
use micra_flins::components::settings::STORAGE_KEY;
use micra_flins::logic::interview::{interview_words, reading_minutes};
use report::Report;
use support::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

fn bundled() -> Report {
    Report::from_json(BUNDLED_REPORT).unwrap()
}

/// Types `text` into the input, as a reader would (value, then `input`).
async fn type_into(input: &Element, text: &str) {
    let input: HtmlInputElement = input.clone().dyn_into().unwrap();
    input.set_value(text);
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let event = web_sys::Event::new_with_event_init_dict("input", &init).unwrap();
    input.dispatch_event(&event).unwrap();
    settle().await;
}

fn storage() -> web_sys::Storage {
    window().local_storage().unwrap().unwrap()
}

fn html_attribute(name: &str) -> Option<String> {
    document().document_element().unwrap().get_attribute(name)
}

fn view_height() -> f64 {
    window().inner_height().unwrap().as_f64().unwrap()
}

#[wasm_bindgen_test]
async fn the_list_shows_both_interviews_with_reading_time_and_every_question() {
    let report = bundled();
    let app = open("/interviews").await;
    assert_eq!(text_of(&app, "main h1"), "Interviews");
    assert_eq!(
        texts_of(&app, ".interview-card__name"),
        ["Catherine Perez", "Nathalie Retourné"]
    );
    let times = texts_of(&app, ".interview-card__time");
    for (time, interview) in times.iter().zip(&report.interviews) {
        let minutes = reading_minutes(interview_words(interview));
        assert_eq!(*time, format!("{minutes} min read"));
    }
    assert_eq!(times.len(), 2);
    see_text(
        &app,
        ".interview-card",
        "This is the first time the Alliance has gone this far",
    );
    see_text(
        &app,
        ".interview-card__intro",
        "one of the 60 Flins employees",
    );

    let questions: Vec<String> = report
        .interviews
        .iter()
        .flat_map(|interview| interview.questions.iter().map(|q| q.text.clone()))
        .collect();
    assert_eq!(texts_of(&app, ".interview-card__questions a"), questions);
    let first = find(&app, ".interview-card__questions a");
    assert_eq!(
        first.get_attribute("href").as_deref(),
        Some("/interviews/catherine-perez/why-flins")
    );
    for portrait in find_all(&app, ".portrait") {
        assert_eq!(
            portrait.get_attribute("aria-hidden").as_deref(),
            Some("true")
        );
    }
    assert_eq!(texts_of(&app, ".portrait"), ["CP", "NR"]);

    let nav: Vec<Element> = find_all(&app, "nav a");
    let interviews = nav
        .iter()
        .find(|link| link.text_content().unwrap() == "Interviews")
        .expect("an Interviews link in the header");
    assert_eq!(
        interviews.get_attribute("href").as_deref(),
        Some("/interviews")
    );
    assert_eq!(
        interviews.get_attribute("aria-current").as_deref(),
        Some("page")
    );
}

#[wasm_bindgen_test]
async fn the_reader_marks_up_the_conversation_with_the_reports_words() {
    let app = open("/interviews/catherine-perez").await;
    assert_eq!(text_of(&app, "main h1"), "Catherine Perez");
    assert_eq!(
        text_of(&app, ".interview__role"),
        "Vice-President, B Segment Program, Nissan"
    );
    assert_eq!(
        text_of(&app, ".interview__label"),
        "— Interview with Catherine Perez"
    );
    assert_eq!(
        texts_of(&app, "section.qa > h2"),
        [
            "Why was Flins chosen to produce the new Nissan Micra?",
            "Is this the first time a Nissan vehicle has been assembled in a 100% Renault plant?",
            "What are your main takeaways from this shared work effort?",
        ]
    );
    assert_eq!(texts_of(&app, ".qa__speaker"), ["Catherine Perez —"]);
    see_text(
        &app,
        "section#why-flins #why-flins-1",
        "designed for Europe",
    );
    assert_eq!(find_all(&app, "#takeaways .qa__paragraph").len(), 2);

    // The pull quote stands after the answer the report places it after.
    let quote = find(&app, "figure.pull-quote");
    let before = quote.previous_element_sibling().unwrap();
    assert_eq!(before.id(), "first-nissan-at-renault");
    let words = text_of(&quote, "blockquote");
    assert!(
        words.starts_with('“') && !words.starts_with("““"),
        "{words}"
    );
    assert_eq!(text_of(&quote, "cite"), "Catherine Perez");

    // An answer the timeline cites links to the event.
    let cited = find(&app, "#takeaways .qa__timeline a");
    assert_eq!(
        cited.get_attribute("href").as_deref(),
        Some("/timeline/shared-processes")
    );
    assert!(
        app.query_selector("#takeaways .qa__timeline a[href='/timeline/flins-chosen']")
            .unwrap()
            .is_none()
    );

    // At the end, the other interview.
    let other = find(&app, ".interview__other a");
    assert_eq!(other.text_content().unwrap(), "Nathalie Retourné");
    assert_eq!(
        other.get_attribute("href").as_deref(),
        Some("/interviews/nathalie-retourne")
    );
}

#[wasm_bindgen_test]
async fn a_question_address_scrolls_its_answer_into_view_and_gives_it_focus() {
    window().scroll_to_with_x_and_y(0.0, 0.0);
    let app = open("/interviews/catherine-perez/first-nissan-at-renault").await;
    wait_for("the question to get focus", || {
        focused().id() == "first-nissan-at-renault"
    })
    .await;
    let section = find(&app, "#first-nissan-at-renault");
    wait_for("the question to reach the top of the window", || {
        // Scrolled to its start, give or take a sub-pixel.
        let top = section.get_bounding_client_rect().top();
        (-2.0..view_height() / 2.0).contains(&top)
    })
    .await;
    assert!(window().scroll_y().unwrap() > 0.0, "the page scrolled");
    let current = find(&app, ".question-index a[aria-current]");
    assert_eq!(
        current.get_attribute("aria-current").as_deref(),
        Some("location")
    );
    assert_eq!(
        current.text_content().unwrap(),
        "Is this the first time a Nissan vehicle has been assembled in a 100% Renault plant?"
    );
    assert_eq!(
        current.get_attribute("href").as_deref(),
        Some("/interviews/catherine-perez/first-nissan-at-renault")
    );
}

#[wasm_bindgen_test]
async fn a_paragraph_fragment_lands_on_that_paragraph() {
    let app = open("/interviews/catherine-perez/takeaways#takeaways-2").await;
    see_landed_on_takeaways_2(&app).await;
}

#[wasm_bindgen_test]
async fn a_percent_encoded_fragment_lands_on_its_paragraph_too() {
    // Browsers keep a fragment percent-encoded in the address (`é` is
    // `%C3%A9`); `%74` is an encoded `t`, as an id with any such character
    // would arrive.
    let app = open("/interviews/catherine-perez/takeaways#%74akeaways-2").await;
    see_landed_on_takeaways_2(&app).await;
}

/// The paragraph `takeaways-2` is marked and in view, its question focused.
async fn see_landed_on_takeaways_2(app: &Element) {
    let paragraph = find(app, "#takeaways-2");
    wait_for("the paragraph to be marked", || {
        paragraph.class_list().contains("is-target")
    })
    .await;
    assert_eq!(focused().id(), "takeaways");
    let top = paragraph.get_bounding_client_rect().top();
    assert!(top < view_height() && top > -1.0, "in view: {top}");
}

#[wasm_bindgen_test]
async fn find_highlights_counts_moves_and_clears() {
    let app = open("/interviews/nathalie-retourne").await;
    let input = find(&app, "#find-input");
    type_into(&input, "oppama").await;
    assert_eq!(find_all(&app, "mark").len(), 3);
    assert_eq!(text_of(&app, ".find-bar__count"), "1 of 3");
    let current = find(&app, "mark[aria-current=true]");
    assert_eq!(
        current.get_attribute("data-find-index").as_deref(),
        Some("0")
    );
    assert_eq!(current.text_content().unwrap(), "Oppama");

    press(&input, "Enter").await;
    assert_eq!(text_of(&app, ".find-bar__count"), "2 of 3");
    let current = find(&app, "mark[aria-current=true]");
    assert_eq!(
        current.get_attribute("data-find-index").as_deref(),
        Some("1")
    );
    assert!(
        current.closest("#nissan-processes").unwrap().is_some(),
        "the second match is in the first answer"
    );
    press_shifted(&input, "Enter").await;
    assert_eq!(text_of(&app, ".find-bar__count"), "1 of 3");
    press_shifted(&input, "Enter").await;
    assert_eq!(
        text_of(&app, ".find-bar__count"),
        "3 of 3",
        "round to the last"
    );

    press(&input, "Escape").await;
    assert!(find_all(&app, "mark").is_empty());
    assert_eq!(text_of(&app, ".find-bar__count"), "");
    assert_eq!(input.unchecked_ref::<HtmlInputElement>().value(), "");
    see_text(&app, "#nathalie-retourne-intro", "Nissan’s Oppama site");
}

#[wasm_bindgen_test]
async fn find_ignores_case_accents_and_the_shape_of_quotes() {
    let app = open("/interviews/nathalie-retourne").await;
    let input = find(&app, "#find-input");
    type_into(&input, "retourne").await;
    let marks = texts_of(&app, "mark");
    assert!(!marks.is_empty());
    assert!(marks.iter().all(|mark| mark == "Retourné"), "{marks:?}");

    type_into(&input, "NISSAN'S").await;
    assert_eq!(text_of(&app, "mark"), "Nissan’s");

    type_into(&input, "no such words").await;
    assert_eq!(text_of(&app, ".find-bar__count"), "No matches");
}

#[wasm_bindgen_test]
async fn slash_focuses_find_and_j_and_k_move_between_questions() {
    storage().remove_item(&storage_key(STORAGE_KEY)).unwrap();
    let app = open("/interviews/catherine-perez/why-flins").await;
    wait_for("the first question to get focus", || {
        focused().id() == "why-flins"
    })
    .await;

    press(&focused(), "j").await;
    wait_for("j to reach the second question", || {
        focused().id() == "first-nissan-at-renault"
    })
    .await;
    assert_eq!(
        current_path(),
        "/interviews/catherine-perez/first-nissan-at-renault"
    );
    let current = find(&app, ".question-index a[aria-current=location]");
    assert!(
        current
            .text_content()
            .unwrap()
            .starts_with("Is this the first time")
    );

    press(&focused(), "k").await;
    wait_for("k to go back", || focused().id() == "why-flins").await;
    assert_eq!(current_path(), "/interviews/catherine-perez/why-flins");

    press(&focused(), "/").await;
    assert_eq!(focused().id(), "find-input");
    // Typed into the field, j is a letter, not a shortcut.
    press(&focused(), "j").await;
    assert_eq!(focused().id(), "find-input");
    assert_eq!(current_path(), "/interviews/catherine-perez/why-flins");
}

/// The display settings and the reader are separate islands, each with its
/// own copy of the settings: switching shortcuts off in one reaches the other.
#[wasm_bindgen_test]
async fn switching_shortcuts_off_in_the_display_settings_stops_j_in_the_reader() {
    storage().remove_item(&storage_key(STORAGE_KEY)).unwrap();
    let app = open("/interviews/catherine-perez/why-flins").await;
    wait_for("the first question to get focus", || {
        focused().id() == "why-flins"
    })
    .await;
    click(&find(&app, ".settings summary")).await;
    let details: web_sys::HtmlDetailsElement = find(&app, ".settings").dyn_into().unwrap();
    assert!(details.open());
    click(&find(&app, "input[name=shortcuts]")).await;
    // A click elsewhere closes the panel.
    click(&find(&app, "main h1")).await;
    assert!(
        !details.open(),
        "a click outside closes the display settings"
    );

    let question: web_sys::HtmlElement = find(&app, "#why-flins").dyn_into().unwrap();
    question.focus().unwrap();
    press(&focused(), "j").await;
    settle().await;
    assert_eq!(focused().id(), "why-flins", "j is not a shortcut any more");
    assert_eq!(current_path(), "/interviews/catherine-perez/why-flins");
    assert!(
        storage()
            .get_item(&storage_key(STORAGE_KEY))
            .unwrap()
            .unwrap_or_default()
            .contains("shortcuts=off"),
        "the choice is kept"
    );
    drop(app);
    storage().remove_item(&storage_key(STORAGE_KEY)).unwrap();
}

#[wasm_bindgen_test]
async fn the_list_page_searches_both_interviews_and_links_into_the_reader() {
    let app = open("/interviews").await;
    press(&document().body().unwrap(), "/").await;
    assert_eq!(focused().id(), "find-input");
    type_into(&focused(), "Oppama").await;
    assert_eq!(find_all(&app, ".search-result").len(), 5);
    assert_eq!(
        text_of(&app, ".search-all__summary"),
        "5 matches in 5 places"
    );
    assert_eq!(
        texts_of(&app, ".search-result__who"),
        [
            "Catherine Perez",
            "Catherine Perez",
            "Nathalie Retourné",
            "Nathalie Retourné",
            "Nathalie Retourné"
        ]
    );
    let first = find(&app, ".search-result__title a");
    assert_eq!(
        first.get_attribute("href").as_deref(),
        Some("/interviews/catherine-perez/first-nissan-at-renault?find=Oppama")
    );
    assert_eq!(text_of(&app, ".search-result mark"), "Oppama");
    assert!(current_address().ends_with("/interviews?find=Oppama"));
}

#[wasm_bindgen_test]
async fn a_search_carried_in_the_address_highlights_from_the_linked_question() {
    let app = open("/interviews/catherine-perez/takeaways?find=oppama").await;
    assert_eq!(find_all(&app, "mark").len(), 2);
    assert_eq!(text_of(&app, ".find-bar__count"), "2 of 2");
    let current = find(&app, "mark[aria-current=true]");
    assert!(current.closest("#takeaways").unwrap().is_some());
}

#[wasm_bindgen_test]
async fn copy_link_says_what_happened_in_a_live_region() {
    let app = open("/interviews/catherine-perez").await;
    let status = find(&app, ".copy-status");
    assert_eq!(status.get_attribute("role").as_deref(), Some("status"));
    assert_eq!(status.text_content().unwrap().trim(), "");
    let copy = find(&app, "#why-flins .qa__tools button");
    assert_eq!(copy.text_content().unwrap(), "Copy link");
    click(&copy).await;
    wait_for("a copy message", || {
        !status.text_content().unwrap_or_default().trim().is_empty()
    })
    .await;
    let message = status.text_content().unwrap();
    // Headless browsers may refuse the clipboard: then the link is given to copy by hand.
    assert!(
        message == "Link copied"
            || (message.starts_with("The link could not be copied")
                && message.ends_with("/interviews/catherine-perez/why-flins")),
        "{message}"
    );
}

#[wasm_bindgen_test]
async fn display_settings_survive_a_remount() {
    storage().remove_item(&storage_key(STORAGE_KEY)).unwrap();
    let app = open("/interviews").await;
    click(&find(&app, ".settings summary")).await;
    click(&find(&app, "input[name=theme][value=dark]")).await;
    click(&find(&app, "input[name=text-size][value=large]")).await;
    wait_for("the dark theme on <html>", || {
        html_attribute("data-theme").as_deref() == Some("dark")
    })
    .await;
    assert_eq!(html_attribute("data-text-size").as_deref(), Some("large"));
    drop(app);
    wait_for("the app to take its attributes away", || {
        html_attribute("data-theme").is_none()
    })
    .await;

    let app = open("/").await;
    wait_for("the stored theme to come back", || {
        html_attribute("data-theme").as_deref() == Some("dark")
    })
    .await;
    assert_eq!(html_attribute("data-text-size").as_deref(), Some("large"));
    let dark: HtmlInputElement = find(&app, "input[name=theme][value=dark]")
        .dyn_into()
        .unwrap();
    assert!(dark.checked(), "the control shows the stored choice");
    let system: HtmlInputElement = find(&app, "input[name=theme][value=system]")
        .dyn_into()
        .unwrap();
    assert!(!system.checked());

    click(&system).await;
    wait_for("following the system again", || {
        html_attribute("data-theme").is_none()
    })
    .await;
    drop(app);
    storage().remove_item(&storage_key(STORAGE_KEY)).unwrap();
}

#[wasm_bindgen_test]
async fn an_unknown_interview_or_question_gets_the_hosts_not_found_page() {
    // The build writes a page for each interview and question the report
    // has; a static host answers any other address with 404.html.
    for address in [
        "/interviews/nobody",
        "/interviews/catherine-perez/why-paris",
    ] {
        let app = open(address).await;
        assert_eq!(text_of(&app, "main h1"), "Page not found", "{address}");
        let back = find(&app, "main a");
        assert_eq!(
            back.get_attribute("href").as_deref(),
            Some("/"),
            "{address}"
        );
    }
}

#[wasm_bindgen_test]
async fn a_search_opened_from_the_address_stays_with_its_interview() {
    let app = open("/interviews/catherine-perez?find=Flins").await;
    wait_for("the matches to be marked", || {
        !find_all(&app, "mark").is_empty()
    })
    .await;
    // The link to the other interview does not carry the search along.
    let other = find(&app, ".interview__other a");
    assert_eq!(
        other.get_attribute("href").as_deref(),
        Some("/interviews/nathalie-retourne")
    );
    drop(app);
    let app = open("/interviews/nathalie-retourne").await;
    assert!(
        find_all(&app, "mark").is_empty(),
        "the search was for the first interview only"
    );
}

#[wasm_bindgen_test]
async fn the_reading_progress_bar_follows_the_scroll() {
    let app = open("/interviews/catherine-perez").await;
    let bar = find(&app, ".reading-progress");
    let drawn = || {
        let inner: web_sys::HtmlElement = find(&app, ".reading-progress__bar").dyn_into().unwrap();
        inner.style().get_property_value("transform").unwrap()
    };
    window().scroll_to_with_x_and_y(0.0, 0.0);
    wait_for("the bar at the start", || {
        bar.get_attribute("aria-valuenow").as_deref() == Some("0")
    })
    .await;
    assert_eq!(drawn(), "scaleX(0)");
    let bottom = f64::from(document().document_element().unwrap().scroll_height());
    window().scroll_to_with_x_and_y(0.0, bottom);
    wait_for("the bar at the end", || {
        bar.get_attribute("aria-valuenow").as_deref() == Some("100")
    })
    .await;
    assert_eq!(drawn(), "scaleX(1)");
    assert_eq!(
        bar.get_attribute("aria-valuetext").as_deref(),
        Some(micra_flins::say!(interviews.progress_text(100)).as_str())
    );
}
