use super::TimelineContext;
use crate::browser::element;
use crate::ui_text::content_lang;
use leptos::prelude::*;

const LIVE_ID: &str = "timeline-live";

/// The polite live region that says the title of the event the reader
/// selects. Prerendered with the page's event; [`say_the_selected_title`]
/// keeps it in step.
#[component]
pub fn SelectedTitle(timeline: TimelineContext) -> impl IntoView {
    let title = timeline
        .with_selected_event(|event| event.title.clone())
        .unwrap_or_default();
    view! {
        <p id=LIVE_ID class="visually-hidden" aria-live="polite" aria-atomic="true" lang=content_lang()>{title}</p>
    }
}

/// Says each selected event's title in the page's [`SelectedTitle`].
pub fn say_the_selected_title(timeline: TimelineContext) {
    let Some(live) = element(LIVE_ID) else {
        return;
    };
    Effect::new(move |_| {
        let title = timeline
            .with_selected_event(|event| event.title.clone())
            .unwrap_or_default();
        if live.text_content().unwrap_or_default() != title {
            live.set_text_content(Some(&title));
        }
    });
}
