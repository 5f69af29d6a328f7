use crate::components::AppLink;
use crate::links::event_path;
use crate::logic::timeline::TimelineWindow;
use crate::say;
use crate::ui_text::content_lang;
use leptos::prelude::*;
use report::Report;

/// Every event as a link to its own page, in the report's order: the way
/// through the timeline for a reader without JavaScript, where the listbox
/// cannot select anything. The stylesheet shows it only then
/// (`@media (scripting: none)`), and hides the listbox instead.
///
/// Outside the timeline's islands: once the wasm runs it is never shown,
/// so the browser holds no code for it.
#[component]
pub fn EventPages(
    report: std::sync::Arc<Report>,
    /// The events the page lists.
    window: TimelineWindow,
) -> impl IntoView {
    if !cfg!(feature = "ssr") {
        return None;
    }
    let heading = if window.is_whole() {
        say!(timeline.every_event).to_string()
    } else {
        let first = window.start + 1;
        say!(timeline.window_position(first, window.start + window.length, window.total))
    };
    let events = {
        window
            .events(&report)
            .into_iter()
            .map(|event| {
                let title = event.title.clone();
                view! {
                    <li>
                        <time datetime=event.date.datetime()>{event.date.format(crate::ui_text::date_words())}</time>
                        " "
                        <AppLink to=event_path(Some(&event.id))>{title}</AppLink>
                    </li>
                }
            })
            .collect_view()
    };
    Some(view! {
        <nav class="event-pages" aria-labelledby="event-pages-title">
            <h2 id="event-pages-title">{heading}</h2>
            <ol lang=content_lang() start=window.start + 1>{events}</ol>
        </nav>
    })
}
