//! Browser tests of what a page hands its islands (src/islands/data.rs):
//! each island's data as the prerender writes it (serde) reads back, in
//! the browser, field for field the same; a data block that is missing
//! or malformed reads as nothing, without a panic. (That the prerendered
//! pages hold these blocks, parseable and free of markup, tests/any_report.rs
//! checks natively.)
#![cfg(target_arch = "wasm32")]

mod support;

use micra_flins::islands::data::{FromJson, IslandData};
use micra_flins::logic::interview::{ReaderIndex, SearchableInterview};
use micra_flins::logic::timeline::{TimelineIndex, TimelineWindow};
use report::Report;
use serde::Serialize;
use std::fmt::Debug;
use support::BUNDLED_REPORT;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const BLOCK: &str = "island-data-under-test";

/// Writes `data` into the document as a page would, and reads it back as
/// its island does.
fn round_trip<T: Serialize + FromJson + PartialEq + Debug>(data: T) {
    let written = IslandData {
        data,
        base: "/reports/micra".to_string(),
        at: "/interviews/x?find=\"quoted\"".to_string(),
    };
    put_block(&block_html(&written));
    let read = IslandData::<T>::read(BLOCK);
    remove_block();
    assert_eq!(read.as_ref(), Some(&written));
}

/// The block as the page carries it (`IslandData::block` renders it so).
fn block_html<T: Serialize>(data: &IslandData<T>) -> String {
    format!(
        r#"<script type="application/json" id="{BLOCK}">{}</script>"#,
        data.json()
    )
}

fn put_block(html: &str) {
    let holder = leptos::prelude::document().create_element("div").unwrap();
    holder.set_id("island-data-holder");
    holder.set_inner_html(html);
    leptos::prelude::document()
        .body()
        .unwrap()
        .append_child(&holder)
        .unwrap();
}

fn remove_block() {
    if let Some(holder) = leptos::prelude::document().get_element_by_id("island-data-holder") {
        holder.remove();
    }
}

fn bundled() -> Report {
    Report::from_json(BUNDLED_REPORT).unwrap()
}

#[wasm_bindgen_test]
fn each_interviews_reader_data_reads_back_whole() {
    let report = bundled();
    for index in 0..report.interviews.len() {
        round_trip(ReaderIndex::of(&report, index));
    }
}

#[wasm_bindgen_test]
fn the_interviews_search_data_reads_back_whole() {
    round_trip(SearchableInterview::all(&bundled()));
}

#[wasm_bindgen_test]
fn the_timelines_data_reads_back_whole_for_a_short_timeline_and_a_window_of_a_long_one() {
    let report = bundled();
    round_trip(TimelineIndex::of(&report));
    let mut long = report.clone();
    let events = long.timeline.events.clone();
    long.timeline.events = (0..60)
        .map(|copy| {
            let mut event = events[copy % events.len()].clone();
            event.id = format!("{}-{copy}", event.id);
            event
        })
        .collect();
    let selected = long.timeline.events[30].id.clone();
    let window = TimelineWindow::of(&long, Some(&selected));
    assert!(!window.is_whole(), "a long timeline's page has a window");
    round_trip(TimelineIndex::of_page(&long, window));
}

#[wasm_bindgen_test]
fn markup_in_the_data_stays_text_and_does_not_end_the_block() {
    let mut report = bundled();
    report.interviews[0].interviewee.name =
        "</script><script>window.ran = true</script><!-- <b>bold</b>".to_string();
    let reader = ReaderIndex::of(&report, 0);
    round_trip(reader.clone());
    let html = block_html(&IslandData {
        data: reader,
        base: String::new(),
        at: "/".to_string(),
    });
    assert!(!html.contains("</script><script>"), "{html}");
    assert_eq!(
        html.matches('<').count(),
        2,
        "only the block's own tags: {html}"
    );
}

#[wasm_bindgen_test]
fn a_block_missing_or_of_another_shape_reads_as_nothing() {
    assert_eq!(IslandData::<ReaderIndex>::read("no-such-block"), None);
    for broken in [
        "{not json",
        r#"{"data": 3, "base": "", "at": "/"}"#,
        r#"{"data": {"interview_id": "x"}, "base": "", "at": "/"}"#,
    ] {
        put_block(&format!(
            r#"<script type="application/json" id="{BLOCK}">{broken}</script>"#
        ));
        assert_eq!(IslandData::<ReaderIndex>::read(BLOCK), None, "{broken}");
        remove_block();
    }
}
