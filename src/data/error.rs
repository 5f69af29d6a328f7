//! Every way loading the report can fail, each with its own message.

use crate::ui_text::load_error as text;
use report::{ParseErrorKind, Problem};

/// Why the report could not be shown.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}: {}", self.title(), self.detail())]
pub enum LoadError {
    /// `?data=` names a file on another site, or not a web address at all.
    ForeignOrigin {
        /// What the address bar asked for.
        requested: String,
    },
    /// The server answered, but not with the file (404, 500, ...).
    Http {
        /// Where the report was looked for.
        url: String,
        /// The HTTP status code.
        status: u16,
    },
    /// No answer: offline, server down, request blocked.
    Network {
        /// Where the report was looked for.
        url: String,
        /// What the browser said.
        detail: String,
    },
    /// The server sent something that is not JSON (often an HTML page).
    NotJson {
        /// Where the report was looked for.
        url: String,
        /// The Content-Type the server sent.
        content_type: String,
    },
    /// JSON with a syntax error, or of the wrong structure.
    Malformed {
        /// Where the report was looked for.
        url: String,
        /// Syntax or structure.
        kind: ParseErrorKind,
        /// 1-based line of the error.
        line: usize,
        /// 1-based column of the error.
        column: usize,
        /// What is wrong there.
        message: String,
    },
    /// Larger than [`REPORT_SIZE_LIMIT`](super::REPORT_SIZE_LIMIT).
    TooLarge {
        /// Where the report was looked for.
        url: String,
        /// Its size, as the server announced it or as it arrived.
        bytes: u64,
    },
    /// No whole answer within [`REPORT_TIMEOUT`](super::REPORT_TIMEOUT).
    TimedOut {
        /// Where the report was looked for.
        url: String,
    },
    /// A well-formed report that breaks the report's rules.
    Invalid {
        /// Where the report was looked for.
        url: String,
        /// Every problem, with its JSON path.
        problems: Vec<Problem>,
    },
}

impl LoadError {
    /// The heading a reader sees.
    pub fn title(&self) -> &'static str {
        match self {
            LoadError::ForeignOrigin { .. } => text::FOREIGN_ORIGIN_TITLE,
            LoadError::Http {
                status: 404 | 410, ..
            } => text::NOT_FOUND_TITLE,
            LoadError::Http { .. } => text::HTTP_TITLE,
            LoadError::Network { .. } => text::NETWORK_TITLE,
            LoadError::NotJson { .. } => text::NOT_JSON_TITLE,
            LoadError::Malformed { .. } => text::MALFORMED_TITLE,
            LoadError::Invalid { .. } => text::INVALID_TITLE,
            LoadError::TooLarge { .. } => text::TOO_LARGE_TITLE,
            LoadError::TimedOut { .. } => text::TIMED_OUT_TITLE,
        }
    }

    /// The explanation under the heading: what happened and where.
    pub fn detail(&self) -> String {
        match self {
            LoadError::ForeignOrigin { requested } => text::foreign_origin(requested),
            LoadError::Http { url, status } => text::http(url, *status),
            LoadError::Network { url, detail } => text::network(url, detail),
            LoadError::NotJson { url, content_type } => text::not_json(url, content_type),
            LoadError::Malformed {
                url,
                kind,
                line,
                column,
                message,
            } => text::malformed(url, kind.describe(), *line, *column, message),
            LoadError::Invalid { url, problems } => text::invalid(url, problems.len()),
            LoadError::TooLarge { url, bytes } => {
                text::too_large(url, *bytes, super::REPORT_SIZE_LIMIT as u64)
            }
            LoadError::TimedOut { url } => text::timed_out(url, super::REPORT_TIMEOUT.as_secs()),
        }
    }

    /// The validation problems, for an invalid report; empty otherwise.
    pub fn problems(&self) -> &[Problem] {
        match self {
            LoadError::Invalid { problems, .. } => problems,
            _ => &[],
        }
    }

    /// Whether trying again can help (a refused address will not change).
    pub fn can_retry(&self) -> bool {
        !matches!(self, LoadError::ForeignOrigin { .. })
    }
}
