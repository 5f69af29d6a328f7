//! The key-figures box. The extract kept the words but lost the numbers, so
//! each number says where it was restored from.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::source::SourceRef;

/// The key-figures box, addressable as a whole ("key-figures").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct KeyFigures {
    /// Kebab-case id: "key-figures".
    pub id: String,
    /// The figures, in the report's order.
    pub figures: Vec<KeyFigure>,
}

/// One key figure, read as `lead value label`:
/// "Alliance Renault-Nissan, 18 years of experience".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct KeyFigure {
    /// Kebab-case id.
    pub id: String,
    /// Words before the value, word for word.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lead: Option<String>,
    /// The number, when the figure has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<FigureValue>,
    /// Words after the value, word for word.
    pub label: String,
}

/// A number and where it comes from; there is no number without a source.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FigureValue {
    /// The number as displayed: "9.96", "424,797".
    pub text: String,
    /// True when the report's text lost the number and it was restored from
    /// an external source; the UI shows such values as restored.
    pub restored: bool,
    /// Where the number comes from: external when restored, the report otherwise.
    pub source: SourceRef,
}
