use super::TimelineContext;
use crate::browser::{element, listen};
use crate::say;
use leptos::prelude::*;

const STEPPER_ID: &str = "timeline-stepper";

/// Previous / next event buttons with the position ("Event 3 of 10").
/// At the ends a button is `aria-disabled` rather than `disabled`, so the
/// keyboard focus stays on it instead of falling back to the page.
///
/// Prerendered for the page's event; [`drive_stepper`] answers it.
#[component]
pub fn Stepper(timeline: TimelineContext) -> impl IntoView {
    let place = Place::of(timeline);
    view! {
        <nav id=STEPPER_ID class="stepper" aria-label=say!(timeline.stepper_label)>
            <button
                type="button"
                class="button button--quiet"
                data-step="previous"
                aria-label=say!(timeline.previous_event)
                aria-disabled=disabled(place.at_start)
            >
                <span aria-hidden="true">{say!(timeline.previous_arrow)}</span>{say!(timeline.previous)}
            </button>
            <p class="stepper__position">{place.text}</p>
            <button
                type="button"
                class="button button--quiet"
                data-step="next"
                aria-label=say!(timeline.next_event)
                aria-disabled=disabled(place.at_end)
            >
                {say!(timeline.next)}<span aria-hidden="true">{say!(timeline.next_arrow)}</span>
            </button>
        </nav>
    }
}

fn disabled(at_an_end: bool) -> &'static str {
    if at_an_end { "true" } else { "false" }
}

/// Where the selected event is: among those listed, and in the whole
/// timeline (a long one's page lists some of its events, and counts in
/// the whole timeline; a whole one among the events its filters leave).
struct Place {
    /// Into the listed events.
    index: Option<usize>,
    at_start: bool,
    at_end: bool,
    /// "Event 3 of 10", or nothing when no event is selected.
    text: String,
}

impl Place {
    /// Tracked: it changes with the selection and the filters.
    fn of(timeline: TimelineContext) -> Self {
        let index = timeline.selected_id.get().and_then(|selected| {
            timeline
                .visible_ids
                .with(|visible| visible.iter().position(|id| *id == selected))
        });
        let (offset, long_timeline_total) = timeline.with_index(|index| {
            (
                index.window.start,
                (!index.window.is_whole()).then_some(index.window.total),
            )
        });
        let total = long_timeline_total.unwrap_or_else(|| timeline.visible_ids.with(Vec::len));
        Self {
            index,
            at_start: index.is_none_or(|index| offset + index == 0),
            at_end: index.is_some_and(|index| offset + index + 1 >= total),
            text: index
                .map(|index| say!(timeline.position(offset + index + 1, total)))
                .unwrap_or_default(),
        }
    }
}

/// Answers the page's [`Stepper`]: its buttons move the selection (past
/// the ends of a long timeline's page, to the events just before and after
/// it, on pages of their own), and its position and ends follow it.
pub fn drive_stepper(timeline: TimelineContext) {
    let Some(stepper) = element(STEPPER_ID) else {
        return;
    };
    let previous = stepper
        .query_selector("[data-step=previous]")
        .ok()
        .flatten();
    let next = stepper.query_selector("[data-step=next]").ok().flatten();
    let position = stepper.query_selector(".stepper__position").ok().flatten();
    for (button, forward) in [(&previous, false), (&next, true)] {
        let Some(button) = button else { continue };
        listen(button, "click", move |_| step(timeline, forward));
    }
    Effect::new(move |_| {
        let place = Place::of(timeline);
        if let Some(previous) = &previous {
            let _ = previous.set_attribute("aria-disabled", disabled(place.at_start));
        }
        if let Some(next) = &next {
            let _ = next.set_attribute("aria-disabled", disabled(place.at_end));
        }
        if let Some(position) = &position {
            position.set_text_content(Some(&place.text));
        }
    });
}

fn step(timeline: TimelineContext, forward: bool) {
    let place = untrack(|| Place::of(timeline));
    if (forward && place.at_end) || (!forward && place.at_start) {
        return;
    }
    let visible = timeline.visible_ids.get_untracked();
    let (earlier, later) =
        timeline.with_index(|index| (index.window.earlier.clone(), index.window.later.clone()));
    let target = match place.index {
        Some(index) if forward => visible.get(index + 1).cloned().or(later),
        Some(index) => index
            .checked_sub(1)
            .and_then(|previous| visible.get(previous).cloned())
            .or(earlier),
        None => visible.first().cloned(),
    };
    if let Some(id) = target {
        timeline.select(Some(&id));
    }
}
