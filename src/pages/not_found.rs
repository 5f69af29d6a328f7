use crate::ui_text;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;

/// The page for an address the app does not know.
#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <Title text=format!("{} · {}", ui_text::NOT_FOUND_HEADING, ui_text::SITE_NAME)/>
        <section class="page page--message">
            <h1>{ui_text::NOT_FOUND_HEADING}</h1>
            <p>{ui_text::NOT_FOUND_BODY}</p>
            <p><A href="/">{ui_text::BACK_TO_STORY}</A></p>
        </section>
    }
}
