//! The reader's single-key shortcuts, as plain data (tested natively):
//! `/` finds, `j` and `k` move between questions. They act only when focus
//! is not in a text field and no modifier is held, and can be switched off
//! in the display settings (WCAG 2.1.4).

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shortcut {
    /// Focus the find field.
    Find,
    NextQuestion,
    PreviousQuestion,
}

/// The shortcut for a `KeyboardEvent.key`, if any. `/` is accepted with
/// Shift, which some layouts need to type it; `J` and `K` (Shift held)
/// are not shortcuts.
pub fn shortcut(key: &str) -> Option<Shortcut> {
    match key {
        "/" => Some(Shortcut::Find),
        "j" => Some(Shortcut::NextQuestion),
        "k" => Some(Shortcut::PreviousQuestion),
        _ => None,
    }
}

/// Whether a key scrolls the page, so that the reader, not a link they
/// followed, now decides which question is current.
pub fn scrolls_the_page(key: &str) -> bool {
    matches!(
        key,
        "ArrowUp" | "ArrowDown" | "PageUp" | "PageDown" | "Home" | "End" | " "
    )
}

/// Whether an `<input type=…>` takes typed text, where letters must type
/// and not act as shortcuts (a checkbox or a radio button does not).
pub fn input_takes_text(input_type: &str) -> bool {
    matches!(
        input_type.to_ascii_lowercase().as_str(),
        "" | "text" | "search" | "email" | "url" | "tel" | "password" | "number"
    )
}

/// The question after `current` (the first when none is current yet);
/// `None` past the last.
pub fn next_question(current: Option<usize>, count: usize) -> Option<usize> {
    let next = current.map_or(0, |index| index + 1);
    (next < count).then_some(next)
}

/// The question before `current`; `None` before the first.
pub fn previous_question(current: Option<usize>, count: usize) -> Option<usize> {
    let index = current?.checked_sub(1)?;
    Some(index.min(count.checked_sub(1)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slash_j_and_k_are_shortcuts_and_other_keys_are_not() {
        assert_eq!(shortcut("/"), Some(Shortcut::Find));
        assert_eq!(shortcut("j"), Some(Shortcut::NextQuestion));
        assert_eq!(shortcut("k"), Some(Shortcut::PreviousQuestion));
        assert_eq!(shortcut("J"), None);
        assert_eq!(shortcut("Enter"), None);
    }

    #[test]
    fn text_inputs_keep_their_keys_and_toggles_do_not() {
        assert!(input_takes_text("search"));
        assert!(input_takes_text("TEXT"));
        assert!(input_takes_text(""));
        assert!(!input_takes_text("checkbox"));
        assert!(!input_takes_text("radio"));
    }

    #[test]
    fn next_and_previous_stop_at_the_ends() {
        assert_eq!(next_question(None, 3), Some(0));
        assert_eq!(next_question(Some(0), 3), Some(1));
        assert_eq!(next_question(Some(2), 3), None);
        assert_eq!(previous_question(Some(2), 3), Some(1));
        assert_eq!(previous_question(Some(0), 3), None);
        assert_eq!(previous_question(None, 3), None);
        assert_eq!(next_question(None, 0), None);
    }

    #[test]
    fn scrolling_keys_are_told_apart() {
        assert!(scrolls_the_page("PageDown"));
        assert!(scrolls_the_page(" "));
        assert!(!scrolls_the_page("j"));
    }
}
