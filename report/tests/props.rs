//! Whatever an author (or a broken editor) writes, reading and checking a
//! report answers with errors, never a panic.

use std::fs;
use std::path::Path;
use std::sync::OnceLock;

use proptest::prelude::*;
use report::{Report, check};
use serde_json::{Map, Value};

fn real() -> &'static Value {
    static REAL: OnceLock<Value> = OnceLock::new();
    REAL.get_or_init(|| {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../public/data/report.json");
        serde_json::from_str(&fs::read_to_string(path).unwrap()).unwrap()
    })
}

#[derive(Debug, Clone, PartialEq)]
enum Step {
    Key(String),
    Index(usize),
}

/// Every node of `value`, as the steps that reach it, root first.
fn nodes(value: &Value) -> Vec<Vec<Step>> {
    fn walk(value: &Value, here: &mut Vec<Step>, out: &mut Vec<Vec<Step>>) {
        out.push(here.clone());
        match value {
            Value::Object(map) => {
                for (key, child) in map {
                    here.push(Step::Key(key.clone()));
                    walk(child, here, out);
                    here.pop();
                }
            }
            Value::Array(items) => {
                for (i, child) in items.iter().enumerate() {
                    here.push(Step::Index(i));
                    walk(child, here, out);
                    here.pop();
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(value, &mut Vec::new(), &mut out);
    out
}

fn node_mut<'v>(mut value: &'v mut Value, steps: &[Step]) -> Option<&'v mut Value> {
    for step in steps {
        value = match (step, value) {
            (Step::Key(key), Value::Object(map)) => map.get_mut(key)?,
            (Step::Index(i), Value::Array(items)) => items.get_mut(*i)?,
            _ => return None,
        };
    }
    Some(value)
}

/// One change to a report, aimed at the node numbered `at` (modulo the count).
#[derive(Debug, Clone)]
enum Mutation {
    Delete { at: usize },
    Replace { at: usize, with: Value },
    Duplicate { at: usize },
    Shuffle { at: usize, seed: u64 },
    RenameKey { at: usize, to: String },
}

impl Mutation {
    fn apply(&self, value: &mut Value) {
        let all = nodes(value);
        let pick = |at: usize| all[at % all.len()].clone();
        match self {
            Mutation::Replace { at, with } => {
                if let Some(node) = node_mut(value, &pick(*at)) {
                    *node = with.clone();
                }
            }
            Mutation::Shuffle { at, seed } => {
                if let Some(Value::Array(items)) = node_mut(value, &pick(*at)) {
                    let mut state = *seed | 1;
                    for i in (1..items.len()).rev() {
                        state ^= state << 13;
                        state ^= state >> 7;
                        state ^= state << 17;
                        items.swap(i, (state % (i as u64 + 1)) as usize);
                    }
                }
            }
            Mutation::Delete { at }
            | Mutation::Duplicate { at }
            | Mutation::RenameKey { at, .. } => {
                let mut steps = pick(*at);
                let Some(last) = steps.pop() else { return };
                let Some(parent) = node_mut(value, &steps) else {
                    return;
                };
                match (self, last, parent) {
                    (Mutation::Delete { .. }, Step::Key(key), Value::Object(map)) => {
                        map.remove(&key);
                    }
                    (Mutation::Delete { .. }, Step::Index(i), Value::Array(items)) => {
                        items.remove(i);
                    }
                    (Mutation::Duplicate { .. }, Step::Index(i), Value::Array(items)) => {
                        let copy = items[i].clone();
                        items.insert(i, copy);
                    }
                    (Mutation::RenameKey { to, .. }, Step::Key(key), Value::Object(map)) => {
                        if let Some(moved) = map.remove(&key) {
                            map.insert(to.clone(), moved);
                        }
                    }
                    _ => {}
                }
            }
        }
    }
}

/// Strings an author might plausibly put anywhere: ids of the report,
/// dates good and bad, blanks, source kinds, and noise.
fn plausible_string() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        Just("  ".to_owned()),
        Just("why-flins".to_owned()),
        Just("flins".to_owned()),
        Just("key-figures".to_owned()),
        Just("preparation".to_owned()),
        Just("catherine-perez".to_owned()),
        Just("first-nissan-at-renault-1".to_owned()),
        Just("report".to_owned()),
        Just("external".to_owned()),
        Just("summary".to_owned()),
        Just("2017".to_owned()),
        Just("early 2017".to_owned()),
        Just("2013/2016".to_owned()),
        Just("2017-02-30".to_owned()),
        Just("2099-12-31".to_owned()),
        Just("0000".to_owned()),
        "\\PC{0,12}",
    ]
}

fn any_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        plausible_string().prop_map(Value::String),
    ];
    leaf.prop_recursive(3, 16, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::vec((plausible_string(), inner), 0..4)
                .prop_map(|pairs| Value::Object(pairs.into_iter().collect::<Map<_, _>>())),
        ]
    })
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let at = any::<usize>();
    prop_oneof![
        at.prop_map(|at| Mutation::Delete { at }),
        (at, any_value()).prop_map(|(at, with)| Mutation::Replace { at, with }),
        at.prop_map(|at| Mutation::Duplicate { at }),
        (at, any::<u64>()).prop_map(|(at, seed)| Mutation::Shuffle { at, seed }),
        (at, plausible_string()).prop_map(|(at, to)| Mutation::RenameKey { at, to }),
    ]
}

/// Everything the app and the checker do with a text; must not panic.
fn exercise(text: &str) {
    let _ = check::check_text("fuzz.json", text);
    let Ok(report) = Report::from_json(text) else {
        return;
    };
    for problem in report.validate() {
        assert!(problem.path.starts_with('$'), "{problem}");
        assert!(
            !problem.message.is_empty() && !problem.hint.is_empty(),
            "{problem}"
        );
    }
    let _ = report.passages().count();
    let _ = report.items();
    let _ = report.texts();
    for event in &report.timeline.events {
        let _ = (
            event.date.to_string(),
            event.date.datetime(),
            event.date.start(),
        );
    }
    let again = Report::from_json(&report.to_json()).expect("a parsed report re-parses");
    assert_eq!(again, report, "to_json round-trips");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn arbitrary_text_never_panics(text in "\\PC{0,200}") {
        exercise(&text);
    }

    #[test]
    fn json_like_text_never_panics(text in "[\\[\\]{}:,\"0-9a-z\\- \n\\\\]{0,120}") {
        exercise(&text);
    }

    #[test]
    fn mutated_report_never_panics(mutations in prop::collection::vec(mutation(), 1..5)) {
        let mut value = real().clone();
        for m in &mutations {
            m.apply(&mut value);
        }
        exercise(&value.to_string());
    }

    #[test]
    fn truncated_report_never_panics(cut in 0usize..30_000) {
        let text = real().to_string();
        let end = (0..=cut.min(text.len())).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(0);
        exercise(&text[..end]);
    }
}
