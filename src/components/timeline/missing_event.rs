use super::use_timeline;
use crate::components::AppLink;
use crate::links::event_path;
use crate::say;
use leptos::prelude::*;

/// Says so when the address names an event the report does not have, with
/// the way back to the whole timeline.
#[component]
pub fn MissingEvent() -> impl IntoView {
    let timeline = use_timeline();
    let unknown_id = move || {
        let id = timeline.selected_id.get()?;
        timeline
            .with_index(|index| index.event(&id).is_none())
            .then_some(id)
    };
    move || {
        unknown_id().map(|id| {
            view! {
                <section class="timeline__missing" role="alert" aria-labelledby="timeline-missing-title">
                    <h2 id="timeline-missing-title">{say!(timeline.no_such_event_heading)}</h2>
                    <p>{say!(timeline.no_such_event(&id))}</p>
                    <p><AppLink to=event_path(None)>{say!(timeline.back_to_timeline)}</AppLink></p>
                </section>
            }
        })
    }
}
