//! Which timeline events cite an answer, so the reader can link to them.

use report::{Report, SourceRef};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CitingEvent {
    pub id: String,
    pub title: String,
}

/// The timeline events whose sources cite one of `paragraph_ids`, in the
/// timeline's order.
pub fn events_citing(report: &Report, paragraph_ids: &[&str]) -> Vec<CitingEvent> {
    report
        .timeline
        .events
        .iter()
        .filter(|event| {
            event.sources.iter().any(|source| {
                matches!(source, SourceRef::Report(cited) if paragraph_ids.contains(&cited.passage.as_str()))
            })
        })
        .map(|event| CitingEvent {
            id: event.id.clone(),
            title: event.title.clone(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_answer_links_to_the_events_that_cite_its_paragraphs() {
        let report = crate::bundled_report();
        let ids: Vec<String> = events_citing(&report, &["takeaways-1", "takeaways-2"])
            .into_iter()
            .map(|event| event.id)
            .collect();
        assert_eq!(ids, ["shared-processes"]);
        assert!(events_citing(&report, &["experience-gained-1"]).is_empty());
    }
}
