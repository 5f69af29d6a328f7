use crate::browser::{element, listen_to_window, may_be_shortcut};
use crate::logic::interview::scrolls_the_page;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Which of a page's sections is being read, and how far through the page
/// the reader is, from where the sections are on screen.
#[derive(Clone, Copy)]
pub struct ReadingPosition {
    section_ids: StoredValue<Vec<String>>,
    /// `None` above the first section.
    current: RwSignal<Option<usize>>,
    /// 0.0 to 1.0.
    progress: RwSignal<f64>,
    /// The section a link or key took the reader to: it stays current
    /// while in view, even where the page cannot scroll it to the top.
    held: StoredValue<Option<usize>>,
}

impl ReadingPosition {
    pub fn current(&self) -> Option<usize> {
        self.current.get()
    }

    /// For event handlers, which must not subscribe.
    pub fn current_untracked(&self) -> Option<usize> {
        self.current.get_untracked()
    }

    pub fn progress(&self) -> f64 {
        self.progress.get()
    }

    /// The reader was taken to section `index`: it is current until they
    /// scroll away from it themselves.
    pub fn hold(&self, index: usize) {
        self.held.set_value(Some(index));
        self.current.set(Some(index));
    }

    /// The reader chose where to be (scrolled by hand): the section a link
    /// took them to no longer holds.
    pub fn release(&self) {
        self.held.set_value(None);
    }

    fn measure(&self) {
        if self.section_ids.is_disposed() {
            // A frame or an event that came just before the page went away.
            return;
        }
        let view_height = window()
            .inner_height()
            .ok()
            .and_then(|height| height.as_f64())
            .unwrap_or(0.0);
        let scroll_y = window().scroll_y().unwrap_or(0.0);
        let page_height = document()
            .document_element()
            .map_or(0.0, |root| f64::from(root.scroll_height()));
        let scrollable = page_height - view_height;
        let progress = if scrollable <= 1.0 {
            1.0
        } else {
            (scroll_y / scrollable).clamp(0.0, 1.0)
        };
        // Not for every pixel: the bar would re-render on each scroll event.
        if (self.progress.get_untracked() - progress).abs() > 0.002 {
            self.progress.set(progress);
        }

        let tops: Vec<Option<f64>> = self.section_ids.with_value(|ids| {
            ids.iter()
                .map(|id| element(id).map(|section| section.get_bounding_client_rect().top()))
                .collect()
        });
        if let Some(held) = self.held.get_value() {
            let still_in_view = self
                .section_ids
                .with_value(|ids| ids.get(held).and_then(|id| element(id)))
                .map(|section| section.get_bounding_client_rect())
                .is_some_and(|rect| rect.bottom() > 0.0 && rect.top() < view_height);
            if still_in_view {
                return;
            }
            self.release();
        }
        // The section whose top has passed the upper third of the window.
        let threshold = view_height * 0.3;
        let mut current = tops
            .iter()
            .rposition(|top| top.is_some_and(|top| top <= threshold));
        // At the very bottom the last section may never reach that line.
        let at_bottom = scroll_y > 0.0 && scroll_y + view_height >= page_height - 2.0;
        if at_bottom {
            current = tops
                .iter()
                .rposition(|top| top.is_some_and(|top| top < view_height))
                .or(current);
        }
        if self.current.get_untracked() != current {
            self.current.set(current);
        }
    }
}

/// Follows the elements with these ids, in reading order, as the window
/// scrolls and resizes; the listeners go with the component that called it.
pub fn use_reading_position(section_ids: Vec<String>) -> ReadingPosition {
    let position = ReadingPosition {
        section_ids: StoredValue::new(section_ids),
        current: RwSignal::new(None),
        progress: RwSignal::new(0.0),
        held: StoredValue::new(None),
    };
    listen_to_window("scroll", move |_| position.measure());
    listen_to_window("resize", move |_| position.measure());
    listen_to_window("wheel", move |_| position.release());
    listen_to_window("touchmove", move |_| position.release());
    listen_to_window("keydown", move |event| {
        let event: web_sys::KeyboardEvent = event.unchecked_into();
        if may_be_shortcut(&event) && scrolls_the_page(&event.key()) {
            position.release();
        }
    });
    // Once the page is laid out: where it opened may not be its top.
    Effect::new(move || request_animation_frame(move || position.measure()));
    position
}
