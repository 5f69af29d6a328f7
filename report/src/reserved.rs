//! The element ids the app gives its own parts. Report ids become element
//! ids too (a passage is the target of its link, a question of its
//! address), so a report id must not be one of these: a passage called
//! `main` would take the skip link, one called `find-input` the find
//! field's label. Validation refuses them (`Rule::ReservedId`), and the
//! prerender tests check that every id on every page is a report id or
//! one of these.

/// Ids the app uses as they are.
pub const RESERVED_IDS: &[&str] = &[
    "app",
    "main",
    "find-input",
    "find-hint",
    "find-count",
    "reading-progress",
    "copy-status",
    "question-index",
    "question-index-hint",
    "event-pages-title",
    "filters-heading",
    "interview-name",
    "interviews-heading",
    "key-figures-heading",
    "edition-notice",
    "edition-notice-template",
    // The islands' data blocks (src/islands/data.rs); the timeline's has
    // the prefix below.
    "reader-data",
    "search-data",
];

/// The timeline names its list, options, phases and details with this
/// prefix (`timeline-option-<event>`).
pub const RESERVED_PREFIX: &str = "timeline-";

/// The app names parts after a report id with these endings
/// (`<question>-question` for its heading, `<interview>-card`,
/// `<article>-heading`).
pub const RESERVED_SUFFIXES: &[&str] = &["-question", "-card", "-heading"];

/// Whether the app may make an element with this id.
pub fn is_reserved(id: &str) -> bool {
    RESERVED_IDS.contains(&id)
        || id.starts_with(RESERVED_PREFIX)
        || RESERVED_SUFFIXES.iter().any(|suffix| id.ends_with(suffix))
}

#[cfg(test)]
mod tests {
    use super::is_reserved;

    #[test]
    fn the_apps_own_ids_are_reserved_and_ordinary_ids_are_not() {
        for id in [
            "main",
            "find-input",
            "timeline-option-x",
            "why-flins-question",
            "perez-card",
        ] {
            assert!(is_reserved(id), "{id}");
        }
        for id in [
            "why-flins",
            "timeline",
            "questions",
            "oppama-training",
            "main-site",
        ] {
            assert!(!is_reserved(id), "{id}");
        }
    }
}
