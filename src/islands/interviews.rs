use super::data::{READER_DATA, SEARCH_DATA, from_json_fields};
use super::enter_with_data;
use crate::components::interview::{
    answer_copy_buttons, drive_copy_status, drive_find_bar, drive_question_index,
    drive_reading_progress, drive_search_all, start_find_state, start_reader_state,
};
use crate::hooks::{Address, keep_in_page_links};
use crate::logic::interview::{QuestionText, ReaderIndex, SearchableInterview};
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

from_json_fields!(ReaderIndex {
    interview_id,
    question_ids,
    interviewee,
    publication
});
from_json_fields!(report::Interviewee {
    name,
    role,
    organisation,
    site
});
from_json_fields!(SearchableInterview {
    id,
    name,
    intro_id,
    questions,
    blocks
});
from_json_fields!(QuestionText { id, text });

/// One interview to read: the reading progress and the copy buttons' live
/// region before its text (prerendered beside this island, which renders
/// nothing), and, in the text, the reading position, the question index,
/// the copy buttons, `j` and `k`. Moving between its questions and
/// passages stays in the page. Its data is the page's [`READER_DATA`].
#[cfg_attr(any(not(feature = "hydrate"), feature = "reader-islands"), island)]
#[cfg_attr(all(feature = "hydrate", not(feature = "reader-islands")), component)]
pub fn ReaderIsland() -> impl IntoView {
    let Some((reader, address)) = enter_with_data::<ReaderIndex>(READER_DATA) else {
        return;
    };
    let id = reader.interview_id.clone();
    keep_in_page_links(
        address,
        move |route| matches!(route, AppRoute::Interview { id: shown, .. } if *shown == id),
    );
    let state = start_reader_state(reader, question_in(address));
    drive_question_index(state);
    answer_copy_buttons(state);
    drive_reading_progress(state);
    drive_copy_status(state);
}

/// Find-in-text, at the top of an interview's text (the find bar is
/// prerendered beside this island, which renders nothing): it marks the
/// matches in the prerendered text. `?find=` (from the list page's search)
/// starts it, from the question the address names. It reads the reader's
/// data ([`READER_DATA`]) for the interview's questions.
#[cfg_attr(any(not(feature = "hydrate"), feature = "reader-islands"), island)]
#[cfg_attr(all(feature = "hydrate", not(feature = "reader-islands")), component)]
pub fn FindBarIsland() -> impl IntoView {
    let Some((reader, address)) = enter_with_data::<ReaderIndex>(READER_DATA) else {
        return;
    };
    let from = question_in(address)
        .get_untracked()
        .and_then(|target| reader.question_index(&target));
    let find = start_find_state(from);
    drive_find_bar(find);
}

/// The search over every interview on the list page (prerendered beside
/// this island, which renders nothing). Its data is the page's
/// [`SEARCH_DATA`].
#[cfg_attr(any(not(feature = "hydrate"), feature = "search-islands"), island)]
#[cfg_attr(all(feature = "hydrate", not(feature = "search-islands")), component)]
pub fn InterviewSearchIsland() -> impl IntoView {
    if let Some((interviews, _)) = enter_with_data::<Vec<SearchableInterview>>(SEARCH_DATA) {
        drive_search_all(Arc::new(interviews));
    }
}
