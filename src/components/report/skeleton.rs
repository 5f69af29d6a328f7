use crate::say;
use leptos::prelude::*;

/// Which page a placeholder stands in for, so the text lands where the
/// placeholder was and nothing jumps.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageShape {
    /// Title, standfirst and articles.
    Story,
    /// A heading and a list.
    List,
}

/// Grey blocks in the shape of the page, and a status for screen readers.
#[component]
pub fn Skeleton(
    /// The page it stands in for.
    shape: PageShape,
) -> impl IntoView {
    let lines = match shape {
        PageShape::Story => 3,
        PageShape::List => 5,
    };
    view! {
        // The status sits outside the busy region, or screen readers would
        // hold its announcement until loading ends.
        <p role="status" class="visually-hidden">{say!(loading_report)}</p>
        <div class="skeleton" aria-busy="true">
            <div class="skeleton__block skeleton__block--title" aria-hidden="true"></div>
            <div class="skeleton__block skeleton__block--standfirst" aria-hidden="true"></div>
            {(0..lines)
                .map(|_| view! { <div class="skeleton__block skeleton__block--paragraph" aria-hidden="true"></div> })
                .collect_view()}
        </div>
    }
}
