//! Keyboard movement in the event list (WAI-ARIA listbox: arrows move the
//! focus, Home/End jump, Enter/Space select).

/// Where a key moves the focus.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListMove {
    /// The next event.
    Next,
    /// The previous event.
    Previous,
    /// The first event.
    First,
    /// The last event.
    Last,
}

/// The move for a `KeyboardEvent.key`, if it is one. Both arrow pairs work:
/// the list runs across on wide screens and down on narrow ones.
pub fn list_move(key: &str) -> Option<ListMove> {
    match key {
        "ArrowRight" | "ArrowDown" => Some(ListMove::Next),
        "ArrowLeft" | "ArrowUp" => Some(ListMove::Previous),
        "Home" => Some(ListMove::First),
        "End" => Some(ListMove::Last),
        _ => None,
    }
}

/// The index after `movement` from `current` in a list of `len` items.
/// Movement stops at the ends (no wrap), as in a listbox.
pub fn move_within(current: Option<usize>, movement: ListMove, len: usize) -> Option<usize> {
    if len == 0 {
        return None;
    }
    let last = len - 1;
    Some(match (movement, current) {
        (ListMove::First, _) | (ListMove::Next, None) => 0,
        (ListMove::Last, _) | (ListMove::Previous, None) => last,
        (ListMove::Next, Some(index)) => (index + 1).min(last),
        (ListMove::Previous, Some(index)) => index.saturating_sub(1).min(last),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arrows_home_and_end_are_moves_and_other_keys_are_not() {
        assert_eq!(list_move("ArrowDown"), Some(ListMove::Next));
        assert_eq!(list_move("ArrowRight"), Some(ListMove::Next));
        assert_eq!(list_move("ArrowUp"), Some(ListMove::Previous));
        assert_eq!(list_move("Home"), Some(ListMove::First));
        assert_eq!(list_move("End"), Some(ListMove::Last));
        assert_eq!(list_move("Enter"), None);
        assert_eq!(list_move("a"), None);
    }

    #[test]
    fn moves_stop_at_the_ends() {
        assert_eq!(move_within(Some(0), ListMove::Previous, 3), Some(0));
        assert_eq!(move_within(Some(2), ListMove::Next, 3), Some(2));
        assert_eq!(move_within(Some(1), ListMove::Next, 3), Some(2));
        assert_eq!(move_within(None, ListMove::Next, 3), Some(0));
        assert_eq!(move_within(Some(1), ListMove::Last, 3), Some(2));
        assert_eq!(
            move_within(Some(7), ListMove::Previous, 3),
            Some(2),
            "a stale index is brought back in range"
        );
        assert_eq!(move_within(Some(0), ListMove::First, 0), None);
    }
}
