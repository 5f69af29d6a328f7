//! Helpers for browser tests, named for what the reader does or sees.
#![allow(dead_code)]

use leptos::prelude::*;
use micra_flins::App;
use std::time::Duration;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

/// The title of the event the timeline shows: every event's detail is in
/// the page, and all but the selected one are hidden.
pub const SHOWN_EVENT_TITLE: &str = ".event-detail:not([hidden]) h2";

/// The bundled report, as published.
pub const BUNDLED_REPORT: &str = include_str!("../../public/data/report.json");

/// A mounted app in its own container; unmounted and removed when dropped.
pub struct MountedApp {
    container: HtmlElement,
    handle: Option<leptos::mount::UnmountHandle<leptos::tachys::view::any_view::AnyViewState>>,
    owner: Owner,
}

impl std::ops::Deref for MountedApp {
    type Target = HtmlElement;
    fn deref(&self) -> &HtmlElement {
        &self.container
    }
}

impl Drop for MountedApp {
    fn drop(&mut self) {
        self.handle.take();
        // Effects and callbacks can keep the app's owner alive after the
        // unmount; cleaning it up removes the router's window listeners, so
        // an earlier test's app never answers a later test's clicks.
        self.owner.cleanup();
        self.container.remove();
    }
}

/// Sets the browser's address to `path` and mounts the whole app, as a
/// reader opening that address would.
pub async fn open(path: &str) -> MountedApp {
    open_under_base("", path).await
}

/// Like [`open`], for an app hosted under `base` (`/reports/micra`);
/// `path` is the full address, base included.
pub async fn open_under_base(base: &'static str, path: &str) -> MountedApp {
    window()
        .history()
        .unwrap()
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(path))
        .unwrap();
    let container: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&container).unwrap();
    let owner = Owner::new();
    let handle = owner.with(|| {
        leptos::mount::mount_to(container.clone(), move || {
            view! { <App base=base/> }.into_any()
        })
    });
    settle().await;
    MountedApp {
        container,
        handle: Some(handle),
        owner,
    }
}

/// Opens `path` with `?data=` naming a report served with `content_type`,
/// and waits until the report is loaded or has failed.
pub async fn open_with_report(path: &str, json: &str, content_type: &str) -> MountedApp {
    let url = blob_url(json, content_type);
    let (path, fragment) = path
        .split_once('#')
        .map_or((path, String::new()), |(path, id)| (path, format!("#{id}")));
    let separator = if path.contains('?') { '&' } else { '?' };
    let app = open(&format!("{path}{separator}data={url}{fragment}")).await;
    wait_until_loaded(&app).await;
    app
}

/// Opens `path` with the bundled report.
pub async fn open_with_bundled_report(path: &str) -> MountedApp {
    open_with_report(path, BUNDLED_REPORT, "application/json").await
}

/// A same-origin `blob:` URL serving `body`, as a static host would serve a file.
pub fn blob_url(body: &str, content_type: &str) -> String {
    let parts = js_sys::Array::of1(&body.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(content_type);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).unwrap();
    web_sys::Url::create_object_url_with_blob(&blob).unwrap()
}

/// Waits until the loading placeholder is gone.
pub async fn wait_until_loaded(app: &Element) {
    wait_for("the report to load or fail", || {
        app.query_selector("[aria-busy=true]").unwrap().is_none()
    })
    .await;
}

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

/// Lets reactive updates and pending futures run before asserting.
pub async fn settle() {
    for _ in 0..3 {
        leptos::task::tick().await;
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
