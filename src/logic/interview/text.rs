//! The interview's text as the reader's tools need it, in plain Rust (no
//! web APIs, tested natively): the searchable pieces in reading order,
//! reading time, initials and the citation copied with a quote.

use crate::say;
use report::{Interview, Interviewee, PullQuote};

/// Reading speed behind "4 min read": an unhurried 200 words a minute.
const WORDS_PER_MINUTE: usize = 200;

/// One piece of text that find-in-text searches and highlights, in the
/// order the reader meets it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    /// Its place in reading order, by which find-in-text's matches name it.
    pub index: usize,
    /// What it is, and so where it is rendered.
    pub kind: BlockKind,
    /// Index of the question it belongs to; `None` for the introduction.
    pub question: Option<usize>,
    /// Word for word.
    pub text: String,
}

/// The ids are the element ids the text is rendered with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BlockKind {
    Intro(String),
    Question,
    /// The speaker's label printed before an answer.
    Speaker,
    /// An answer paragraph.
    Paragraph(String),
    /// A pull quote, placed after the question's answer.
    PullQuote(String),
}

/// Every piece of the conversation a reader can search, in reading order:
/// the intro, then for each question its text, speaker label, answer
/// paragraphs and the pull quotes the report places after it.
pub fn conversation_blocks(interview: &Interview, pull_quotes: &[PullQuote]) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut push = |kind, question, text: &str| {
        blocks.push(Block {
            index: blocks.len(),
            kind,
            question,
            text: text.to_string(),
        });
    };
    if let Some(intro) = &interview.intro {
        push(BlockKind::Intro(intro.id.clone()), None, &intro.text);
    }
    for (index, question) in interview.questions.iter().enumerate() {
        let at = Some(index);
        push(BlockKind::Question, at, &question.text);
        if let Some(label) = &question.answer.speaker_label {
            push(BlockKind::Speaker, at, label);
        }
        for paragraph in &question.answer.paragraphs {
            push(
                BlockKind::Paragraph(paragraph.id.clone()),
                at,
                &paragraph.text,
            );
        }
        for quote in pull_quotes_after(pull_quotes, &interview.id, &question.id) {
            push(BlockKind::PullQuote(quote.id.clone()), at, &quote.text);
        }
    }
    blocks
}

/// The pull quotes the report places after question `question` of
/// interview `interview`, in the report's order.
fn pull_quotes_after<'a>(
    pull_quotes: &'a [PullQuote],
    interview: &'a str,
    question: &'a str,
) -> impl Iterator<Item = &'a PullQuote> + 'a {
    pull_quotes
        .iter()
        .filter(move |quote| quote.interview == interview && quote.after == question)
}

/// Words in a text, as a reader counts them (runs between spaces).
fn word_count(text: &str) -> usize {
    text.split_whitespace().count()
}

/// Words a reader reads in an interview: intro, questions and answers.
pub fn interview_words(interview: &Interview) -> usize {
    let intro = interview
        .intro
        .as_ref()
        .map_or(0, |intro| word_count(&intro.text));
    let conversation: usize = interview
        .questions
        .iter()
        .map(|question| {
            word_count(&question.text)
                + question
                    .answer
                    .paragraphs
                    .iter()
                    .map(|paragraph| word_count(&paragraph.text))
                    .sum::<usize>()
        })
        .sum();
    intro + conversation
}

/// Minutes to read `words` at `WORDS_PER_MINUTE`, rounded up, at least 1
/// (nobody reads anything in "0 min").
pub fn reading_minutes(words: usize) -> usize {
    words.div_ceil(WORDS_PER_MINUTE).max(1)
}

/// The initials shown on a portrait card: first letters of the first and
/// last names, upper case ("Nathalie Retourné" gives "NR").
pub fn initials(name: &str) -> String {
    let words: Vec<&str> = name.split_whitespace().collect();
    let first_letter = |word: &&str| word.chars().next();
    let mut initials = String::new();
    if let Some(first) = words.first().and_then(first_letter) {
        initials.extend(first.to_uppercase());
    }
    if words.len() > 1
        && let Some(last) = words.last().and_then(first_letter)
    {
        initials.extend(last.to_uppercase());
    }
    initials
}

