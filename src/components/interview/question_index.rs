use super::reader_state::use_reader_state;
use crate::browser::{NARROW_SCREEN, media_matches};
use crate::components::settings::use_reading_settings;
use crate::components::use_site_base;
use crate::ui_text::interviews as text;
use leptos::ev;
use leptos::prelude::*;

/// The list of questions beside the text (sticky on wide screens, folded
/// in a `<details>` on phones), marking the one being read with
/// `aria-current="location"`.
///
/// Its links are plain `<a>` with the site base added (as
/// [`AppLink`](crate::components::AppLink) would) because the router's
/// `<A>` would set its own `aria-current="page"` from the address, which
/// here means "the question a link led to", not "the one being read".
#[component]
pub fn QuestionIndex() -> impl IntoView {
    let state = use_reader_state();
    let site = use_site_base();
    let settings = use_reading_settings();
    let details = NodeRef::<leptos::html::Details>::new();
    // Folded in the prerendered page, where on a phone it would push the
    // text down a screen (and unfolding it would move the text); opened
    // once mounted on wide screens, where it sits beside the text.
    Effect::new(move |_| {
        if let Some(details) = details.get()
            && !media_matches(NARROW_SCREEN)
        {
            details.set_open(true);
        }
    });
    let items = state
        .question_texts()
        .into_iter()
        .enumerate()
        .map(|(index, question)| {
            let href = state
                .question_path(index)
                .map(|path| site.href(&path))
                .unwrap_or_default();
            let current = move || state.position.current() == Some(index);
            let follow = move |event: ev::MouseEvent| {
                // Let the browser open new tabs and windows as usual.
                if event.ctrl_key() || event.meta_key() || event.shift_key() || event.button() != 0
                {
                    return;
                }
                event.prevent_default();
                state.go_to(index, false);
            };
            view! {
                <li>
                    <a
                        href=href
                        class="question-index__link"
                        class:question-index__link--current=current
                        aria-current=move || current().then_some("location")
                        on:click=follow
                    >
                        {question}
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="question-index" aria-label=text::QUESTION_INDEX_LABEL>
            <details class="question-index__details" node_ref=details>
                <summary class="question-index__summary">{text::QUESTIONS}</summary>
                <ol class="question-index__list">{items}</ol>
                <Show when=move || settings.get().shortcuts>
                    <p class="question-index__hint">{text::SHORTCUTS_HINT}</p>
                </Show>
            </details>
        </nav>
    }
}
