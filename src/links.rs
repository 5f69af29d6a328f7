//! Where each piece of the report lives in the app: the one place that
//! turns ids into in-app paths, so links from the timeline, teasers and
//! citations agree with the pages they point at.

use crate::model::{PassageLocation, Report};

/// The timeline, or one event on it: `/timeline/flins-chosen`.
pub fn event_path(event_id: Option<&str>) -> String {
    match event_id {
        Some(id) => format!("/timeline/{id}"),
        None => "/timeline".to_string(),
    }
}

/// An interview: `/interviews/catherine-perez`.
pub fn interview_path(interview_id: &str) -> String {
    format!("/interviews/{interview_id}")
}

/// One question of an interview: `/interviews/catherine-perez/why-flins`.
pub fn question_path(interview_id: &str, question_id: &str) -> String {
    format!("/interviews/{interview_id}/{question_id}")
}

/// The page that shows passage `id`, with the passage's element id as the
/// fragment: `/#recruitments-1`, `/interviews/catherine-perez/why-flins#why-flins-1`.
/// `None` when the report has no such passage.
pub fn passage_path(report: &Report, id: &str) -> Option<String> {
    let passage = report.passage(id)?;
    let page = match passage.location {
        PassageLocation::Article { .. } | PassageLocation::Teaser => "/".to_string(),
        PassageLocation::Intro { interview } | PassageLocation::PullQuote { interview } => {
            interview_path(interview)
        }
        PassageLocation::Answer {
            interview,
            question,
        } => question_path(interview, question),
    };
    Some(format!("{page}#{id}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passages_link_to_the_page_that_shows_them() {
        let report = Report::from_json(include_str!("../public/data/report.json")).unwrap();
        assert_eq!(
            passage_path(&report, "recruitments-1").as_deref(),
            Some("/#recruitments-1")
        );
        assert_eq!(
            passage_path(&report, "why-flins-1").as_deref(),
            Some("/interviews/catherine-perez/why-flins#why-flins-1")
        );
        assert_eq!(
            passage_path(&report, "nathalie-retourne-intro").as_deref(),
            Some("/interviews/nathalie-retourne#nathalie-retourne-intro")
        );
        assert_eq!(
            passage_path(&report, "flins-co-production").as_deref(),
            Some("/#flins-co-production")
        );
        assert_eq!(passage_path(&report, "no-such-passage"), None);
    }

    #[test]
    fn every_timeline_source_links_somewhere() {
        let report = Report::from_json(include_str!("../public/data/report.json")).unwrap();
        for event in &report.timeline.events {
            for source in &event.sources {
                if let crate::model::SourceRef::Report(cited) = source {
                    assert!(
                        passage_path(&report, &cited.passage).is_some(),
                        "{} cites {}",
                        event.id,
                        cited.passage
                    );
                }
            }
        }
        assert_eq!(event_path(Some("flins-chosen")), "/timeline/flins-chosen");
        assert_eq!(event_path(None), "/timeline");
    }
}
