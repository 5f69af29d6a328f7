//! The report as data: serde types, dates, validation. No web-sys here.
//!
//! `public/data/report.json` is parsed with [`Report::from_json`] and checked
//! with [`Report::validate`]; the app renders from these types, and the
//! JSON Schema ([`report_schema`]) is generated from them. See
//! docs/authoring.md for the file's structure.

// The model is the contract between report.json, the UI and authors: every
// public item says what it means.
#![warn(missing_docs)]

mod date;
mod figures;
mod interview;
mod items;
mod lookups;
mod parse;
mod passages;
mod report;
mod schema;
mod source;
mod texts;
mod timeline;
mod validate;
mod words;

pub mod check;

pub use date::{CalendarDay, DATE_PATTERN, DateError, Precision, ReportDate, YearPart};
pub use figures::{FigureValue, KeyFigure, KeyFigures};
pub use interview::{Answer, Interview, Interviewee, PullQuote, Question};
pub use items::{Item, ItemKind};
pub use parse::{ParseError, ParseErrorKind};
pub use passages::{Passage, PassageLocation};
pub use report::{Article, Feature, Paragraph, Publication, Report, Teaser, TeaserKind};
pub use schema::{report_schema, report_schema_json};
pub use source::{ExternalSource, ReportSource, SourceRef};
pub use texts::{TextField, TextRole};
pub use timeline::{Event, Phase, Site, Theme, Timeline};
pub use validate::{Problem, Rule, is_kebab_case};
pub use words::{DateWords, ENGLISH};
