//! Browser tests of the timeline: order, keyboard, selection in the URL,
//! filters, unknown ids, and source links that land on real passages.
#![cfg(target_arch = "wasm32")]

mod support;

use report::Report;
use support::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn bundled() -> Report {
    Report::from_json(BUNDLED_REPORT).unwrap()
}

/// Waits until the shown detail is the event titled `title`: one a step
/// away from the page's own is taken ahead, any other when selected.
async fn see_event_shown(app: &web_sys::Element, title: &str) {
    wait_for(&format!("the detail of {title:?}"), || {
        app.query_selector(SHOWN_EVENT_TITLE)
            .unwrap()
            .is_some_and(|shown| shown.text_content().unwrap_or_default().trim() == title)
    })
    .await;
}

fn option_titles(app: &web_sys::Element) -> Vec<String> {
    texts_of(app, "[role=option]:not([hidden]) .event-option__title")
}

#[wasm_bindgen_test]
async fn events_render_in_date_order_inside_their_phases() {
    let report = bundled();
    let app = open("/timeline").await;
    let phases = texts_of(&app, ".phase__title span");
    let expected: Vec<&str> = report
        .timeline
        .phases
        .iter()
        .map(|phase| phase.title.as_str())
        .collect();
    assert_eq!(phases, expected);

    for (group, phase) in find_all(&app, ".phase").iter().zip(&report.timeline.phases) {
        let shown: Vec<String> = texts_of(group, ".event-option__title");
        let mut in_phase: Vec<_> = report
            .timeline
            .events
            .iter()
            .filter(|event| event.phase.as_deref() == Some(&phase.id))
            .collect();
        in_phase.sort_by_key(|event| event.date.start());
        let by_date: Vec<&str> = in_phase.iter().map(|event| event.title.as_str()).collect();
        assert_eq!(shown, by_date, "phase {}", phase.id);
        let (first, last) = (phase.date.start().year, phase.date.end().year);
        for time in find_all(group, ".event-option__date") {
            let datetime = time.get_attribute("datetime").unwrap();
            let year: u16 = datetime[..4]
                .parse()
                .unwrap_or_else(|_| panic!("datetime {datetime:?}"));
            assert!(
                (first..=last).contains(&year),
                "{datetime} lies outside phase {} ({first}-{last})",
                phase.id
            );
        }
    }
    assert_eq!(option_titles(&app).len(), report.timeline.events.len());
}

#[wasm_bindgen_test]
async fn arrow_keys_move_the_focus_and_enter_selects_into_the_url() {
    let report = bundled();
    let ids: Vec<&str> = report
        .timeline
        .events
        .iter()
        .map(|event| event.id.as_str())
        .collect();
    let app = open("/timeline").await;
    let options = find_all(&app, "[role=option]");
    let tab_stops: Vec<_> = options
        .iter()
        .filter(|option| option.get_attribute("tabindex").as_deref() == Some("0"))
        .collect();
    assert_eq!(tab_stops.len(), 1, "the list is one Tab stop");
    assert_eq!(tab_stops[0].id(), format!("timeline-option-{}", ids[0]));

    press(&options[0], "ArrowRight").await;
    assert_eq!(focused().id(), format!("timeline-option-{}", ids[1]));
    assert_eq!(options[1].get_attribute("tabindex").as_deref(), Some("0"));
    assert_eq!(options[0].get_attribute("tabindex").as_deref(), Some("-1"));
    press(&focused(), "End").await;
    assert_eq!(
        focused().id(),
        format!("timeline-option-{}", ids.last().unwrap())
    );
    press(&focused(), "Home").await;
    press(&focused(), "ArrowDown").await;
    press(&focused(), "ArrowDown").await;
    press(&focused(), "ArrowUp").await;
    assert_eq!(focused().id(), format!("timeline-option-{}", ids[1]));

    press(&focused(), "Enter").await;
    assert_eq!(current_address(), format!("/timeline/{}", ids[1]));
    assert_eq!(
        focused().get_attribute("aria-selected").as_deref(),
        Some("true")
    );
    see_event_shown(&app, &report.timeline.events[1].title).await;
    assert_eq!(
        text_of(&app, "[aria-live=polite]"),
        report.timeline.events[1].title
    );
    assert_eq!(
        text_of(&app, ".stepper__position"),
        format!("Event 2 of {}", ids.len())
    );
}

