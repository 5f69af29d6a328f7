//! Helpers for browser tests, named for what the reader does or sees.
#![allow(dead_code)]

use leptos::prelude::*;
use micra_flins::App;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

/// A mounted app in its own container; unmounted and removed when dropped.
pub struct MountedApp {
    container: HtmlElement,
    _handle: leptos::mount::UnmountHandle<leptos::tachys::view::any_view::AnyViewState>,
}

impl std::ops::Deref for MountedApp {
    type Target = HtmlElement;
    fn deref(&self) -> &HtmlElement {
        &self.container
    }
}

impl Drop for MountedApp {
    fn drop(&mut self) {
        self.container.remove();
    }
}

/// Sets the browser's address to `path` and mounts the whole app.
pub async fn mount_app_at(path: &str) -> MountedApp {
    window().history().unwrap().replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(path)).unwrap();
    let container: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&container).unwrap();
    let handle = leptos::mount::mount_to(container.clone(), || view! { <App/> }.into_any());
    settle().await;
    MountedApp { container, _handle: handle }
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

/// Asserts that the element matching `css` contains `text`.
pub fn see_text(root: &Element, css: &str, text: &str) {
    let seen = text_of(root, css);
    assert!(seen.contains(text), "expected `{css}` to contain {text:?}, saw {seen:?}");
}

/// Clicks an element and lets the app react.
pub async fn click(element: &Element) {
    element.unchecked_ref::<HtmlElement>().click();
    settle().await;
}
