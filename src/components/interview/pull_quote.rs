use super::find::MarkedText;
use leptos::prelude::*;

/// A quote the report sets apart, where the report places it (after the
/// answer it follows), attributed with `<cite>`. Its text carries the
/// report's own quotation marks, so none are added.
#[component]
pub fn PullQuoteFigure(
    /// The quote's id (its element id, for links).
    id: String,
    /// The quote, word for word.
    text: String,
    /// Its block index, for find-in-text.
    block: usize,
    /// Who said it.
    speaker: String,
) -> impl IntoView {
    view! {
        <figure class="pull-quote" id=id>
            <blockquote class="pull-quote__text">
                <p><MarkedText block text/></p>
            </blockquote>
            <figcaption class="pull-quote__source">
                "— "<cite>{speaker}</cite>
            </figcaption>
        </figure>
    }
}
