//! A publisher edits the report while `cargo xtask serve` runs: a save
//! that breaks it shows its problems in the page, naming the file being
//! edited, and the save that mends it brings the site back with the edit.
//! In Chromium's run only: it needs no browser.

use e2e::{DevServer, Engine, TempFolder, site_from_env};
use std::path::Path;
use std::time::Duration;

/// A rebuild after a report edit: the prerender only, no compile.
const REBUILD: Duration = Duration::from_secs(180);

#[test]
fn a_broken_report_shows_its_problems_in_the_page_and_its_fix_shows_the_edit() {
    if Engine::from_env() != Engine::Chromium {
        eprintln!("the development server is tried in Chromium's run only");
        return;
    }
    let (_, base) = site_from_env();
    let folder = TempFolder::new("edited-report");
    let report = folder.join("report.json");
    let bundled = Path::new(env!("CARGO_MANIFEST_DIR")).join("../public/data/report.json");
    std::fs::copy(&bundled, &report).unwrap();
    let mut server = DevServer::start_with_report(&base, &report);

    std::fs::write(&report, "{\"feature\": ").unwrap();
    let broken = server.wait_until_page_says(&base, "The report has problems", REBUILD);
    let (_, page) = server.get(&base);
    assert!(
        page.contains(&*report.to_string_lossy()),
        "the problems should name the file being edited, {}:\n{page}",
        report.display()
    );
    assert!(
        !page.contains("data-prerendered"),
        "a broken report's page shows its problems, not the last good site"
    );

    let mut edited: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&bundled).unwrap()).unwrap();
    let title = "A headline edited while the server runs";
    edited["feature"]["title"] = title.into();
    std::fs::write(&report, serde_json::to_string_pretty(&edited).unwrap()).unwrap();
    let mended = server.wait_until_page_says(&base, title, REBUILD);
    let (status, page) = server.get(&base);
    assert_eq!(status, 200);
    assert!(page.contains("data-prerendered"), "{page}");
    assert!(!page.contains("The report has problems"), "{page}");
    eprintln!(
        "a report edit showed in {:.1} s broken, {:.1} s mended",
        broken.as_secs_f64(),
        mended.as_secs_f64()
    );
}
