use crate::components::AppLink;
use crate::links::event_path;
use crate::logic::interview::CitingEvent;
use crate::say;
use crate::ui_text::content_lang;
use leptos::prelude::*;

/// "In the timeline:" and a link to each event that cites the answer;
/// nothing when none does.
#[component]
pub fn TimelineLinks(events: Vec<CitingEvent>) -> impl IntoView {
    (!events.is_empty()).then(|| {
        let links = events
            .into_iter()
            .map(|event| {
                view! { <li><AppLink to=event_path(Some(&event.id))>{event.title}</AppLink></li> }
            })
            .collect_view();
        view! {
            <div class="qa__timeline">
                <p class="qa__timeline-label">{say!(interviews.in_the_timeline)}</p>
                <ul class="qa__timeline-list" lang=content_lang()>{links}</ul>
            </div>
        }
    })
}
