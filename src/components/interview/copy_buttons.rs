use super::reader_state::{ReaderState, use_reader_state};
use crate::components::use_site_base;
use crate::ui_text::interviews as text;
use leptos::prelude::*;
use leptos::task::spawn_local;
use report::Answer;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::js_sys;

/// "Copy link" and "Copy quote" for one question. The link is the
/// question's own address; the quote is the answer (or the part of it the
/// reader selected) with its citation. The outcome is said in the reader's
/// polite live region, and a refusal says what to do instead.
#[component]
pub fn CopyButtons(
    /// The question's in-app path.
    path: String,
    answer: Answer,
    /// The question's heading, which describes the buttons.
    heading_id: String,
) -> impl IntoView {
    let state = use_reader_state();
    let href = use_site_base().href(&path);
    let link_href = href.clone();
    let copy_link = move |_| {
        let url = absolute_url(&link_href);
        let failed = text::link_not_copied(&url);
        copy(state, url, text::LINK_COPIED.to_string(), failed);
    };
    let copy_quote = move |_| {
        let url = absolute_url(&href);
        let quote = selected_text_within(&answer.id).unwrap_or_else(|| {
            answer
                .paragraphs
                .iter()
                .map(|paragraph| paragraph.text.as_str())
                .collect::<Vec<_>>()
                .join(" ")
        });
        copy(
            state,
            state.citation(&quote, &url),
            text::QUOTE_COPIED.to_string(),
            text::QUOTE_NOT_COPIED.to_string(),
        );
    };
    view! {
        <div class="qa__tools">
            <button type="button" class="tool-button" aria-describedby=heading_id.clone() on:click=copy_link>
                {text::COPY_LINK}
            </button>
            <button type="button" class="tool-button" aria-describedby=heading_id on:click=copy_quote>
                {text::COPY_QUOTE}
            </button>
        </div>
    }
}

/// The reader's polite live region: what the copy buttons did.
#[component]
pub fn CopyStatus() -> impl IntoView {
    let announcer = use_reader_state().announcer;
    view! {
        <div
            class="copy-status"
            class:copy-status--shown=move || !announcer.is_silent()
            role="status"
            aria-live="polite"
        >
            {move || announcer.message()}
        </div>
    }
}

/// The address as a reader can paste it anywhere.
fn absolute_url(href: &str) -> String {
    let origin = window().location().origin().unwrap_or_default();
    format!("{origin}{href}")
}

/// Puts `content` on the clipboard and announces `copied`, or `failed` when
/// the browser has no clipboard here (plain http) or refuses it. Not
/// leptos-use's `use_clipboard`: it drops a refused write silently, and
/// then the reader would hear nothing and have nothing to copy by hand.
fn copy(state: ReaderState, content: String, copied: String, failed: String) {
    let clipboard = js_sys::Reflect::get(&window().navigator(), &JsValue::from_str("clipboard"))
        .ok()
        .filter(|clipboard| !clipboard.is_undefined() && !clipboard.is_null())
        .map(JsCast::unchecked_into::<web_sys::Clipboard>);
    let Some(clipboard) = clipboard else {
        state.announcer.say(failed);
        return;
    };
    let promise = clipboard.write_text(&content);
    spawn_local(async move {
        let message = match wasm_bindgen_futures::JsFuture::from(promise).await {
            Ok(_) => copied,
            Err(_) => failed,
        };
        state.announcer.say(message);
    });
}

/// The text the reader selected, if the selection lies inside the element
/// `container` and is not blank.
fn selected_text_within(container: &str) -> Option<String> {
    let selection = window().get_selection().ok().flatten()?;
    if selection.is_collapsed() {
        return None;
    }
    let container = document().get_element_by_id(container)?;
    let inside =
        |node: Option<web_sys::Node>| node.is_some_and(|node| container.contains(Some(&node)));
    if !inside(selection.anchor_node()) || !inside(selection.focus_node()) {
        return None;
    }
    let selected = String::from(selection.unchecked_ref::<js_sys::Object>().to_string());
    (!selected.trim().is_empty()).then_some(selected)
}
