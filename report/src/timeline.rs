//! The timeline around the story: phases, dated events, and the sites and
//! themes they can be filtered by. Its titles and summaries are ours; the
//! report's own sentences stay in the articles and interviews, and events
//! point at them through sources.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::date::ReportDate;
use super::source::SourceRef;

/// Phases and events, each list in date order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Timeline {
    /// Kebab-case id: "timeline".
    pub id: String,
    /// The broad periods of the story.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub phases: Vec<Phase>,
    /// Dated events, in the order they happened.
    pub events: Vec<Event>,
}

/// A period of the story: "2013-2016, preparation and training".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Phase {
    /// Kebab-case id.
    pub id: String,
    /// The span of the phase; its events must fall inside it.
    pub date: ReportDate,
    /// Short editorial title.
    pub title: String,
    /// Short editorial summary.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    /// Evidence for the phase's dates, if any.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<SourceRef>,
}

/// One dated event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Event {
    /// Kebab-case id.
    pub id: String,
    /// When, as precisely as the sources know.
    pub date: ReportDate,
    /// Short editorial title.
    pub title: String,
    /// Short editorial summary; never a copy of a report sentence.
    pub summary: String,
    /// Id of the phase it belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phase: Option<String>,
    /// Ids of the sites where it happened.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sites: Vec<String>,
    /// Ids of its themes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub themes: Vec<String>,
    /// Ids of the interviews whose interviewees took part.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub people: Vec<String>,
    /// Evidence; at least one. Quotes here are references, not body text.
    pub sources: Vec<SourceRef>,
    /// An editorial note, e.g. where sources disagree.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// A place: "Flins", "Oppama".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Site {
    /// Kebab-case id.
    pub id: String,
    /// Name shown to readers.
    pub label: String,
    /// Country, when the site is in one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
}

/// A theme of the story: "training", "market".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Theme {
    /// Kebab-case id.
    pub id: String,
    /// Name shown to readers.
    pub label: String,
}
