use crate::components::PageHead;
use crate::components::interview::{InterviewCard, SearchAll};
use crate::components::report::{PageShape, WithReport};
use crate::ui_text::{self, interviews as text};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// `/interviews`: every interview as a card (who, headline, intro,
/// reading time, questions), and a search over both.
#[component]
pub fn InterviewsIndex() -> impl IntoView {
    // Read once: afterwards the search field owns the query and writes it back.
    let initial = use_query_map()
        .with_untracked(|query| query.get("find"))
        .unwrap_or_default();
    view! {
        <PageHead title=ui_text::page_title(text::HEADING) description=ui_text::descriptions::INTERVIEWS/>
        <WithReport shape=PageShape::List let:report>
            <section class="interviews-page" aria-labelledby="interviews-heading">
                <h1 id="interviews-heading">{text::HEADING}</h1>
                <p class="interviews-page__intro">{text::INTRO}</p>
                <SearchAll report=report.clone() initial=initial.clone()/>
                <ul class="interview-cards">
                    {report
                        .interviews
                        .iter()
                        .cloned()
                        .map(|interview| view! { <li><InterviewCard interview/></li> })
                        .collect_view()}
                </ul>
            </section>
        </WithReport>
    }
}
