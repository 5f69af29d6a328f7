use crate::components::AppLink;
use crate::links::event_path;
use crate::say;
use crate::ui_text::{FrameText, content_lang};
use leptos::prelude::*;
use report::Report;
use std::sync::Arc;

/// The two ways into the rest of the story: the timeline and the interviews.
#[component]
pub fn EntryPoints(report: Arc<Report>) -> impl IntoView {
    let timeline_teaser = FrameText(&report).timeline_teaser();
    let interviews_teaser = FrameText(&report).interviews_teaser();
    view! {
        <nav class="entry-points" aria-label=say!(story.entry_points_label)>
            <AppLink to=event_path(None) class="entry-point">
                <span class="entry-point__title">{say!(story.timeline_entry)}</span>
                <span class="entry-point__text" lang=content_lang()>{timeline_teaser}</span>
            </AppLink>
            <AppLink to="/interviews" class="entry-point">
                <span class="entry-point__title">{say!(story.interviews_entry)}</span>
                <span class="entry-point__text" lang=content_lang()>{interviews_teaser}</span>
            </AppLink>
        </nav>
    }
}
