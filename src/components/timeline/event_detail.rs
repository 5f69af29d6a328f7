use super::{SourceList, TimelineContext};
use crate::components::AppLink;
use crate::links::interview_path;
use crate::ui_text::timeline as text;
use leptos::prelude::*;
use report::ENGLISH;

/// The selected event: title, date, sites, themes, people, summary, any
/// note on disagreeing sources, and the sources themselves.
#[component]
pub fn EventDetail() -> impl IntoView {
    let timeline = expect_context::<TimelineContext>();
    move || {
        let Some(event) = timeline.selected_event().cloned() else {
            return view! { <p class="event-detail event-detail--empty">{text::CHOOSE_AN_EVENT}</p> }.into_any();
        };
        let report = &timeline.report;
        let sites: Vec<String> = event
            .sites
            .iter()
            .filter_map(|id| report.site(id))
            .map(|site| site.label.clone())
            .collect();
        let themes: Vec<String> = event
            .themes
            .iter()
            .filter_map(|id| report.theme(id))
            .map(|theme| theme.label.clone())
            .collect();
        let people: Vec<(String, String)> = event
            .people
            .iter()
            .filter_map(|id| report.interview(id))
            .map(|interview| (interview.id.clone(), interview.interviewee.name.clone()))
            .collect();
        view! {
            <article class="event-detail" aria-labelledby="event-detail-title">
                <p class="event-detail__date">
                    <time datetime=event.date.datetime()>{event.date.format(&ENGLISH)}</time>
                </p>
                <h2 id="event-detail-title">{event.title.clone()}</h2>
                <dl class="event-detail__facts">
                    {(!sites.is_empty()).then(|| view! { <dt>{text::WHERE}</dt><dd>{sites.join(", ")}</dd> })}
                    {(!themes.is_empty()).then(|| view! { <dt>{text::THEMES}</dt><dd>{themes.join(", ")}</dd> })}
                    {(!people.is_empty()).then(|| {
                        view! {
                            <dt>{text::PEOPLE}</dt>
                            <dd>
                                {people
                                    .into_iter()
                                    .map(|(id, name)| view! { <AppLink to=interview_path(&id) class="event-detail__person">{name}</AppLink>" " })
                                    .collect_view()}
                            </dd>
                        }
                    })}
                </dl>
                <p class="event-detail__summary">{event.summary.clone()}</p>
                {event.note.clone().map(|note| view! { <p class="event-detail__note"><strong>{text::NOTE}</strong>" "{note}</p> })}
                <SourceList sources=event.sources.clone()/>
            </article>
        }
        .into_any()
    }
}
