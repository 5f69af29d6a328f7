use crate::components::interview::{InterviewCard, SearchAll};
use crate::components::{PageHead, use_report};
use crate::islands::InterviewSearchIsland;
use crate::islands::data::{IslandData, SEARCH_DATA};
use crate::logic::interview::SearchableInterview;
use crate::pages::island_address;
use crate::say;
use crate::ui_text::{FrameText, content_lang};
use leptos::prelude::*;

/// `/interviews`: every interview as a card (who, headline, intro,
/// reading time, questions), and a search over both.
#[component]
pub fn InterviewsIndex() -> impl IntoView {
    let (base, at) = island_address();
    let report = use_report();
    view! {
        <PageHead title=FrameText(&report).page_title(say!(interviews.heading)) description=FrameText(&report).interviews_intro()/>
        <section class="interviews-page" aria-labelledby="interviews-heading">
            <h1 id="interviews-heading">{say!(interviews.heading)}</h1>
            <p class="interviews-page__intro" lang=content_lang()>{FrameText(&report).interviews_intro()}</p>
            <SearchAll count=report.interviews.len()/>
            {IslandData { data: SearchableInterview::all(&report), base, at }.block(SEARCH_DATA)}
            <InterviewSearchIsland/>
            <ul class="interview-cards">
                {report
                    .interviews
                    .iter()
                    .cloned()
                    .map(|interview| view! { <li><InterviewCard interview/></li> })
                    .collect_view()}
            </ul>
        </section>
    }
}
