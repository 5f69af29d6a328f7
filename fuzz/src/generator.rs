//! The hostile reports: the bundled one changed by a few generated
//! changes (hostile text, duplicated events, dangling references, hostile
//! ids, many more events), each report reproducible from its case number.

use crate::BUNDLED_REPORT;
use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::TestRunner;
use serde_json::Value;

/// Markup a report's text may carry; it must reach the page as text.
pub const SCRIPT_IN_TEXT: &str = "<script>alert(1)</script>";

/// A report generated from the bundled one for case `case`: hostile text
/// in its fields, and sometimes duplicated events, dangling references,
/// ids that are not kebab-case or the app's own, a megabyte string, or
/// many more events.
pub fn generated_report(case: u64) -> String {
    let mut runner = TestRunner::new_with_rng(
        proptest::test_runner::Config::default(),
        proptest::test_runner::TestRng::from_seed(
            proptest::test_runner::RngAlgorithm::ChaCha,
            &seed(case),
        ),
    );
    let changes = proptest::collection::vec(change(), 1..8)
        .new_tree(&mut runner)
        .expect("the strategy generates")
        .current();
    let mut report = bundled_value();
    for change in &changes {
        change.apply(&mut report);
    }
    report.to_string()
}

fn seed(case: u64) -> [u8; 32] {
    let mut seed = [0u8; 32];
    seed[..8].copy_from_slice(&case.to_le_bytes());
    seed[8..16].copy_from_slice(b"micraflx");
    seed
}

fn bundled_value() -> Value {
    serde_json::from_str(BUNDLED_REPORT).expect("the bundled report")
}

/// The bundled report with each timeline event repeated `times` times,
/// each copy under its own id: long, and still valid.
pub fn long_timeline_report(times: usize) -> String {
    let mut report = bundled_value();
    Change::ManyEvents(times).apply(&mut report);
    report.to_string()
}

/// Text that has broken text handling elsewhere.
fn hostile_text() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("e\u{301}\u{302}\u{303}\u{304}".to_string()),
        Just("\u{202E}trap\u{202C} \u{200F}".to_string()),
        Just("Straße İstanbul ﬁnal".to_string()),
        Just("\u{200B}\u{200D}\u{FEFF}".to_string()),
        Just(SCRIPT_IN_TEXT.to_string()),
        Just("\"' & < > </p> ]]> --> {{ }}".to_string()),
        Just("👩‍🔧🇫🇷".to_string()),
        Just("%23%2F%00 ?find=x#y".to_string()),
        "\\PC{0,40}",
        // Rarely, a megabyte.
        (0u8..40).prop_map(|roll| if roll == 0 {
            "é".repeat(500_000)
        } else {
            String::new()
        }),
    ]
}

/// Keys of fields that hold text a reader sees (not ids, dates, kinds or
/// references).
const TEXT_KEYS: &[&str] = &[
    "title",
    "summary",
    "text",
    "label",
    "headline",
    "heading",
    "standfirst",
    "kicker",
    "detail",
    "note",
    "name",
    "role",
    "organisation",
    "credit",
    "speaker_label",
    "publisher",
];

#[derive(Debug, Clone)]
enum Change {
    /// Wraps the `n`th text field (counted over the whole report) in
    /// hostile text, keeping it: quotes of it still match.
    WrapText(usize, String),
    /// Another copy of an event, under the same id.
    DuplicateEvent(usize),
    /// An event's first site names no site.
    DanglingSite(usize),
    /// An id replaced: not kebab-case, a path, or one the app reserves.
    HostileId(usize, String),
    /// The timeline's events repeated, each copy with its own id.
    ManyEvents(usize),
}

fn change() -> impl Strategy<Value = Change> {
    prop_oneof![
        12 => (0usize..400, hostile_text()).prop_map(|(n, text)| Change::WrapText(n, text)),
        1 => (0usize..10).prop_map(Change::DuplicateEvent),
        1 => (0usize..10).prop_map(Change::DanglingSite),
        1 => (0usize..200, prop_oneof![
            Just("../outside".to_string()),
            Just("Main".to_string()),
            Just("main".to_string()),
            Just("timeline-list".to_string()),
            Just("a/b".to_string()),
            "[a-z]{1,8}",
        ]).prop_map(|(n, id)| Change::HostileId(n, id)),
        1 => (2usize..20).prop_map(Change::ManyEvents),
    ]
}

impl Change {
    fn apply(&self, report: &mut Value) {
        match self {
            Change::WrapText(n, hostile) => {
                if let Some(text) = nth_string_field(report, &|key| TEXT_KEYS.contains(&key), *n) {
                    *text = format!("{hostile}{text}{hostile}");
                }
            }
            Change::DuplicateEvent(n) => {
                if let Some(events) = timeline_events(report)
                    && !events.is_empty()
                {
                    let copy = events[n % events.len()].clone();
                    events.push(copy);
                }
            }
            Change::DanglingSite(n) => {
                if let Some(event) = timeline_events(report).and_then(|events| {
                    let len = events.len();
                    events.get_mut(n % len.max(1))
                }) {
                    event["sites"] = serde_json::json!(["nowhere"]);
                }
            }
            Change::HostileId(n, id) => {
                if let Some(field) = nth_string_field(report, &|key| key == "id", *n) {
                    *field = id.clone();
                }
            }
            Change::ManyEvents(times) => {
                if let Some(events) = timeline_events(report) {
                    // Each copy next to its event, so that the dates stay in order.
                    let repeated = events
                        .iter()
                        .flat_map(|event| {
                            (0..*times).map(move |copy| {
                                let mut event = event.clone();
                                if copy > 0 {
                                    let id = event["id"].as_str().unwrap_or("event").to_string();
                                    event["id"] = Value::String(format!("{id}-{copy}"));
                                }
                                event
                            })
                        })
                        .collect();
                    *events = repeated;
                }
            }
        }
    }
}

/// The report's timeline events, when it has them as an array.
fn timeline_events(report: &mut Value) -> Option<&mut Vec<Value>> {
    report
        .pointer_mut("/timeline/events")
        .and_then(Value::as_array_mut)
}

/// The `n`th (modulo their count) string value under a key `wanted`
/// accepts, anywhere in `report`.
fn nth_string_field<'v>(
    report: &'v mut Value,
    wanted: &dyn Fn(&str) -> bool,
    n: usize,
) -> Option<&'v mut String> {
    let mut fields = Vec::new();
    string_fields(report, wanted, &mut fields);
    let len = fields.len();
    fields.into_iter().nth(n % len.max(1))
}

/// The string values under keys `wanted` accepts, anywhere in `value`.
fn string_fields<'v>(
    value: &'v mut Value,
    wanted: &dyn Fn(&str) -> bool,
    out: &mut Vec<&'v mut String>,
) {
    match value {
        Value::Object(map) => {
            for (key, child) in map.iter_mut() {
                if let Value::String(text) = child {
                    if wanted(key) {
                        out.push(text);
                    }
                } else {
                    string_fields(child, wanted, out);
                }
            }
        }
        Value::Array(items) => items
            .iter_mut()
            .for_each(|item| string_fields(item, wanted, out)),
        _ => {}
    }
}
