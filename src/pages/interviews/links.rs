//! The interviews' URL scheme. The id-to-path functions shared with the
//! rest of the app live in [`crate::links`] (re-exported here); this module
//! adds what only the interview pages need. All are in-app paths: give them
//! to [`AppLink`](crate::components::AppLink) or
//! [`SiteBase::href`](crate::components::SiteBase::href), which add the base
//! the site is hosted under.
//!
//! | address | shows |
//! | --- | --- |
//! | `/interviews` | the list of interviews |
//! | `/interviews?find=<words>` | the list, searching both interviews |
//! | `/interviews/<interview-id>` | one interview, from its start |
//! | `/interviews/<interview-id>/<question-id>` | the interview scrolled to that question, which gets focus |
//! | `/interviews/<interview-id>/<question-id>#<paragraph-id>` | the same, scrolled to that answer paragraph (marked for a moment) |
//! | `/interviews/<interview-id>#<element-id>` | the interview at its intro or a pull quote |
//! | any reader address with `?find=<words>` | the interview with find-in-text already searching |
//!
//! Ids are the report's: `catherine-perez`, `why-flins`, `why-flins-1`.
//! [`passage_path`] turns any passage id a timeline source cites into one
//! of these addresses.

pub use crate::links::{interview_path, interviews_path, passage_path, question_path};

/// One paragraph of an answer:
/// `/interviews/catherine-perez/why-flins#why-flins-1`.
pub fn paragraph_path(interview: &str, question: &str, paragraph: &str) -> String {
    format!("{}#{paragraph}", question_path(interview, question))
}

/// `path` with `?find=<query>` (percent-encoded) so the page opens
/// searching for it; `path` unchanged for an empty query.
pub fn with_find(path: &str, query: &str) -> String {
    let query = query.trim();
    if query.is_empty() {
        return path.to_string();
    }
    let (path, fragment) = match path.split_once('#') {
        Some((path, fragment)) => (path, format!("#{fragment}")),
        None => (path, String::new()),
    };
    format!("{path}?find={}{fragment}", percent_encode(query))
}

/// Encodes everything but unreserved URL characters, byte by byte of UTF-8.
fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(char::from(byte));
            }
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use report::Report;

    #[test]
    fn paths_follow_the_documented_scheme() {
        assert_eq!(interviews_path(), "/interviews");
        assert_eq!(
            paragraph_path("catherine-perez", "why-flins", "why-flins-1"),
            "/interviews/catherine-perez/why-flins#why-flins-1"
        );
    }

    #[test]
    fn every_answer_paragraph_has_a_question_address_with_its_fragment() {
        let report = Report::from_json(include_str!("../../../public/data/report.json")).unwrap();
        for interview in &report.interviews {
            for question in &interview.questions {
                for paragraph in &question.answer.paragraphs {
                    assert_eq!(
                        passage_path(&report, &paragraph.id),
                        Some(paragraph_path(&interview.id, &question.id, &paragraph.id))
                    );
                }
            }
        }
    }

    #[test]
    fn a_find_query_is_encoded_before_the_fragment() {
        assert_eq!(
            with_find("/interviews/catherine-perez/why-flins", "Nissan’s plant"),
            "/interviews/catherine-perez/why-flins?find=Nissan%E2%80%99s%20plant"
        );
        assert_eq!(
            with_find("/interviews/x#p", "a&b"),
            "/interviews/x?find=a%26b#p"
        );
        assert_eq!(with_find("/interviews", "  "), "/interviews");
    }
}