#[wasm_bindgen_test]
async fn next_and_back_step_through_selections_in_history() {
    let report = bundled();
    let events = &report.timeline.events;
    let app = open(&format!("/timeline/{}", events[0].id)).await;
    see_event_shown(&app, &events[0].title).await;
    click(&find(&app, "button[aria-label='Next event']")).await;
    assert_eq!(current_address(), format!("/timeline/{}", events[1].id));
    see_event_shown(&app, &events[1].title).await;

    leptos::prelude::window().history().unwrap().back().unwrap();
    wait_for("back to the first event", || {
        current_path() == format!("/timeline/{}", events[0].id)
    })
    .await;
    wait_for("the first event's detail", || {
        text_of(&app, SHOWN_EVENT_TITLE) == events[0].title
    })
    .await;
    let selected = find(&app, "[aria-selected=true]");
    assert_eq!(selected.id(), format!("timeline-option-{}", events[0].id));
}

#[wasm_bindgen_test]
async fn a_site_filter_narrows_the_list_and_its_count_and_lives_in_the_url() {
    let report = bundled();
    let app = open("/timeline").await;
    let oppama = find_all(&app, ".chip")
        .into_iter()
        .find(|chip| chip.text_content().unwrap().contains("Oppama"))
        .expect("an Oppama chip");
    assert_eq!(oppama.text_content().unwrap(), "Oppama (2)");
    click(&oppama).await;
    assert_eq!(current_address(), "/timeline?site=oppama");
    assert_eq!(
        option_titles(&app),
        ["Three years of shared processes", "Training in Japan"]
    );
    assert_eq!(
        text_of(&app, ".filters__status"),
        format!(
            "Showing 2 of {} events. Clear filters",
            report.timeline.events.len()
        )
    );
    let pressed = find_all(&app, ".chip[aria-pressed=true]");
    assert_eq!(pressed.len(), 1);

    let market = find_all(&app, ".chip")
        .into_iter()
        .find(|chip| chip.text_content().unwrap().starts_with("Market"))
        .unwrap();
    assert_eq!(
        market.text_content().unwrap(),
        "Market (0)",
        "counts follow the other filter"
    );
    click(&market).await;
    assert!(option_titles(&app).is_empty());
    see_text(&app, ".filters__empty", "No event matches these filters.");
    click(&find(&app, ".filters__empty button")).await;
    assert_eq!(current_address(), "/timeline");
    assert_eq!(option_titles(&app).len(), report.timeline.events.len());
}

/// Whether the page holds event `id`'s detail, shown or not.
fn holds_detail(id: &str) -> bool {
    leptos::prelude::document()
        .get_element_by_id(&format!("timeline-detail-{id}"))
        .is_some()
}

#[wasm_bindgen_test]
async fn stepping_takes_the_next_details_ahead_of_the_reader_the_way_they_go() {
    let report = bundled();
    let ids: Vec<&str> = report
        .timeline
        .events
        .iter()
        .map(|event| &*event.id)
        .collect();
    let app = open(&format!("/timeline/{}", ids[3])).await;
    wait_for("the events a step either way", || {
        holds_detail(ids[2]) && holds_detail(ids[4])
    })
    .await;
    settle().await;
    assert!(
        !holds_detail(ids[1]) && !holds_detail(ids[5]),
        "a page first takes only the events a step away"
    );
    click(&find(&app, "button[aria-label='Next event']")).await;
    see_event_shown(&app, &report.timeline.events[4].title).await;
    wait_for("a second step forward, the way the reader goes", || {
        holds_detail(ids[6])
    })
    .await;
    click(&find(&app, "button[aria-label='Previous event']")).await;
    see_event_shown(&app, &report.timeline.events[3].title).await;
    wait_for("a second step back once the reader turns", || {
        holds_detail(ids[1])
    })
    .await;
}

