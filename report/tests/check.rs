//! check-report: what it prints and how it exits, through the library
//! function and through the real binary.

use std::io;
use std::path::Path;
use std::process::Command;

use report::check::{self, EXIT_INVALID, EXIT_OK, EXIT_USAGE};

fn fixture(relative: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join(relative)
        .display()
        .to_string()
}

fn args(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

fn read_ok(text: &'static str) -> impl FnOnce(&str) -> io::Result<String> {
    move |_| Ok(text.to_owned())
}

#[test]
fn usage_errors_exit_2() {
    for wrong in [&[][..], &["a.json", "b.json"], &["--verbose"]] {
        let run = check::run(&args(wrong), read_ok("{}"));
        assert_eq!(run.code, EXIT_USAGE, "{wrong:?}");
        assert!(run.stderr.starts_with("usage: check-report"));
    }
    let help = check::run(&args(&["--help"]), read_ok("{}"));
    assert_eq!((help.code, help.stdout.as_str()), (EXIT_OK, check::USAGE));
}

#[test]
fn unreadable_file_exits_1() {
    let run = check::run(&args(&["gone.json"]), |_| {
        Err(io::Error::new(
            io::ErrorKind::NotFound,
            "No such file or directory",
        ))
    });
    assert_eq!(run.code, EXIT_INVALID);
    assert_eq!(
        run.stderr,
        "error: cannot read gone.json: No such file or directory\n"
    );
}

#[test]
fn broken_json_names_line_and_column() {
    let run = check::check_text("r.json", "{\n  \"source\": ,\n}");
    assert_eq!(run.code, EXIT_INVALID);
    assert_eq!(
        run.stderr,
        "r.json:2:13: not valid JSON: expected value\n  hint: compare with report.schema.json and docs/authoring.md\ninvalid: r.json could not be read as a report\n"
    );
}

#[test]
fn valid_report_says_ok() {
    let text = std::fs::read_to_string(fixture("../public/data/report.json")).unwrap();
    let run = check::check_text("public/data/report.json", &text);
    assert_eq!(run.code, EXIT_OK, "{}", run.stderr);
    assert_eq!(
        run.stdout,
        "ok: public/data/report.json is a valid report (10 events, 14 passages)\n"
    );
    assert_eq!(run.stderr, "");
}

#[test]
fn every_problem_is_printed_with_path_and_hint() {
    let mut value: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(fixture("../public/data/report.json")).unwrap(),
    )
    .unwrap();
    value["teasers"][1]["target"] = "key-numbers".into();
    value["timeline"]["events"][2]["sources"] = serde_json::json!([]);
    let run = check::check_text("report.json", &value.to_string());
    assert_eq!(run.code, EXIT_INVALID);
    let lines: Vec<&str> = run.stderr.lines().collect();
    assert_eq!(lines.len(), 5, "{}", run.stderr);
    assert!(lines[0].starts_with("$.teasers[1].target: the teaser leads to \"key-numbers\""));
    assert!(lines[1].starts_with("  hint: "));
    assert!(
        lines[2]
            .starts_with("$.timeline.events[2].sources: event \"flins-investment\" has no source")
    );
    assert_eq!(lines[4], "invalid: report.json has 2 problems");
}

fn binary(arguments: &[&str]) -> (Option<i32>, String, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_check-report"))
        .args(arguments)
        .output()
        .expect("check-report runs");
    (
        output.status.code(),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn binary_exit_statuses() {
    let report = fixture("../public/data/report.json");
    let (code, stdout, _) = binary(&[&report]);
    assert_eq!(code, Some(0));
    assert!(stdout.starts_with("ok: "));

    let (code, _, stderr) = binary(&[&fixture("tests/fixtures/invalid/missing-comma.json")]);
    assert_eq!(code, Some(1));
    assert!(
        stderr.contains(":5:5: not valid JSON: expected `,` or `}`"),
        "{stderr}"
    );

    let (code, _, stderr) = binary(&[&fixture("tests/fixtures/no-such-file.json")]);
    assert_eq!(code, Some(1));
    assert!(stderr.starts_with("error: cannot read "), "{stderr}");

    let (code, _, stderr) = binary(&[]);
    assert_eq!(code, Some(2));
    assert!(stderr.starts_with("usage: "));
}
