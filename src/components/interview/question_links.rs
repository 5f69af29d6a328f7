use crate::components::AppLink;
use crate::links::question_path;
use crate::ui_text::content_lang;
use leptos::prelude::*;
use report::Interview;

/// An interview's questions as list items, each a link to its question.
pub fn question_links(interview: &Interview) -> impl IntoView + use<> {
    interview
        .questions
        .iter()
        .map(|question| {
            let to = question_path(&interview.id, &question.id);
            let label = question.text.clone();
            view! { <li lang=content_lang()><AppLink to>{label}</AppLink></li> }
        })
        .collect_view()
}
