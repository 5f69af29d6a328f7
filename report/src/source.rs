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

impl ExternalSource {
    /// Who published it, the document and its date, as readers see them:
    /// "Nissan Europe, Micra production release, 11 January 2017".
    pub fn citation(&self, words: &super::words::DateWords) -> String {
        let mut parts = vec![self.publisher.clone()];
        parts.extend(self.title.clone());
        parts.extend(self.date.as_ref().map(|date| date.format(words)));
        parts.join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::ExternalSource;
    use crate::ENGLISH;

    #[test]
    fn a_citation_names_publisher_document_and_date_as_far_as_known() {
        let mut source = ExternalSource {
            publisher: "Nissan Europe".into(),
            title: Some("Micra production release".into()),
            date: Some("2017-01-11".parse().unwrap()),
            detail: "Production starts.".into(),
            quote: None,
            url: None,
        };
        assert_eq!(
            source.citation(&ENGLISH),
            "Nissan Europe, Micra production release, 11 January 2017"
        );
        source.title = None;
        source.date = None;
        assert_eq!(source.citation(&ENGLISH), "Nissan Europe");
    }
}
