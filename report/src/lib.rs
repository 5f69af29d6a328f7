//! A report feature as data: the types `report.json` parses into, their
//! validation, dates, the JSON Schema, the site's list of pages and the
//! `check-report` command.
//!
//! This crate has no Leptos and no web APIs, so that the model's tests build
//! in seconds and nothing here can reach for the DOM: the app (the crate at
//! the workspace root) renders from these types, the prerender step lists
//! its pages with [`routes::AppRoute`], and the tooling checks reports with
//! [`check`]. docs/authoring.md describes the file for its authors.

mod date;
mod figures;
mod interview;
mod items;
mod language;
mod lookups;
mod parse;
mod passages;
mod report;
pub mod reserved;
mod schema;
mod source;
mod texts;
mod timeline;
mod validate;
mod words;

pub mod check;
pub mod routes;

pub use date::{CalendarDay, DATE_PATTERN, DateError, Precision, ReportDate, YearPart};
pub use figures::{FigureValue, KeyFigure, KeyFigures};
pub use interview::{Answer, Interview, Interviewee, PullQuote, Question};
pub use items::{Item, ItemKind};
pub use language::{Language, is_language_tag};
pub use parse::{ParseError, ParseErrorKind};
pub use passages::{Passage, PassageLocation};
pub use report::{
    Article, Feature, Paragraph, Presentation, Publication, Report, Teaser, TeaserKind,
};
pub use schema::{report_schema, report_schema_json};
pub use source::{ExternalSource, ReportSource, SourceRef};
pub use texts::{TextField, TextRole};
pub use timeline::{Event, Phase, Site, Theme, Timeline};
pub use validate::{HINT_IDS, Problem, Rule, SHOWN_PROBLEMS, is_kebab_case, shown_problems};
pub use words::{DateWords, ENGLISH, FRENCH};

/// The report the app publishes, for unit tests that need real content.
#[cfg(test)]
fn bundled_report() -> Report {
    Report::from_json(include_str!(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../public/data/report.json"
    )))
    .expect("the bundled report parses")
}
