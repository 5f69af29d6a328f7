//! The Nu Html Checker (`vnu.jar`, run with Debian's Java), which
//! `cargo xtask test e2e` installs and names in `MICRA_JAVA` and
//! `MICRA_VNU_JAR`, on pages saved from the browser.

use std::path::{Path, PathBuf};
use std::process::Command;

/// One error the checker found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HtmlError {
    /// The file it is in.
    pub file: PathBuf,
    /// `line.column`, where the checker gives it.
    pub place: String,
    /// What the checker says, and the few characters around the error.
    pub message: String,
}

/// `java -jar vnu.jar`, as the test command gives it.
pub struct HtmlChecker {
    java: PathBuf,
    jar: PathBuf,
}

impl HtmlChecker {
    pub fn from_env() -> Self {
        let path = |name: &str| {
            std::env::var_os(name).map(PathBuf::from).unwrap_or_else(|| {
                panic!("{name} is not set: run the end-to-end tests with `cargo xtask test e2e`, which installs the Nu Html Checker")
            })
        };
        Self {
            java: path("MICRA_JAVA"),
            jar: path("MICRA_VNU_JAR"),
        }
    }

    /// The errors in `files`, checked in one run (one Java start).
    pub fn errors(&self, files: &[PathBuf]) -> Vec<HtmlError> {
        let output = Command::new(&self.java)
            .arg("-jar")
            .arg(&self.jar)
            // JSON on stdout whatever it finds: a non-zero exit means the
            // checker itself failed.
            .args([
                "--errors-only",
                "--format",
                "json",
                "--stdout",
                "--exit-zero-always",
            ])
            .args(files)
            .output()
            .unwrap_or_else(|error| {
                panic!(
                    "start the Nu Html Checker ({}): {error}",
                    self.java.display()
                )
            });
        assert!(
            output.status.success(),
            "the Nu Html Checker failed ({}): {}",
            output.status,
            String::from_utf8_lossy(&output.stderr)
        );
        let found: serde_json::Value = serde_json::from_slice(&output.stdout)
            .unwrap_or_else(|error| panic!("the Nu Html Checker's output does not parse: {error}"));
        found["messages"]
            .as_array()
            .expect("the checker's output lists its messages")
            .iter()
            .filter(|message| message["type"] != "info")
            .map(|message| HtmlError {
                file: file_of(message["url"].as_str().unwrap_or_default()),
                place: place_of(message),
                message: match message["extract"].as_str() {
                    Some(extract) => format!(
                        "{} (at “{}”)",
                        message["message"].as_str().unwrap_or_default(),
                        extract.split_whitespace().collect::<Vec<_>>().join(" ")
                    ),
                    None => message["message"].as_str().unwrap_or_default().to_string(),
                },
            })
            .collect()
    }
}

/// The path of a `file:` URL as the checker writes it.
fn file_of(url: &str) -> PathBuf {
    Path::new(url.strip_prefix("file:").unwrap_or(url)).to_path_buf()
}

fn place_of(message: &serde_json::Value) -> String {
    let line = message["firstLine"]
        .as_u64()
        .or(message["lastLine"].as_u64());
    match (line, message["firstColumn"].as_u64()) {
        (Some(line), Some(column)) => format!("{line}.{column}"),
        (Some(line), None) => line.to_string(),
        _ => String::new(),
    }
}
