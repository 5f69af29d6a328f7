use super::reader_state::ReaderState;
use crate::browser::{
    NARROW_SCREEN, closest_to_target, element, elements_in, listen_to_window, media_matches,
};
use crate::components::use_site_base;
use crate::links::question_path;
use crate::say;
use crate::ui_text::content_lang;
use leptos::prelude::*;
use report::Interview;
use wasm_bindgen::JsCast;
use web_sys::Element;

const INDEX_ID: &str = "question-index";
const HINT_ID: &str = "question-index-hint";
const CURRENT_CLASS: &str = "question-index__link--current";

/// The list of questions beside the text (sticky on wide screens, folded
/// in a `<details>` on phones). The reader's island marks the one being
/// read with `aria-current="location"` and answers its links
/// ([`drive_question_index`]).
///
/// Its links are plain `<a>` with the site base added (as
/// [`AppLink`](crate::components::AppLink) would), without
/// `aria-current="page"`: here the current link is the question being
/// read, not the one a link led to.
#[component]
pub fn QuestionIndex(interview: Interview) -> impl IntoView {
    let site = use_site_base();
    let items = interview
        .questions
        .iter()
        .map(|question| {
            let href = site.href(&question_path(&interview.id, &question.id));
            view! {
                <li><a href=href class="question-index__link">{question.text.clone()}</a></li>
            }
        })
        .collect_view();
    view! {
        <nav class="question-index" id=INDEX_ID aria-label=say!(interviews.question_index_label)>
            <details class="question-index__details">
                <summary class="question-index__summary">{say!(interviews.questions)}</summary>
                <ol class="question-index__list" lang=content_lang()>{items}</ol>
                <p class="question-index__hint" id=HINT_ID>{say!(interviews.shortcuts_hint)}</p>
            </details>
        </nav>
    }
}

/// Keeps the prerendered [`QuestionIndex`] in step with the reader: the
/// question being read is marked, a link scrolls to its question within
/// the page, and the list is opened on wide screens. (The shortcuts' hint
/// goes with the shortcuts through the CSS: style/interview.css.)
pub fn drive_question_index(state: ReaderState) {
    // Folded in the prerendered page, where on a phone it would push the
    // text down a screen (and unfolding it would move the text); opened
    // once running on wide screens, where it sits beside the text.
    Effect::new(move |_| {
        if let Some(details) = details()
            && !media_matches(NARROW_SCREEN)
        {
            details.set_open(true);
        }
    });
    Effect::new(move |_| {
        let current = state.position.current();
        for (index, link) in links().iter().enumerate() {
            let is_current = current == Some(index);
            let _ = link
                .class_list()
                .toggle_with_force(CURRENT_CLASS, is_current);
            let _ = if is_current {
                link.set_attribute("aria-current", "location")
            } else {
                link.remove_attribute("aria-current")
            };
        }
    });
    listen_to_window("click", move |event| {
        let event: web_sys::MouseEvent = event.unchecked_into();
        // Let the browser open new tabs and windows as usual.
        if event.ctrl_key() || event.meta_key() || event.shift_key() || event.button() != 0 {
            return;
        }
        let Some(link) = closest_to_target(&event, ".question-index__link") else {
            return;
        };
        if let Some(index) = links().iter().position(|other| *other == link) {
            event.prevent_default();
            state.go_to(index, false);
        }
    });
}

fn details() -> Option<web_sys::HtmlDetailsElement> {
    element(INDEX_ID)?
        .query_selector("details")
        .ok()??
        .dyn_into()
        .ok()
}

fn links() -> Vec<Element> {
    element(INDEX_ID)
        .map(|index| elements_in(&index, ".question-index__link"))
        .unwrap_or_default()
}
