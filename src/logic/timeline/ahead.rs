/// The positions, among the `listed` events the filters leave, whose
/// details are taken ahead of the reader at position `at`: a step either
/// way, and a second step the way the reader is going (from `previous`),
/// so that stepping as fast as the keys repeat finds each detail in the
/// page. Nearest first; none past either end.
pub fn taken_ahead(listed: usize, at: usize, previous: Option<usize>) -> Vec<usize> {
    let step = |by: isize| {
        at.checked_add_signed(by)
            .filter(|&position| position < listed)
    };
    let going = match previous {
        Some(previous) if previous < at => Some(2),
        Some(previous) if previous > at => Some(-2),
        _ => None,
    };
    [step(-1), step(1), going.and_then(step)]
        .into_iter()
        .flatten()
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
    fn stepping_takes_a_second_step_the_way_the_reader_goes() {
        assert_eq!(taken_ahead(10, 4, Some(3)), [3, 5, 6]);
        assert_eq!(taken_ahead(10, 4, Some(5)), [3, 5, 2]);
        assert_eq!(taken_ahead(10, 4, Some(0)), [3, 5, 6], "a jump forward");
    }

    #[test]
    fn nothing_is_taken_past_either_end() {
        assert_eq!(taken_ahead(10, 0, None), [1]);
        assert_eq!(taken_ahead(10, 9, Some(8)), [8]);
        assert_eq!(taken_ahead(10, 1, Some(2)), [0, 2]);
        assert_eq!(taken_ahead(10, 8, Some(7)), [7, 9]);
        assert_eq!(taken_ahead(1, 0, None), Vec::<usize>::new());
    }
}
