use crate::components::PageHead;
use crate::components::report::{PageShape, WithReport};
use crate::components::timeline::{EventDetails, EventList, EventPages, TimelineAxis};
use crate::islands::{TimelineFiltersIsland, TimelineSelectionIsland};
use crate::logic::timeline::TimelineIndex;
use crate::pages::island_address;
use crate::ui_text::{self, timeline as text};
use leptos::prelude::*;
use report::routes::AppRoute;

/// `/timeline` and `/timeline/:event`: the story's arc, with the event the
/// address names selected and the filters its query holds.
///
/// The list and every event's detail are rendered here once; the islands
/// between them hold what the browser runs (see `components/timeline`).
#[component]
pub fn TimelinePage() -> impl IntoView {
    let (base, at) = island_address();
    let selected = match AppRoute::parse(&at) {
        Some(AppRoute::Timeline { event }) => event,
        _ => None,
    };
    view! {
        <PageHead title=ui_text::page_title(text::HEADING) description=ui_text::descriptions::TIMELINE/>
        <WithReport shape=PageShape::List let:report>
            {
                let index = TimelineIndex::of(&report);
                view! {
                    <div class="timeline">
                        <header class="timeline__header">
                            <h1>{text::HEADING}</h1>
                            <p class="timeline__intro">{text::INTRO}</p>
                        </header>
                        <TimelineFiltersIsland index=index.clone() base=base.clone() at=at.clone()/>
                        <TimelineAxis report=report.clone() selected=selected.clone()/>
                        <EventList report=report.clone() selected=selected.clone()/>
                        <TimelineSelectionIsland index base=base.clone() at=at.clone()/>
                        <EventDetails report=report.clone() selected=selected.clone()/>
                    </div>
                    <EventPages report=report.clone()/>
                }
            }
        </WithReport>
    }
}
