use super::find::find_block_value;
use leptos::prelude::*;

/// A quote the report sets apart, where the report places it (after the
/// answer it follows), attributed with `<cite>`. Its text carries the
/// report's own quotation marks, so none are added.
#[component]
pub fn PullQuoteFigure(
    /// Its element id, for links.
    id: String,
    /// Word for word.
    text: String,
    /// The index of the question it follows, for find-in-text.
    question: usize,
    speaker: String,
) -> impl IntoView {
    view! {
        <figure class="pull-quote" id=id>
            <blockquote class="pull-quote__text">
                <p data-find-question=find_block_value(Some(question))>{text}</p>
            </blockquote>
            <figcaption class="pull-quote__source">
                "— "<cite>{speaker}</cite>
            </figcaption>
        </figure>
    }
}
