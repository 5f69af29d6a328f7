//! Passages: the pieces of the report's text that the timeline can cite and
//! the app can link to.

use super::report::Report;

/// Where a passage lives, so the UI can link to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PassageLocation<'a> {
    /// A paragraph of an article.
    Article {
        /// The article's id.
        article: &'a str,
    },
    /// The introduction of an interview.
    Intro {
        /// The interview's id.
        interview: &'a str,
    },
    /// A paragraph of an answer.
    Answer {
        /// The interview's id.
        interview: &'a str,
        /// The question's id.
        question: &'a str,
    },
    PullQuote {
        /// The id of the interview it quotes.
        interview: &'a str,
    },
    Teaser,
}

/// A citable piece of the report's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Passage<'a> {
    pub id: &'a str,
    /// Its text, word for word.
    pub text: &'a str,
    /// Where it lives.
    pub location: PassageLocation<'a>,
    /// JSON path of the object that holds it; the text is at `<path>.text`.
    pub path: String,
}

impl Report {
    /// Every passage, in document order: article paragraphs, then for each
    /// interview its intro and answer paragraphs, then pull quotes and teasers.
    pub fn passages(&self) -> impl Iterator<Item = Passage<'_>> + '_ {
        let mut out = Vec::new();
        for (a, article) in self.articles.iter().enumerate() {
            for (p, paragraph) in article.paragraphs.iter().enumerate() {
                out.push(Passage {
                    id: &paragraph.id,
                    text: &paragraph.text,
                    location: PassageLocation::Article {
                        article: &article.id,
                    },
                    path: format!("$.articles[{a}].paragraphs[{p}]"),
                });
            }
        }
        for (i, interview) in self.interviews.iter().enumerate() {
            if let Some(intro) = &interview.intro {
                out.push(Passage {
                    id: &intro.id,
                    text: &intro.text,
                    location: PassageLocation::Intro {
                        interview: &interview.id,
                    },
                    path: format!("$.interviews[{i}].intro"),
                });
            }
            for (q, question) in interview.questions.iter().enumerate() {
                for (p, paragraph) in question.answer.paragraphs.iter().enumerate() {
                    out.push(Passage {
                        id: &paragraph.id,
                        text: &paragraph.text,
                        location: PassageLocation::Answer {
                            interview: &interview.id,
                            question: &question.id,
                        },
                        path: format!("$.interviews[{i}].questions[{q}].answer.paragraphs[{p}]"),
                    });
                }
            }
        }
        for (i, quote) in self.pull_quotes.iter().enumerate() {
            out.push(Passage {
                id: &quote.id,
                text: &quote.text,
                location: PassageLocation::PullQuote {
                    interview: &quote.interview,
                },
                path: format!("$.pull_quotes[{i}]"),
            });
        }
        for (i, teaser) in self.teasers.iter().enumerate() {
            out.push(Passage {
                id: &teaser.id,
                text: &teaser.text,
                location: PassageLocation::Teaser,
                path: format!("$.teasers[{i}]"),
            });
        }
        out.into_iter()
    }

    /// The passage with this id, if any.
    pub fn passage(&self, id: &str) -> Option<Passage<'_>> {
        self.passages().find(|passage| passage.id == id)
    }
}
