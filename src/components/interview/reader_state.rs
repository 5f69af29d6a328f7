use super::dom::{element, focus_find_field, focus_quietly, may_be_shortcut, scroll_to};
use crate::components::settings::use_reading_settings;
use crate::components::use_app_navigate;
use crate::links::question_path;
use crate::logic::interview::{
    Shortcut, next_question, previous_question, scrolls_the_page, shortcut,
};
use leptos::ev;
use leptos::prelude::*;
use std::time::Duration;
use web_sys::ScrollLogicalPosition;

/// How long a copy message stays on screen.
const STATUS_DURATION: Duration = Duration::from_secs(6);

/// What the parts of the reader share: which question is being read, how
/// far, the message in the live region, and how to go to a question.
///
/// Question sections have the question's id as element id, so scrolling
/// and focus find them by id.
#[derive(Clone, Copy)]
pub struct ReaderState {
    /// Index of the question being read; `None` above the first.
    pub current: RwSignal<Option<usize>>,
    /// How much of the page has been scrolled through, 0.0 to 1.0.
    pub progress: RwSignal<f64>,
    /// The message in the polite live region ("Link copied").
    pub status: RwSignal<String>,
    status_generation: StoredValue<u64>,
    /// The question a link or key took the reader to: it stays current
    /// while in view, even where the page cannot scroll it to the top.
    pinned: StoredValue<Option<usize>>,
    /// The question id last scrolled to, so a navigation this reader made
    /// itself is not scrolled twice.
    scrolled_to: StoredValue<Option<String>>,
    interview: StoredValue<String>,
    questions: StoredValue<Vec<String>>,
    navigate: Callback<(String, bool)>,
}

impl ReaderState {
    /// The state for reading interview `interview` with these question ids,
    /// provided to the parts below.
    pub fn provide(interview: String, questions: Vec<String>) -> Self {
        let navigate = use_app_navigate();
        let state = Self {
            current: RwSignal::new(None),
            progress: RwSignal::new(0.0),
            status: RwSignal::new(String::new()),
            status_generation: StoredValue::new(0),
            pinned: StoredValue::new(None),
            scrolled_to: StoredValue::new(None),
            interview: StoredValue::new(interview),
            questions: StoredValue::new(questions),
            navigate: Callback::new(move |(path, replace): (String, bool)| {
                navigate(&path, replace)
            }),
        };
        provide_context(state);
        state
    }

    /// The number of questions.
    pub fn question_count(&self) -> usize {
        self.questions.with_value(Vec::len)
    }

    /// The in-app path of question `index`.
    pub fn question_path(&self, index: usize) -> Option<String> {
        let id = self.questions.with_value(|ids| ids.get(index).cloned())?;
        Some(
            self.interview
                .with_value(|interview| question_path(interview, &id)),
        )
    }

    /// Takes the reader to question `index`: scrolls to it, gives it focus
    /// and puts its address in the address bar (replacing the current entry
    /// when `replace`, for j/k, so Back is not a list of key presses).
    pub fn go_to(&self, index: usize, replace: bool) {
        let Some(path) = self.question_path(index) else {
            return;
        };
        self.scroll_to_question(index, true);
        self.navigate.run((path, replace));
    }

    /// Goes to the next question (`j`).
    pub fn next(&self) {
        if let Some(index) = next_question(self.current.get_untracked(), self.question_count()) {
            self.go_to(index, true);
        }
    }

    /// Goes to the previous question (`k`).
    pub fn previous(&self) {
        if let Some(index) = previous_question(self.current.get_untracked(), self.question_count())
        {
            self.go_to(index, true);
        }
    }

    /// Shows `message` in the live region, then clears it. Cleared first,
    /// so the same message twice is announced twice.
    pub fn announce(&self, message: String) {
        // The clipboard answers asynchronously: the reader may be gone.
        let Some(generation) = self.status_generation.try_get_value().map(|last| last + 1) else {
            return;
        };
        self.status_generation.set_value(generation);
        self.status.set(String::new());
        let (status, generations) = (self.status, self.status_generation);
        request_animation_frame(move || {
            status.try_set(message);
        });
        set_timeout(
            move || {
                // Only the latest message is cleared, and not after the reader has gone.
                if generations.try_get_value() == Some(generation) {
                    status.try_set(String::new());
                }
            },
            STATUS_DURATION,
        );
    }

    /// The index of question `id`.
    fn index_of(&self, id: &str) -> Option<usize> {
        self.questions
            .with_value(|ids| ids.iter().position(|known| known == id))
    }

    /// Scrolls question `index` to the top and focuses it; it becomes current.
    fn scroll_to_question(&self, index: usize, smooth: bool) {
        let Some(id) = self.questions.with_value(|ids| ids.get(index).cloned()) else {
            return;
        };
        self.pinned.set_value(Some(index));
        self.current.set(Some(index));
        if let Some(section) = element(&id) {
            scroll_to(&section, ScrollLogicalPosition::Start, smooth);
            focus_quietly(&section);
        }
        self.scrolled_to.set_value(Some(id));
    }

