//! Checks that parsing cannot make: unique and well-formed ids, references
//! that resolve, quotes that match their passage, dates in order. Every
//! problem is reported at once, with a JSON path and a hint, so an author
//! fixes a file in one pass instead of one error per run.

use std::collections::HashMap;
use std::fmt;

use super::date::ReportDate;
use super::figures::FigureValue;
use super::items::{Item, ItemKind};
use super::report::Report;
use super::reserved::{RESERVED_IDS, RESERVED_PREFIX, RESERVED_SUFFIXES, is_reserved};
use super::source::SourceRef;

/// The rule a problem breaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Rule {
    /// Two items share an id.
    DuplicateId,
    IdNotKebabCase,
    /// A text field is empty or only whitespace.
    EmptyText,
    /// An article or answer without paragraphs, an interview without questions.
    EmptyList,
    /// A reference names no item, or an item of the wrong kind.
    MissingReference,
    /// A source's quote is not in the passage it cites.
    QuoteNotInPassage,
    /// A phase or event is listed after one it certainly precedes.
    OutOfOrder,
    /// An event's date is not inside its phase's span.
    OutsidePhase,
    /// An event has no source.
    MissingSource,
    /// A key-figure value's `restored` flag does not match its source.
    RestoredFlag,
    /// An id the app gives one of its own elements (`main`, `timeline-…`).
    ReservedId,
    /// A link that is not an `https:` or `http:` address.
    UnsafeUrl,
    /// `source.language` is not a BCP 47 language tag.
    LanguageTag,
}

impl Rule {
    /// A short stable name, shown in brackets after each message.
    pub fn code(self) -> &'static str {
        match self {
            Rule::DuplicateId => "duplicate-id",
            Rule::IdNotKebabCase => "id-not-kebab-case",
            Rule::EmptyText => "empty-text",
            Rule::EmptyList => "empty-list",
            Rule::MissingReference => "missing-reference",
            Rule::QuoteNotInPassage => "quote-not-in-passage",
            Rule::OutOfOrder => "out-of-order",
            Rule::OutsidePhase => "outside-phase",
            Rule::MissingSource => "missing-source",
            Rule::RestoredFlag => "restored-flag",
            Rule::ReservedId => "reserved-id",
            Rule::UnsafeUrl => "unsafe-url",
            Rule::LanguageTag => "language-tag",
        }
    }
}

/// One thing wrong with a report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Which rule.
    pub rule: Rule,
    /// JSON path of the offending value: `$.timeline.events[3].sources[0].quote`.
    pub path: String,
    /// What is wrong.
    pub message: String,
    /// How an author can fix it.
    pub hint: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: {} [{}]\n  hint: {}",
            self.path,
            self.message,
            self.rule.code(),
            self.hint
        )
    }
}

