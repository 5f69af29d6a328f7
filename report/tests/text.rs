//! The report's words reach the reader word for word: report.json holds
//! every body sentence of the extract (tests/fixtures/extract.txt, a copy of
//! the primary source), exactly once, and no body text that is not in it.
//! Only whitespace is normalised; running heads and link text are skipped.

use std::fs;
use std::path::Path;

use report::{Report, TextRole};

/// Repeated by the page layout as a running head; once, at the top, it is the title.
const RUNNING_HEAD: &str = "The Renault-Nissan Alliance";
/// Lines of the extract that are layout, not text: link text and the footer.
const ARTEFACTS: [&str; 2] = ["read more", "Renault 2016-2017 Report annual"];

fn read(relative: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(relative);
    fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

fn report() -> Report {
    Report::from_json(&read("../public/data/report.json")).expect("report.json parses")
}

fn normalise(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn is_running_head(line: &str) -> bool {
    line.contains(RUNNING_HEAD) && line.replace(RUNNING_HEAD, "").trim().is_empty()
}

/// The extract's blocks (separated by blank lines) with layout lines
/// removed, the title kept once, and line breaks inside a block joined.
fn extract_blocks() -> Vec<String> {
    let extract = read("tests/fixtures/extract.txt");
    let mut kept = Vec::new();
    for (number, line) in extract.lines().enumerate() {
        let layout = (number > 0 && is_running_head(line)) || ARTEFACTS.contains(&line.trim());
        kept.push(if layout { "" } else { line });
    }
    kept.join("\n")
        .split("\n\n")
        .map(normalise)
        .filter(|block| !block.is_empty())
        .collect()
}

fn extract_body() -> String {
    extract_blocks().join(" ")
}

/// Splits after ".", "?" or "!" (and a closing quote) followed by a space.
fn sentences(block: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    let mut chars = block.chars().peekable();
    while let Some(c) = chars.next() {
        current.push(c);
        let ends = matches!(c, '.' | '?' | '!' | '”') && chars.peek() == Some(&' ');
        let after_terminator = c != '”'
            || current
                .chars()
                .rev()
                .nth(1)
                .is_some_and(|p| matches!(p, '.' | '?' | '!'));
        if ends && after_terminator {
            out.push(current.trim().to_owned());
            current.clear();
        }
    }
    if !current.trim().is_empty() {
        out.push(current.trim().to_owned());
    }
    out
}

/// The report's own words in the printed reading order. The layout this
/// encodes: each interview is followed by one "read more" teaser, a pull
/// quote stands after the answer it names, the key figures come last and
/// their numbers are not in the extract.
fn report_body(report: &Report) -> String {
    let mut parts: Vec<&str> = vec![&report.feature.title, &report.feature.headline];
    for article in &report.articles {
        parts.push(&article.heading);
        parts.extend(article.paragraphs.iter().map(|p| p.text.as_str()));
    }
    for (i, interview) in report.interviews.iter().enumerate() {
        parts.extend(interview.kicker.as_deref());
        parts.extend(interview.standfirst.as_deref());
        parts.push(&interview.headline);
        parts.extend(interview.label.as_deref());
        parts.extend(interview.credit.as_deref());
        parts.extend(interview.intro.as_ref().map(|p| p.text.as_str()));
        for question in &interview.questions {
            parts.push(&question.text);
            parts.extend(question.answer.speaker_label.as_deref());
            parts.extend(question.answer.paragraphs.iter().map(|p| p.text.as_str()));
            for quote in &report.pull_quotes {
                if quote.interview == interview.id && quote.after == question.id {
                    parts.push(&quote.text);
                }
            }
        }
        parts.extend(report.teasers.get(i).map(|t| t.text.as_str()));
    }
    for figure in &report.key_figures.figures {
        parts.extend(figure.lead.as_deref());
        parts.push(&figure.label);
    }
    normalise(&parts.join(" "))
}

#[test]
fn report_reads_as_the_extract_word_for_word() {
    let expected = extract_body();
    let actual = report_body(&report());
    if expected != actual {
        let (e, a): (Vec<char>, Vec<char>) = (expected.chars().collect(), actual.chars().collect());
        let at = e
            .iter()
            .zip(&a)
            .position(|(x, y)| x != y)
            .unwrap_or(e.len().min(a.len()));
        let context = |s: &[char]| -> String {
            s[at.saturating_sub(60)..(at + 60).min(s.len())]
                .iter()
                .collect()
        };
        panic!(
            "report.json departs from the extract at character {at}:\n extract: …{}…\n report:  …{}…",
            context(&e),
            context(&a)
        );
    }
}

#[test]
fn every_extract_sentence_appears_exactly_once() {
    let body = report_body(&report());
    let mut failures = Vec::new();
    for block in extract_blocks() {
        for sentence in sentences(&block) {
            let count = body.matches(sentence.as_str()).count();
            if count != 1 {
                failures.push(format!("{count}x: {sentence}"));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "sentences not found exactly once:\n{}",
        failures.join("\n")
    );
}

#[test]
fn every_report_text_field_comes_from_the_extract() {
    let extract = extract_body();
    let report = report();
    let strays: Vec<String> = report
        .texts()
        .into_iter()
        .filter(|field| field.role == TextRole::Report)
        .filter(|field| !extract.contains(&normalise(field.text)))
        .map(|field| format!("{}: {}", field.path, field.text))
        .collect();
    assert!(
        strays.is_empty(),
        "report text not in the extract:\n{}",
        strays.join("\n")
    );
}

#[test]
fn key_figure_words_are_the_extracts_without_the_lost_numbers() {
    let report = report();
    let words: Vec<&str> = report
        .key_figures
        .figures
        .iter()
        .flat_map(|f| f.lead.as_deref().into_iter().chain([f.label.as_str()]))
        .collect();
    let blocks = extract_blocks();
    let start = blocks
        .iter()
        .position(|b| b == "Alliance Renault-Nissan,")
        .expect("key figures");
    assert_eq!(normalise(&words.join(" ")), blocks[start..].join(" "));
    let values: Vec<&str> = report
        .key_figures
        .figures
        .iter()
        .filter_map(|f| f.value.as_ref())
        .map(|v| v.text.as_str())
        .collect();
    assert_eq!(values, ["18", "9.96", "424,797"]);
}

#[test]
fn typography_is_the_extracts() {
    let report = report();
    let teaser = &report.teasers[0].text;
    assert!(
        teaser.starts_with("Renault's Flins"),
        "the teaser's straight apostrophe is kept"
    );
    let quote = &report.pull_quotes[0].text;
    assert!(quote.starts_with("“In Europe’s") && quote.ends_with("purchase.”"));
    let body = report_body(&report);
    for c in ['é', '–', '—', '’', '“', '”', '€'] {
        assert_eq!(
            body.matches(c).count(),
            extract_body().matches(c).count(),
            "count of {c:?} differs from the extract"
        );
    }
}

#[test]
fn editorial_text_does_not_copy_report_sentences() {
    let report = report();
    let long_sentences: Vec<String> = extract_blocks()
        .iter()
        .flat_map(|b| sentences(b))
        .filter(|s| s.chars().count() > 40)
        .collect();
    for field in report.texts() {
        if field.role != TextRole::Editorial {
            continue;
        }
        for sentence in &long_sentences {
            assert!(
                !field.text.contains(sentence.as_str()),
                "{} copies a report sentence: {sentence}",
                field.path
            );
        }
    }
}

#[test]
fn sentence_splitter_keeps_quotes_and_headings_whole() {
    assert_eq!(
        sentences("“Cannot wait.” What next? Fine."),
        ["“Cannot wait.”", "What next?", "Fine."]
    );
    assert_eq!(sentences("Challenge met"), ["Challenge met"]);
}
