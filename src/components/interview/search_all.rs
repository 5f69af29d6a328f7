use super::dom::{FIND_FIELD_ID, focus_find_field, may_be_shortcut};
use crate::components::settings::use_reading_settings;
use crate::components::{AppLink, use_app_navigate};
use crate::links::{interview_path, question_path};
use crate::links::{interviews_path, with_find};
use crate::logic::interview::{SearchResult, search_interviews};
use crate::logic::interview::{Shortcut, shortcut};
use crate::logic::search::segments;
use crate::ui_text::interviews as text;
use leptos::ev;
use leptos::prelude::*;
use report::Report;
use std::sync::Arc;

/// The list page's search over both interviews: each place that matches
/// (a question, or an introduction) is listed with an excerpt, its
/// matches marked, and links to that question with the search carried
/// over (`?find=`), so the reader opens highlighting it. The search is
/// kept in the page's address, so Back returns to it.
#[component]
pub fn SearchAll(
    /// The report.
    report: Arc<Report>,
    /// The search the address holds (`?find=`).
    initial: String,
) -> impl IntoView {
    let query = RwSignal::new(initial);
    let results = {
        let report = Arc::clone(&report);
        Memo::new(move |_| query.with(|query| search_interviews(&report, query)))
    };
    let navigate = use_app_navigate();
    let settings = use_reading_settings();

    let set_query = move |value: String| {
        query.set(value.clone());
        navigate(&with_find(&interviews_path(), &value), true);
    };
    let on_input = {
        let set_query = set_query.clone();
        move |event: ev::Event| set_query(event_target_value(&event))
    };
    let on_key = move |event: ev::KeyboardEvent| {
        if event.key() == "Escape" && !query.with_untracked(String::is_empty) {
            event.prevent_default();
            set_query(String::new());
        }
    };

    // "/" focuses the field here too; registered after mount, removed with the page.
    Effect::new(move |_| {
        let handle = window_event_listener(ev::keydown, move |event| {
            if may_be_shortcut(&event)
                && settings.get_untracked().shortcuts
                && shortcut(&event.key()) == Some(Shortcut::Find)
            {
                event.prevent_default();
                focus_find_field();
            }
        });
        on_cleanup(move || handle.remove());
    });

    let summary = move || {
        if query.with(|query| query.trim().is_empty()) {
            return String::new();
        }
        results.with(|results| {
            if results.is_empty() {
                text::NO_MATCHES.to_string()
            } else {
                let matches = results.iter().map(|result| result.matches).sum();
                text::results_summary(matches, results.len())
            }
        })
    };
    let list = move || {
        let query = query.get();
        results
            .get()
            .into_iter()
            .map(|result| view! { <ResultItem report=Arc::clone(&report) result query=query.clone()/> })
            .collect_view()
    };

    view! {
        <div class="search-all" role="search">
            <label class="find-bar__label" for=FIND_FIELD_ID>{text::FIND_ALL_LABEL}</label>
            <input
                id=FIND_FIELD_ID
                class="find-bar__input"
                type="search"
                autocomplete="off"
                spellcheck="false"
                prop:value=move || query.get()
                on:input=on_input
                on:keydown=on_key
            />
            <p class="search-all__summary" role="status" aria-live="polite" aria-atomic="true">
                {summary}
            </p>
            <ol class="search-results">{list}</ol>
        </div>
    }
}

/// One place that matches: who, the question (a link), the excerpt.
#[component]
fn ResultItem(report: Arc<Report>, result: SearchResult, query: String) -> impl IntoView {
    let interview = &report.interviews[result.interview];
    let (title, path) = match result
        .question
        .and_then(|index| interview.questions.get(index))
    {
        Some(question) => (
            question.text.clone(),
            question_path(&interview.id, &question.id),
        ),
        None => {
            let intro = interview
                .intro
                .as_ref()
                .map(|intro| intro.id.as_str())
                .unwrap_or_default();
            (
                text::INTRODUCTION.to_string(),
                format!("{}#{intro}", interview_path(&interview.id)),
            )
        }
    };
    let excerpt = result.excerpt;
    let pieces = segments(&excerpt.text, &excerpt.ranges)
        .into_iter()
        .map(|segment| match segment.hit {
            Some(_) => {
                view! { <mark class="find-mark">{segment.text.to_string()}</mark> }.into_any()
            }
            None => segment.text.to_string().into_any(),
        })
        .collect_view();
    view! {
        <li class="search-result">
            <p class="search-result__who">{interview.interviewee.name.clone()}</p>
            <p class="search-result__title">
                <AppLink to=with_find(&path, &query)>{title}</AppLink>
            </p>
            <p class="search-result__excerpt">
                {excerpt.cut_before.then_some("…")}
                {pieces}
                {excerpt.cut_after.then_some("…")}
            </p>
            <p class="search-result__count">{text::result_matches(result.matches)}</p>
        </li>
    }
}