/// Whether `id` is lower-case words of a-z and 0-9 joined by single hyphens.
pub fn is_kebab_case(id: &str) -> bool {
    !id.is_empty()
        && id.split('-').all(|word| {
            !word.is_empty()
                && word
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// Whether `url` is an `https:` or `http:` address with a host: what a
/// reader's browser opens as a page, never a script (`javascript:`) or a
/// document made of the link itself (`data:`).
pub fn is_web_address(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"));
    rest.is_some_and(|rest| {
        let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
        !host.is_empty() && !url.chars().any(char::is_whitespace)
    })
}

/// A kebab-case id close to `text`, to suggest in hints.
fn kebab_suggestion(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        let c = match c {
            'à' | 'â' | 'ä' | 'á' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'î' | 'ï' | 'í' => 'i',
            'ô' | 'ö' | 'ó' => 'o',
            'ù' | 'û' | 'ü' | 'ú' => 'u',
            'ç' => 'c',
            c => c,
        };
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let trimmed = out.trim_end_matches('-');
    if trimmed.is_empty() {
        "why-flins".into()
    } else {
        trimmed.into()
    }
}

fn plural(kind: ItemKind) -> String {
    format!("{}s", kind.describe())
}

/// Start of a passage, for hints; cut on a character boundary.
fn opening(text: &str) -> String {
    let mut chars = text.chars();
    let head: String = chars.by_ref().take(60).collect();
    if chars.next().is_some() {
        format!("{head}…")
    } else {
        head
    }
}

/// The most ids a hint lists; more are counted ("and 12 more").
pub const HINT_IDS: usize = 20;
/// The most problems the app and `check-report` show; more are counted.
pub const SHOWN_PROBLEMS: usize = 100;

/// The problems to show of `problems`, and how many more there are.
pub fn shown_problems(problems: &[Problem]) -> (&[Problem], usize) {
    let shown = problems.len().min(SHOWN_PROBLEMS);
    (&problems[..shown], problems.len() - shown)
}

struct Validator<'a> {
    report: &'a Report,
    items: Vec<Item<'a>>,
    /// Into `items`, the first with each id: lookups stay constant-time,
    /// so checking is linear in the report's size.
    by_id: HashMap<&'a str, usize>,
    /// Each passage's text by its id (the first with it).
    passages: HashMap<&'a str, &'a str>,
    /// The ids of each kind, as hints list them.
    known: HashMap<ItemKind, String>,
    problems: Vec<Problem>,
}

impl<'a> Validator<'a> {
    fn problem(&mut self, rule: Rule, path: String, message: String, hint: String) {
        self.problems.push(Problem {
            rule,
            path,
            message,
            hint,
        });
    }

    fn find(&self, id: &str) -> Option<&Item<'a>> {
        self.by_id.get(id).map(|index| &self.items[*index])
    }

    /// "known sites: "flins", "oppama"", at most [`HINT_IDS`] of them.
    fn known(&mut self, kind: ItemKind) -> String {
        if let Some(known) = self.known.get(&kind) {
            return known.clone();
        }
        let mut ids = self.items.iter().filter(|item| item.kind == kind);
        let listed: Vec<String> = ids
            .by_ref()
            .take(HINT_IDS)
            .map(|item| format!("\"{}\"", item.id))
            .collect();
        let more = ids.count();
        let known = if listed.is_empty() {
            format!("the report has no {} yet", plural(kind))
        } else if more > 0 {
            format!(
                "known {}: {} and {more} more",
                plural(kind),
                listed.join(", ")
            )
        } else {
            format!("known {}: {}", plural(kind), listed.join(", "))
        };
        self.known.insert(kind, known.clone());
        known
    }

    fn ids(&mut self) {
        let mut first: HashMap<&str, (ItemKind, String)> = HashMap::new();
        let items = self.items.clone();
        for item in items {
            if !is_kebab_case(item.id) {
                self.problem(
                    Rule::IdNotKebabCase,
                    format!("{}.id", item.path),
                    format!("the id \"{}\" is not kebab-case", item.id),
                    format!(
                        "use lower-case letters a-z, digits and single hyphens, e.g. \"{}\"",
                        kebab_suggestion(item.id)
                    ),
                );
            }
            if is_reserved(item.id) {
                self.problem(
                    Rule::ReservedId,
                    format!("{}.id", item.path),
                    format!("the id \"{}\" is one the app gives its own parts", item.id),
                    format!(
                        "choose another: ids may not be {}, start with \"{RESERVED_PREFIX}\" or end with {}",
                        RESERVED_IDS.join(", "),
                        RESERVED_SUFFIXES.join(", ")
                    ),
                );
            }
            if let Some((kind, path)) = first.get(item.id) {
                let message = format!(
                    "the id \"{}\" is already used by the {} at {}",
                    item.id,
                    kind.describe(),
                    path
                );
                self.problem(
                    Rule::DuplicateId,
                    format!("{}.id", item.path),
                    message,
                    "ids are unique across the whole report, because the app's URLs point at them; rename one (and the references to it)".into(),
                );
            } else {
                first.insert(item.id, (item.kind, item.path.clone()));
            }
        }
    }

    fn texts(&mut self) {
        for field in self.report.texts() {
            if field.text.trim().is_empty() {
                self.problem(
                    Rule::EmptyText,
                    field.path,
                    "the text is empty".into(),
                    "write the text; an optional field (intro, note, a phase summary...) can be left out instead".into(),
                );
            }
        }
    }

    fn language(&mut self) {
        let tag = &self.report.source.language;
        if !tag.trim().is_empty() && !super::language::is_language_tag(tag) {
            self.problem(
                Rule::LanguageTag,
                "$.source.language".into(),
                format!("\"{}\" is not a language tag", opening(tag)),
                "write the language as a BCP 47 tag, the way a page's lang attribute takes it: \"en\", \"fr\", \"en-GB\", \"pt-BR\"".into(),
            );
        }
    }

    fn lists(&mut self) {
        let report = self.report;
        for (a, article) in report.articles.iter().enumerate() {
            if article.paragraphs.is_empty() {
                self.problem(
                    Rule::EmptyList,
                    format!("$.articles[{a}].paragraphs"),
                    format!("article \"{}\" has no paragraphs", article.id),
                    "add its paragraphs, or remove the article".into(),
                );
            }
        }
        for (i, interview) in report.interviews.iter().enumerate() {
            if interview.questions.is_empty() {
                self.problem(
                    Rule::EmptyList,
                    format!("$.interviews[{i}].questions"),
                    format!("interview \"{}\" has no questions", interview.id),
                    "add at least one question with its answer, or remove the interview".into(),
                );
            }
            for (q, question) in interview.questions.iter().enumerate() {
                if question.answer.paragraphs.is_empty() {
                    self.problem(
                        Rule::EmptyList,
                        format!("$.interviews[{i}].questions[{q}].answer.paragraphs"),
                        format!("answer \"{}\" has no paragraphs", question.answer.id),
                        "add the answer's paragraphs".into(),
                    );
                }
            }
        }
    }

    /// Checks that `id`, written at `path`, names an item of kind `expected`.
    fn reference(&mut self, path: String, id: &str, expected: ItemKind) {
        let found = self.find(id).map(|item| item.kind);
        let message = match found {
            Some(kind) if kind == expected => return,
            Some(kind) => format!(
                "\"{id}\" is {}, not {}",
                kind.with_article(),
                expected.with_article()
            ),
            None => format!("there is no {} with the id \"{id}\"", expected.describe()),
        };
        let hint = self.known(expected);
        self.problem(Rule::MissingReference, path, message, hint);
    }

    fn references(&mut self) {
        let report = self.report;
        for (i, teaser) in report.teasers.iter().enumerate() {
            if self.find(&teaser.target).is_none() {
                self.problem(
                    Rule::MissingReference,
                    format!("$.teasers[{i}].target"),
                    format!(
                        "the teaser leads to \"{}\", which is not an id in the report",
                        teaser.target
                    ),
                    "use the id of an interview, an article, \"key-figures\" or another item"
                        .into(),
                );
            }
        }
        for (i, interview) in report.interviews.iter().enumerate() {
            if let Some(site) = &interview.interviewee.site {
                self.reference(
                    format!("$.interviews[{i}].interviewee.site"),
                    site,
                    ItemKind::Site,
                );
            }
        }
        for (i, quote) in report.pull_quotes.iter().enumerate() {
            let path = format!("$.pull_quotes[{i}]");
            self.reference(
                format!("{path}.interview"),
                &quote.interview,
                ItemKind::Interview,
            );
            let Some(interview) = report.interviews.iter().find(|v| v.id == quote.interview) else {
                continue;
            };
            if !interview.questions.iter().any(|q| q.id == quote.after) {
                let ids: Vec<String> = interview
                    .questions
                    .iter()
                    .map(|q| format!("\"{}\"", q.id))
                    .collect();
                self.problem(
                    Rule::MissingReference,
                    format!("{path}.after"),
                    format!(
                        "\"{}\" is not a question of interview \"{}\"",
                        quote.after, interview.id
                    ),
                    format!(
                        "the quote stands after the answer to one of its interview's questions: {}",
                        ids.join(", ")
                    ),
                );
            }
        }
        for (i, event) in report.timeline.events.iter().enumerate() {
            let path = format!("$.timeline.events[{i}]");
            if let Some(phase) = &event.phase {
                self.reference(format!("{path}.phase"), phase, ItemKind::Phase);
            }
            for (k, site) in event.sites.iter().enumerate() {
                self.reference(format!("{path}.sites[{k}]"), site, ItemKind::Site);
            }
            for (k, theme) in event.themes.iter().enumerate() {
                self.reference(format!("{path}.themes[{k}]"), theme, ItemKind::Theme);
            }
            for (k, person) in event.people.iter().enumerate() {
                self.reference(format!("{path}.people[{k}]"), person, ItemKind::Interview);
            }
        }
    }

    fn source(&mut self, path: String, source: &SourceRef) {
        let cited = match source {
            SourceRef::Report(cited) => cited,
            SourceRef::External(external) => {
                if let Some(url) = &external.url
                    && !is_web_address(url)
                {
                    self.problem(
                        Rule::UnsafeUrl,
                        format!("{path}.url"),
                        format!("the url \"{}\" is not a web address", opening(url)),
                        "give the address a browser opens, starting with https:// (or http://)"
                            .into(),
                    );
                }
                return;
            }
        };
        let Some(passage_text) = self.passages.get(cited.passage.as_str()).copied() else {
            let message = match self.find(&cited.passage) {
                Some(item) => {
                    format!(
                        "\"{}\" is {}, not a passage",
                        cited.passage,
                        item.kind.with_article()
                    )
                }
                None => format!("there is no passage with the id \"{}\"", cited.passage),
            };
            self.problem(
                Rule::MissingReference,
                format!("{path}.passage"),
                message,
                "cite the id of a paragraph, an answer paragraph, an interview intro, a teaser or a pull quote".into(),
            );
            return;
        };
        if !cited.quote.trim().is_empty() && !passage_text.contains(&cited.quote) {
            self.problem(
                Rule::QuoteNotInPassage,
                format!("{path}.quote"),
                format!("the quote does not occur in passage \"{}\"", cited.passage),
                format!(
                    "copy the words exactly from the passage, with its apostrophes (’) and dashes; it begins \"{}\"",
                    opening(passage_text)
                ),
            );
        }
    }

    fn sources(&mut self) {
        let report = self.report;
        for (i, figure) in report.key_figures.figures.iter().enumerate() {
            if let Some(value) = &figure.value {
                let path = format!("$.key_figures.figures[{i}].value");
                self.restored_flag(&path, value);
                self.source(format!("{path}.source"), &value.source);
            }
        }
        for (i, phase) in report.timeline.phases.iter().enumerate() {
            for (s, source) in phase.sources.iter().enumerate() {
                self.source(format!("$.timeline.phases[{i}].sources[{s}]"), source);
            }
        }
        for (i, event) in report.timeline.events.iter().enumerate() {
            let path = format!("$.timeline.events[{i}]");
            if event.sources.is_empty() {
                self.problem(
                    Rule::MissingSource,
                    format!("{path}.sources"),
                    format!("event \"{}\" has no source", event.id),
                    "cite the report ({\"kind\": \"report\", \"passage\": ..., \"quote\": ...}) or a public source ({\"kind\": \"external\", ...}); every dated fact needs one".into(),
                );
            }
            for (s, source) in event.sources.iter().enumerate() {
                self.source(format!("{path}.sources[{s}]"), source);
            }
        }
    }

    fn restored_flag(&mut self, path: &str, value: &FigureValue) {
        let (message, hint) = match (&value.source, value.restored) {
            (SourceRef::Report(_), true) => (
                "a restored value must cite an external source",
                "the report's text lost this number, so say where it was found ({\"kind\": \"external\", ...}); if the report prints it, set \"restored\": false",
            ),
            (SourceRef::External(_), false) => (
                "a value taken from an external source must be marked restored",
                "set \"restored\": true, so readers can tell it from the report's words",
            ),
            _ => return,
        };
        self.problem(
            Rule::RestoredFlag,
            format!("{path}.restored"),
            message.into(),
            hint.into(),
        );
    }

    /// Flags an entry listed after one it certainly follows. Comparing with
    /// the latest start so far (not just the previous entry) catches
    /// misplacements hidden behind a loose date such as "2013/2016".
    fn order(&mut self, list: &str, kind: ItemKind, dates: Vec<(&str, ReportDate)>) {
        let mut latest: Option<(usize, &str, ReportDate)> = None;
        for (i, (id, date)) in dates.iter().enumerate() {
            if let Some((j, earlier_id, earlier)) = latest
                && date.certainly_before(&earlier)
            {
                self.problem(
                    Rule::OutOfOrder,
                    format!("$.timeline.{list}[{i}].date"),
                    format!(
                        "{} \"{id}\" ({}) happened before \"{earlier_id}\" ({}), which is listed earlier at $.timeline.{list}[{j}]",
                        kind.describe(),
                        date.canonical(),
                        earlier.canonical()
                    ),
                    format!(
                        "list {} in the order they happened; dates that may overlap, like \"2013/2016\" and \"late 2015\", can come in either order",
                        plural(kind)
                    ),
                );
            }
            if latest.is_none_or(|(_, _, earlier)| date.start() > earlier.start()) {
                latest = Some((i, id, *date));
            }
        }
    }

    fn dates(&mut self) {
        let timeline = &self.report.timeline;
        let phases = timeline
            .phases
            .iter()
            .map(|p| (p.id.as_str(), p.date))
            .collect();
        self.order("phases", ItemKind::Phase, phases);
        let events = timeline
            .events
            .iter()
            .map(|e| (e.id.as_str(), e.date))
            .collect();
        self.order("events", ItemKind::Event, events);
        for (i, event) in timeline.events.iter().enumerate() {
            let Some(phase_id) = &event.phase else {
                continue;
            };
            let Some(phase) = timeline.phases.iter().find(|p| &p.id == phase_id) else {
                continue;
            };
            if !phase.date.contains(&event.date) {
                self.problem(
                    Rule::OutsidePhase,
                    format!("$.timeline.events[{i}].date"),
                    format!(
                        "event \"{}\" ({}) is outside its phase \"{}\" ({})",
                        event.id,
                        event.date.canonical(),
                        phase.id,
                        phase.date.canonical()
                    ),
                    format!(
                        "change the date or the phase; \"{}\" runs from {} to {}",
                        phase.date.canonical(),
                        phase.date.start(),
                        phase.date.end()
                    ),
                );
            }
        }
    }
}

impl Report {
    /// Every problem in the report, in a stable order; empty when valid.
    pub fn validate(&self) -> Vec<Problem> {
        let items = self.items();
        let mut by_id = HashMap::new();
        for (index, item) in items.iter().enumerate() {
            by_id.entry(item.id).or_insert(index);
        }
        let mut passages = HashMap::new();
        for passage in self.passages() {
            passages.entry(passage.id).or_insert(passage.text);
        }
        let mut validator = Validator {
            report: self,
            items,
            by_id,
            passages,
            known: HashMap::new(),
            problems: Vec::new(),
        };
        validator.ids();
        validator.texts();
        validator.language();
        validator.lists();
        validator.references();
        validator.sources();
        validator.dates();
        validator.problems
    }
}

#[cfg(test)]
mod tests {
    use super::{kebab_suggestion, opening};

    #[test]
    fn suggests_a_kebab_case_id() {
        assert_eq!(
            kebab_suggestion("Fruitful_Partnerships"),
            "fruitful-partnerships"
        );
        assert_eq!(kebab_suggestion("Nathalie Retourné"), "nathalie-retourne");
        assert_eq!(kebab_suggestion("--Why  Flins?--"), "why-flins");
        assert_eq!(
            kebab_suggestion("’’"),
            "why-flins",
            "falls back to an example"
        );
    }

    #[test]
    fn opening_cuts_on_characters_not_bytes() {
        let text = "é".repeat(70);
        assert_eq!(opening(&text), format!("{}…", "é".repeat(60)));
        assert_eq!(opening("short"), "short");
    }
}
