//! Filters by site and theme, kept in the URL query as
//! `?site=flins,le-mans&theme=training`.

use super::index::{FacetLabel, IndexedEvent, TimelineIndex};
use crate::links::query_value;
use report::Event;
use std::collections::BTreeSet;

/// Which of an event's lists a filter looks at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Facet {
    /// `event.sites`, query key `site`.
    Site,
    /// `event.themes`, query key `theme`.
    Theme,
}

impl Facet {
    /// The query key that holds this facet's chosen ids.
    pub fn query_key(self) -> &'static str {
        match self {
            Facet::Site => "site",
            Facet::Theme => "theme",
        }
    }
}

/// What the filters test: the report's events (the prerendered list) and
/// the index's (the islands).
pub trait Faceted {
    fn facet_ids(&self, facet: Facet) -> &[String];
}

impl Faceted for Event {
    fn facet_ids(&self, facet: Facet) -> &[String] {
        match facet {
            Facet::Site => &self.sites,
            Facet::Theme => &self.themes,
        }
    }
}

impl Faceted for IndexedEvent {
    fn facet_ids(&self, facet: Facet) -> &[String] {
        match facet {
            Facet::Site => &self.sites,
            Facet::Theme => &self.themes,
        }
    }
}

/// The chosen sites and themes. An event passes when it has one of the
/// chosen sites (if any are chosen) and one of the chosen themes (if any).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TimelineFilters {
    sites: BTreeSet<String>,
    themes: BTreeSet<String>,
}

/// A chip: an id, its label and how many events it would show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FacetCount {
    /// The site or theme id.
    pub id: String,
    /// Its label for readers.
    pub label: String,
    /// Events with this id that also pass the other facet's filter.
    pub count: usize,
    /// Whether it is chosen.
    pub active: bool,
}

impl TimelineFilters {
    /// Reads the `site` and `theme` query values (comma-separated ids).
    /// Unknown ids are kept: they match nothing, and the page says so.
    pub fn from_query(site: Option<&str>, theme: Option<&str>) -> Self {
        let parse = |value: Option<&str>| {
            value
                .unwrap_or_default()
                .split(',')
                .map(str::trim)
                .filter(|id| !id.is_empty())
                .map(str::to_string)
                .collect()
        };
        Self {
            sites: parse(site),
            themes: parse(theme),
        }
    }

    /// The query string for these filters, with its `?`; empty when none.
    pub fn to_query(&self) -> String {
        let mut parts = Vec::new();
        for (facet, ids) in [(Facet::Site, &self.sites), (Facet::Theme, &self.themes)] {
            if !ids.is_empty() {
                let joined: Vec<String> = ids.iter().map(|id| query_value(id)).collect();
                parts.push(format!("{}={}", facet.query_key(), joined.join(",")));
            }
        }
        if parts.is_empty() {
            String::new()
        } else {
            format!("?{}", parts.join("&"))
        }
    }

    /// True when nothing is chosen.
    pub fn is_empty(&self) -> bool {
        self.sites.is_empty() && self.themes.is_empty()
    }

    /// Whether `id` is chosen in `facet`.
    pub fn is_active(&self, facet: Facet, id: &str) -> bool {
        self.chosen(facet).contains(id)
    }

    /// The same filters with `id` switched on or off in `facet`.
    pub fn toggled(&self, facet: Facet, id: &str) -> Self {
        let mut next = self.clone();
        let set = match facet {
            Facet::Site => &mut next.sites,
            Facet::Theme => &mut next.themes,
        };
        if !set.remove(id) {
            set.insert(id.to_string());
        }
        next
    }

    /// Whether `event` passes.
    pub fn matches(&self, event: &impl Faceted) -> bool {
        self.passes(Facet::Site, event) && self.passes(Facet::Theme, event)
    }

