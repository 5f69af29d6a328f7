//! Interviews: who speaks, the questions, the answers, and pull quotes.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::report::Paragraph;

/// One interview. Its id is also the id of the person interviewed, so the
/// timeline's `people` can point at it.
///
/// `headline` is the report's title for the interview. It reads like a
/// quote, but the report does not set it as the interviewee's words, so it
/// is kept as a headline, not as a pull quote.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Interview {
    /// Kebab-case id from the person's name: "catherine-perez".
    pub id: String,
    /// Who is interviewed (our structured data, not the report's words).
    pub interviewee: Interviewee,
    /// A section heading above the interview, word for word: "Challenge met".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kicker: Option<String>,
    /// A standfirst under the kicker, word for word.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub standfirst: Option<String>,
    /// The interview's headline, word for word.
    pub headline: String,
    /// The report's label, word for word with its dash: "— Interview with Catherine Perez".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// The credit line printed under the label, word for word.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credit: Option<String>,
    /// An introduction before the questions, word for word.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub intro: Option<Paragraph>,
    /// The questions and answers, in order; at least one.
    pub questions: Vec<Question>,
}

/// The person interviewed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Interviewee {
    /// Full name: "Nathalie Retourné".
    pub name: String,
    /// Job title.
    pub role: String,
    /// Employer: "Renault", "Nissan".
    pub organisation: String,
    /// Id of the site they work at, if one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub site: Option<String>,
}

/// A question and its answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Question {
    /// Kebab-case id: "why-flins".
    pub id: String,
    /// The question, word for word.
    pub text: String,
    pub answer: Answer,
}

/// An answer: one or more paragraphs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Answer {
    /// Kebab-case id: "why-flins-answer".
    pub id: String,
    /// The speaker's name as printed before the answer, word for word with
    /// its dash ("Catherine Perez —"); the report prints it before the first
    /// answer only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker_label: Option<String>,
    /// The paragraphs, word for word; ids like "why-flins-1".
    pub paragraphs: Vec<Paragraph>,
}

/// A quote the report sets apart, attributed and placed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PullQuote {
    /// Kebab-case id.
    pub id: String,
    /// The quote word for word, with the report's own quotation marks
    /// (“…”): the UI must not add a second pair.
    pub text: String,
    /// Id of the interview whose interviewee said it.
    pub interview: String,
    /// Id of the question (in that interview) after whose answer it stands.
    pub after: String,
}
