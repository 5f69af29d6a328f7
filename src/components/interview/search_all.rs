use super::search_field::{SearchField, drive_search_field};
use crate::components::use_site_base;
use crate::hooks::use_address;
use crate::links::{interview_path, interviews_path, question_path, with_find};
use crate::logic::interview::{SearchResult, SearchableInterview, search_interviews};
use crate::logic::search::segments;
use crate::say;
use crate::ui_text::content_lang;
use leptos::either::Either;
use leptos::prelude::*;
use std::sync::Arc;

/// The list page's search over both interviews: each place that matches
/// (a question, or an introduction) is listed with an excerpt, its
/// matches marked, and links to that question with the search carried
/// over (`?find=`), so the reader opens highlighting it. The search is
/// kept in the page's address, so Back returns to it.
#[component]
pub fn SearchAll(interviews: Arc<Vec<SearchableInterview>>) -> impl IntoView {
    let label = say!(interviews.find_all_label(interviews.len()));
    let address = use_address();
    // The search the address holds (`?find=`), as the page was rendered,
    // then as the browser has it (and after Back or Forward).
    let in_address = Memo::new(move |_| address.query("find").unwrap_or_default());
    let initial = in_address.get_untracked();
    let query = RwSignal::new(initial.clone());
    // Only a change of the address's search: what the field holds (typed,
    // maybe before the island ran) is not to be overwritten by it.
    Effect::new(move |last: Option<String>| {
        let wanted = in_address.get();
        if wanted != last.unwrap_or_else(|| initial.clone()) {
            query.set(wanted.clone());
        }
        wanted
    });
    let results = {
        let interviews = Arc::clone(&interviews);
        Memo::new(move |_| query.with(|query| search_interviews(&interviews, query)))
    };
    let set_query = Callback::new(move |value: String| {
        query.set(value.clone());
        address.navigate(&with_find(&interviews_path(), &value), true);
    });
    if !cfg!(feature = "ssr") {
        drive_search_field(query.into(), set_query, None);
    }

    let summary = move || {
        if query.with(|query| query.trim().is_empty()) {
            return String::new();
        }
        results.with(|results| {
            if results.is_empty() {
                say!(interviews.no_matches).to_string()
            } else {
                let matches = results.iter().map(|result| result.matches).sum();
                say!(interviews.results_summary(matches, results.len()))
            }
        })
    };
    let list = move || {
        let query = query.get();
        results
            .get()
            .into_iter()
            .map(|result| view! { <ResultItem interview=interviews[result.interview].clone() result query=query.clone()/> })
            .collect_view()
    };

    view! {
        <div class="search-all" role="search">
            <SearchField label/>
            <p class="search-all__summary" role="status" aria-live="polite" aria-atomic="true">
                {summary}
            </p>
            <ol class="search-results">{list}</ol>
        </div>
    }
}

/// One place that matches: who, the question (a link), the excerpt.
#[component]
fn ResultItem(
    interview: SearchableInterview,
    result: SearchResult,
    query: String,
) -> impl IntoView {
    // A question is the report's words; "Introduction" the interface's.
    let (title, title_lang, path) = match result
        .question
        .and_then(|index| interview.questions.get(index))
    {
        Some(question) => (
            question.text.clone(),
            content_lang(),
            question_path(&interview.id, &question.id),
        ),
        None => {
            let intro = interview.intro_id.as_deref().unwrap_or_default();
            (
                say!(interviews.introduction).to_string(),
                None,
                format!("{}#{intro}", interview_path(&interview.id)),
            )
        }
    };
    let excerpt = result.excerpt;
    let pieces = segments(&excerpt.text, &excerpt.ranges)
        .into_iter()
        .map(|segment| match segment.hit {
            Some(_) => {
                Either::Left(view! { <mark class="find-mark">{segment.text.to_string()}</mark> })
            }
            None => Either::Right(segment.text.to_string()),
        })
        .collect_view();
    // Never the page it is on (the list): a plain link, not an `AppLink`
    // watching the address for `aria-current`.
    let href = use_site_base().href(&with_find(&path, &query));
    view! {
        <li class="search-result">
            <p class="search-result__who" lang=content_lang()>{interview.name.clone()}</p>
            <p class="search-result__title" lang=title_lang>
                <a href=href>{title}</a>
            </p>
            <p class="search-result__excerpt" lang=content_lang()>
                {excerpt.cut_before.then_some("…")}
                {pieces}
                {excerpt.cut_after.then_some("…")}
            </p>
            <p class="search-result__count">{say!(interviews.result_matches(result.matches))}</p>
        </li>
    }
}
