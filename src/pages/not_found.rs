use crate::components::AppLink;
use crate::components::PageDescription;
use crate::ui_text;
use leptos::prelude::*;
use leptos_meta::Title;

/// The page for an address the app does not know.
#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <Title text=ui_text::page_title(ui_text::NOT_FOUND_HEADING)/>
        <PageDescription content=ui_text::descriptions::NOT_FOUND/>
        <section class="page page--message">
            <h1>{ui_text::NOT_FOUND_HEADING}</h1>
            <p>{ui_text::NOT_FOUND_BODY}</p>
            <p><AppLink to="/">{ui_text::BACK_TO_STORY}</AppLink></p>
        </section>
    }
}
