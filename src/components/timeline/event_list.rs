use super::context::option_dom_id;
use crate::logic::timeline::{TimelineFilters, TimelineWindow, group_by_phase};
use crate::say;
use crate::ui_text::content_lang;
use leptos::prelude::*;
use report::{Event, Report};
use std::collections::HashSet;

/// The element id of the list, where the timeline's island finds it.
pub const EVENT_LIST_ID: &str = "timeline-list";

/// The events as a listbox grouped into phase bands, as the page was
/// rendered for: every event of its window, `selected` selected and the
/// list's one Tab stop (the first event when none is). The markup stays as it is; the
/// timeline's island keeps it in step with the reader
/// ([`drive_event_list`](super::drive_event_list)), so that the wasm holds
/// no code to render it.
#[component]
pub fn EventList(
    report: std::sync::Arc<Report>,
    selected: Option<String>,
    /// The events the page lists.
    window: TimelineWindow,
) -> impl IntoView {
    let listed: HashSet<&str> = window
        .events(&report)
        .iter()
        .map(|event| event.id.as_str())
        .collect();
    let mut groups = group_by_phase(&report, &TimelineFilters::default());
    for group in &mut groups {
        group
            .events
            .retain(|event| listed.contains(event.id.as_str()));
    }
    groups.retain(|group| !group.events.is_empty());
    let tab_stop = selected
        .clone()
        .filter(|id| report.event(id).is_some())
        .or_else(|| {
            groups
                .first()
                .and_then(|group| group.events.first())
                .map(|event| event.id.clone())
        });
    let groups = groups
        .into_iter()
        .enumerate()
        .map(|(index, group)| {
            let label_id = format!("timeline-phase-{index}");
            let labelled_by = label_id.clone();
            let (title, date) = match group.phase {
                Some(phase) => (phase.title.clone(), Some(phase.date)),
                None => (say!(timeline.other_events).to_string(), None),
            };
            let summary = group.phase.and_then(|phase| phase.summary.clone());
            // Screen readers in a listbox read names and descriptions,
            // not loose text: the summary describes the group.
            let summary_id = format!("timeline-phase-{index}-summary");
            let described_by = summary.is_some().then(|| summary_id.clone());
            let options = group
                .events
                .into_iter()
                .map(|event| {
                    let state = OptionState {
                        selected: selected.as_deref() == Some(event.id.as_str()),
                        tab_stop: tab_stop.as_deref() == Some(event.id.as_str()),
                    };
                    event_option(&report, event, state)
                })
                .collect_view();
            // The phase's title names its group; a heading would be
            // invalid inside a listbox (ARIA allows only options
            // there), and HTML allows a group role on a div, not an li.
            view! {
                <div class="phase" role="group" aria-labelledby=labelled_by aria-describedby=described_by>
                    <div class="phase__band" lang=content_lang()>
                        <p class="phase__title" id=label_id>
                            {date.map(|date| view! { <time class="phase__date" datetime=date.datetime()>{date.format(crate::ui_text::date_words())}</time>" " })}
                            <span>{title}</span>
                        </p>
                        {summary.map(|summary| view! { <p class="phase__summary" id=summary_id>{summary}</p> })}
                    </div>
                    <ol class="phase__events" role="none">{options}</ol>
                </div>
            }
        })
        .collect_view();
    view! {
        <div class="timeline-track" id=EVENT_LIST_ID role="listbox" aria-label=say!(timeline.list_label)>
            {groups}
        </div>
    }
}

struct OptionState {
    selected: bool,
    tab_stop: bool,
}

fn event_option(report: &Report, event: &Event, state: OptionState) -> impl IntoView + use<> {
    let site_labels: Vec<String> = event
        .sites
        .iter()
        .filter_map(|site| report.site(site))
        .map(|site| site.label.clone())
        .collect();
    view! {
        <li
            class="event-option"
            role="option"
            id=option_dom_id(&event.id)
            tabindex=if state.tab_stop { "0" } else { "-1" }
            aria-selected=if state.selected { "true" } else { "false" }
        >
            <time class="event-option__date" datetime=event.date.datetime()>{event.date.format(crate::ui_text::date_words())}</time>
            <span class="event-option__title" lang=content_lang()>{event.title.clone()}</span>
            <span class="event-option__sites" lang=content_lang()>{site_labels.join(", ")}</span>
        </li>
    }
}
