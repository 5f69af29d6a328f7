//! The committed JSON Schema is the one the types generate. When the types
//! change, regenerate it with:
//!
//!     UPDATE_SCHEMA=1 cargo test -p report --test schema

use std::fs;
use std::path::Path;

use report::{DATE_PATTERN, report_schema_json};

const SCHEMA: &str = "../public/data/report.schema.json";

#[test]
fn committed_schema_is_up_to_date() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(SCHEMA);
    let generated = report_schema_json();
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        fs::write(&path, &generated).unwrap_or_else(|e| panic!("cannot write {SCHEMA}: {e}"));
        return;
    }
    let committed = fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == generated,
        "{SCHEMA} is stale (the model types changed). Regenerate it with:\n    UPDATE_SCHEMA=1 cargo test -p report --test schema\nand commit the result."
    );
}

#[test]
fn schema_is_strict_and_knows_dates() {
    let schema: serde_json::Value = serde_json::from_str(&report_schema_json()).unwrap();
    assert_eq!(
        schema["additionalProperties"], false,
        "unknown top-level fields are refused"
    );
    assert_eq!(schema["$defs"]["ReportDate"]["pattern"], DATE_PATTERN);
    let required = schema["required"].as_array().unwrap();
    for field in [
        "source",
        "feature",
        "articles",
        "interviews",
        "key_figures",
        "timeline",
    ] {
        assert!(
            required.contains(&serde_json::json!(field)),
            "{field} is required"
        );
    }
}
