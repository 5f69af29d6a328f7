use super::search_field::{SearchField, drive_search_field};
use crate::components::{SiteBase, use_site_base};
use crate::hooks::use_address;
use crate::links::{interview_path, interviews_path, question_path, with_find};
use crate::logic::interview::{SearchResult, SearchableInterview, search_interviews};
use crate::logic::search::segments;
use crate::say;
use crate::ui_text::content_lang;
use leptos::prelude::*;
use std::sync::Arc;
use web_sys::Element;

/// The list page's search over both interviews, as prerendered: its field,
/// the live region that sums up the results, and their (empty) list,
/// which [`drive_search_all`] fills.
#[component]
pub fn SearchAll(
    /// How many interviews it searches.
    count: usize,
) -> impl IntoView {
    view! {
        <div class="search-all" role="search">
            <SearchField label=say!(interviews.find_all_label(count))/>
            <p class="search-all__summary" role="status" aria-live="polite" aria-atomic="true"></p>
            <ol class="search-results"></ol>
        </div>
    }
}

/// Answers the page's [`SearchAll`]: each place that matches (a question,
/// or an introduction) is listed with an excerpt, its matches marked, and
/// links to that question with the search carried over (`?find=`), so the
/// reader opens highlighting it. The search is kept in the page's address,
/// so Back returns to it. The results are written with DOM calls, not a
/// view: a view's rendering code would be most of the search page's wasm
/// (bench/size.md).
pub fn drive_search_all(interviews: Arc<Vec<SearchableInterview>>) {
    let (Some(summary), Some(list)) = (
        document()
            .query_selector(".search-all__summary")
            .ok()
            .flatten(),
        document().query_selector(".search-results").ok().flatten(),
    ) else {
        return;
    };
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
    drive_search_field(query.into(), set_query, None);
    Effect::new(move |_| {
        let text = if query.with(|query| query.trim().is_empty()) {
            String::new()
        } else {
            results.with(|results| {
                if results.is_empty() {
                    say!(interviews.no_matches).to_string()
                } else {
                    let matches = results.iter().map(|result| result.matches).sum();
                    say!(interviews.results_summary(matches, results.len()))
                }
            })
        };
        summary.set_text_content(Some(&text));
    });
    let base = use_site_base();
    Effect::new(move |_| {
        let query = query.get();
        list.set_text_content(None);
        results.with(|results| {
            for result in results {
                let item = result_item(&interviews[result.interview], result, &query, &base);
                let _ = list.append_child(&item);
            }
        });
    });
}

/// One place that matches: who, the question (a link), the excerpt.
fn result_item(
    interview: &SearchableInterview,
    result: &SearchResult,
    query: &str,
    base: &SiteBase,
) -> Element {
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
    let item = new_element("li", "search-result", None);
    let who = new_element("p", "search-result__who", content_lang());
    who.set_text_content(Some(&interview.name));
    let title_line = new_element("p", "search-result__title", title_lang);
    // Never the page it is on (the list): a plain link, which no island
    // watches for `aria-current`.
    let link = new_element("a", "", None);
    let _ = link.set_attribute("href", &base.href(&with_find(&path, query)));
    link.set_text_content(Some(&title));
    let _ = title_line.append_child(&link);
    let excerpt = new_element("p", "search-result__excerpt", content_lang());
    let text = &result.excerpt;
    if text.cut_before {
        let _ = excerpt.append_with_str_1("…");
    }
    for segment in segments(&text.text, &text.ranges) {
        if segment.hit.is_some() {
            let mark = new_element("mark", "find-mark", None);
            mark.set_text_content(Some(segment.text));
            let _ = excerpt.append_with_node_1(&mark);
        } else {
            let _ = excerpt.append_with_str_1(segment.text);
        }
    }
    if text.cut_after {
        let _ = excerpt.append_with_str_1("…");
    }
    let count = new_element("p", "search-result__count", None);
    count.set_text_content(Some(&say!(interviews.result_matches(result.matches))));
    for part in [who, title_line, excerpt, count] {
        let _ = item.append_child(&part);
    }
    item
}

/// A new `tag` element with `class` (none if empty) and `lang`.
fn new_element(tag: &str, class: &str, lang: Option<String>) -> Element {
    let element = document()
        .create_element(tag)
        .expect("the document makes HTML elements");
    if !class.is_empty() {
        element.set_class_name(class);
    }
    if let Some(lang) = lang {
        let _ = element.set_attribute("lang", &lang);
    }
    element
}
