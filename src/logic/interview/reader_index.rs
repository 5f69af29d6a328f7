//! What the reader's island needs of an interview, and no more: the text
//! itself is in the prerendered page, so the page carries only this as the
//! island's data (src/islands/data.rs).

use report::{Interviewee, Report};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReaderIndex {
    pub interview_id: String,
    /// In reading order; each is also its section's element id.
    pub question_ids: Vec<String>,
    /// Who is quoted, for "Copy quote".
    pub interviewee: Interviewee,
    pub publication: String,
}

impl ReaderIndex {
    /// For interview `index` of `report`.
    pub fn of(report: &Report, index: usize) -> Self {
        let interview = &report.interviews[index];
        Self {
            interview_id: interview.id.clone(),
            question_ids: interview
                .questions
                .iter()
                .map(|question| question.id.clone())
                .collect(),
            interviewee: interview.interviewee.clone(),
            publication: report.source.publication.clone(),
        }
    }

    pub fn question_index(&self, id: &str) -> Option<usize> {
        self.question_ids.iter().position(|known| known == id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_index_names_every_question_in_order_and_survives_the_page() {
        let report = crate::bundled_report();
        let index = ReaderIndex::of(&report, 0);
        let asked: Vec<&str> = report.interviews[0]
            .questions
            .iter()
            .map(|question| question.id.as_str())
            .collect();
        assert_eq!(index.question_ids, asked);
        assert_eq!(index.question_index(asked[1]), Some(1));
        assert_eq!(index.question_index("no-such-question"), None);
        let json = serde_json::to_string(&index).unwrap();
        assert_eq!(serde_json::from_str::<ReaderIndex>(&json).unwrap(), index);
    }
}
