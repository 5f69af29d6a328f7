use crate::components::timeline::{
    EventDetails, EventList, EventPages, FilterBar, SelectedTitle, Stepper, TimelineAxis, WindowNav,
};
use crate::components::{PageHead, use_report};
use crate::islands::data::{IslandData, TIMELINE_DATA};
use crate::islands::{TimelineIsland, enter_timeline};
use crate::logic::timeline::{TimelineIndex, TimelineWindow};
use crate::pages::island_address;
use crate::say;
use crate::ui_text::{FrameText, content_lang, date_words};
use leptos::prelude::*;
use report::Report;
use report::routes::AppRoute;

/// `/timeline` and `/timeline/:event`: the story's arc, with the event the
/// address names selected and the filters its query holds.
///
/// The list (of a long timeline, the part around the page's event; see
/// [`TimelineWindow`]) and the page's event's detail are rendered here
/// once; the islands between them hold what the browser runs (see
/// `components/timeline`).
#[component]
pub fn TimelinePage() -> impl IntoView {
    let (base, at) = island_address();
    let selected = match AppRoute::parse(&at) {
        Some(AppRoute::Timeline { event }) => event,
        _ => None,
    };
    let report = use_report();
    view! {
        {
            let window = TimelineWindow::of(&report, selected.as_deref());
            let index = TimelineIndex::of_page(&report, window.clone());
            // The filters and the stepper, prerendered for the address.
            let timeline = enter_timeline(index.clone(), &base, at.clone());
            let head = timeline_head(&report, selected.as_deref());
            view! {
                {head}
                <div class="timeline">
                    <header class="timeline__header">
                        <h1>{say!(timeline.heading)}</h1>
                        <p class="timeline__intro" lang=content_lang()>{FrameText(&report).timeline_intro()}</p>
                    </header>
                    <FilterBar timeline/>
                    <TimelineAxis report=report.clone() selected=selected.clone() window=window.clone()/>
                    <WindowNav window=window.clone()/>
                    <EventList report=report.clone() selected=selected.clone() window=window.clone()/>
                    <SelectedTitle timeline/>
                    <Stepper timeline/>
                    {IslandData { data: index, base: base.clone(), at: at.clone() }.block(TIMELINE_DATA)}
                    <TimelineIsland/>
                    <EventDetails report=report.clone() selected=selected.clone()/>
                </div>
                <EventPages report=report.clone() window/>
            }
        }
    }
}

/// The page's title and description: the timeline's, or on an event's own
/// address that event's, so that a shared link says which event it shows.
fn timeline_head(report: &Report, selected: Option<&str>) -> impl IntoView + use<> {
    let frame = FrameText(report);
    let heading = say!(timeline.heading);
    let event = selected.and_then(|id| report.timeline.events.iter().find(|event| event.id == id));
    let (title, description) = match event {
        Some(event) => (
            frame.page_title(&format!("{} · {heading}", event.title)),
            say!(descriptions.event(&event.date.format(date_words()), &event.summary)),
        ),
        None => (frame.page_title(heading), frame.timeline_intro()),
    };
    view! { <PageHead title description/> }
}