#[wasm_bindgen_test]
async fn an_event_whose_page_cannot_be_fetched_says_so_and_comes_with_a_retry() {
    // Each page carries its own event's detail and those a step away;
    // another event's comes from its page when the reader selects it.
    let report = bundled();
    let events = &report.timeline.events;
    let app = open(&format!("/timeline/{}", events[0].id)).await;
    let far = events.last().unwrap();
    host_answers_with(Some(503));
    click(&find(&app, &format!("#timeline-option-{}", far.id))).await;
    wait_for("the status to say why", || {
        text_of(&app, "#timeline-status").contains("503")
    })
    .await;
    let retry = find(&app, "#timeline-retry");
    assert!(!retry.has_attribute("hidden"), "the retry button shows");
    assert_eq!(retry.text_content().unwrap(), "Try again");
    host_answers_with(None);
    click(&retry).await;
    wait_for("the detail to come", || {
        app.query_selector(SHOWN_EVENT_TITLE).unwrap().is_some()
    })
    .await;
    see_event_shown(&app, &far.title).await;
    assert_eq!(text_of(&app, "#timeline-status"), "");
    assert!(find(&app, "#timeline-retry").has_attribute("hidden"));
}

#[wasm_bindgen_test]
async fn every_source_link_points_at_a_passage_that_exists_on_its_page() {
    let report = bundled();
    let mut checked = 0;
    for event in &report.timeline.events {
        let links: Vec<String> = {
            let app = open(&format!("/timeline/{}", event.id)).await;
            find_all(&app, ".event-detail:not([hidden]) .source__link a")
                .iter()
                .map(|link| link.get_attribute("href").unwrap())
                .collect()
        };
        for href in links {
            let (page, passage) = href
                .split_once('#')
                .unwrap_or_else(|| panic!("{href} names no passage"));
            let app = open(page).await;
            assert!(
                app.query_selector(&format!("[id='{passage}']"))
                    .unwrap()
                    .is_some(),
                "{} cites {href}, but {page} has no element #{passage}",
                event.id
            );
            checked += 1;
        }
    }
    assert!(
        checked >= report.timeline.events.len(),
        "only {checked} source links"
    );
}

#[wasm_bindgen_test]
async fn under_a_sub_path_selection_keeps_the_base_in_the_address() {
    let report = bundled();
    let events = &report.timeline.events;
    let app = open(&format!("/reports/micra/timeline/{}", events[0].id)).await;
    see_event_shown(&app, &events[0].title).await;
    click(&find(&app, "button[aria-label='Next event']")).await;
    assert_eq!(
        current_path(),
        format!("/reports/micra/timeline/{}", events[1].id)
    );
    see_event_shown(&app, &events[1].title).await;
    let story = find(&app, "nav a");
    assert_eq!(
        story.get_attribute("href").as_deref(),
        Some("/reports/micra/")
    );
}

#[wasm_bindgen_test]
async fn at_the_last_event_next_is_disabled_but_keeps_the_focus() {
    let report = bundled();
    let last = report.timeline.events.last().unwrap();
    let app = open(&format!("/timeline/{}", last.id)).await;
    let next = find(&app, "button[aria-label='Next event']");
    assert_eq!(next.get_attribute("aria-disabled").as_deref(), Some("true"));
    next.unchecked_ref::<web_sys::HtmlElement>()
        .focus()
        .unwrap();
    click(&next).await;
    assert_eq!(
        current_path(),
        format!("/timeline/{}", last.id),
        "nothing after the last event"
    );
    assert_eq!(focused(), next, "the focus stays on the button");
}

