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

/// The elements inside `root` that match `selector`, in document order.
pub fn elements_in(root: &Element, selector: &str) -> Vec<Element> {
    let Ok(found) = root.query_selector_all(selector) else {
        return Vec::new();
    };
    (0..found.length())
        .filter_map(|index| found.item(index)?.dyn_into().ok())
        .collect()
}

/// The element matching `selector` that `event` happened in (its target or
/// an ancestor of it): how one listener on the window serves many controls.
pub fn closest_to_target(event: &web_sys::Event, selector: &str) -> Option<Element> {
    event
        .target()?
        .dyn_into::<Element>()
        .ok()?
        .closest(selector)
        .ok()
        .flatten()
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

/// Moves the focus to the page's main content (it has `tabindex="-1"`):
/// where the skip link goes, and where a control that goes away leaves it
/// rather than on nothing.
pub fn focus_main() {
    if let Some(main) = element("main").and_then(|main| main.dyn_into::<HtmlElement>().ok()) {
        let _ = main.focus();
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

/// Calls `handler` with each `event` at the window until the reactive
/// owner that called this is cleaned up. Does nothing in the prerender
/// step, where there is no window.
pub fn listen_to_window(event: &'static str, handler: impl Fn(web_sys::Event) + 'static) {
    if !cfg!(feature = "ssr") {
        listen(&window(), event, handler);
    }
}

/// [`listen_to_window`], at the document.
pub fn listen_to_document(event: &'static str, handler: impl Fn(web_sys::Event) + 'static) {
    if !cfg!(feature = "ssr") {
        listen(&document(), event, handler);
    }
}

/// Calls `handler` with each `event` at `target` until the reactive owner
/// that called this is cleaned up.
///
/// Not leptos-use's `use_event_listener`: it is generic over the target,
/// the event and the handler, so its code (signals, wrappers, options) is
/// compiled again for each listener; this is the same few calls for all of
/// them, which measured 6.5 KB less in the reader pages' wasm (bench/size.md).
pub fn listen(
    target: &web_sys::EventTarget,
    event: &'static str,
    handler: impl Fn(web_sys::Event) + 'static,
) {
    add_listener(target, event, Box::new(handler));
}

fn add_listener(
    target: &web_sys::EventTarget,
    event: &'static str,
    handler: Box<dyn Fn(web_sys::Event)>,
) {
    let handler = wasm_bindgen::closure::Closure::wrap(handler);
    if target
        .add_event_listener_with_callback(event, handler.as_ref().unchecked_ref())
        .is_err()
    {
        return;
    }
    // The owner may be cleaned up from any thread as far as its types
    // know; in the browser there is one.
    let listener = send_wrapper::SendWrapper::new((target.clone(), handler));
    on_cleanup(move || {
        let (target, handler) = listener.take();
        let _ = target.remove_event_listener_with_callback(event, handler.as_ref().unchecked_ref());
    });
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
