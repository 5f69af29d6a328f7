//! Running child processes: one printed line per step, readable failures.

use crate::{Failure, Outcome};
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// Prints the one line that announces a step.
pub fn step(what: &str) {
    println!("==> {what}");
}

/// The workspace root (the folder holding the app's Cargo.toml).
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives one level below the workspace root")
        .to_path_buf()
}

/// `cargo` as the one running us, started in the workspace root.
pub fn cargo() -> Command {
    let mut command = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()));
    command.current_dir(workspace_root());
    command
}

/// Runs a command to completion; a non-zero exit becomes a [`Failure`].
pub fn run(command: &mut Command, what: &str, hint: &str) -> Outcome {
    let status = command.status().map_err(|error| {
        Failure::new(
            format!("{what}: could not start {command:?}: {error}"),
            hint,
        )
    })?;
    if status.success() {
        Ok(())
    } else {
        Err(Failure::new(format!("{what} failed ({status})"), hint))
    }
}

/// Runs a command quietly: its output is shown only when it fails.
pub fn run_quiet(command: &mut Command, what: &str, hint: &str) -> Outcome {
    let output = command.output().map_err(|error| {
        Failure::new(
            format!("{what}: could not start {command:?}: {error}"),
            hint,
        )
    })?;
    if output.status.success() {
        return Ok(());
    }
    eprintln!("{}", String::from_utf8_lossy(&output.stdout));
    eprintln!("{}", String::from_utf8_lossy(&output.stderr));
    Err(Failure::new(
        format!("{what} failed ({})", output.status),
        hint,
    ))
}

/// Passed and failed counts summed over `test result:` lines.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct TestCounts {
    /// Tests that passed.
    pub passed: u64,
    /// Tests that failed.
    pub failed: u64,
}

impl TestCounts {
    /// Adds the counts of one `test result: ok. 3 passed; 0 failed; ...` line.
    pub fn add_line(&mut self, line: &str) {
        let Some(rest) = line.trim().strip_prefix("test result: ") else {
            return;
        };
        for part in rest.split([';', '.']) {
            let mut words = part.split_whitespace();
            if let (Some(number), Some(label)) = (words.next(), words.next()) {
                match (number.parse::<u64>(), label) {
                    (Ok(n), "passed") => self.passed += n,
                    (Ok(n), "failed") => self.failed += n,
                    _ => {}
                }
            }
        }
    }
}

/// Runs a test command, echoing its output and adding its results to
/// `counts` (also when it fails, so that a summary can still be printed).
pub fn run_tests(
    command: &mut Command,
    what: &str,
    hint: &str,
    counts: &mut TestCounts,
) -> Outcome {
    run_tests_watching(command, what, hint, counts, &mut |_| {})
}

/// [`run_tests`], showing each line of the output to `watch` as well.
pub fn run_tests_watching(
    command: &mut Command,
    what: &str,
    hint: &str,
    counts: &mut TestCounts,
    watch: &mut dyn FnMut(&str),
) -> Outcome {
    let mut child = command.stdout(Stdio::piped()).spawn().map_err(|error| {
        Failure::new(
            format!("{what}: could not start {command:?}: {error}"),
            hint,
        )
    })?;
    let failed_before = counts.failed;
    let stdout = child.stdout.take().expect("stdout was piped");
    for line in BufReader::new(stdout).lines().map_while(Result::ok) {
        println!("{line}");
        counts.add_line(&line);
        watch(&line);
    }
    let status = child
        .wait()
        .map_err(|error| Failure::new(format!("{what}: {error}"), hint))?;
    if status.success() {
        Ok(())
    } else {
        Err(Failure::new(
            format!(
                "{what} failed ({status}; {} failed)",
                counts.failed - failed_before
            ),
            hint,
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::TestCounts;

    #[test]
    fn counts_passed_and_failed_from_cargo_and_wasm_bindgen_lines() {
        let mut counts = TestCounts::default();
        counts.add_line("test result: ok. 12 passed; 0 failed; 1 ignored; 0 measured; 0 filtered out; finished in 0.01s");
        counts.add_line(
            "test result: FAILED. 3 passed; 2 failed; 0 ignored; 0 filtered out; finished in 1.2s",
        );
        counts.add_line("running 4 tests");
        assert_eq!(
            counts,
            TestCounts {
                passed: 15,
                failed: 2
            }
        );
    }
}
