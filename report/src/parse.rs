//! Reading report.json, with errors an author can act on.

use super::report::Report;

/// Why a text could not be read as a report.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}, column {column}: {}: {message}", kind.describe())]
pub struct ParseError {
    /// Broken JSON, or JSON of the wrong shape.
    pub kind: ParseErrorKind,
    /// 1-based line of the error (0 when the text is empty).
    pub line: usize,
    /// 1-based column of the error.
    pub column: usize,
    /// What serde_json found, without its position suffix.
    pub message: String,
}

/// The two ways a text can fail to be a report; they need different fixes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParseErrorKind {
    /// Not JSON at all: a missing comma, an unclosed string, an empty file.
    Syntax,
    /// Valid JSON that does not have the report's structure: a missing or
    /// unknown field, a wrong type, a malformed date.
    Structure,
}

impl ParseErrorKind {
    /// How the kind is named in messages.
    pub fn describe(self) -> &'static str {
        match self {
            ParseErrorKind::Syntax => "not valid JSON",
            ParseErrorKind::Structure => "valid JSON, but not the structure of a report",
        }
    }
}

impl From<serde_json::Error> for ParseError {
    fn from(error: serde_json::Error) -> Self {
        let kind = match error.classify() {
            serde_json::error::Category::Data => ParseErrorKind::Structure,
            _ => ParseErrorKind::Syntax,
        };
        let full = error.to_string();
        let suffix = format!(" at line {} column {}", error.line(), error.column());
        let message = full.strip_suffix(&suffix).unwrap_or(&full).to_owned();
        ParseError {
            kind,
            line: error.line(),
            column: error.column(),
            message,
        }
    }
}

impl Report {
    /// Parses report.json. Checks its structure only; call
    /// [`Report::validate`] for references, quotes, dates and ids.
    pub fn from_json(text: &str) -> Result<Report, ParseError> {
        // Some editors save a byte-order mark; it is not content.
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        if text.trim().is_empty() {
            return Err(ParseError {
                kind: ParseErrorKind::Syntax,
                line: 0,
                column: 0,
                message: "the file is empty".into(),
            });
        }
        serde_json::from_str(text).map_err(ParseError::from)
    }

    /// The report as pretty-printed JSON; [`Report::from_json`] reads it back.
    pub fn to_json(&self) -> String {
        // Serialising plain structs and strings to a String cannot fail.
        serde_json::to_string_pretty(self).expect("a report serialises to JSON")
    }
}

#[cfg(test)]
mod tests {
    use super::{ParseErrorKind, Report};

    #[test]
    fn syntax_and_structure_errors_are_told_apart() {
        let syntax = Report::from_json("{\"source\": }").unwrap_err();
        assert_eq!(
            (syntax.kind, syntax.line, syntax.column),
            (ParseErrorKind::Syntax, 1, 12)
        );
        assert_eq!(
            syntax.message, "expected value",
            "the position suffix is stripped"
        );
        let structure = Report::from_json("[]").unwrap_err();
        assert_eq!(structure.kind, ParseErrorKind::Structure);
        let blank = Report::from_json(" \n ").unwrap_err();
        assert_eq!(
            (blank.kind, blank.message.as_str()),
            (ParseErrorKind::Syntax, "the file is empty")
        );
    }
}