/// A pointer's click on an SVG element (which has no `click()`).
async fn click_drawing(element: &web_sys::Element) {
    let init = web_sys::MouseEventInit::new();
    init.set_bubbles(true);
    init.set_cancelable(true);
    let event = web_sys::MouseEvent::new_with_mouse_event_init_dict("click", &init).unwrap();
    element.dispatch_event(&event).unwrap();
    settle().await;
}

#[wasm_bindgen_test]
async fn a_click_on_the_axis_selects_its_event_and_filters_dim_the_others() {
    let report = bundled();
    let app = open("/timeline").await;
    let marks = find_all(&app, ".timeline-axis__mark");
    assert_eq!(
        marks.len(),
        report.timeline.events.len(),
        "a mark per event"
    );
    let target = find(
        &app,
        "#timeline-mark-oppama-training .timeline-axis__target",
    );
    click_drawing(&target).await;
    assert_eq!(current_address(), "/timeline/oppama-training");
    see_event_shown(&app, "Training in Japan").await;
    let selected: Vec<String> = find_all(&app, ".timeline-axis__mark--selected")
        .iter()
        .map(|mark| mark.id())
        .collect();
    assert_eq!(selected, ["timeline-mark-oppama-training"]);
    assert_eq!(
        find(&app, "[aria-selected=true]").id(),
        "timeline-option-oppama-training",
        "the list follows"
    );

    let oppama = find_all(&app, ".chip")
        .into_iter()
        .find(|chip| chip.text_content().unwrap().contains("Oppama"))
        .unwrap();
    click(&oppama).await;
    let bright: Vec<String> = find_all(
        &app,
        ".timeline-axis__mark:not(.timeline-axis__mark--dimmed)",
    )
    .iter()
    .map(|mark| mark.get_attribute("data-event").unwrap())
    .collect();
    assert_eq!(bright, ["shared-processes", "oppama-training"]);
}

#[wasm_bindgen_test]
async fn the_axis_draws_each_date_as_precise_as_it_is() {
    let app = open("/timeline").await;
    let years = texts_of(&app, ".timeline-axis__year-label");
    assert_eq!(years, ["2013", "2014", "2015", "2016", "2017"]);
    let x_of = |element: &web_sys::Element, name: &str| element.get_attribute(name).unwrap();
    let label_2017 = find_all(&app, ".timeline-axis__year-label")
        .into_iter()
        .find(|label| label.text_content().unwrap() == "2017")
        .unwrap();
    // "2013/2016": a span from the first day of 2013 to the first of 2017.
    let span = find(&app, "#timeline-mark-shared-processes .timeline-axis__span");
    assert_eq!(x_of(&span, "x"), "0.000%");
    assert_eq!(x_of(&span, "width"), x_of(&label_2017, "x"));
    // 26 April 2013: a day, a point.
    assert!(
        app.query_selector("#timeline-mark-flins-chosen .timeline-axis__point")
            .unwrap()
            .is_some()
    );
    // "late 2015": a span inside 2015.
    let late = find(&app, "#timeline-mark-oppama-training .timeline-axis__span");
    let percent = |value: String| value.trim_end_matches('%').parse::<f64>().unwrap();
    let label = |year: &str| {
        find_all(&app, ".timeline-axis__year-label")
            .into_iter()
            .find(|label| label.text_content().unwrap() == year)
            .map(|label| percent(x_of(&label, "x")))
            .unwrap()
    };
    let (from, width) = (percent(x_of(&late, "x")), percent(x_of(&late, "width")));
    assert!(
        from > label("2015") && from + width <= label("2016") + 0.001,
        "{from} + {width}"
    );
    assert!(
        app.query_selector(".timeline-axis__drawing[aria-hidden=true]")
            .unwrap()
            .is_some(),
        "the list, not the drawing, is what screen readers read"
    );
}
