use super::context::option_dom_id;
use super::{TimelineContext, use_timeline};
use crate::browser::{NARROW_SCREEN, media_matches};
use crate::logic::timeline::{group_by_phase, list_move, move_within};
use crate::ui_text::timeline as text;
use leptos::ev::KeyboardEvent;
use leptos::prelude::*;
use leptos::reactive::computed::Selector;
use report::{Event, Report};
use wasm_bindgen::JsCast;

/// The events as a listbox grouped into phase bands: one Tab stop; arrow
/// keys, Home and End move the focus; Enter, Space or a click select.
/// The keyboard listener sits on the list itself, never on the document.
#[component]
pub fn EventList() -> impl IntoView {
    let timeline = use_timeline();
    // The option the reader moved to with the keyboard; `None` defers to
    // the selected event, then to the first one.
    let focused = RwSignal::new(None::<String>);
    let tab_stop = Memo::new(move |_| {
        let visible = timeline.visible_ids.get();
        let pick = |id: Option<String>| id.filter(|id| visible.contains(id));
        pick(focused.get())
            .or_else(|| pick(timeline.selected_id.get()))
            .or_else(|| visible.first().cloned())
    });
    // Selectors update only the two options whose state changes, which
    // keeps a move cheap however many events the report has.
    let is_tab_stop = Selector::new(move || tab_stop.get());
    let is_selected = Selector::new(move || timeline.selected_id.get());
    Effect::new(move |_| {
        // A selection from the address (reload, back/forward) takes the tab stop.
        timeline.selected_id.track();
        focused.set(None);
    });

    let list = NodeRef::<leptos::html::Div>::new();
    // Effects run once the list is in the document: the benchmark's end mark.
    Effect::new(|_| crate::perf::mark(crate::perf::TIMELINE_RENDERED));
    Effect::new(move |_| {
        // Bring the selected event into the (horizontally scrolling) track,
        // after a reload or back/forward as after a click.
        if let (Some(id), Some(list)) = (timeline.selected_id.get(), list.get()) {
            // After layout, so that positions are final.
            request_animation_frame(move || reveal_option(&list, &id));
        }
    });
    let on_keydown = move |event: KeyboardEvent| {
        let key = event.key();
        if key == "Enter" || key == " " {
            event.prevent_default();
            if let Some(id) = tab_stop.get_untracked() {
                timeline.select(Some(&id));
            }
            return;
        }
        let Some(movement) = list_move(&key) else {
            return;
        };
        event.prevent_default();
        let visible = timeline.visible_ids.get_untracked();
        let current = tab_stop
            .get_untracked()
            .and_then(|id| visible.iter().position(|other| *other == id));
        if let Some(index) = move_within(current, movement, visible.len()) {
            let id = visible[index].clone();
            if let Some(list) = list.get_untracked() {
                focus_option(&list, &id);
            }
            focused.set(Some(id));
        }
    };

    let groups = move || {
        timeline.with_report(|report| {
            let groups = timeline.filters.with(|filters| group_by_phase(report, filters));
            groups
                .into_iter()
                .enumerate()
                .map(|(index, group)| {
                    let label_id = format!("timeline-phase-{index}");
                    let labelled_by = label_id.clone();
                    let (title, date) = match group.phase {
                        Some(phase) => (phase.title.clone(), Some(phase.date)),
                        None => (text::OTHER_EVENTS.to_string(), None),
                    };
                    let summary = group.phase.and_then(|phase| phase.summary.clone());
                    // Screen readers in a listbox read names and descriptions,
                    // not loose text: the summary describes the group.
                    let summary_id = format!("timeline-phase-{index}-summary");
                    let described_by = summary.is_some().then(|| summary_id.clone());
                    let options = group
                        .events
                        .into_iter()
                        .map(|event| event_option(report, event, timeline, is_tab_stop.clone(), is_selected.clone(), focused))
                        .collect_view();
                    // The phase's title names its group; a heading would be
                    // invalid inside a listbox (ARIA allows only options
                    // there), and HTML allows a group role on a div, not an li.
                    view! {
                        <div class="phase" role="group" aria-labelledby=labelled_by aria-describedby=described_by>
                            <div class="phase__band">
                                <p class="phase__title" id=label_id>
                                    {date.map(|date| view! { <time class="phase__date" datetime=date.datetime()>{date.format(crate::ui_text::DATE_WORDS)}</time>" " })}
                                    <span>{title}</span>
                                </p>
                                {summary.map(|summary| view! { <p class="phase__summary" id=summary_id>{summary}</p> })}
                            </div>
                            <ol class="phase__events" role="none">{options}</ol>
                        </div>
                    }
                })
                .collect_view()
        })
    };

    view! {
        <div class="timeline-track" role="listbox" aria-label=text::LIST_LABEL node_ref=list on:keydown=on_keydown>
            {groups}
        </div>
    }
}

