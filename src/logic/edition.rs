//! When to offer a newer build of the site (src/offline/).

/// Whether the page offers a new edition: a newer build is installed and
/// waiting (`waiting`), this page was served by an older one
/// (`controlled`: on a first visit nothing controls the page, and the
/// build just installed is the one it shows), and the reader has not
/// already said "not now" in this tab.
pub fn offer_new_edition(waiting: bool, controlled: bool, dismissed: bool) -> bool {
    waiting && controlled && !dismissed
}

#[cfg(test)]
mod tests {
    use super::offer_new_edition;

    #[test]
    fn a_waiting_build_is_offered_to_a_page_an_older_build_served() {
        assert!(offer_new_edition(true, true, false));
    }

    #[test]
    fn the_first_visits_own_build_is_not_news() {
        assert!(!offer_new_edition(true, false, false));
        assert!(!offer_new_edition(false, false, false));
    }

    #[test]
    fn nothing_is_offered_without_a_waiting_build_or_after_not_now() {
        assert!(!offer_new_edition(false, true, false));
        assert!(!offer_new_edition(true, true, true));
    }
}
