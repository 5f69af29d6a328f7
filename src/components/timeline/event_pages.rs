use super::use_timeline;
use crate::components::AppLink;
use crate::links::event_path;
use crate::ui_text::timeline as text;
use leptos::prelude::*;

/// Every event as a link to its own page, in the report's order: the way
/// through the timeline for a reader without JavaScript, where the listbox
/// cannot select anything. The stylesheet shows it only then
/// (`@media (scripting: none)`), and hides the listbox instead.
///
/// Prerendered pages only: once the app runs it is never shown, and a
/// link per event (each following the address) would slow every selection
/// on a long timeline. The take-over skips it (`PRERENDER_ONLY_ATTRIBUTE`).
#[component]
pub fn EventPages() -> impl IntoView {
    if !cfg!(feature = "ssr") {
        return None;
    }
    let events = use_timeline().with_report(|report| {
        report
            .timeline
            .events
            .iter()
            .map(|event| {
                let title = event.title.clone();
                view! {
                    <li>
                        <time datetime=event.date.datetime()>{event.date.format(crate::ui_text::DATE_WORDS)}</time>
                        " "
                        <AppLink to=event_path(Some(&event.id))>{title}</AppLink>
                    </li>
                }
            })
            .collect_view()
    });
    Some(view! {
        <nav class="event-pages" aria-labelledby="event-pages-title" data-prerender-only="">
            <h2 id="event-pages-title">{text::EVERY_EVENT}</h2>
            <ol>{events}</ol>
        </nav>
    })
}
