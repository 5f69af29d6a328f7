use crate::components::PageHead;
use crate::ui_text;
use crate::ui_text::accessibility as text;
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
    view! {
        <PageHead title=ui_text::page_title(text::HEADING) description=ui_text::descriptions::ACCESSIBILITY/>
        <article class="prose">
            <h1>{text::HEADING}</h1>
            <p>{text::TARGET}</p>
            <h2>{text::WHAT_YOU_CAN_DO}</h2>
            <ul>{list(text::FEATURES)}</ul>
            <h2>{text::HOW_TESTED}</h2>
            <ul>{list(text::TESTS)}</ul>
            <h2>{text::KNOWN_LIMITS}</h2>
            <ul>{list(text::LIMITS)}</ul>
        </article>
    }
}
