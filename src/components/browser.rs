//! Browser calls that several components share. Each is made from an
//! effect or an event handler, never while rendering (pages will later be
//! prerendered, where there is no browser).

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, ScrollBehavior, ScrollIntoViewOptions, ScrollLogicalPosition};

/// The media query for screens narrower than the wide layouts (60rem);
/// style/*.css switch at `min-width: 60rem`.
pub const NARROW_SCREEN: &str = "(max-width: 59.99rem)";

/// How long a landed-on passage stays marked.
const TARGET_MARK_MS: i32 = 2500;
/// The class that marks a passage a link landed on (style/base.css).
const TARGET_CLASS: &str = "is-target";

/// The element with this id, if it is in the document.
pub fn element(id: &str) -> Option<Element> {
    document().get_element_by_id(id)
}

/// Whether a media query matches now.
pub fn media_matches(query: &str) -> bool {
    window()
        .match_media(query)
        .ok()
        .flatten()
        .is_some_and(|list| list.matches())
}

/// Whether the reader lets things move: smooth scrolling only then.
pub fn motion_allowed() -> bool {
    !media_matches("(prefers-reduced-motion: reduce)")
}

/// Scrolls `element` into view at `block`, smoothly when motion is allowed
/// and `smooth` is asked for.
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

/// Moves keyboard focus to `element` without scrolling (the caller has
/// scrolled already, maybe smoothly; a focus jump would cut that short).
pub fn focus_quietly(element: &Element) {
    if let Some(element) = element.dyn_ref::<HtmlElement>() {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = element.focus_with_options(&options);
    }
}

/// Marks `element` as the place a link landed on, for a moment: an outline,
/// not an animation, so it also suits readers who ask for reduced motion.
pub fn mark_target(element: &Element) {
    let _ = element.class_list().add_1(TARGET_CLASS);
    let element = element.clone();
    set_timeout(
        move || {
            let _ = element.class_list().remove_1(TARGET_CLASS);
        },
        std::time::Duration::from_millis(TARGET_MARK_MS as u64),
    );
}

/// The element the address's `#fragment` names, if it is on the page.
pub fn fragment_target() -> Option<Element> {
    let hash = window().location().hash().ok()?;
    let id = hash.strip_prefix('#').filter(|id| !id.is_empty())?;
    let id = web_sys::js_sys::decode_uri_component(id)
        .ok()
        .and_then(|id| id.as_string())
        .unwrap_or_else(|| id.to_string());
    element(&id)
}

/// Brings the passage the address's `#fragment` names into view, marks it
/// and moves focus to it (the browser could not: the page was rendered after
/// the address was read). Returns whether there was one.
pub fn land_on_fragment() -> bool {
    let Some(target) = fragment_target() else {
        return false;
    };
    if !target.has_attribute("tabindex") {
        // Focusable from script only, so that reading continues from here.
        let _ = target.set_attribute("tabindex", "-1");
    }
    mark_target(&target);
    scroll_to(&target, ScrollLogicalPosition::Start, false);
    focus_quietly(&target);
    true
}
