use super::{SourceList, use_timeline};
use crate::components::AppLink;
use crate::links::interview_path;
use crate::ui_text::timeline as text;
use leptos::prelude::*;
use report::{Event, Report};

/// The selected event: title, date, sites, themes, people, summary, any
/// note on disagreeing sources, and the sources themselves.
#[component]
pub fn EventDetail() -> impl IntoView {
    let timeline = use_timeline();
    move || {
        let Some(event) = timeline.with_selected_event(Event::clone) else {
            return view! { <p class="event-detail event-detail--empty">{text::CHOOSE_AN_EVENT}</p> }.into_any();
        };
        let facts = timeline.with_report(|report| EventFacts::of(&event, report));
        view! {
            <article class="event-detail" aria-labelledby="event-detail-title">
                <p class="event-detail__date">
                    <time datetime=event.date.datetime()>{event.date.format(crate::ui_text::DATE_WORDS)}</time>
                </p>
                <h2 id="event-detail-title">{event.title.clone()}</h2>
                <dl class="event-detail__facts">
                    {(!facts.sites.is_empty()).then(|| view! { <dt>{text::WHERE}</dt><dd>{facts.sites.join(", ")}</dd> })}
                    {(!facts.themes.is_empty()).then(|| view! { <dt>{text::THEMES}</dt><dd>{facts.themes.join(", ")}</dd> })}
                    {(!facts.people.is_empty()).then(|| {
                        view! {
                            <dt>{text::PEOPLE}</dt>
                            <dd>
                                {facts
                                    .people
                                    .into_iter()
                                    .map(|person| view! { <AppLink to=interview_path(&person.interview_id) class="event-detail__person">{person.name}</AppLink>" " })
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

/// An event's ids resolved to what the reader sees, read out before the
/// view is built: the source list reads the report too, and reads of it
/// must not nest.
struct EventFacts {
    sites: Vec<String>,
    themes: Vec<String>,
    people: Vec<Person>,
}

struct Person {
    interview_id: String,
    name: String,
}

impl EventFacts {
    fn of(event: &Event, report: &Report) -> Self {
        Self {
            sites: event
                .sites
                .iter()
                .filter_map(|id| report.site(id))
                .map(|site| site.label.clone())
                .collect(),
            themes: event
                .themes
                .iter()
                .filter_map(|id| report.theme(id))
                .map(|theme| theme.label.clone())
                .collect(),
            people: event
                .people
                .iter()
                .filter_map(|id| report.interview(id))
                .map(|interview| Person {
                    interview_id: interview.id.clone(),
                    name: interview.interviewee.name.clone(),
                })
                .collect(),
        }
    }
}
