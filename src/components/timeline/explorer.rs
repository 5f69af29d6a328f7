use super::{EventDetail, EventList, FilterBar, Stepper, provide_timeline};
use crate::components::AppLink;
use crate::links::event_path;
use crate::logic::timeline::TimelineFilters;
use crate::ui_text::timeline as text;
use leptos::prelude::*;
use report::Report;
use std::sync::Arc;

/// The whole timeline for a loaded report, with the event id and filters
/// from the address: heading, filters, the event list, then the selected
/// event with the stepper.
#[component]
pub fn TimelineExplorer(
    report: Arc<Report>,
    selected_id: Memo<Option<String>>,
    filters: Memo<TimelineFilters>,
) -> impl IntoView {
    let timeline = provide_timeline(report, selected_id, filters);
    let unknown_id = move || {
        let id = timeline.selected_id.get()?;
        timeline
            .with_report(|report| report.event(&id).is_none())
            .then_some(id)
    };
    let live_title = move || {
        timeline
            .with_selected_event(|event| event.title.clone())
            .unwrap_or_default()
    };
    view! {
        <div class="timeline">
            <header class="timeline__header">
                <h1>{text::HEADING}</h1>
                <p class="timeline__intro">{text::INTRO}</p>
            </header>
            {move || {
                unknown_id()
                    .map(|id| {
                        view! {
                            <section class="timeline__missing" role="alert" aria-labelledby="timeline-missing-title">
                                <h2 id="timeline-missing-title">{text::NO_SUCH_EVENT}</h2>
                                <p>{text::no_such_event(&id)}</p>
                                <p><AppLink to=event_path(None)>{text::BACK_TO_TIMELINE}</AppLink></p>
                            </section>
                        }
                    })
            }}
            <FilterBar/>
            <EventList/>
            <p class="visually-hidden" aria-live="polite" aria-atomic="true">{live_title}</p>
            <Stepper/>
            <EventDetail/>
        </div>
    }
}
