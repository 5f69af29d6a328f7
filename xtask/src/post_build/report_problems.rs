//! While `cargo xtask serve` watches, a report with problems does not stop
//! the build: every address shows the checker's list instead of the site,
//! in the page live reload refreshes, and the terminal shows it too. The
//! next save that fixes the report brings the site back.

use crate::{Failure, Outcome};
use std::path::Path;

/// The checker's messages for the report in `staging`, or `None` when it
/// has no problems. They name `source`, the file being edited, rather
/// than its copy in the build.
pub fn problems_in(staging: &Path, source: &Path) -> Option<String> {
    let copy = staging
        .join("data/report.json")
        .to_string_lossy()
        .into_owned();
    let run = report::check::run(std::slice::from_ref(&copy), |path| {
        std::fs::read_to_string(path)
    });
    (run.code != report::check::EXIT_OK)
        .then(|| format!("{}{}", run.stdout, run.stderr).replace(&copy, &source.to_string_lossy()))
}

/// `shell` (the built `index.html`) with the problems where the pages go.
pub fn page_listing(shell: &str, problems: &str) -> Outcome<String> {
    let root = ["<div id=\"app\"></div>", "<div id=app></div>"]
        .into_iter()
        .find(|root| shell.contains(root))
        .ok_or_else(|| {
            Failure::new(
                "index.html has no empty <div id=\"app\"></div>",
                "keep it in index.html's body: the pages are written into it",
            )
        })?;
    let listing = format!(
        "<div id=\"app\"><main id=\"main\" class=\"page page--message\"><h1>The report has problems</h1>\
         <p>Fix them and save: this page reloads with the site.</p><pre>{}</pre></main></div>",
        escape(problems)
    );
    Ok(shell.replacen(root, &listing, 1))
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::{page_listing, problems_in};
    use std::path::Path;

    #[test]
    fn the_problems_name_the_file_being_edited_and_a_valid_report_has_none() {
        let staging =
            std::env::temp_dir().join(format!("micra-report-problems-{}", std::process::id()));
        std::fs::create_dir_all(staging.join("data")).unwrap();
        let report = staging.join("data/report.json");
        std::fs::write(&report, "{").unwrap();
        let broken = problems_in(&staging, Path::new("/home/me/report.json"));
        std::fs::copy(
            crate::process::workspace_root().join("public/data/report.json"),
            &report,
        )
        .unwrap();
        let valid = problems_in(&staging, Path::new("/home/me/report.json"));
        std::fs::remove_dir_all(&staging).unwrap();
        let broken = broken.expect("a report cut short has problems");
        assert!(broken.contains("/home/me/report.json"), "{broken}");
        assert!(!broken.contains(&*staging.to_string_lossy()), "{broken}");
        assert_eq!(valid, None);
    }

    #[test]
    fn the_problems_replace_the_pages_as_text() {
        let shell = "<html><body><div id=app></div><script>reload()</script></body></html>";
        let page = page_listing(shell, "/feature/title: <b>empty</b> & short").unwrap();
        assert!(page.contains("<pre>/feature/title: &lt;b&gt;empty&lt;/b&gt; &amp; short</pre>"));
        assert!(
            page.ends_with("</div><script>reload()</script></body></html>"),
            "{page}"
        );
    }

    #[test]
    fn a_shell_without_its_root_is_refused() {
        assert!(page_listing("<html><body></body></html>", "problem").is_err());
    }
}
