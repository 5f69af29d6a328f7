//! Every text field of the report, labelled with whose words it holds. The
//! empty-text rule walks this list, and the word-for-word test checks that
//! the report's words, and only they, come from the extract.

use super::figures::FigureValue;
use super::report::Report;
use super::source::SourceRef;

/// Whose words a text field holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TextRole {
    /// The report's words, exactly as printed.
    Report,
    /// Words written for this edition: timeline titles, labels, notes.
    Editorial,
    /// Evidence: a quote or detail from a cited source, or a restored number.
    Citation,
}

/// One text field, where it is, and whose words it holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextField<'a> {
    /// JSON path of the field: `$.articles[0].paragraphs[0].text`.
    pub path: String,
    /// Whose words.
    pub role: TextRole,
    pub text: &'a str,
}

#[derive(Default)]
struct Texts<'a>(Vec<TextField<'a>>);

impl<'a> Texts<'a> {
    fn add(&mut self, path: String, role: TextRole, text: &'a str) {
        self.0.push(TextField { path, role, text });
    }

    fn add_opt(&mut self, path: String, role: TextRole, text: &'a Option<String>) {
        if let Some(text) = text {
            self.add(path, role, text);
        }
    }

    fn source(&mut self, path: String, source: &'a SourceRef) {
        use TextRole::Citation;
        match source {
            SourceRef::Report(s) => self.add(format!("{path}.quote"), Citation, &s.quote),
            SourceRef::External(s) => {
                self.add(format!("{path}.publisher"), Citation, &s.publisher);
                self.add_opt(format!("{path}.title"), Citation, &s.title);
                self.add(format!("{path}.detail"), Citation, &s.detail);
                self.add_opt(format!("{path}.quote"), Citation, &s.quote);
                self.add_opt(format!("{path}.url"), Citation, &s.url);
            }
        }
    }

    fn value(&mut self, path: String, value: &'a FigureValue) {
        self.add(format!("{path}.text"), TextRole::Citation, &value.text);
        self.source(format!("{path}.source"), &value.source);
    }
}

impl Report {
    /// Every text field, in document order (ids, references and dates are
    /// not text and are not listed).
    pub fn texts(&self) -> Vec<TextField<'_>> {
        use TextRole::{Editorial, Report as Body};
        let mut t = Texts::default();
        t.add(
            "$.source.publication".into(),
            Editorial,
            &self.source.publication,
        );
        t.add(
            "$.source.publisher".into(),
            Editorial,
            &self.source.publisher,
        );
        t.add("$.source.language".into(), Editorial, &self.source.language);
        t.add_opt("$.source.note".into(), Editorial, &self.source.note);
        t.add("$.feature.title".into(), Body, &self.feature.title);
        t.add("$.feature.headline".into(), Body, &self.feature.headline);
        for (a, article) in self.articles.iter().enumerate() {
            let path = format!("$.articles[{a}]");
            t.add(format!("{path}.heading"), Body, &article.heading);
            for (p, paragraph) in article.paragraphs.iter().enumerate() {
                t.add(
                    format!("{path}.paragraphs[{p}].text"),
                    Body,
                    &paragraph.text,
                );
            }
        }
        for (i, interview) in self.interviews.iter().enumerate() {
            let path = format!("$.interviews[{i}]");
            let who = &interview.interviewee;
            t.add(format!("{path}.interviewee.name"), Editorial, &who.name);
            t.add(format!("{path}.interviewee.role"), Editorial, &who.role);
            t.add(
                format!("{path}.interviewee.organisation"),
                Editorial,
                &who.organisation,
            );
            t.add_opt(format!("{path}.kicker"), Body, &interview.kicker);
            t.add_opt(format!("{path}.standfirst"), Body, &interview.standfirst);
            t.add(format!("{path}.headline"), Body, &interview.headline);
            t.add_opt(format!("{path}.label"), Body, &interview.label);
            t.add_opt(format!("{path}.credit"), Body, &interview.credit);
            if let Some(intro) = &interview.intro {
                t.add(format!("{path}.intro.text"), Body, &intro.text);
            }
            for (q, question) in interview.questions.iter().enumerate() {
                let qpath = format!("{path}.questions[{q}]");
                t.add(format!("{qpath}.text"), Body, &question.text);
                let answer = &question.answer;
                t.add_opt(
                    format!("{qpath}.answer.speaker_label"),
                    Body,
                    &answer.speaker_label,
                );
                for (p, paragraph) in answer.paragraphs.iter().enumerate() {
                    t.add(
                        format!("{qpath}.answer.paragraphs[{p}].text"),
                        Body,
                        &paragraph.text,
                    );
                }
            }
        }
        for (i, quote) in self.pull_quotes.iter().enumerate() {
            t.add(format!("$.pull_quotes[{i}].text"), Body, &quote.text);
        }
        for (i, teaser) in self.teasers.iter().enumerate() {
            t.add(format!("$.teasers[{i}].text"), Body, &teaser.text);
        }
        for (i, figure) in self.key_figures.figures.iter().enumerate() {
            let path = format!("$.key_figures.figures[{i}]");
            t.add_opt(format!("{path}.lead"), Body, &figure.lead);
            if let Some(value) = &figure.value {
                t.value(format!("{path}.value"), value);
            }
            t.add(format!("{path}.label"), Body, &figure.label);
        }
        for (i, site) in self.sites.iter().enumerate() {
            t.add(format!("$.sites[{i}].label"), Editorial, &site.label);
            t.add_opt(format!("$.sites[{i}].country"), Editorial, &site.country);
        }
        for (i, theme) in self.themes.iter().enumerate() {
            t.add(format!("$.themes[{i}].label"), Editorial, &theme.label);
        }
        for (i, phase) in self.timeline.phases.iter().enumerate() {
            let path = format!("$.timeline.phases[{i}]");
            t.add(format!("{path}.title"), Editorial, &phase.title);
            t.add_opt(format!("{path}.summary"), Editorial, &phase.summary);
            for (s, source) in phase.sources.iter().enumerate() {
                t.source(format!("{path}.sources[{s}]"), source);
            }
        }
        for (i, event) in self.timeline.events.iter().enumerate() {
            let path = format!("$.timeline.events[{i}]");
            t.add(format!("{path}.title"), Editorial, &event.title);
            t.add(format!("{path}.summary"), Editorial, &event.summary);
            for (s, source) in event.sources.iter().enumerate() {
                t.source(format!("{path}.sources[{s}]"), source);
            }
            t.add_opt(format!("{path}.note"), Editorial, &event.note);
        }
        let presentation = &self.presentation;
        for (name, text) in [
            ("subtitle", &presentation.subtitle),
            ("description", &presentation.description),
            ("timeline_intro", &presentation.timeline_intro),
            ("timeline_teaser", &presentation.timeline_teaser),
            ("interviews_intro", &presentation.interviews_intro),
            ("interviews_teaser", &presentation.interviews_teaser),
        ] {
            t.add_opt(format!("$.presentation.{name}"), Editorial, text);
        }
        t.0
    }
}
