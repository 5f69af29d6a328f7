//! What the timeline's islands need of the report, and no more: the id,
//! title and facets of each event the page lists, in list order, the
//! facets' labels, and where the page's events sit in the whole timeline.
//! The page carries it as the island's data (src/islands/data.rs), so the
//! browser never parses the whole report.

use super::{TimelineFilters, TimelineWindow};
use report::Report;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TimelineIndex {
    /// The page's events in list order: phase by phase, then the events
    /// with no known phase.
    pub events: Vec<IndexedEvent>,
    /// Where they sit in the whole timeline.
    pub window: TimelineWindow,
    pub sites: Vec<FacetLabel>,
    pub themes: Vec<FacetLabel>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IndexedEvent {
    pub id: String,
    pub title: String,
    pub sites: Vec<String>,
    pub themes: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FacetLabel {
    pub id: String,
    pub label: String,
}

impl TimelineIndex {
    /// The index of the whole timeline, as a page of a short one has it.
    pub fn of(report: &Report) -> Self {
        Self::of_page(report, TimelineWindow::of(report, None))
    }

    /// The index of the events in `window`.
    pub fn of_page(report: &Report, window: TimelineWindow) -> Self {
        let events = window
            .events(report)
            .into_iter()
            .map(|event| IndexedEvent {
                id: event.id.clone(),
                title: event.title.clone(),
                sites: event.sites.clone(),
                themes: event.themes.clone(),
            })
            .collect();
        let label = |id: &String, label: &String| FacetLabel {
            id: id.clone(),
            label: label.clone(),
        };
        Self {
            events,
            window,
            sites: report
                .sites
                .iter()
                .map(|site| label(&site.id, &site.label))
                .collect(),
            themes: report
                .themes
                .iter()
                .map(|theme| label(&theme.id, &theme.label))
                .collect(),
        }
    }

    /// The ids of the events that pass `filters`, in list order.
    pub fn visible_ids(&self, filters: &TimelineFilters) -> Vec<String> {
        self.events
            .iter()
            .filter(|event| filters.matches(*event))
            .map(|event| event.id.clone())
            .collect()
    }

    pub fn event(&self, id: &str) -> Option<&IndexedEvent> {
        self.events.iter().find(|event| event.id == id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_index_lists_every_event_in_the_order_the_list_shows() {
        let report = crate::bundled_report();
        let index = TimelineIndex::of(&report);
        let listed: Vec<String> =
            crate::logic::timeline::group_by_phase(&report, &TimelineFilters::default())
                .iter()
                .flat_map(|group| group.events.iter().map(|event| event.id.clone()))
                .collect();
        assert_eq!(index.visible_ids(&TimelineFilters::default()), listed);
        assert_eq!(index.events.len(), report.timeline.events.len());
        let chosen = index.event("flins-chosen").unwrap();
        assert_eq!(chosen.sites, ["flins"]);
    }

    #[test]
    fn filters_narrow_the_index_as_they_narrow_the_list() {
        let report = crate::bundled_report();
        let index = TimelineIndex::of(&report);
        let oppama = TimelineFilters::from_query(Some("oppama"), None);
        assert_eq!(
            index.visible_ids(&oppama),
            ["shared-processes", "oppama-training"]
        );
        assert!(
            index
                .visible_ids(&TimelineFilters::from_query(Some("detroit"), None))
                .is_empty()
        );
    }

    #[test]
    fn the_index_survives_the_trip_through_the_page() {
        let index = TimelineIndex::of(&crate::bundled_report());
        let json = serde_json::to_string(&index).unwrap();
        assert_eq!(serde_json::from_str::<TimelineIndex>(&json).unwrap(), index);
    }
}
