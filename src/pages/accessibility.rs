use crate::components::{PageHead, use_report};
use crate::say;
use crate::ui_text::FrameText;
use leptos::prelude::*;

/// The accessibility statement: the target, how it is tested, known limits.
#[component]
pub fn AccessibilityPage() -> impl IntoView {
    let list = |items: &'static [&'static str]| {
        items
            .iter()
            .map(|item| view! { <li>{*item}</li> })
            .collect_view()
    };
    let report = use_report();
    view! {
        <PageHead title=FrameText(&report).page_title(say!(accessibility.heading)) description=say!(descriptions.accessibility)/>
        <article class="prose">
            <h1>{say!(accessibility.heading)}</h1>
            <p>{say!(accessibility.target)}</p>
            <h2>{say!(accessibility.what_you_can_do)}</h2>
            <ul>{list(say!(accessibility.features))}</ul>
            <h2>{say!(accessibility.how_tested)}</h2>
            <ul>{list(say!(accessibility.tests))}</ul>
            <h2>{say!(accessibility.known_limits)}</h2>
            <ul>{list(say!(accessibility.limits))}</ul>
        </article>
    }
}
