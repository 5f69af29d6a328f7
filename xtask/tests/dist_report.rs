//! `cargo xtask dist --report`: a report with a problem never reaches a
//! build; the command stops with the checker's message, JSON path first.

use std::process::Command;

#[test]
fn a_report_with_a_dangling_reference_stops_the_build_naming_its_json_path() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap();
    let bundled = std::fs::read_to_string(root.join("public/data/report.json")).unwrap();
    let first_citation = "\"passage\": \"";
    let at = bundled
        .find(first_citation)
        .expect("the report cites a passage")
        + first_citation.len();
    let end = at + bundled[at..].find('"').unwrap();
    let dangling = format!("{}no-such-passage{}", &bundled[..at], &bundled[end..]);
    let report = std::env::temp_dir().join(format!("micra-dangling-{}.json", std::process::id()));
    std::fs::write(&report, dangling).unwrap();

    let output = Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args(["dist", "--report"])
        .arg(&report)
        .current_dir(root)
        .output()
        .expect("xtask runs");
    let printed = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    std::fs::remove_file(&report).unwrap();
    assert!(!output.status.success(), "{printed}");
    assert!(
        printed.contains("$.timeline."),
        "names the JSON path: {printed}"
    );
    assert!(
        printed.contains("no-such-passage"),
        "names the missing id: {printed}"
    );
    assert!(
        !printed.contains("build the release site"),
        "nothing is built: {printed}"
    );
}
