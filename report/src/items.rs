//! Everything in the report that has an id. Ids share one namespace because
//! the app's URLs point at them: "/interviews/catherine-perez#why-flins".

use super::report::Report;

/// What kind of thing an id names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ItemKind {
    /// The feature itself.
    Feature,
    Article,
    /// A paragraph of an article.
    Paragraph,
    /// An interview (and its interviewee).
    Interview,
    /// The introduction of an interview.
    Intro,
    /// A question of an interview.
    Question,
    /// The answer to a question.
    Answer,
    AnswerParagraph,
    PullQuote,
    Teaser,
    /// The key-figures box.
    KeyFigures,
    /// One key figure.
    KeyFigure,
    Timeline,
    /// A phase of the timeline.
    Phase,
    /// An event of the timeline.
    Event,
    Site,
    Theme,
}

impl ItemKind {
    /// The kind as named in messages: "answer paragraph".
    pub fn describe(self) -> &'static str {
        match self {
            ItemKind::Feature => "feature",
            ItemKind::Article => "article",
            ItemKind::Paragraph => "paragraph",
            ItemKind::Interview => "interview",
            ItemKind::Intro => "interview intro",
            ItemKind::Question => "question",
            ItemKind::Answer => "answer",
            ItemKind::AnswerParagraph => "answer paragraph",
            ItemKind::PullQuote => "pull quote",
            ItemKind::Teaser => "teaser",
            ItemKind::KeyFigures => "key-figures box",
            ItemKind::KeyFigure => "key figure",
            ItemKind::Timeline => "timeline",
            ItemKind::Phase => "phase",
            ItemKind::Event => "event",
            ItemKind::Site => "site",
            ItemKind::Theme => "theme",
        }
    }
}

impl ItemKind {
    /// The kind with its indefinite article: "an article", "a site".
    pub fn with_article(self) -> String {
        let name = self.describe();
        let article = if name.starts_with(['a', 'e', 'i', 'o', 'u']) {
            "an"
        } else {
            "a"
        };
        format!("{article} {name}")
    }
}

/// One thing with an id, and the JSON path of the object that holds it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item<'a> {
    pub id: &'a str,
    /// What it names.
    pub kind: ItemKind,
    /// JSON path of the object, e.g. `$.interviews[0].questions[1]`; its id is at `<path>.id`.
    pub path: String,
}

impl Report {
    /// Every id-bearing item, in document order.
    pub fn items(&self) -> Vec<Item<'_>> {
        let mut out: Vec<Item<'_>> = Vec::new();
        let mut add = |id, kind, path: String| out.push(Item { id, kind, path });
        add(&self.feature.id, ItemKind::Feature, "$.feature".into());
        for (a, article) in self.articles.iter().enumerate() {
            let path = format!("$.articles[{a}]");
            add(&article.id, ItemKind::Article, path.clone());
            for (p, paragraph) in article.paragraphs.iter().enumerate() {
                add(
                    &paragraph.id,
                    ItemKind::Paragraph,
                    format!("{path}.paragraphs[{p}]"),
                );
            }
        }
        for (i, interview) in self.interviews.iter().enumerate() {
            let path = format!("$.interviews[{i}]");
            add(&interview.id, ItemKind::Interview, path.clone());
            if let Some(intro) = &interview.intro {
                add(&intro.id, ItemKind::Intro, format!("{path}.intro"));
            }
            for (q, question) in interview.questions.iter().enumerate() {
                let qpath = format!("{path}.questions[{q}]");
                add(&question.id, ItemKind::Question, qpath.clone());
                add(
                    &question.answer.id,
                    ItemKind::Answer,
                    format!("{qpath}.answer"),
                );
                for (p, paragraph) in question.answer.paragraphs.iter().enumerate() {
                    add(
                        &paragraph.id,
                        ItemKind::AnswerParagraph,
                        format!("{qpath}.answer.paragraphs[{p}]"),
                    );
                }
            }
        }
        for (i, quote) in self.pull_quotes.iter().enumerate() {
            add(
                &quote.id,
                ItemKind::PullQuote,
                format!("$.pull_quotes[{i}]"),
            );
        }
        for (i, teaser) in self.teasers.iter().enumerate() {
            add(&teaser.id, ItemKind::Teaser, format!("$.teasers[{i}]"));
        }
        add(
            &self.key_figures.id,
            ItemKind::KeyFigures,
            "$.key_figures".into(),
        );
        for (i, figure) in self.key_figures.figures.iter().enumerate() {
            add(
                &figure.id,
                ItemKind::KeyFigure,
                format!("$.key_figures.figures[{i}]"),
            );
        }
        for (i, site) in self.sites.iter().enumerate() {
            add(&site.id, ItemKind::Site, format!("$.sites[{i}]"));
        }
        for (i, theme) in self.themes.iter().enumerate() {
            add(&theme.id, ItemKind::Theme, format!("$.themes[{i}]"));
        }
        add(&self.timeline.id, ItemKind::Timeline, "$.timeline".into());
        for (i, phase) in self.timeline.phases.iter().enumerate() {
            add(
                &phase.id,
                ItemKind::Phase,
                format!("$.timeline.phases[{i}]"),
            );
        }
        for (i, event) in self.timeline.events.iter().enumerate() {
            add(
                &event.id,
                ItemKind::Event,
                format!("$.timeline.events[{i}]"),
            );
        }
        out
    }

    /// The item with this id (the first, if validation has not ruled out duplicates).
    pub fn item(&self, id: &str) -> Option<Item<'_>> {
        self.items().into_iter().find(|item| item.id == id)
    }
}
