//! Every way loading the report can fail, each with its own message.

use crate::say;
use crate::ui_text::megabytes;
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
            LoadError::ForeignOrigin { .. } => say!(load_error.foreign_origin_title),
            LoadError::Http {
                status: 404 | 410, ..
            } => say!(load_error.not_found_title),
            LoadError::Http { .. } => say!(load_error.http_title),
            LoadError::Network { .. } => say!(load_error.network_title),
            LoadError::NotJson { .. } => say!(load_error.not_json_title),
            LoadError::Malformed { .. } => say!(load_error.malformed_title),
            LoadError::Invalid { .. } => say!(load_error.invalid_title),
            LoadError::TooLarge { .. } => say!(load_error.too_large_title),
            LoadError::TimedOut { .. } => say!(load_error.timed_out_title),
        }
    }

    /// The explanation under the heading: what happened and where.
    pub fn detail(&self) -> String {
        match self {
            LoadError::ForeignOrigin { requested } => say!(load_error.foreign_origin(requested)),
            LoadError::Http { url, status } => say!(load_error.http(url, *status)),
            LoadError::Network { url, detail } => say!(load_error.network(url, detail)),
            LoadError::NotJson { url, content_type } => {
                say!(load_error.not_json(url, content_type))
            }
            LoadError::Malformed {
                url,
                kind,
                line,
                column,
                message,
            } => say!(load_error.malformed(url, kind.describe(), *line, *column, message)),
            LoadError::Invalid { url, problems } => say!(load_error.invalid(url, problems.len())),
            LoadError::TooLarge { url, bytes } => {
                say!(load_error.too_large(
                    url,
                    &megabytes(*bytes),
                    &megabytes(super::REPORT_SIZE_LIMIT as u64)
                ))
            }
            LoadError::TimedOut { url } => {
                say!(load_error.timed_out(url, super::REPORT_TIMEOUT.as_secs()))
            }
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
