//! Helpers for browser tests, named for what the reader does or sees.
//!
//! A test opens an address as a reader would: the page the prerender wrote
//! for it (`page.rs`), its islands hydrated from the props it carries
//! (`islands.rs`), nothing else of the app running.
#![allow(dead_code)]

use leptos::prelude::*;
use std::time::Duration;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

mod islands;
mod page;

// Each test file uses its own share of the helpers.
#[allow(unused_imports)]
pub use page::{host_answers_with, open};

/// The title of the event the timeline shows: every event's detail is in
/// the page, and all but the selected one are hidden.
pub const SHOWN_EVENT_TITLE: &str = ".event-detail:not([hidden]) h2";

/// The bundled report, as published.
pub const BUNDLED_REPORT: &str = include_str!("../../public/data/report.json");

/// Waits (up to 5 s) until `condition` holds; panics naming `what` if not.
pub async fn wait_for(what: &str, condition: impl Fn() -> bool) {
    for _ in 0..500 {
        if condition() {
            settle().await;
            return;
        }
        sleep(Duration::from_millis(10)).await;
    }
    panic!("timed out waiting for {what}");
}

/// Lets the browser run timers and network callbacks.
pub async fn sleep(duration: Duration) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(
                &resolve,
                duration.as_millis() as i32,
            )
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Lets reactive updates and pending futures run before asserting: the
/// islands change the prerendered markup from effects, which run as
/// microtasks, one after another; a timer's task comes after them all.
pub async fn settle() {
    for _ in 0..2 {
        leptos::task::tick().await;
        sleep(Duration::ZERO).await;
    }
}

/// The trimmed text of the first element matching `css`; panics if none.
pub fn text_of(root: &Element, css: &str) -> String {
    root.query_selector(css)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matches `{css}`"))
        .text_content()
        .unwrap_or_default()
        .trim()
        .to_string()
}

/// The trimmed texts of every element matching `css`, in document order.
pub fn texts_of(root: &Element, css: &str) -> Vec<String> {
    let nodes = root.query_selector_all(css).unwrap();
    (0..nodes.length())
        .filter_map(|index| nodes.item(index))
        .map(|node| node.text_content().unwrap_or_default().trim().to_string())
        .collect()
}

/// Asserts that the element matching `css` contains `text`.
pub fn see_text(root: &Element, css: &str, text: &str) {
    let seen = text_of(root, css);
    assert!(
        seen.contains(text),
        "expected `{css}` to contain {text:?}, saw {seen:?}"
    );
}

/// The first button whose text is `label`; panics if none.
pub fn button(root: &Element, label: &str) -> Element {
    let buttons = root.query_selector_all("button").unwrap();
    (0..buttons.length())
        .filter_map(|index| buttons.item(index))
        .filter_map(|node| node.dyn_into::<Element>().ok())
        .find(|button| button.text_content().unwrap_or_default().trim() == label)
        .unwrap_or_else(|| panic!("no button labelled {label:?}"))
}

/// Clicks an element and lets the app react.
pub async fn click(element: &Element) {
    element.unchecked_ref::<HtmlElement>().click();
    settle().await;
}

/// Presses `key` on `element`: a bubbling keydown, as the browser sends it.
pub async fn press(element: &Element, key: &str) {
    press_with(element, key, false).await;
}

/// Presses `key` with Shift held on `element`.
pub async fn press_shifted(element: &Element, key: &str) {
    press_with(element, key, true).await;
}

async fn press_with(element: &Element, key: &str, shift: bool) {
    let init = web_sys::KeyboardEventInit::new();
    init.set_key(key);
    init.set_shift_key(shift);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let event =
        web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    element.dispatch_event(&event).unwrap();
    settle().await;
}

/// The element that has keyboard focus.
pub fn focused() -> Element {
    document().active_element().expect("something has focus")
}

/// The address bar's path and query.
pub fn current_address() -> String {
    let location = window().location();
    format!(
        "{}{}",
        location.pathname().unwrap(),
        location.search().unwrap()
    )
}

/// The address bar's path alone.
pub fn current_path() -> String {
    window().location().pathname().unwrap()
}

/// The first element matching `css`; panics if none.
pub fn find(root: &Element, css: &str) -> Element {
    root.query_selector(css)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matches `{css}`"))
}

/// Every element matching `css`, in document order.
pub fn find_all(root: &Element, css: &str) -> Vec<Element> {
    let nodes = root.query_selector_all(css).unwrap();
    (0..nodes.length())
        .filter_map(|index| nodes.item(index))
        .filter_map(|node| node.dyn_into::<Element>().ok())
        .collect()
}
