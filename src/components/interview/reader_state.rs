use crate::browser::{element, focus_quietly, scroll_to};
use crate::hooks::{
    Address, Announcer, ReadingPosition, use_address, use_announcer, use_fragment_landing,
    use_reading_position, use_shortcut,
};
use crate::links::question_path;
use crate::logic::interview::{ReaderIndex, Shortcut, citation, next_question, previous_question};
use leptos::prelude::*;
use web_sys::ScrollLogicalPosition;

/// What the parts of the reader share: the interview's questions and who
/// is quoted, which question is being read, and the live region. Question
/// sections have the question's id as element id, so scrolling and focus
/// find them by id.
#[derive(Clone, Copy)]
pub struct ReaderState {
    reader: StoredValue<ReaderIndex>,
    pub position: ReadingPosition,
    pub announcer: Announcer,
    /// The question id last scrolled to, so that a navigation this reader
    /// made itself is not scrolled twice.
    scrolled_to: StoredValue<Option<String>>,
    address: Address,
}

impl ReaderState {
    pub fn interview_id(&self) -> String {
        self.reader.with_value(|reader| reader.interview_id.clone())
    }

    pub fn question_path(&self, index: usize) -> Option<String> {
        self.reader.with_value(|reader| {
            let question = reader.question_ids.get(index)?;
            Some(question_path(&reader.interview_id, question))
        })
    }

    /// What "copy quote" copies: `quote` with who said it, the publication
    /// and `url`, the way back.
    pub fn citation(&self, quote: &str, url: &str) -> String {
        self.reader
            .with_value(|reader| citation(quote, &reader.interviewee, &reader.publication, url))
    }

    /// Scrolls to question `index`, gives it focus and puts its address in
    /// the address bar, replacing the current entry when `replace` (j and
    /// k, so that Back is not a list of key presses).
    pub fn go_to(&self, index: usize, replace: bool) {
        let Some(path) = self.question_path(index) else {
            return;
        };
        self.scroll_to_question(index, true);
        self.address.navigate(&path, replace);
    }

    fn next(&self) {
        if let Some(index) = next_question(self.position.current_untracked(), self.count()) {
            self.go_to(index, true);
        }
    }

    fn previous(&self) {
        if let Some(index) = previous_question(self.position.current_untracked(), self.count()) {
            self.go_to(index, true);
        }
    }

    fn count(&self) -> usize {
        self.reader.with_value(|reader| reader.question_ids.len())
    }

    fn id_of(&self, index: usize) -> Option<String> {
        self.reader
            .with_value(|reader| reader.question_ids.get(index).cloned())
    }

    pub fn question_index(&self, id: &str) -> Option<usize> {
        self.reader.with_value(|reader| reader.question_index(id))
    }

    fn scroll_to_question(&self, index: usize, smooth: bool) {
        let Some(id) = self.id_of(index) else {
            return;
        };
        self.position.hold(index);
        if let Some(section) = element(&id) {
            scroll_to(&section, ScrollLogicalPosition::Start, smooth);
            focus_quietly(&section);
        }
        self.scrolled_to.set_value(Some(id));
    }

    /// A fragment landing gave `focused` focus: when it is a question's
    /// section, the reader is at that question.
    fn landed_on(&self, focused: &web_sys::Element) {
        if let Some(index) = self.question_index(&focused.id()) {
            self.position.hold(index);
            self.scrolled_to.set_value(Some(focused.id()));
        }
    }
}

/// The state for reading `reader`'s interview, for the reader's drivers, kept
/// in step with the address and the window: the question in the address
/// (on load, reload, Back and Forward) or the passage its `#fragment`
/// names is scrolled to, and `j` and `k` move between questions.
pub fn start_reader_state(reader: ReaderIndex, question: Memo<Option<String>>) -> ReaderState {
    let section_ids = reader.question_ids.clone();
    let state = ReaderState {
        reader: StoredValue::new(reader),
        position: use_reading_position(section_ids),
        announcer: use_announcer(),
        scrolled_to: StoredValue::new(None),
        address: use_address(),
    };
    // A passage in an answer: reading goes on from its question.
    use_fragment_landing(Some("section.qa"), move |focused| state.landed_on(focused));
    use_shortcut(Shortcut::NextQuestion, move || state.next());
    use_shortcut(Shortcut::PreviousQuestion, move || state.previous());
    follow_the_address(state, question);
    state
}

fn follow_the_address(state: ReaderState, question: Memo<Option<String>>) {
    Effect::new(move |first: Option<()>| {
        let target = question.get();
        if first.is_none() {
            if crate::start::reader_moved_first() {
                // A prerendered page the reader had already moved in: stay there.
                state.scrolled_to.set_value(target);
                return;
            }
            if crate::browser::fragment_target().is_some() {
                // The fragment landing takes the reader to the passage.
                return;
            }
        }
        if target.is_some() && target == state.scrolled_to.get_value() {
            // This reader went there itself (a click, j or k).
            return;
        }
        match target.as_deref().and_then(|id| state.question_index(id)) {
            Some(index) => state.scroll_to_question(index, first.is_some()),
            None if first.is_some() => {
                // Back to the interview's own address: back to its start.
                state.scrolled_to.set_value(None);
                state.position.release();
                window().scroll_to_with_x_and_y(0.0, 0.0);
            }
            None => {}
        }
    });
}
