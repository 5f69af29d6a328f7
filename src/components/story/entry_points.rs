use crate::components::AppLink;
use crate::links::event_path;
use crate::ui_text::story as text;
use leptos::prelude::*;

/// The two ways into the rest of the story: the timeline and the interviews.
#[component]
pub fn EntryPoints() -> impl IntoView {
    view! {
        <nav class="entry-points" aria-label=text::ENTRY_POINTS_LABEL>
            <AppLink to=event_path(None) class="entry-point">
                <span class="entry-point__title">{text::TIMELINE_ENTRY}</span>
                <span class="entry-point__text">{text::TIMELINE_ENTRY_TEXT}</span>
            </AppLink>
            <AppLink to="/interviews" class="entry-point">
                <span class="entry-point__title">{text::INTERVIEWS_ENTRY}</span>
                <span class="entry-point__text">{text::INTERVIEWS_ENTRY_TEXT}</span>
            </AppLink>
        </nav>
    }
}
