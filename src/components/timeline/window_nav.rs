use crate::components::AppLink;
use crate::links::event_path;
use crate::logic::timeline::TimelineWindow;
use crate::say;
use leptos::prelude::*;

/// On a page of a long timeline, which of its events the page lists
/// ("Events 16–30 of 2,000") and links to the pages of the events just
/// before and after them; nothing on a timeline short enough to be whole.
/// Plain links, with or without JavaScript: each leads to a prerendered
/// page.
#[component]
pub fn WindowNav(window: TimelineWindow) -> impl IntoView {
    if window.is_whole() {
        return None;
    }
    let first = window.start + 1;
    let last = window.start + window.length;
    let position = say!(timeline.window_position(first, last, window.total));
    let earlier = window.earlier.map(|id| {
        view! {
            <AppLink to=event_path(Some(&id)) class="timeline-window__earlier">
                <span aria-hidden="true">{say!(timeline.previous_arrow)}</span>
                {say!(timeline.earlier_events)}
            </AppLink>
        }
    });
    let later = window.later.map(|id| {
        view! {
            <AppLink to=event_path(Some(&id)) class="timeline-window__later">
                {say!(timeline.later_events)}
                <span aria-hidden="true">{say!(timeline.next_arrow)}</span>
            </AppLink>
        }
    });
    Some(view! {
        <nav class="timeline-window" aria-label=say!(timeline.window_label)>
            <p class="timeline-window__position">{position}</p>
            {earlier}
            {later}
        </nav>
    })
}
