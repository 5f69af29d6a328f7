//! The browser calls only the interview pages make (the shared ones are in
//! `components::browser`). Each is called from an effect or an event
//! handler, never while rendering.

use crate::logic::interview::input_takes_text;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

pub use crate::components::browser::{element, focus_quietly, scroll_to};

/// Id of the find field, on the list page and in the reader alike, so `/`
/// finds it wherever it is.
pub const FIND_FIELD_ID: &str = "find-input";

/// Whether keyboard focus is where typed letters are text: a text field,
/// a text area, a select or an editable element.
pub fn typing_in(target: Option<web_sys::EventTarget>) -> bool {
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

/// Whether a key press may act as a single-key shortcut: nothing handled
/// it yet, no modifier but Shift is held, and focus is not in a text field.
pub fn may_be_shortcut(event: &web_sys::KeyboardEvent) -> bool {
    !event.default_prevented()
        && !event.ctrl_key()
        && !event.meta_key()
        && !event.alt_key()
        && !typing_in(event.target())
}

/// Focuses the page's find field and selects what it holds, so typing
/// replaces the last search.
pub fn focus_find_field() {
    if let Some(input) =
        element(FIND_FIELD_ID).and_then(|input| input.dyn_into::<web_sys::HtmlInputElement>().ok())
    {
        let _ = input.focus();
        input.select();
    }
}
