//! Where a fact comes from: a passage of the report itself, or a public
//! source outside it. Every date and restored number carries one, so a
//! reader can tell the report's words from what was added.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::date::ReportDate;

/// Evidence for a fact; `"kind"` says which sort.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum SourceRef {
    /// The report says it: a passage id and the exact words.
    Report(ReportSource),
    /// A public source outside the report (one of the project's source notes).
    External(ExternalSource),
}

/// A citation of the report itself.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ReportSource {
    /// Id of the passage (paragraph, answer paragraph, intro, teaser or pull quote).
    pub passage: String,
    /// Words copied exactly from that passage; validation checks they occur there.
    pub quote: String,
}

/// A public source outside the report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ExternalSource {
    /// Who published it: "Nissan Europe", "Reuters (French service)".
    pub publisher: String,
    /// The document, when it has a name: "Alliance 2016 global sales release".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// When it was published, as precisely as known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<ReportDate>,
    /// What the source says, in our words.
    pub detail: String,
    /// The source's own words, when we have them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
    /// A link to it, when there is a stable one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}
