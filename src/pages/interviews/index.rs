use crate::components::PageHead;
use crate::components::interview::InterviewCard;
use crate::components::report::{PageShape, WithReport};
use crate::islands::InterviewSearchIsland;
use crate::logic::interview::SearchableInterview;
use crate::pages::island_address;
use crate::ui_text::{self, interviews as text};
use leptos::prelude::*;

/// `/interviews`: every interview as a card (who, headline, intro,
/// reading time, questions), and a search over both.
#[component]
pub fn InterviewsIndex() -> impl IntoView {
    let (base, at) = island_address();
    view! {
        <PageHead title=ui_text::page_title(text::HEADING) description=ui_text::descriptions::INTERVIEWS/>
        <WithReport shape=PageShape::List let:report>
            <section class="interviews-page" aria-labelledby="interviews-heading">
                <h1 id="interviews-heading">{text::HEADING}</h1>
                <p class="interviews-page__intro">{text::INTRO}</p>
                <InterviewSearchIsland interviews=SearchableInterview::all(&report) base=base.clone() at=at.clone()/>
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
