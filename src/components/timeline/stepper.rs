use super::use_timeline;
use crate::say;
use leptos::prelude::*;

/// Previous / next event buttons with the position ("Event 3 of 10").
/// At the ends a button is `aria-disabled` rather than `disabled`, so the
/// keyboard focus stays on it instead of falling back to the page.
#[component]
pub fn Stepper() -> impl IntoView {
    let timeline = use_timeline();
    // Where the selected event is among those listed, and where that is in
    // the whole timeline (a long one's page lists some of its events).
    let position = Memo::new(move |_| {
        let selected = timeline.selected_id.get()?;
        timeline
            .visible_ids
            .with(|visible| visible.iter().position(|id| *id == selected))
    });
    // A long timeline's page counts in the whole timeline (it has no
    // filters); a whole one among the events its filters leave.
    let (offset, long_timeline_total) = timeline.with_index(|index| {
        (
            index.window.start,
            (!index.window.is_whole()).then_some(index.window.total),
        )
    });
    let total = move || long_timeline_total.unwrap_or_else(|| timeline.visible_ids.with(Vec::len));
    let step = move |forward: bool| {
        let visible = timeline.visible_ids.get_untracked();
        let at = position.get_untracked();
        // Past the ends of a long timeline's page, the events just before
        // and after it, on pages of their own.
        let (earlier, later) =
            timeline.with_index(|index| (index.window.earlier.clone(), index.window.later.clone()));
        let target = match at {
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
    };
    let at_start = move || position.get().is_none_or(|index| offset + index == 0);
    let at_end = move || {
        position
            .get()
            .is_some_and(|index| offset + index + 1 >= total())
    };
    view! {
        <nav class="stepper" aria-label=say!(timeline.stepper_label)>
            <button
                type="button"
                class="button button--quiet"
                aria-label=say!(timeline.previous_event)
                aria-disabled=move || if at_start() { "true" } else { "false" }
                on:click=move |_| {
                    if !at_start() {
                        step(false)
                    }
                }
            >
                <span aria-hidden="true">{say!(timeline.previous_arrow)}</span>{say!(timeline.previous)}
            </button>
            <p class="stepper__position">
                {move || position.get().map(|index| say!(timeline.position(offset + index + 1, total())))}
            </p>
            <button
                type="button"
                class="button button--quiet"
                aria-label=say!(timeline.next_event)
                aria-disabled=move || if at_end() { "true" } else { "false" }
                on:click=move |_| {
                    if !at_end() {
                        step(true)
                    }
                }
            >
                {say!(timeline.next)}<span aria-hidden="true">{say!(timeline.next_arrow)}</span>
            </button>
        </nav>
    }
}
