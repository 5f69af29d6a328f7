use super::context::detail_dom_id;
use super::source_list::SourceList;
use crate::components::AppLink;
use crate::links::interview_path;
use crate::say;
use crate::ui_text::content_lang;
use leptos::prelude::*;
use report::{Event, Report};
use std::sync::Arc;

/// Where the timeline's island finds the details.
pub(super) const DETAILS_ID: &str = "timeline-details";
pub(super) const CHOOSE_ID: &str = "timeline-choose";
/// The status of another event's detail on its way, and its retry button.
pub(super) const STATUS_MESSAGE_ID: &str = "timeline-status";
pub(super) const RETRY_ID: &str = "timeline-retry";

/// The detail of the event `selected` names, prerendered; with no event
/// selected, an invitation to choose one. Other events' details join it
/// when the reader selects them ([`show_selected_detail`]): each comes
/// from its event's own page, so a page carries one detail however long
/// the timeline, and the wasm holds no code to render one.
#[component]
pub fn EventDetails(report: Arc<Report>, selected: Option<String>) -> impl IntoView {
    let known = selected
        .as_deref()
        .is_some_and(|id| report.event(id).is_some());
    let details = report
        .timeline
        .events
        .iter()
        .filter(|event| selected.as_deref() == Some(event.id.as_str()))
        .map(|event| {
            let shown = selected.as_deref() == Some(event.id.as_str());
            view! { <EventDetail report=Arc::clone(&report) event=event.clone() shown/> }
        })
        .collect_view();
    view! {
        // Empty until the timeline's island has something to say about a
        // detail it takes from another page: it is waiting, or why it
        // cannot, with the button to try again.
        <div class="event-detail-status">
            <p id=STATUS_MESSAGE_ID role="status"></p>
            <button type="button" class="button" id=RETRY_ID hidden>{say!(try_again)}</button>
        </div>
        <div class="event-details" id=DETAILS_ID>
            <p class="event-detail event-detail--empty" id=CHOOSE_ID hidden=known>{say!(timeline.choose_an_event)}</p>
            {details}
        </div>
    }
}

/// One event: title, date, sites, themes, people, summary, any note on
/// disagreeing sources, and the sources themselves.
#[component]
fn EventDetail(report: Arc<Report>, event: Event, shown: bool) -> impl IntoView {
    let facts = EventFacts::of(&event, &report);
    let title_id = format!("{}-title", detail_dom_id(&event.id));
    let labelled_by = title_id.clone();
    view! {
        <article class="event-detail" id=detail_dom_id(&event.id) aria-labelledby=labelled_by hidden=!shown>
            <p class="event-detail__date">
                <time datetime=event.date.datetime()>{event.date.format(crate::ui_text::date_words())}</time>
            </p>
            <h2 id=title_id lang=content_lang()>{event.title.clone()}</h2>
            <dl class="event-detail__facts">
                {(!facts.sites.is_empty()).then(|| view! { <dt>{say!(timeline.r#where)}</dt><dd lang=content_lang()>{facts.sites.join(", ")}</dd> })}
                {(!facts.themes.is_empty()).then(|| view! { <dt>{say!(timeline.themes)}</dt><dd lang=content_lang()>{facts.themes.join(", ")}</dd> })}
                {(!facts.people.is_empty()).then(|| {
                    view! {
                        <dt>{say!(timeline.people)}</dt>
                        <dd lang=content_lang()>
                            {facts
                                .people
                                .into_iter()
                                .map(|person| view! { <AppLink to=interview_path(&person.interview_id) class="event-detail__person">{person.name}</AppLink>" " })
                                .collect_view()}
                        </dd>
                    }
                })}
            </dl>
            <p class="event-detail__summary" lang=content_lang()>{event.summary.clone()}</p>
            {event.note.clone().map(|note| view! { <p class="event-detail__note"><strong>{say!(timeline.note)}</strong>" "<span lang=content_lang()>{note}</span></p> })}
            <SourceList report sources=event.sources.clone() heading_id=format!("{}-sources", detail_dom_id(&event.id))/>
        </article>
    }
}

/// An event's ids resolved to what the reader sees.
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
