use super::enter_island;
use crate::components::interview::{Reader, SearchAll};
use crate::components::settings::provide_reading_settings;
use crate::hooks::keep_in_page_links;
use leptos::prelude::*;
use report::Report;
use report::routes::AppRoute;
use std::sync::Arc;

/// One interview to read: moving between its questions and passages stays
/// in the page, find-in-text and focus included.
#[island]
pub fn ReaderIsland(
    report: Report,
    /// Into `report.interviews`.
    index: usize,
    base: String,
    at: String,
) -> impl IntoView {
    let address = enter_island(&base, at);
    provide_reading_settings();
    let id = report.interviews[index].id.clone();
    keep_in_page_links(
        address,
        move |route| matches!(route, AppRoute::Interview { id: shown, .. } if *shown == id),
    );
    let question = Memo::new(move |_| match address.route() {
        Some(AppRoute::Interview { question, .. }) => question,
        _ => None,
    });
    view! { <Reader report=Arc::new(report) index question/> }
}

/// The search over every interview on the list page.
#[island]
pub fn InterviewSearchIsland(report: Report, base: String, at: String) -> impl IntoView {
    enter_island(&base, at);
    // The `/` shortcut to the field follows the display settings.
    provide_reading_settings();
    view! { <SearchAll report=Arc::new(report)/> }
}
