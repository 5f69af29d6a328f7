//! The check-report command: everything but the file system and the exit,
//! so that it is tested natively. `src/bin/check-report.rs` only wires it up.

use std::io;

use super::report::Report;
use super::validate::shown_problems;

/// Exit status when the report is valid.
pub const EXIT_OK: u8 = 0;
/// Exit status when the report is invalid or cannot be read.
pub const EXIT_INVALID: u8 = 1;
/// Exit status when the command is used wrongly.
pub const EXIT_USAGE: u8 = 2;

/// How to call the command.
pub const USAGE: &str = "\
usage: check-report <path/to/report.json>

Reads a report file, checks its structure and its content (ids, references,
quotes, dates), and prints every problem with its JSON path and a hint.
Exit status: 0 valid, 1 invalid or unreadable, 2 usage error.
";

/// What one run of the command prints, and its exit status.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckRun {
    /// Exit status: [`EXIT_OK`], [`EXIT_INVALID`] or [`EXIT_USAGE`].
    pub code: u8,
    /// Text for standard output.
    pub stdout: String,
    /// Text for standard error.
    pub stderr: String,
}

/// Runs the command on its arguments (program name excluded), reading the
/// file through `read` so tests can pass text without touching the disk.
pub fn run(args: &[String], read: impl FnOnce(&str) -> io::Result<String>) -> CheckRun {
    match args {
        [flag] if flag == "-h" || flag == "--help" => CheckRun {
            code: EXIT_OK,
            stdout: USAGE.into(),
            stderr: String::new(),
        },
        [path] if !path.starts_with('-') => match read(path) {
            Ok(text) => check_text(path, &text),
            Err(error) => CheckRun {
                code: EXIT_INVALID,
                stdout: String::new(),
                stderr: format!("error: cannot read {path}: {error}\n"),
            },
        },
        _ => CheckRun {
            code: EXIT_USAGE,
            stdout: String::new(),
            stderr: USAGE.into(),
        },
    }
}

/// Checks the text of a report; `name` is how the file is called in messages.
pub fn check_text(name: &str, text: &str) -> CheckRun {
    let report = match Report::from_json(text) {
        Ok(report) => report,
        Err(error) => {
            return CheckRun {
                code: EXIT_INVALID,
                stdout: String::new(),
                stderr: format!(
                    "{name}:{}:{}: {}: {}\n  hint: compare with report.schema.json and docs/authoring.md\ninvalid: {name} could not be read as a report\n",
                    error.line,
                    error.column,
                    error.kind.describe(),
                    error.message
                ),
            };
        }
    };
    let problems = report.validate();
    if problems.is_empty() {
        return CheckRun {
            code: EXIT_OK,
            stdout: format!(
                "ok: {name} is a valid report ({} events, {} passages)\n",
                report.timeline.events.len(),
                report.passages().count()
            ),
            stderr: String::new(),
        };
    }
    let mut stderr = String::new();
    let (shown, more) = shown_problems(&problems);
    for problem in shown {
        stderr.push_str(&problem.to_string());
        stderr.push('\n');
    }
    if more > 0 {
        stderr.push_str(&format!("and {more} more: fix these first\n"));
    }
    let count = problems.len();
    let noun = if count == 1 { "problem" } else { "problems" };
    stderr.push_str(&format!("invalid: {name} has {count} {noun}\n"));
    CheckRun {
        code: EXIT_INVALID,
        stdout: String::new(),
        stderr,
    }
}
