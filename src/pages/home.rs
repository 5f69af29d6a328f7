use crate::ui_text;
use leptos::prelude::*;

/// The front page: the feature's title and standfirst.
#[component]
pub fn Home() -> impl IntoView {
    view! {
        <article class="page page--story">
            <h1>{ui_text::SITE_NAME}</h1>
        </article>
    }
}
