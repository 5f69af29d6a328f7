use crate::components::AppLink;
use crate::components::PageHead;
use crate::ui_text;
use leptos::prelude::*;

/// The page for an address the app does not know.
#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <PageHead title=ui_text::page_title(ui_text::NOT_FOUND_HEADING) description=ui_text::descriptions::NOT_FOUND/>
        <section class="page page--message">
            <h1>{ui_text::NOT_FOUND_HEADING}</h1>
            <p>{ui_text::NOT_FOUND_BODY}</p>
            <p><AppLink to="/">{ui_text::BACK_TO_STORY}</AppLink></p>
        </section>
    }
}
