//! Searching both interviews from the list page, in plain Rust (tested
//! natively): one result per question (or introduction) with matches,
//! with an excerpt around the first.

use crate::logic::interview::conversation_blocks;
use crate::logic::search::{Excerpt, excerpt, find_folded, fold_query};
use report::Report;
use serde::{Deserialize, Serialize};

/// Characters of context either side of a result's first match.
const EXCERPT_CONTEXT: usize = 70;

/// A place in the interviews where the search matches.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchResult {
    /// Index of the interview in the report (and the search's list).
    pub interview: usize,
    /// Index of the question; `None` for the introduction.
    pub question: Option<usize>,
    pub matches: usize,
    /// The text around its first match.
    pub excerpt: Excerpt,
}

/// What the list page's search needs of an interview, and no more: the
/// page carries it as the search island's data (src/islands/data.rs).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SearchableInterview {
    pub id: String,
    /// The interviewee's.
    pub name: String,
    /// The introduction's element id, where a result in it leads.
    pub intro_id: Option<String>,
    pub questions: Vec<QuestionText>,
    /// In reading order: (index of the question, `None` for the
    /// introduction; the text word for word).
    pub blocks: Vec<(Option<usize>, String)>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuestionText {
    pub id: String,
    pub text: String,
}

impl SearchableInterview {
    /// Every interview of `report`, in its order.
    pub fn all(report: &Report) -> Vec<Self> {
        report
            .interviews
            .iter()
            .map(|interview| Self {
                id: interview.id.clone(),
                name: interview.interviewee.name.clone(),
                intro_id: interview.intro.as_ref().map(|intro| intro.id.clone()),
                questions: interview
                    .questions
                    .iter()
                    .map(|question| QuestionText {
                        id: question.id.clone(),
                        text: question.text.clone(),
                    })
                    .collect(),
                blocks: conversation_blocks(interview, &report.pull_quotes)
                    .into_iter()
                    .map(|block| (block.question, block.text))
                    .collect(),
            })
            .collect()
    }
}

/// Every place in `interviews` matching `query` (see
/// [`crate::logic::search`] for how), in reading order.
pub fn search_interviews(interviews: &[SearchableInterview], query: &str) -> Vec<SearchResult> {
    let folded = fold_query(query);
    if folded.is_empty() {
        return Vec::new();
    }
    let mut results: Vec<SearchResult> = Vec::new();
    for (index, interview) in interviews.iter().enumerate() {
        for (question, text) in &interview.blocks {
            let (question, text) = (*question, text.as_str());
            let ranges = find_folded(text, &folded);
            if ranges.is_empty() {
                continue;
            }
            match results.last_mut() {
                Some(last) if last.interview == index && last.question == question => {
                    last.matches += ranges.len();
                }
                _ => {
                    if let Some(excerpt) = excerpt(text, &ranges, EXCERPT_CONTEXT) {
                        results.push(SearchResult {
                            interview: index,
                            question,
                            matches: ranges.len(),
                            excerpt,
                        });
                    }
                }
            }
        }
    }
    results
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report() -> Vec<SearchableInterview> {
        SearchableInterview::all(&crate::bundled_report())
    }

    #[test]
    fn results_come_from_both_interviews_one_per_place_in_reading_order() {
        let report = report();
        let results = search_interviews(&report, "oppama");
        let places: Vec<(usize, Option<usize>, usize)> = results
            .iter()
            .map(|result| (result.interview, result.question, result.matches))
            .collect();
        // Catherine Perez's second answer; Nathalie Retourné's intro, first and second answers.
        assert_eq!(
            places,
            [
                (0, Some(1), 1),
                (0, Some(2), 1),
                (1, None, 1),
                (1, Some(0), 1),
                (1, Some(1), 1)
            ]
        );
        let first = &results[0].excerpt;
        assert_eq!(&first.text[first.ranges[0].clone()], "Oppama");
    }

    #[test]
    fn accents_and_quotes_are_ignored_and_a_blank_search_finds_nothing() {
        let report = report();
        let results = search_interviews(&report, "RETOURNE");
        assert_eq!(results[0].interview, 1);
        assert_eq!(results[0].question, None);
        assert!(!search_interviews(&report, "nissan's").is_empty());
        assert!(search_interviews(&report, "  ").is_empty());
    }
}
