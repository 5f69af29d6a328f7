//! When to offer a newer build of the site (src/offline/).

/// Whether the page offers a new edition: a newer build is installed and
/// waiting, with pages of another edition than this page's (a deploy that
/// changed only the offline copy's worker, or a page already loaded from
/// the newer build, is no news), and the reader has not already said
/// "not now" in this tab.
pub fn offer_new_edition(waiting_edition: &str, page_edition: &str, dismissed: bool) -> bool {
    !waiting_edition.is_empty() && waiting_edition != page_edition && !dismissed
}

#[cfg(test)]
mod tests {
    use super::offer_new_edition;

    #[test]
    fn a_waiting_build_of_other_pages_is_offered() {
        assert!(offer_new_edition("b1", "a0", false));
    }

    #[test]
    fn a_waiting_build_of_the_same_pages_is_not_news() {
        assert!(!offer_new_edition("a0", "a0", false));
        assert!(!offer_new_edition("", "a0", false));
    }

    #[test]
    fn nothing_is_offered_after_not_now() {
        assert!(!offer_new_edition("b1", "a0", true));
    }
}
