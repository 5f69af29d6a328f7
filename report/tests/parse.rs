//! Parse errors tell broken JSON from JSON of the wrong shape, and say where.

use std::fs;
use std::path::Path;

use report::{ParseError, ParseErrorKind, Report};
use serde_json::{Value, json};

fn read(relative: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(relative);
    fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

fn error_of(fixture: &str) -> ParseError {
    let text = read(&format!("tests/fixtures/invalid/{fixture}"));
    Report::from_json(&text).expect_err("fixture must not parse")
}

#[track_caller]
fn assert_error(
    error: &ParseError,
    kind: ParseErrorKind,
    line: usize,
    column: usize,
    message: &str,
) {
    assert_eq!(
        (error.kind, error.line, error.column, error.message.as_str()),
        (kind, line, column, message)
    );
}

#[test]
fn not_json_at_all() {
    let error = error_of("not-json.json");
    assert_error(&error, ParseErrorKind::Syntax, 1, 1, "expected value");
    assert_eq!(
        error.to_string(),
        "line 1, column 1: not valid JSON: expected value"
    );
}

#[test]
fn missing_comma() {
    let error = error_of("missing-comma.json");
    assert_error(&error, ParseErrorKind::Syntax, 5, 5, "expected `,` or `}`");
}

#[test]
fn empty_file() {
    let error = error_of("empty.json");
    assert_error(&error, ParseErrorKind::Syntax, 0, 0, "the file is empty");
}

#[test]
fn unknown_field() {
    let error = error_of("unknown-field.json");
    assert_error(
        &error,
        ParseErrorKind::Structure,
        7,
        12,
        "unknown field `colour`, expected one of `publication`, `publisher`, `language`, `note`",
    );
    assert!(
        error
            .to_string()
            .contains("valid JSON, but not the structure of a report")
    );
}

#[test]
fn missing_field() {
    let error = error_of("missing-field.json");
    assert_error(
        &error,
        ParseErrorKind::Structure,
        5,
        3,
        "missing field `publisher`",
    );
}

#[test]
fn date_range_written_with_a_hyphen() {
    let error = error_of("range-with-hyphen.json");
    assert_error(
        &error,
        ParseErrorKind::Structure,
        7,
        27,
        r#""2015-2016" is not a date: a range of years is written with a slash: "2015/2016"; write "2017", "2017-01", "2017-01-11", "early 2017" (or mid, late, end) or "2013/2016""#,
    );
}

fn real() -> Value {
    serde_json::from_str(&read("../public/data/report.json")).unwrap()
}

#[test]
fn date_must_be_a_string() {
    let mut report = real();
    report["timeline"]["events"][0]["date"] = json!(2013);
    let error = Report::from_json(&report.to_string()).unwrap_err();
    assert_eq!(error.kind, ParseErrorKind::Structure);
    assert!(
        error
            .message
            .starts_with("invalid type: integer `2013`, expected a date string such as"),
        "{}",
        error.message
    );
}

#[test]
fn unknown_source_kind() {
    let mut report = real();
    report["timeline"]["events"][0]["sources"][0]["kind"] = json!("press");
    let error = Report::from_json(&report.to_string()).unwrap_err();
    assert_eq!(error.kind, ParseErrorKind::Structure);
    assert_eq!(
        error.message,
        "unknown variant `press`, expected `report` or `external`"
    );
}

#[test]
fn unknown_fields_are_refused_inside_sources_too() {
    let mut report = real();
    report["timeline"]["events"][0]["sources"][0]["page"] = json!(12);
    let error = Report::from_json(&report.to_string()).unwrap_err();
    assert_eq!(error.kind, ParseErrorKind::Structure);
    assert!(
        error.message.starts_with("unknown field `page`"),
        "{}",
        error.message
    );
}

#[test]
fn unknown_top_level_field() {
    let mut report = real();
    report["people"] = json!([]);
    let error = Report::from_json(&report.to_string()).unwrap_err();
    assert!(
        error.message.starts_with("unknown field `people`"),
        "{}",
        error.message
    );
}

#[test]
fn byte_order_mark_is_not_content() {
    let text = format!("\u{feff}{}", read("../public/data/report.json"));
    assert!(Report::from_json(&text).is_ok());
}
