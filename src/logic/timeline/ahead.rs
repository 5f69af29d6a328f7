/// How many steps ahead the way the reader goes: each detail is asked for
/// that many moves before it is shown. Three keep up with a reader who
/// holds a key down (a step every 33 ms, bench/timeline.md) when a page
/// takes 50 ms to come through the offline copy's worker; a step costs one
/// page's fetch however many are taken ahead.
const STEPS_AHEAD: isize = 3;

/// The positions, among the `listed` events the filters leave, whose
/// details are taken ahead of the reader at position `at`: a step either
/// way, and up to [`STEPS_AHEAD`] the way the reader is going (from
/// `previous`), so that stepping as fast as the keys repeat finds each
/// detail in the page. Nearest first; none past either end.
pub fn taken_ahead(listed: usize, at: usize, previous: Option<usize>) -> Vec<usize> {
    let step = |by: isize| {
        at.checked_add_signed(by)
            .filter(|&position| position < listed)
    };
    let going: isize = match previous {
        Some(previous) if previous < at => 1,
        Some(previous) if previous > at => -1,
        _ => 0,
    };
    let further = (2..=STEPS_AHEAD)
        .map(|steps| going * steps)
        .filter(|_| going != 0);
    [-1, 1]
        .into_iter()
        .chain(further)
        .filter_map(step)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::taken_ahead;

    #[test]
    fn a_first_selection_takes_one_step_either_way() {
        assert_eq!(taken_ahead(10, 4, None), [3, 5]);
        assert_eq!(taken_ahead(10, 4, Some(4)), [3, 5]);
    }

    #[test]
    fn stepping_takes_further_steps_the_way_the_reader_goes() {
        assert_eq!(taken_ahead(10, 4, Some(3)), [3, 5, 6, 7]);
        assert_eq!(taken_ahead(10, 4, Some(5)), [3, 5, 2, 1]);
        assert_eq!(taken_ahead(10, 4, Some(0)), [3, 5, 6, 7], "a jump forward");
    }

    #[test]
    fn nothing_is_taken_past_either_end() {
        assert_eq!(taken_ahead(10, 0, None), [1]);
        assert_eq!(taken_ahead(10, 9, Some(8)), [8]);
        assert_eq!(taken_ahead(10, 1, Some(2)), [0, 2]);
        assert_eq!(taken_ahead(10, 2, Some(3)), [1, 3, 0]);
        assert_eq!(taken_ahead(10, 8, Some(7)), [7, 9]);
        assert_eq!(taken_ahead(1, 0, None), Vec::<usize>::new());
    }
}
