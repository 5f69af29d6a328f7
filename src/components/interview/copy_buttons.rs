use super::reader_state::ReaderState;
use crate::browser::{closest_to_target, element, elements_in, listen_to_window};
use crate::components::use_site_base;
use crate::say;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, js_sys};

/// "Copy link" and "Copy quote" for one question, in its section. The
/// buttons are answered by [`answer_copy_buttons`].
#[component]
pub fn CopyButtons(
    /// The question's heading, which describes the buttons.
    heading_id: String,
) -> impl IntoView {
    view! {
        <div class="qa__tools">
            <button type="button" class="tool-button" data-copy="link" aria-describedby=heading_id.clone()>
                {say!(interviews.copy_link)}
            </button>
            <button type="button" class="tool-button" data-copy="quote" aria-describedby=heading_id>
                {say!(interviews.copy_quote)}
            </button>
        </div>
    }
}

/// Answers the page's copy buttons. The link is the question's own
/// address; the quote is the answer (or the part of it the reader
/// selected) with its citation. The outcome is said in the reader's polite
/// live region, and a refusal says what to do instead.
pub fn answer_copy_buttons(state: ReaderState) {
    let site = use_site_base();
    listen_to_window("click", move |event| {
        let Some(button) = closest_to_target(&event, "button[data-copy]") else {
            return;
        };
        let Some(section) = button.closest("section.qa").ok().flatten() else {
            return;
        };
        let Some(index) = state.question_index(&section.id()) else {
            return;
        };
        let Some(path) = state.question_path(index) else {
            return;
        };
        let url = absolute_url(&site.href(&path));
        if button.get_attribute("data-copy").as_deref() == Some("link") {
            let failed = say!(interviews.link_not_copied(&url));
            copy(state, url, say!(interviews.link_copied).to_string(), failed);
            return;
        }
        let answer = section.query_selector(".qa__answer").ok().flatten();
        let quote = answer
            .as_ref()
            .and_then(selected_text_within)
            .or_else(|| answer.as_ref().map(answer_text))
            .unwrap_or_default();
        copy(
            state,
            state.citation(&quote, &url),
            say!(interviews.quote_copied).to_string(),
            say!(interviews.quote_not_copied).to_string(),
        );
    });
}

const STATUS_ID: &str = "copy-status";

/// The reader's polite live region: what the copy buttons did. Markup,
/// silent: [`drive_copy_status`] speaks in it.
#[component]
pub fn CopyStatus() -> impl IntoView {
    view! { <div id=STATUS_ID class="copy-status" role="status" aria-live="polite"></div> }
}

/// Says the reader's announcements in the page's [`CopyStatus`].
pub fn drive_copy_status(state: ReaderState) {
    let announcer = state.announcer;
    let Some(status) = element(STATUS_ID) else {
        return;
    };
    Effect::new(move |_| {
        let message = announcer.message();
        let _ = status
            .class_list()
            .toggle_with_force("copy-status--shown", !announcer.is_silent());
        if status.text_content().unwrap_or_default() != message {
            status.set_text_content(Some(&message));
        }
    });
}

/// The address as a reader can paste it anywhere.
fn absolute_url(href: &str) -> String {
    let origin = window().location().origin().unwrap_or_default();
    format!("{origin}{href}")
}

/// The answer's paragraphs, word for word, one after the other.
fn answer_text(answer: &Element) -> String {
    elements_in(answer, ".qa__paragraph")
        .iter()
        .filter_map(|paragraph| paragraph.text_content())
        .collect::<Vec<_>>()
        .join(" ")
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

/// The text the reader selected, if the selection lies inside `container`
/// and is not blank.
fn selected_text_within(container: &Element) -> Option<String> {
    let selection = window().get_selection().ok().flatten()?;
    if selection.is_collapsed() {
        return None;
    }
    let inside =
        |node: Option<web_sys::Node>| node.is_some_and(|node| container.contains(Some(&node)));
    if !inside(selection.anchor_node()) || !inside(selection.focus_node()) {
        return None;
    }
    let selected = String::from(selection.unchecked_ref::<js_sys::Object>().to_string());
    (!selected.trim().is_empty()).then_some(selected)
}
