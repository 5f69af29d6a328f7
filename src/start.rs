//! Starting the app in the browser.
//!
//! A page arrives prerendered (`src/prerender.rs`): the reader can read
//! and follow every link before any wasm has run. Only its islands
//! (`src/islands/`) then come alive: [`start`] prepares Leptos to hydrate
//! them, the page loader (`src/page_loader.js`) hydrates each
//! `<leptos-island>` in place, then calls [`islands_hydrated`]. Nothing is
//! rendered again, so nothing moves: what the reader had scrolled to,
//! focused and opened stays as it is.
//!

use std::sync::atomic::{AtomicBool, Ordering};

/// Set on `<html>` once the page's islands are hydrated.
pub const HYDRATED_ATTRIBUTE: &str = "data-hydrated";

/// Set when the reader scrolled or focused something in the prerendered
/// page before its islands ran.
static READER_MOVED_FIRST: AtomicBool = AtomicBool::new(false);

/// Whether the reader had already moved in the prerendered page when its
/// islands started: then they do not land on the address's question or
/// fragment, which would take the reader away from where they are.
pub fn reader_moved_first() -> bool {
    READER_MOVED_FIRST.load(Ordering::Relaxed)
}

/// Prepares the hydration of a prerendered page's islands.
#[cfg(feature = "hydrate")]
pub fn start() {
    READER_MOVED_FIRST.store(reader_has_moved(), Ordering::Relaxed);
    EDITED_BEFORE.set(edited_fields());
    leptos::mount::hydrate_islands();
}

/// Called by the loader once every island is hydrated. A field the reader
/// typed in or ticked before its island ran keeps what they did (hydration
/// sets each field to the island's state), and the island is told,
/// through the event its handlers listen to, as if it had happened now: a
/// search typed early is searched for.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn islands_hydrated() {
    if let Some(html) = leptos::prelude::document().document_element() {
        let _ = html.set_attribute(HYDRATED_ATTRIBUTE, "");
    }
    crate::perf::mark(crate::perf::ISLANDS_HYDRATED);
    for (field, edit) in EDITED_BEFORE.take() {
        let event = match edit {
            Edit::Text(value) => {
                field.set_value(&value);
                "input"
            }
            Edit::Checked(checked) => {
                field.set_checked(checked);
                "change"
            }
        };
        let init = web_sys::EventInit::new();
        init.set_bubbles(true);
        if let Ok(event) = web_sys::Event::new_with_event_init_dict(event, &init) {
            let _ = field.dispatch_event(&event);
        }
    }
}

/// What the reader did to a field before the islands ran (the
/// prerender step compiles this module too, and never finds any).
#[cfg_attr(not(feature = "hydrate"), allow(dead_code))]
enum Edit {
    Text(String),
    Checked(bool),
}

thread_local! {
    static EDITED_BEFORE: std::cell::RefCell<Vec<(web_sys::HtmlInputElement, Edit)>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// The page's fields whose value or tick differs from its markup. Every
/// field of a page is one an island answers, most of them prerendered
/// beside it rather than inside it.
#[cfg(feature = "hydrate")]
fn edited_fields() -> Vec<(web_sys::HtmlInputElement, Edit)> {
    use wasm_bindgen::JsCast;
    let Ok(fields) = leptos::prelude::document().query_selector_all("input") else {
        return Vec::new();
    };
    (0..fields.length())
        .filter_map(|index| {
            let field = fields
                .item(index)?
                .dyn_into::<web_sys::HtmlInputElement>()
                .ok()?;
            let edit = match field.type_().as_str() {
                "checkbox" | "radio" => (field.checked() != field.default_checked())
                    .then(|| Edit::Checked(field.checked()))?,
                _ => (field.value() != field.default_value()).then(|| Edit::Text(field.value()))?,
            };
            Some((field, edit))
        })
        .collect()
}

/// Whether the reader focused something or scrolled away from where the
/// page opened (the top, or the passage its `#fragment` names).
#[cfg(feature = "hydrate")]
fn reader_has_moved() -> bool {
    use leptos::prelude::*;
    let focused = document()
        .active_element()
        .is_some_and(|active| Some(&active) != document().body().as_deref());
    if focused {
        return true;
    }
    match crate::browser::fragment_target() {
        // The browser jumped there itself: still there means not moved.
        Some(target) => {
            let top = target.get_bounding_client_rect().top();
            let view_height = window()
                .inner_height()
                .ok()
                .and_then(|height| height.as_f64())
                .unwrap_or(0.0);
            // Near the end of a page the browser cannot bring the passage
            // to the top: it scrolls as far as it goes.
            let at_the_end = document().document_element().is_some_and(|page| {
                window().scroll_y().unwrap_or(0.0) + view_height
                    >= f64::from(page.scroll_height()) - 2.0
            });
            let where_the_browser_put_it =
                (-2.0..=160.0).contains(&top) || (at_the_end && (-2.0..view_height).contains(&top));
            !where_the_browser_put_it
        }
        None => window().scroll_y().unwrap_or(0.0) > 0.0,
    }
}