    /// The chips of `facet`, in the report's order, with counts that take
    /// the other facet's choice into account.
    pub fn counts(&self, index: &TimelineIndex, facet: Facet) -> Vec<FacetCount> {
        let labelled = match facet {
            Facet::Site => &index.sites,
            Facet::Theme => &index.themes,
        };
        let other = match facet {
            Facet::Site => Facet::Theme,
            Facet::Theme => Facet::Site,
        };
        labelled
            .iter()
            .map(|FacetLabel { id, label }| FacetCount {
                id: id.clone(),
                label: label.clone(),
                count: index
                    .events
                    .iter()
                    .filter(|event| {
                        event.facet_ids(facet).contains(id) && self.passes(other, *event)
                    })
                    .count(),
                active: self.is_active(facet, id),
            })
            .collect()
    }

    fn chosen(&self, facet: Facet) -> &BTreeSet<String> {
        match facet {
            Facet::Site => &self.sites,
            Facet::Theme => &self.themes,
        }
    }

    fn passes(&self, facet: Facet, event: &impl Faceted) -> bool {
        let chosen = self.chosen(facet);
        chosen.is_empty() || event.facet_ids(facet).iter().any(|id| chosen.contains(id))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use report::Report;

    fn report() -> Report {
        crate::bundled_report()
    }

    #[test]
    fn the_query_round_trips_and_ignores_empty_parts() {
        let filters = TimelineFilters::from_query(Some("le-mans,flins,"), Some(" training "));
        assert_eq!(filters.to_query(), "?site=flins,le-mans&theme=training");
        assert_eq!(TimelineFilters::from_query(None, Some("")).to_query(), "");
        assert!(TimelineFilters::from_query(None, None).is_empty());
        // An id the router hands back decoded is encoded again, so a `#` or
        // `&` in it cannot end the query.
        assert_eq!(
            TimelineFilters::from_query(Some("a#b"), Some("c&d")).to_query(),
            "?site=a%23b&theme=c%26d"
        );
    }

    #[test]
    fn toggling_adds_then_removes_a_choice() {
        let none = TimelineFilters::default();
        let oppama = none.toggled(Facet::Site, "oppama");
        assert!(oppama.is_active(Facet::Site, "oppama"));
        assert_eq!(oppama.toggled(Facet::Site, "oppama"), none);
    }

    #[test]
    fn sites_or_together_and_facets_and_together() {
        let report = report();
        let events = &report.timeline.events;
        let shown = |filters: &TimelineFilters| -> Vec<&str> {
            events
                .iter()
                .filter(|event| filters.matches(*event))
                .map(|event| event.id.as_str())
                .collect()
        };
        let oppama = TimelineFilters::from_query(Some("oppama"), None);
        assert_eq!(shown(&oppama), ["shared-processes", "oppama-training"]);
        let oppama_or_paris = TimelineFilters::from_query(Some("oppama,paris"), None);
        assert_eq!(
            shown(&oppama_or_paris),
            ["shared-processes", "oppama-training", "paris-motor-show"]
        );
        let oppama_training = TimelineFilters::from_query(Some("oppama"), Some("training"));
        assert_eq!(shown(&oppama_training), ["oppama-training"]);
        let unknown = TimelineFilters::from_query(Some("detroit"), None);
        assert!(shown(&unknown).is_empty());
    }

    #[test]
    fn chip_counts_follow_the_other_facet() {
        let report = report();
        let none = TimelineFilters::default();
        let sites = none.counts(&TimelineIndex::of(&report), Facet::Site);
        let oppama = sites.iter().find(|chip| chip.id == "oppama").unwrap();
        assert_eq!(
            (oppama.label.as_str(), oppama.count, oppama.active),
            ("Oppama", 2, false)
        );
        let training = TimelineFilters::from_query(None, Some("training"));
        let flins = training
            .counts(&TimelineIndex::of(&report), Facet::Site)
            .into_iter()
            .find(|chip| chip.id == "flins")
            .unwrap();
        assert_eq!(flins.count, 0, "no training event happened at Flins");
    }
}
