use super::use_timeline;
use crate::logic::timeline::{Facet, TimelineFilters};
use crate::say;
use crate::ui_text::content_lang;
use leptos::prelude::*;

/// Toggle chips for sites and themes, each with its count; says so when
/// nothing passes and offers to clear the filters. A page of a long
/// timeline lists only some of its events (`TimelineWindow`), which
/// filters would count and narrow as if they were all: it has none.
#[component]
pub fn FilterBar() -> impl IntoView {
    let timeline = use_timeline();
    if !timeline.with_index(|index| index.window.is_whole()) {
        return ().into_any();
    }
    let empty = move || timeline.visible_ids.with(Vec::is_empty);
    let active = move || !timeline.filters.with(TimelineFilters::is_empty);
    let shown_count = move || {
        say!(timeline.showing(
            timeline.visible_ids.with(Vec::len),
            timeline.with_index(|index| index.events.len()),
        ))
    };
    let clear = move |_| {
        timeline.set_filters(&TimelineFilters::default());
        // The button goes away with the filters: keep the keyboard focus
        // in the filters rather than let it fall back to the page.
        request_animation_frame(|| {
            if let Some(heading) = crate::browser::element("filters-heading") {
                crate::browser::focus_quietly(&heading);
            }
        });
    };
    view! {
        <section class="filters" aria-labelledby="filters-heading">
            <h2 id="filters-heading" class="filters__heading" tabindex="-1">{say!(timeline.filter_heading)}</h2>
            <ChipGroup facet=Facet::Site label=say!(timeline.by_site)/>
            <ChipGroup facet=Facet::Theme label=say!(timeline.by_theme)/>
            <p class="filters__status" role="status">
                {shown_count}
                <Show when=active>
                    " "
                    <button type="button" class="link-button" on:click=clear>{say!(timeline.clear_filters)}</button>
                </Show>
            </p>
            <Show when=empty>
                <div class="filters__empty">
                    <p>{say!(timeline.nothing_matches)}</p>
                    <button type="button" class="button" on:click=clear>{say!(timeline.clear_filters)}</button>
                </div>
            </Show>
        </section>
    }
    .into_any()
}

/// One facet's chips: toggle buttons (`aria-pressed`) with counts.
#[component]
fn ChipGroup(facet: Facet, label: &'static str) -> impl IntoView {
    let timeline = use_timeline();
    let chips = move || {
        timeline.with_index(|index| {
            timeline
                .filters
                .with(|filters| filters.counts(index, facet))
        })
    };
    view! {
        <div class="chips" role="group" aria-label=label>
            <span class="chips__label" aria-hidden="true">{label}</span>
            {move || {
                chips()
                    .into_iter()
                    .map(|chip| {
                        let id = chip.id.clone();
                        let toggle = move |_| {
                            let next = timeline.filters.with_untracked(|filters| filters.toggled(facet, &id));
                            timeline.set_filters(&next);
                        };
                        view! {
                            <button
                                type="button"
                                class="chip"
                                aria-pressed=if chip.active { "true" } else { "false" }
                                on:click=toggle
                            >
                                <span class="chip__label" lang=content_lang()>{chip.label}</span>
                                " "
                                <span class="chip__count">{say!(timeline.count_in_brackets(chip.count))}</span>
                            </button>
                        }
                    })
                    .collect_view()
            }}
        </div>
    }
}