    /// Lands on the fragment of the address (`#why-flins-1`) if it names
    /// an element of the page: scrolls to it, marks it, focuses its
    /// question. Returns whether it did.
    fn land_on_fragment(&self) -> bool {
        let hash = window().location().hash().unwrap_or_default();
        let Some(id) = hash.strip_prefix('#').filter(|id| !id.is_empty()) else {
            return false;
        };
        let Some(target) = element(id) else {
            return false;
        };
        let section = target.closest("section.qa").ok().flatten();
        if let Some(index) = section
            .as_ref()
            .and_then(|section| self.index_of(&section.id()))
        {
            self.pinned.set_value(Some(index));
            self.current.set(Some(index));
            self.scrolled_to
                .set_value(self.questions.with_value(|ids| ids.get(index).cloned()));
        }
        crate::components::browser::mark_target(&target);
        scroll_to(&target, ScrollLogicalPosition::Start, false);
        focus_quietly(section.as_ref().unwrap_or(&target));
        true
    }

    /// Works out which question is being read and how far the reader is,
    /// from where the sections are on screen.
    fn measure(&self) {
        if self.questions.try_with_value(|_| ()).is_none() {
            // A frame scheduled before the reader went away.
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
        if (self.progress.get_untracked() - progress).abs() > 0.002 {
            self.progress.set(progress);
        }

        let tops: Vec<Option<f64>> = self.questions.with_value(|ids| {
            ids.iter()
                .map(|id| element(id).map(|section| section.get_bounding_client_rect().top()))
                .collect()
        });
        if let Some(pinned) = self.pinned.get_value() {
            let still_in_view = element(&self.questions.with_value(|ids| ids[pinned].clone()))
                .map(|section| section.get_bounding_client_rect())
                .is_some_and(|rect| rect.bottom() > 0.0 && rect.top() < view_height);
            if still_in_view {
                return;
            }
            self.pinned.set_value(None);
        }
        // The question whose section has passed the upper third of the window.
        let threshold = view_height * 0.3;
        let mut current = tops
            .iter()
            .rposition(|top| top.is_some_and(|top| top <= threshold));
        // At the very bottom the last question may never reach that line.
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

    /// The reader chose where to be (scrolled by hand): the question a link
    /// took them to no longer holds.
    fn unpin(&self) {
        self.pinned.set_value(None);
    }
}

/// Keeps the reader in step with the address and the window: scrolls to the
/// question in the address (on load, on reload, on Back and Forward),
/// tracks the question being read and the progress as the page scrolls,
/// and answers `/`, `j` and `k`. Listeners live in effects and are removed
/// with the reader.
pub fn watch_reader(state: ReaderState, question: Memo<Option<String>>) {
    let settings = use_reading_settings();

    Effect::new(move |first: Option<()>| {
        let target = question.get();
        if first.is_none() && crate::start::reader_moved_first() {
            // A prerendered page the reader had already moved in: stay there.
            state.scrolled_to.set_value(target);
            return;
        }
        if first.is_none() && state.land_on_fragment() {
            return;
        }
        if target.is_some() && target == state.scrolled_to.get_value() {
            // This reader went there itself (a click, j or k).
            return;
        }
        match target.as_deref().and_then(|id| state.index_of(id)) {
            Some(index) => state.scroll_to_question(index, first.is_some()),
            None if first.is_some() => {
                // Back to the interview's own address: back to its start.
                state.scrolled_to.set_value(None);
                state.unpin();
                window().scroll_to_with_x_and_y(0.0, 0.0);
            }
            None => {}
        }
    });

    Effect::new(move |_| {
        let on_scroll = window_event_listener(ev::scroll, move |_| state.measure());
        let on_resize = window_event_listener(ev::resize, move |_| state.measure());
        let on_wheel = window_event_listener(ev::wheel, move |_| state.unpin());
        let on_touch = window_event_listener(ev::touchmove, move |_| state.unpin());
        let on_key = window_event_listener(ev::keydown, move |event| {
            if !may_be_shortcut(&event) {
                return;
            }
            if scrolls_the_page(&event.key()) {
                state.unpin();
                return;
            }
            if !settings.get_untracked().shortcuts {
                return;
            }
            match shortcut(&event.key()) {
                Some(Shortcut::Find) => {
                    event.prevent_default();
                    focus_find_field();
                }
                Some(Shortcut::NextQuestion) => {
                    event.prevent_default();
                    state.next();
                }
                Some(Shortcut::PreviousQuestion) => {
                    event.prevent_default();
                    state.previous();
                }
                None => {}
            }
        });
        request_animation_frame(move || state.measure());
        on_cleanup(move || {
            on_scroll.remove();
            on_resize.remove();
            on_wheel.remove();
            on_touch.remove();
            on_key.remove();
        });
    });
}

/// The reader state provided by [`ReaderState::provide`].
pub fn use_reader_state() -> Option<ReaderState> {
    use_context()
}
