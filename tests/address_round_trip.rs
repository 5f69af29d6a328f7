//! What the app writes into an address comes back unchanged when it is
//! read: the timeline's filters and a find term, whatever their text
//! (`#`, `&`, `%`, `+`, spaces, any script). A value written unencoded
//! would cut the address short (`?site=a#b` ends the query at `#`).
#![cfg(not(target_arch = "wasm32"))]

use micra_flins::links::{query_param, with_find};
use micra_flins::logic::timeline::TimelineFilters;
use proptest::prelude::*;

/// Filter ids as an address may bring them: any text without the comma
/// that separates them, nor the spaces the parser trims.
fn filter_id() -> impl Strategy<Value = String> {
    "[^,\\s]{1,12}"
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn filters_survive_the_trip_through_the_address(
        sites in proptest::collection::btree_set(filter_id(), 0..4),
        themes in proptest::collection::btree_set(filter_id(), 0..4),
    ) {
        let joined = |ids: &std::collections::BTreeSet<String>| {
            ids.iter().cloned().collect::<Vec<_>>().join(",")
        };
        let filters = TimelineFilters::from_query(Some(&joined(&sites)), Some(&joined(&themes)));
        let url = format!("/timeline/x{}#fragment", filters.to_query());
        let back = TimelineFilters::from_query(
            query_param(&url, "site").as_deref(),
            query_param(&url, "theme").as_deref(),
        );
        prop_assert_eq!(back, filters);
        prop_assert!(url.ends_with("#fragment"), "{}", url);
    }

    #[test]
    fn a_find_term_survives_the_trip_through_the_address(term in "\\PC{1,40}") {
        let url = with_find("/interviews/catherine-perez/why-flins#why-flins-1", &term);
        prop_assert!(url.ends_with("#why-flins-1"), "{}", url);
        prop_assert_eq!(query_param(&url, "find"), (!term.trim().is_empty()).then(|| term.trim().to_string()));
    }
}
