use super::enter_island;
use crate::components::interview::{
    SearchAll, answer_copy_buttons, drive_copy_status, drive_find_bar, drive_question_index,
    drive_reading_progress, start_find_state, start_reader_state,
};
use crate::hooks::{Address, keep_in_page_links};
use crate::logic::interview::{ReaderIndex, SearchableInterview};
use leptos::prelude::*;
use report::routes::AppRoute;
use std::sync::Arc;

/// The question the address names, within the interview.
fn question_in(address: Address) -> Memo<Option<String>> {
    Memo::new(move |_| match address.route() {
        Some(AppRoute::Interview { question, .. }) => question,
        _ => None,
    })
}

/// One interview to read: the reading progress and the copy buttons' live
/// region before its text (prerendered beside this island, which renders
/// nothing), and, in the text, the reading position, the question index,
/// the copy buttons, `j` and `k`. Moving between its questions and
/// passages stays in the page.
#[cfg_attr(any(not(feature = "hydrate"), feature = "reader-islands"), island)]
#[cfg_attr(all(feature = "hydrate", not(feature = "reader-islands")), component)]
pub fn ReaderIsland(reader: ReaderIndex, base: String, at: String) -> impl IntoView {
    let address = enter_island(&base, at);
    let id = reader.interview_id.clone();
    keep_in_page_links(
        address,
        move |route| matches!(route, AppRoute::Interview { id: shown, .. } if *shown == id),
    );
    let state = start_reader_state(reader, question_in(address));
    if !cfg!(feature = "ssr") {
        drive_question_index(state);
        answer_copy_buttons(state);
        drive_reading_progress(state);
        drive_copy_status(state);
    }
}

/// Find-in-text, at the top of an interview's text (the find bar is
/// prerendered beside this island, which renders nothing): it marks the
/// matches in the prerendered text. `?find=` (from the list page's search)
/// starts it, from the question the address names.
#[cfg_attr(any(not(feature = "hydrate"), feature = "reader-islands"), island)]
#[cfg_attr(all(feature = "hydrate", not(feature = "reader-islands")), component)]
pub fn FindBarIsland(
    /// The interview's question ids, in order.
    questions: Vec<String>,
    base: String,
    at: String,
) -> impl IntoView {
    let address = enter_island(&base, at);
    let from = question_in(address)
        .get_untracked()
        .and_then(|target| questions.iter().position(|question| *question == target));
    let find = start_find_state(from);
    if !cfg!(feature = "ssr") {
        drive_find_bar(find);
    }
}

/// The search over every interview on the list page.
#[cfg_attr(any(not(feature = "hydrate"), feature = "search-islands"), island)]
#[cfg_attr(all(feature = "hydrate", not(feature = "search-islands")), component)]
pub fn InterviewSearchIsland(
    interviews: Vec<SearchableInterview>,
    base: String,
    at: String,
) -> impl IntoView {
    enter_island(&base, at);
    view! { <SearchAll interviews=Arc::new(interviews)/> }
}
