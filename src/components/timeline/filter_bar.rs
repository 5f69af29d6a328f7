use super::TimelineContext;
use crate::browser::{element, elements_in, focus_quietly, listen};
use crate::logic::timeline::{Facet, TimelineFilters};
use crate::say;
use crate::ui_text::content_lang;
use leptos::prelude::*;

/// Toggle chips for sites and themes, each with its count; says so when
/// nothing passes and offers to clear the filters. A page of a long
/// timeline lists only some of its events (`TimelineWindow`), which
/// filters would count and narrow as if they were all: it has none.
///
/// Prerendered for the page's address; [`drive_filter_bar`] answers it.
#[component]
pub fn FilterBar(timeline: TimelineContext) -> impl IntoView {
    if !timeline.with_index(|index| index.window.is_whole()) {
        return ().into_any();
    }
    let active = !timeline.filters.with_untracked(TimelineFilters::is_empty);
    let empty = timeline.visible_ids.with_untracked(Vec::is_empty);
    view! {
        <section class="filters" aria-labelledby=HEADING_ID>
            <h2 id=HEADING_ID class="filters__heading" tabindex="-1">{say!(timeline.filter_heading)}</h2>
            <ChipGroup timeline facet=Facet::Site label=say!(timeline.by_site)/>
            <ChipGroup timeline facet=Facet::Theme label=say!(timeline.by_theme)/>
            <p class="filters__status" role="status">
                <span class="filters__shown">{shown_count(timeline)}</span>
                " "
                <button type="button" class="link-button" data-clear-filters hidden=!active>
                    {say!(timeline.clear_filters)}
                </button>
            </p>
            <div class="filters__empty" hidden=!empty>
                <p>{say!(timeline.nothing_matches)}</p>
                <button type="button" class="button" data-clear-filters>{say!(timeline.clear_filters)}</button>
            </div>
        </section>
    }
    .into_any()
}

const HEADING_ID: &str = "filters-heading";

/// One facet's chips: toggle buttons (`aria-pressed`) with counts.
#[component]
fn ChipGroup(timeline: TimelineContext, facet: Facet, label: &'static str) -> impl IntoView {
    let chips = timeline.with_index(|index| {
        timeline
            .filters
            .with_untracked(|filters| filters.counts(index, facet))
    });
    view! {
        <div class="chips" role="group" aria-label=label>
            <span class="chips__label" aria-hidden="true">{label}</span>
            {chips
                .into_iter()
                .map(|chip| {
                    view! {
                        <button
                            type="button"
                            class="chip"
                            data-facet=facet_key(facet)
                            data-chip=chip.id
                            aria-pressed=if chip.active { "true" } else { "false" }
                        >
                            <span class="chip__label" lang=content_lang()>{chip.label}</span>
                            " "
                            <span class="chip__count">{say!(timeline.count_in_brackets(chip.count))}</span>
                        </button>
                    }
                })
                .collect_view()}
        </div>
    }
}

fn facet_key(facet: Facet) -> &'static str {
    match facet {
        Facet::Site => "site",
        Facet::Theme => "theme",
    }
}

/// "Showing 4 of 10 events".
fn shown_count(timeline: TimelineContext) -> String {
    say!(timeline.showing(
        timeline.visible_ids.with(Vec::len),
        timeline.with_index(|index| index.events.len()),
    ))
}

/// Answers the page's [`FilterBar`]: a chip toggles its filter, and the
/// chips' counts and states, the count shown, the "clear" buttons and the
/// "nothing matches" note follow the filters (which the address holds).
pub fn drive_filter_bar(timeline: TimelineContext) {
    let Some(section) = element(HEADING_ID).and_then(|heading| heading.parent_element()) else {
        return;
    };
    let chips = elements_in(&section, "button[data-chip]");
    for chip in &chips {
        let facet = match chip.get_attribute("data-facet").as_deref() {
            Some("theme") => Facet::Theme,
            _ => Facet::Site,
        };
        let id = chip.get_attribute("data-chip").unwrap_or_default();
        listen(chip, "click", move |_| {
            let next = timeline
                .filters
                .with_untracked(|filters| filters.toggled(facet, &id));
            timeline.set_filters(&next);
        });
    }
    let clear_buttons = elements_in(&section, "[data-clear-filters]");
    for button in &clear_buttons {
        listen(button, "click", move |_| {
            timeline.set_filters(&TimelineFilters::default());
            // The button goes away with the filters: keep the keyboard
            // focus in the filters rather than let it fall back to the page.
            request_animation_frame(|| {
                if let Some(heading) = element(HEADING_ID) {
                    focus_quietly(&heading);
                }
            });
        });
    }
    let shown = section.query_selector(".filters__shown").ok().flatten();
    let empty = section.query_selector(".filters__empty").ok().flatten();
    Effect::new(move |_| {
        for facet in [Facet::Site, Facet::Theme] {
            let counts = timeline.with_index(|index| {
                timeline
                    .filters
                    .with(|filters| filters.counts(index, facet))
            });
            let of_facet = chips.iter().filter(|chip| {
                chip.get_attribute("data-facet").as_deref() == Some(facet_key(facet))
            });
            for (chip, count) in of_facet.zip(counts) {
                let _ =
                    chip.set_attribute("aria-pressed", if count.active { "true" } else { "false" });
                if let Some(number) = chip.query_selector(".chip__count").ok().flatten() {
                    number.set_text_content(Some(&say!(timeline.count_in_brackets(count.count))));
                }
            }
        }
        if let Some(shown) = &shown {
            shown.set_text_content(Some(&shown_count(timeline)));
        }
        let active = !timeline.filters.with(TimelineFilters::is_empty);
        if let Some(inline) = clear_buttons.first() {
            let _ = inline.toggle_attribute_with_force("hidden", !active);
        }
        if let Some(empty) = &empty {
            let nothing = timeline.visible_ids.with(Vec::is_empty);
            let _ = empty.toggle_attribute_with_force("hidden", !nothing);
        }
    });
}
