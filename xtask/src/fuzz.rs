//! `cargo xtask fuzz [N]`: N generated reports (default 500) and the
//! hostile addresses through the app's own pipeline
//! (the `micra-flins-fuzz` crate, fuzz/, natively), then the figures into
//! docs/reliability.md. Fails when anything broke, after writing them.

use crate::process::{cargo, step, workspace_root};
use crate::{Failure, Outcome};

/// Generated reports in a run without N: a few minutes on two cores.
const DEFAULT_CASES: u64 = 500;

pub fn run(options: &[&str]) -> Outcome {
    let cases = match options {
        [] => DEFAULT_CASES,
        [count] => count.parse().map_err(|_| {
            Failure::new(
                format!("`{count}` is not a number of reports"),
                "give how many generated reports to try: `cargo xtask fuzz 2000`",
            )
        })?,
        _ => {
            return Err(Failure::new(
                "fuzz takes one number at most",
                "`cargo xtask fuzz` or `cargo xtask fuzz 2000`",
            ));
        }
    };
    step(&format!(
        "{cases} generated reports and hostile addresses (fuzz/)"
    ));
    let output = cargo()
        .args(["run", "--quiet", "-p", "micra-flins-fuzz", "--"])
        .arg(cases.to_string())
        .arg(crate::bench::today())
        .output()
        .map_err(|error| {
            Failure::new(
                format!("cannot run the reliability checks: {error}"),
                "run `cargo run -p micra-flins-fuzz -- 10 today` to see why",
            )
        })?;
    let report = String::from_utf8_lossy(&output.stdout).into_owned();
    if report.is_empty() {
        return Err(Failure::new(
            format!(
                "the reliability checks printed nothing: {}",
                String::from_utf8_lossy(&output.stderr)
            ),
            "fix the error above",
        ));
    }
    let path = workspace_root().join("docs/reliability.md");
    std::fs::write(&path, &report).map_err(|error| {
        Failure::new(
            format!("cannot write {}: {error}", path.display()),
            "check permissions",
        )
    })?;
    print!("{report}");
    step(&format!("written to {}", path.display()));
    if output.status.success() {
        Ok(())
    } else {
        Err(Failure::new(
            "something broke: see the table above (docs/reliability.md)",
            "rerun the failing case: `micra_flins_fuzz::run(case, 1)` in a test (fuzz/tests/)",
        ))
    }
}
