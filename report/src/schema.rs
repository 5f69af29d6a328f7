//! The JSON Schema of report.json, generated from the same types that parse
//! it so the two cannot drift. Editors use it for completion; the committed
//! copy is public/data/report.schema.json, kept fresh by a test.

use schemars::Schema;

use super::report::Report;

/// The JSON Schema (draft 2020-12) of a report.
pub fn report_schema() -> Schema {
    schemars::schema_for!(Report)
}

/// The schema as the committed file holds it: pretty JSON and a final newline.
pub fn report_schema_json() -> String {
    let mut text = serde_json::to_string_pretty(&report_schema()).expect("a schema is plain JSON");
    text.push('\n');
    text
}