fn event_option(
    report: &Report,
    event: &Event,
    timeline: TimelineContext,
    is_tab_stop: Selector<Option<String>>,
    is_selected: Selector<Option<String>>,
    focused: RwSignal<Option<String>>,
) -> impl IntoView + use<> {
    let id = event.id.clone();
    let key = Some(id.clone());
    let selected_key = key.clone();
    let site_labels: Vec<String> = event
        .sites
        .iter()
        .filter_map(|site| report.site(site))
        .map(|site| site.label.clone())
        .collect();
    let select = {
        let id = id.clone();
        move |_| {
            focused.set(Some(id.clone()));
            timeline.select(Some(&id));
            scroll_to_detail_on_narrow_screens();
        }
    };
    view! {
        <li
            class="event-option"
            role="option"
            id=option_dom_id(&id)
            tabindex=move || if is_tab_stop.selected(&key) { "0" } else { "-1" }
            aria-selected=move || if is_selected.selected(&selected_key) { "true" } else { "false" }
            on:click=select
        >
            <time class="event-option__date" datetime=event.date.datetime()>{event.date.format(crate::ui_text::DATE_WORDS)}</time>
            <span class="event-option__title">{event.title.clone()}</span>
            <span class="event-option__sites">{site_labels.join(", ")}</span>
        </li>
    }
}

fn option_in(list: &web_sys::HtmlElement, event_id: &str) -> Option<web_sys::HtmlElement> {
    let selector = format!("[id='{}']", option_dom_id(event_id));
    list.query_selector(&selector)
        .ok()
        .flatten()?
        .dyn_into::<web_sys::HtmlElement>()
        .ok()
}

/// Scrolls the track sideways, and never the page, to centre an option
/// that is out of sight in the wide layout (the narrow layout does not
/// scroll sideways, so nothing moves there). `scrollIntoView` would also
/// scroll the page down to the option on a deep link.
fn reveal_option(list: &web_sys::HtmlElement, event_id: &str) {
    let Some(option) = option_in(list, event_id) else {
        return;
    };
    let track = list.get_bounding_client_rect();
    let item = option.get_bounding_client_rect();
    if item.left() >= track.left() && item.right() <= track.right() {
        return;
    }
    let centred = f64::from(list.scroll_left()) + item.left()
        - track.left()
        - (track.width() - item.width()) / 2.0;
    list.set_scroll_left(centred.max(0.0) as i32);
}

/// On narrow screens the detail sits below the whole list: after a tap,
/// show it rather than leave the reader where nothing changed.
fn scroll_to_detail_on_narrow_screens() {
    if !media_matches(NARROW_SCREEN) {
        return;
    }
    request_animation_frame(|| {
        if let Some(stepper) = document().query_selector(".stepper").ok().flatten() {
            stepper.scroll_into_view();
        }
    });
}

/// Moves keyboard focus to an event's option in this list (event handlers only).
fn focus_option(list: &web_sys::HtmlElement, event_id: &str) {
    if let Some(option) = option_in(list, event_id) {
        let _ = option.focus();
    }
}
