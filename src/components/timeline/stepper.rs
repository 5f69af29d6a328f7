use super::use_timeline;
use crate::say;
use leptos::prelude::*;

/// Previous / next event buttons with the position ("Event 3 of 10").
/// At the ends a button is `aria-disabled` rather than `disabled`, so the
/// keyboard focus stays on it instead of falling back to the page.
#[component]
pub fn Stepper() -> impl IntoView {
    let timeline = use_timeline();
    let position = Memo::new(move |_| {
        let selected = timeline.selected_id.get()?;
        timeline
            .visible_ids
            .with(|visible| visible.iter().position(|id| *id == selected))
    });
    let total = move || timeline.visible_ids.with(Vec::len);
    let step = move |forward: bool| {
        let visible = timeline.visible_ids.get_untracked();
        let target = match position.get_untracked() {
            Some(index) if forward => visible.get(index + 1),
            Some(index) => index
                .checked_sub(1)
                .and_then(|previous| visible.get(previous)),
            None => visible.first(),
        };
        if let Some(id) = target {
            timeline.select(Some(id));
        }
    };
    let at_start = move || position.get().is_none_or(|index| index == 0);
    let at_end = move || position.get().is_some_and(|index| index + 1 >= total());
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
                {move || position.get().map(|index| say!(timeline.position(index + 1, total())))}
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
