//! The browser calls the components and hooks share. Each is made from an
//! effect or an event handler, never while rendering: the prerender step
//! renders the same components natively, where there is no browser.

use crate::logic::interview::input_takes_text;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, ScrollBehavior, ScrollIntoViewOptions, ScrollLogicalPosition};

/// style/*.css switch to the wide layouts at `min-width: 60rem`.
pub const NARROW_SCREEN: &str = "(max-width: 59.99rem)";

pub fn element(id: &str) -> Option<Element> {
    document().get_element_by_id(id)
}

pub fn media_matches(query: &str) -> bool {
    window()
        .match_media(query)
        .ok()
        .flatten()
        .is_some_and(|list| list.matches())
}

/// Smooth scrolling only for readers who have not asked for reduced motion.
fn motion_allowed() -> bool {
    !media_matches("(prefers-reduced-motion: reduce)")
}

pub fn scroll_to(element: &Element, block: ScrollLogicalPosition, smooth: bool) {
    let options = ScrollIntoViewOptions::new();
    options.set_block(block);
    options.set_behavior(if smooth && motion_allowed() {
        ScrollBehavior::Smooth
    } else {
        ScrollBehavior::Instant
    });
    element.scroll_into_view_with_scroll_into_view_options(&options);
}

/// Without scrolling: the caller has scrolled already, maybe smoothly, and
/// a focus jump would cut that short.
pub fn focus_quietly(element: &Element) {
    if let Some(element) = element.dyn_ref::<HtmlElement>() {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = element.focus_with_options(&options);
    }
}

/// The element the address's `#fragment` names, if it is on the page. The
/// browser keeps the fragment percent-encoded (`#caf%C3%A9-1`) while ids are
/// not, so it is decoded first; a fragment that is not valid encoding is
/// taken as it is.
pub fn fragment_target() -> Option<Element> {
    let hash = window().location().hash().ok()?;
    let id = hash.strip_prefix('#').filter(|id| !id.is_empty())?;
    let id = web_sys::js_sys::decode_uri_component(id)
        .ok()
        .and_then(|id| id.as_string())
        .unwrap_or_else(|| id.to_string());
    element(&id)
}

/// The window for leptos-use's listeners, which are removed with their
/// owner. None in the prerender step: there the listeners do nothing, and
/// asking for the window would panic.
pub fn listening_window() -> Option<web_sys::Window> {
    (!cfg!(feature = "ssr")).then(window)
}

/// Whether keyboard focus is where typed letters are text: a text field, a
/// text area, a select or an editable element.
fn typing_in(target: Option<web_sys::EventTarget>) -> bool {
    let Some(element) = target.and_then(|target| target.dyn_into::<Element>().ok()) else {
        return false;
    };
    match element.tag_name().to_ascii_lowercase().as_str() {
        "textarea" | "select" => true,
        "input" => input_takes_text(&element.get_attribute("type").unwrap_or_default()),
        _ => element
            .dyn_ref::<HtmlElement>()
            .is_some_and(|element| element.is_content_editable()),
    }
}

/// Whether a key press may act as a single-key shortcut: nothing handled it
/// yet, no modifier but Shift is held (some layouts need it for `/`), and
/// focus is not where the letter would be typed.
pub fn may_be_shortcut(event: &web_sys::KeyboardEvent) -> bool {
    !event.default_prevented()
        && !event.ctrl_key()
        && !event.meta_key()
        && !event.alt_key()
        && !typing_in(event.target())
}
