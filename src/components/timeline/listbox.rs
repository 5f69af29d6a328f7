use super::TimelineContext;
use super::context::option_dom_id;
use super::event_list::EVENT_LIST_ID;
use crate::browser::{
    NARROW_SCREEN, closest_to_target, element, elements_in, listen, media_matches,
};
use crate::logic::timeline::{list_move, move_within};
use leptos::prelude::*;
use std::collections::HashSet;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, KeyboardEvent};

/// Keeps the prerendered [`EventList`](super::EventList) in step with the
/// timeline: the options the filters leave out, and phases left empty, are
/// hidden; the selected option is `aria-selected`; one option is the Tab
/// stop. Arrow keys, Home and End move the focus; Enter, Space or a click
/// select. The listeners sit on the list itself, never on the document.
///
/// Each change touches the attributes that change, so a move stays cheap
/// however many events the report has.
pub fn drive_event_list(timeline: TimelineContext) {
    // The list is outside the island; effects run once the page is in the
    // document, where they find it.
    let with_list = |act: &dyn Fn(&HtmlElement)| list_element().as_ref().map(act);

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
    Effect::new(move |_| {
        // A selection from the address (reload, back/forward) takes the tab stop.
        timeline.selected_id.track();
        focused.set(None);
    });

    Effect::new(move |_| {
        let visible: HashSet<String> = timeline.visible_ids.get().into_iter().collect();
        with_list(&|list| show_only(list, &visible));
    });
    Effect::new(move |_| {
        let stop = tab_stop.get();
        with_list(&|list| move_attribute(list, "tabindex", "0", "-1", stop.as_deref()));
    });
    Effect::new(move |_| {
        let selected = timeline.selected_id.get();
        with_list(&|list| {
            move_attribute(list, "aria-selected", "true", "false", selected.as_deref());
            if let Some(id) = selected.clone() {
                // Into the (horizontally scrolling) track, after a reload or
                // back/forward as after a click; after layout, so that
                // positions are final.
                let list = list.clone();
                request_animation_frame(move || reveal_option(&list, &id));
            }
        });
    });
    // Effects run in order: the list is now as the reader will see it (the
    // benchmark's end mark).
    Effect::new(|_| crate::perf::mark(crate::perf::TIMELINE_RENDERED));

    Effect::new(move |_| {
        let Some(list) = list_element() else {
            return;
        };
        listen(&list, "click", move |event| {
            let Some(id) = option_of(&event) else {
                return;
            };
            focused.set(Some(id.clone()));
            timeline.select(Some(&id));
            scroll_to_detail_on_narrow_screens();
        });
        listen(&list, "keydown", move |event| {
            let event: KeyboardEvent = event.unchecked_into();
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
                if let Some(option) = option_element(&id) {
                    let _ = option.focus();
                }
                focused.set(Some(id));
            }
        });
    });
}

fn list_element() -> Option<HtmlElement> {
    element(EVENT_LIST_ID)?.dyn_into().ok()
}

/// The event id of the option an event happened in.
fn option_of(event: &web_sys::Event) -> Option<String> {
    closest_to_target(event, "[role=option]")?
        .id()
        .strip_prefix(&option_dom_id(""))
        .map(str::to_string)
}

fn option_element(event_id: &str) -> Option<HtmlElement> {
    element(&option_dom_id(event_id))?.dyn_into().ok()
}

/// Hides the options whose event is not in `visible`, and the phases
/// left with none.
fn show_only(list: &HtmlElement, visible: &HashSet<String>) {
    for option in elements_in(list, "[role=option]") {
        let id = option.id();
        let event_id = id.strip_prefix(&option_dom_id("")).unwrap_or_default();
        set_hidden(&option, !visible.contains(event_id));
    }
    for group in elements_in(list, "[role=group]") {
        let empty = group
            .query_selector("[role=option]:not([hidden])")
            .ok()
            .flatten()
            .is_none();
        set_hidden(&group, empty);
    }
}

/// Gives attribute `name` the value `on` on the option of event `to` and
/// `off` on the one that had it.
fn move_attribute(list: &HtmlElement, name: &str, on: &str, off: &str, to: Option<&str>) {
    for option in elements_in(list, &format!("[{name}='{on}']")) {
        let _ = option.set_attribute(name, off);
    }
    if let Some(option) = to.and_then(option_element) {
        let _ = option.set_attribute(name, on);
    }
}

pub(super) fn set_hidden(element: &Element, hidden: bool) {
    let _ = element.toggle_attribute_with_force("hidden", hidden);
}

/// Scrolls the track sideways, and never the page, to centre an option
/// that is out of sight in the wide layout (the narrow layout does not
/// scroll sideways, so nothing moves there). `scrollIntoView` would also
/// scroll the page down to the option on a deep link.
fn reveal_option(list: &HtmlElement, event_id: &str) {
    let Some(option) = option_element(event_id) else {
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

/// An event's own address opens on its detail: on narrow screens, where the
/// detail sits below the whole list, the page is taken to it once the
/// islands run, unless the reader had already moved.
pub fn land_on_the_selected_event(timeline: TimelineContext) {
    let named = timeline.selected_id.get_untracked().is_some();
    if named && !crate::start::reader_moved_first() {
        scroll_to_detail_on_narrow_screens();
    }
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
