//! The built pages as a host serves them, checked by the Nu Html Checker
//! (`vnu.jar`): every `.html` file of a site, in one run of the checker
//! (one Java start, a few seconds for the whole site).

use crate::tools::HtmlChecker;
use crate::{Failure, Outcome};
use std::collections::BTreeSet;
use std::path::Path;

/// How many errors a failure lists before it only counts the rest.
const ERRORS_LISTED: usize = 20;

/// What the checker found in a site's pages.
#[derive(Debug, PartialEq, Eq)]
pub struct Verdict {
    /// How many pages were checked.
    pub pages: usize,
    /// How many of them have at least one error.
    pub pages_with_errors: usize,
    /// What to print: `ok: …`, or `FAILED: …` with each error's page,
    /// line and message (the first [`ERRORS_LISTED`], then how many more).
    pub text: String,
}

/// Checks every `.html` file under `site`.
pub fn check_site(checker: &HtmlChecker, site: &Path) -> Outcome<Verdict> {
    let pages = crate::site_files::html_files(site).map_err(|error| {
        Failure::new(
            format!("cannot read {}: {error}", site.display()),
            "build the site again",
        )
    })?;
    if pages.is_empty() {
        return Err(Failure::new(
            format!("{} holds no .html page", site.display()),
            "build the site first (`cargo xtask dist`)",
        ));
    }
    let hint = "check that Java runs (`java -version`), or run `cargo xtask setup` again";
    let output = checker
        .command()
        // Errors only (its warnings are advice); JSON on stdout, whatever
        // it finds, so that a non-zero exit means the checker itself failed.
        .args([
            "--errors-only",
            "--format",
            "json",
            "--stdout",
            "--exit-zero-always",
        ])
        .args(&pages)
        .output()
        .map_err(|error| {
            Failure::new(format!("cannot start the Nu Html Checker: {error}"), hint)
        })?;
    if !output.status.success() {
        eprintln!("{}", String::from_utf8_lossy(&output.stderr));
        return Err(Failure::new(
            format!("the Nu Html Checker failed ({})", output.status),
            hint,
        ));
    }
    verdict(site, pages.len(), &String::from_utf8_lossy(&output.stdout))
        .map_err(|error| Failure::new(error, "run the checker by hand on the site to see why"))
}

/// Reads the checker's JSON output on `pages` pages of `site`.
fn verdict(site: &Path, pages: usize, output: &str) -> Result<Verdict, String> {
    let output: serde_json::Value = serde_json::from_str(output)
        .map_err(|error| format!("the Nu Html Checker's output does not parse: {error}"))?;
    let messages = output["messages"]
        .as_array()
        .ok_or("the Nu Html Checker's output has no messages list")?;
    let site_url = format!("file:{}/", site.display());
    let mut failing = BTreeSet::new();
    let mut errors = Vec::new();
    for message in messages {
        // "error", or "non-document-error" (a page it could not read);
        // warnings ("info") are not asked for.
        if message["type"] == "info" {
            continue;
        }
        let url = message["url"].as_str().unwrap_or("(no page)");
        let page = url.strip_prefix(&site_url).unwrap_or(url).to_string();
        errors.push(format!("  {page}{}", described(message)));
        failing.insert(page);
    }
    let text = if errors.is_empty() {
        format!("ok: the Nu Html Checker finds no error in the {pages} pages")
    } else {
        let mut lines = vec![format!(
            "FAILED: the Nu Html Checker finds {} errors in {} of the {pages} pages:",
            errors.len(),
            failing.len()
        )];
        let more = errors.len().saturating_sub(ERRORS_LISTED);
        lines.extend(errors.into_iter().take(ERRORS_LISTED));
        if more > 0 {
            lines.push(format!("  … and {more} more"));
        }
        lines.join("\n")
    };
    Ok(Verdict {
        pages,
        pages_with_errors: failing.len(),
        text,
    })
}

/// `:line.column: message (at “extract”)`: where in its page an error is
/// and what it says. The pages are long lines, so the extract (the
/// checker's few characters around the error) shows where better than
/// the column does.
fn described(message: &serde_json::Value) -> String {
    let line = message["firstLine"]
        .as_u64()
        .or(message["lastLine"].as_u64());
    let place = match (line, message["firstColumn"].as_u64()) {
        (Some(line), Some(column)) => format!(":{line}.{column}"),
        (Some(line), None) => format!(":{line}"),
        _ => String::new(),
    };
    let text = message["message"].as_str().unwrap_or("(no message)");
    match message["extract"].as_str() {
        Some(extract) => format!(
            "{place}: {text} (at “{}”)",
            extract.split_whitespace().collect::<Vec<_>>().join(" ")
        ),
        None => format!("{place}: {text}"),
    }
}

#[cfg(test)]
mod tests {
    use super::verdict;
    use std::path::Path;

    fn error(page: &str, line: u64, message: &str) -> serde_json::Value {
        serde_json::json!({
            "type": "error",
            "url": format!("file:/srv/site/{page}"),
            "lastLine": line,
            "firstColumn": 7,
            "lastColumn": 9,
            "message": message,
            "extract": "<p>a<!>b\n</p>",
        })
    }

    #[test]
    fn a_site_without_errors_passes_every_page() {
        let checked = verdict(Path::new("/srv/site"), 24, r#"{"messages":[]}"#).unwrap();
        assert_eq!(checked.pages_with_errors, 0);
        assert_eq!(
            checked.text,
            "ok: the Nu Html Checker finds no error in the 24 pages"
        );
    }

    #[test]
    fn each_error_is_named_by_page_line_and_message_up_to_twenty_then_counted() {
        let mut messages: Vec<serde_json::Value> = (1..=25)
            .map(|line| error("timeline/index.html", line, "Bogus comment."))
            .collect();
        messages.insert(0, error("index.html", 2, "Stray end tag “div”."));
        messages.push(serde_json::json!({
            "type": "non-document-error",
            "url": "file:/srv/site/about/index.html",
            "message": "File not found.",
        }));
        let report = serde_json::json!({ "messages": messages }).to_string();
        let checked = verdict(Path::new("/srv/site"), 24, &report).unwrap();
        assert_eq!(checked.pages_with_errors, 3);
        let lines: Vec<&str> = checked.text.lines().collect();
        assert_eq!(
            lines[0],
            "FAILED: the Nu Html Checker finds 27 errors in 3 of the 24 pages:"
        );
        assert_eq!(
            lines[1],
            "  index.html:2.7: Stray end tag “div”. (at “<p>a<!>b </p>”)"
        );
        assert_eq!(
            lines[2],
            "  timeline/index.html:1.7: Bogus comment. (at “<p>a<!>b </p>”)"
        );
        assert_eq!(lines.len(), 1 + 20 + 1);
        assert_eq!(lines[21], "  … and 7 more");
    }

    #[test]
    fn warnings_do_not_fail_a_page_and_a_broken_report_is_an_error() {
        let report = r#"{"messages":[{"type":"info","subType":"warning","url":"file:/srv/site/index.html","message":"The “list” role is unnecessary for element “ul”."}]}"#;
        let checked = verdict(Path::new("/srv/site"), 1, report).unwrap();
        assert_eq!(checked.pages_with_errors, 0);
        assert!(verdict(Path::new("/srv/site"), 1, "Exception in thread").is_err());
    }
}
