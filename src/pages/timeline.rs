use crate::components::PageHead;
use crate::components::report::{PageShape, WithReport};
use crate::components::timeline::EventPages;
use crate::islands::TimelineIsland;
use crate::pages::island_address;
use crate::ui_text;
use leptos::prelude::*;

/// `/timeline` and `/timeline/:event`: the story's arc, with the event the
/// address names selected and the filters its query holds.
#[component]
pub fn TimelinePage() -> impl IntoView {
    let (base, at) = island_address();
    view! {
        <PageHead title=ui_text::page_title(ui_text::timeline::HEADING) description=ui_text::descriptions::TIMELINE/>
        <WithReport shape=PageShape::List let:report>
            <TimelineIsland report=(*report).clone() base=base.clone() at=at.clone()/>
            <EventPages report/>
        </WithReport>
    }
}
