//! The report as a whole, and its plain articles and teasers.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::figures::KeyFigures;
use super::interview::{Interview, PullQuote};
use super::timeline::{Site, Theme, Timeline};

/// The feature of the annual report, as the app presents it: the report's
/// own words (feature, articles, interviews, pull quotes, teasers, key
/// figures) and the timeline written around them.
///
/// Lists keep the report's reading order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Report {
    /// Path of the JSON Schema, for editors: `"report.schema.json"`.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// The publication the text comes from.
    pub source: Publication,
    /// Title and headline of the feature.
    pub feature: Feature,
    /// The short articles, in the report's order.
    pub articles: Vec<Article>,
    /// The interviews, in the report's order.
    pub interviews: Vec<Interview>,
    /// Quotes the report sets apart from the interview text.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub pull_quotes: Vec<PullQuote>,
    /// The "read more" summaries, each leading somewhere in the app.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub teasers: Vec<Teaser>,
    /// The key-figures box.
    pub key_figures: KeyFigures,
    /// Places the timeline and interviewees refer to.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sites: Vec<Site>,
    /// Themes the timeline can be filtered by.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub themes: Vec<Theme>,
    /// Phases and dated events around the story.
    pub timeline: Timeline,
    /// How the site introduces the report, in the publisher's words.
    #[serde(default, skip_serializing_if = "Presentation::is_empty")]
    pub presentation: Presentation,
}

/// What the site says about the report around its text: introductions
/// and descriptions written for this edition, not the report's own words.
/// Each is optional; without one the site writes neutral words from what
/// the report has (its title, publication, interviewees, dates).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Presentation {
    /// Completes the front page's title after the feature's title: "the
    /// Nissan Micra built at Flins".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subtitle: Option<String>,
    /// The whole feature in a sentence or two: the front page's description
    /// in search results and link previews.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Under the timeline's heading; also the timeline's description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeline_intro: Option<String>,
    /// Under the front page's link to the timeline.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeline_teaser: Option<String>,
    /// Under the interviews' heading; also their description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interviews_intro: Option<String>,
    /// Under the front page's link to the interviews.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interviews_teaser: Option<String>,
}

impl Presentation {
    fn is_empty(&self) -> bool {
        *self == Self::default()
    }
}

/// The publication the report text is taken from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Publication {
    /// "Renault 2016-2017 Annual Report".
    pub publication: String,
    /// "Renault".
    pub publisher: String,
    /// Language of the text, as a BCP 47 tag: "en".
    pub language: String,
    /// How the text was taken from the publication, for readers and authors.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// The feature's title and headline.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Feature {
    /// Kebab-case id.
    pub id: String,
    /// "The Renault-Nissan Alliance".
    pub title: String,
    /// The headline under it; the printed line break is layout, not text.
    pub headline: String,
}

/// A short article: a heading and its paragraphs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Article {
    /// Kebab-case id.
    pub id: String,
    /// The heading, word for word.
    pub heading: String,
    /// At least one paragraph.
    pub paragraphs: Vec<Paragraph>,
}

/// A paragraph of the report's text, word for word. Its id lets the
/// timeline cite it and the app link to it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Paragraph {
    /// Kebab-case id, e.g. "why-flins-1".
    pub id: String,
    /// The text, word for word, typographic quotes and dashes included.
    pub text: String,
}

/// A "read more" summary that leads to another part of the app.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Teaser {
    /// Kebab-case id.
    pub id: String,
    /// Whether the report sets it as running text or as a heading.
    pub kind: TeaserKind,
    /// The text, word for word (the "read more" link text is not part of it).
    pub text: String,
    /// Id of what it leads to: an interview, an article, "key-figures", ...
    pub target: String,
}

/// How a teaser is set in the report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum TeaserKind {
    /// A sentence or two of running text.
    Summary,
    /// A heading-like line.
    Heading,
}
