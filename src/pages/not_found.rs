use crate::components::{AppLink, PageHead, use_report};
use crate::say;
use crate::ui_text::FrameText;
use leptos::prelude::*;

/// The page for an address the app does not know.
#[component]
pub fn NotFound() -> impl IntoView {
    let report = use_report();
    view! {
        <PageHead
            title=FrameText(&report).page_title(say!(not_found_heading))
            description=say!(descriptions.not_found(&report.feature.title))
        />
        <section class="page page--message">
            <h1>{say!(not_found_heading)}</h1>
            <p>{say!(not_found_body)}</p>
            <p><AppLink to="/">{say!(back_to_story)}</AppLink></p>
        </section>
    }
}