/// The text copied by "copy quote": the quoted words (white space made
/// single, as a selection across paragraphs brings line breaks), who said
/// them, the publication and the link back.
pub fn citation(quote: &str, who: &Interviewee, publication: &str, url: &str) -> String {
    let quote = quote.split_whitespace().collect::<Vec<_>>().join(" ");
    say!(interviews.citation(
        &quote,
        &who.name,
        &who.role,
        &who.organisation,
        publication,
        url,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use report::Report;

    fn report() -> Report {
        crate::bundled_report()
    }

    #[test]
    fn reading_time_rounds_up_at_200_words_a_minute_and_is_at_least_one() {
        assert_eq!(reading_minutes(0), 1);
        assert_eq!(reading_minutes(1), 1);
        assert_eq!(reading_minutes(200), 1);
        assert_eq!(reading_minutes(201), 2);
        assert_eq!(reading_minutes(799), 4);
    }

    #[test]
    fn words_are_counted_in_the_intro_questions_and_answers() {
        let report = report();
        let nathalie = &report.interviews[1];
        let expected = word_count(&nathalie.intro.as_ref().unwrap().text)
            + nathalie
                .questions
                .iter()
                .map(|q| {
                    word_count(&q.text)
                        + q.answer
                            .paragraphs
                            .iter()
                            .map(|p| word_count(&p.text))
                            .sum::<usize>()
                })
                .sum::<usize>();
        assert_eq!(interview_words(nathalie), expected);
        assert_eq!(word_count("It is a  real opportunity"), 5);
    }

    #[test]
    fn blocks_follow_the_reading_order_with_pull_quotes_after_their_question() {
        let report = report();
        let catherine = &report.interviews[0];
        let blocks = conversation_blocks(catherine, &report.pull_quotes);
        let kinds: Vec<_> = blocks
            .iter()
            .map(|block| (block.question, block.kind.clone()))
            .collect();
        assert_eq!(kinds[0], (Some(0), BlockKind::Question));
        assert_eq!(kinds[1], (Some(0), BlockKind::Speaker));
        assert_eq!(
            kinds[2],
            (Some(0), BlockKind::Paragraph("why-flins-1".into()))
        );
        let quote = kinds
            .iter()
            .position(|(_, kind)| *kind == BlockKind::PullQuote("customers-cannot-wait".into()))
            .unwrap();
        assert_eq!(
            kinds[quote - 1],
            (
                Some(1),
                BlockKind::Paragraph("first-nissan-at-renault-1".into())
            )
        );
        let nathalie = conversation_blocks(&report.interviews[1], &report.pull_quotes);
        assert_eq!(
            nathalie[0].kind,
            BlockKind::Intro("nathalie-retourne-intro".into())
        );
        assert_eq!(nathalie[0].question, None);
        assert!(
            blocks
                .iter()
                .enumerate()
                .all(|(position, block)| block.index == position)
        );
    }

    #[test]
    fn initials_take_the_first_and_last_names() {
        assert_eq!(initials("Catherine Perez"), "CP");
        assert_eq!(initials("nathalie retourné"), "NR");
        assert_eq!(initials("Madonna"), "M");
        assert_eq!(initials("Jean Paul Émile Durand"), "JD");
        assert_eq!(initials(""), "");
    }

    #[test]
    fn a_citation_gives_the_words_the_speaker_the_report_and_the_link() {
        let who = Interviewee {
            name: "Catherine Perez".into(),
            role: "Vice-President, B Segment Program".into(),
            organisation: "Nissan".into(),
            site: None,
        };
        let text = citation(
            "  This project is much more\n\nthan a simple sharing of processes. ",
            &who,
            "Renault 2016-2017 Annual Report",
            "https://example.org/interviews/catherine-perez/takeaways",
        );
        assert_eq!(
            text,
            "“This project is much more than a simple sharing of processes.”\n\
             — Catherine Perez, Vice-President, B Segment Program, Nissan. \
             Renault 2016-2017 Annual Report.\n\
             https://example.org/interviews/catherine-perez/takeaways"
        );
    }
}
