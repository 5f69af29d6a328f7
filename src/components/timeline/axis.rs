use super::TimelineContext;
use super::context::mark_dom_id;
use crate::browser::{closest_to_target, element, elements_in, listen};
use crate::logic::timeline::{Axis, EventMark, TimelineWindow};
use crate::ui_text::{content_lang, date_words};
use leptos::prelude::*;
use report::Report;

/// Where the timeline's island finds the axis.
pub const AXIS_ID: &str = "timeline-axis";

const PHASE_ROW: f64 = 24.0;
const EVENT_ROW: f64 = 26.0;
const YEAR_ROW: f64 = 22.0;
/// Half the side of a mark's target: 24 by 24 CSS pixels at least (WCAG 2.5.8).
const TARGET_RADIUS: f64 = 12.0;

/// The timeline drawn to scale, above the list: year ticks, the phases as
/// bands, each event at its date, a point for a day and a span for a
/// month, a part of a year or years. Rendered once, like the list; the
/// timeline's island marks the selected event and the filtered ones, and
/// selects an event whose mark is clicked
/// ([`drive_axis`]).
///
/// For pointer users only: the drawing is hidden from screen readers and
/// has no tab stop, since the list says all it shows; each mark's title
/// (its event and date) shows on hover.
#[component]
pub fn TimelineAxis(
    report: std::sync::Arc<Report>,
    selected: Option<String>,
    /// The events the page lists: only theirs are marked, on the scale of
    /// the whole timeline.
    window: TimelineWindow,
) -> impl IntoView {
    let axis = Axis::of(&report)?;
    let listed: std::collections::HashSet<String> = window
        .events(&report)
        .iter()
        .map(|event| event.id.clone())
        .collect();
    let events_top = PHASE_ROW * axis.phase_rows as f64;
    let years_top = events_top + EVENT_ROW * axis.rows as f64;
    let height = years_top + YEAR_ROW;
    let bands = axis
        .phases
        .iter()
        .map(|band| {
            let top = PHASE_ROW * band.row as f64;
            view! {
                <rect class="timeline-axis__band" x=percent(band.from) y=top + 2.0 width=percent(band.to - band.from) height=PHASE_ROW - 4.0></rect>
                <text class="timeline-axis__phase" lang=content_lang() x=percent(band.from) dx="4" y=top + PHASE_ROW - 8.0>{band.title.clone()}</text>
            }
        })
        .collect_view();
    let years = axis
        .years
        .iter()
        .map(|tick| {
            view! {
                <line class="timeline-axis__year" x1=percent(tick.at) x2=percent(tick.at) y1="0" y2=years_top + 4.0></line>
                {tick.labelled.then(|| view! {
                    <text class="timeline-axis__year-label" x=percent(tick.at) dx="3" y=height - 5.0>{tick.year}</text>
                })}
            }
        })
        .collect_view();
    let marks = axis
        .events
        .iter()
        .filter(|mark| listed.contains(&mark.id))
        .filter_map(|mark| {
            let event = report.event(&mark.id)?;
            let label = format!("{}, {}", event.title, event.date.format(date_words()));
            let shown = selected.as_deref() == Some(mark.id.as_str());
            Some(event_mark(mark, label, shown, events_top, axis.ticks))
        })
        .collect_view();
    let class = if axis.ticks {
        "timeline-axis timeline-axis--ticks"
    } else {
        "timeline-axis"
    };
    Some(view! {
        <div class=class id=AXIS_ID>
            <svg class="timeline-axis__drawing" aria-hidden="true" width="100%" height=height>
                <g>{bands}</g>
                <g>{years}</g>
                <g>{marks}</g>
            </svg>
        </div>
    })
}

/// One event's mark: what it looks like, and a target at least 24 pixels
/// square around it, with its title for hovering.
fn event_mark(
    mark: &EventMark,
    label: String,
    selected: bool,
    top: f64,
    ticks: bool,
) -> impl IntoView + use<> {
    let middle = top + EVENT_ROW * mark.row as f64 + EVENT_ROW / 2.0;
    let class = if selected {
        "timeline-axis__mark timeline-axis__mark--selected"
    } else {
        "timeline-axis__mark"
    };
    let drawing = if ticks {
        view! {
            <line class="timeline-axis__tick" x1=percent(mark.from) x2=percent(mark.from) y1=middle - 9.0 y2=middle + 9.0></line>
        }
        .into_any()
    } else if mark.is_point {
        view! { <circle class="timeline-axis__point" cx=percent(mark.from) cy=middle r="6"></circle> }.into_any()
    } else {
        view! {
            <rect class="timeline-axis__span" x=percent(mark.from) y=middle - 5.0 width=percent(mark.to - mark.from) height="10" rx="3"></rect>
        }
        .into_any()
    };
    let centre = percent((mark.from + mark.to) / 2.0);
    view! {
        <g class=class id=mark_dom_id(&mark.id) data-event=mark.id.clone()>
            <title>{label}</title>
            {drawing}
            {(!ticks).then(|| view! {
                <rect class="timeline-axis__target" x=percent(mark.from) y=middle - TARGET_RADIUS width=percent(mark.to - mark.from) height=TARGET_RADIUS * 2.0></rect>
                <circle class="timeline-axis__target" cx=centre cy=middle r=TARGET_RADIUS></circle>
            })}
        </g>
    }
}

/// A position on the axis as SVG takes it: a share of the drawing's width.
fn percent(at: f64) -> String {
    format!("{:.3}%", at * 100.0)
}

const SELECTED_CLASS: &str = "timeline-axis__mark--selected";
const DIMMED_CLASS: &str = "timeline-axis__mark--dimmed";

/// Keeps the prerendered [`TimelineAxis`] in step with the timeline: the
/// selected event's mark stands out, the marks of events the filters
/// leave out are dimmed, and a click on a mark selects its event as the
/// list does.
pub fn drive_axis(timeline: TimelineContext) {
    Effect::new(move |_| {
        let selected = timeline.selected_id.get();
        let Some(axis) = element(AXIS_ID) else {
            return;
        };
        if let Ok(Some(shown)) = axis.query_selector(&format!(".{SELECTED_CLASS}")) {
            let _ = shown.class_list().remove_1(SELECTED_CLASS);
        }
        if let Some(mark) = selected.as_deref().and_then(|id| element(&mark_dom_id(id))) {
            let _ = mark.class_list().add_1(SELECTED_CLASS);
        }
    });
    Effect::new(move |_| {
        let visible: std::collections::HashSet<String> =
            timeline.visible_ids.get().into_iter().collect();
        let Some(axis) = element(AXIS_ID) else {
            return;
        };
        for mark in elements_in(&axis, "[data-event]") {
            let shown = mark
                .get_attribute("data-event")
                .is_some_and(|id| visible.contains(&id));
            let _ = mark.class_list().toggle_with_force(DIMMED_CLASS, !shown);
        }
    });
    Effect::new(move |_| {
        let Some(axis) = element(AXIS_ID) else {
            return;
        };
        listen(&axis, "click", move |event| {
            let id = closest_to_target(&event, "[data-event]")
                .and_then(|mark| mark.get_attribute("data-event"));
            if let Some(id) = id {
                timeline.select(Some(&id));
            }
        });
    });
}
