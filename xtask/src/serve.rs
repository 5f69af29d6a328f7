//! `cargo xtask serve [--report file.json]`: trunk's dev server with live
//! reload, optionally showing another report.

use crate::Outcome;
use crate::post_build::REPORT_VARIABLE;
use crate::process::{self, step, workspace_root};
use crate::tools::{Need, Toolchain};
use std::process::Command;

/// Where `trunk serve` listens (Trunk.toml's `[serve]` section says the same).
pub const DEV_URL: &str = "http://127.0.0.1:8080/";

/// Builds the app and serves it until interrupted. With `report`, the
/// build carries that file as its `data/report.json` and rebuilds when it
/// changes; a development build checks it in the page and lists its problems.
pub fn run(report: Option<&str>) -> Outcome {
    let tools = Toolchain::ensure(Need {
        build: true,
        ..Need::default()
    })?;
    let mut trunk = Command::new("trunk");
    trunk.arg("serve").current_dir(workspace_root());
    match report {
        Some(report) => {
            let report = std::path::absolute(report).map_err(|error| {
                crate::Failure::new(
                    format!("cannot find {report}: {error}"),
                    "give --report the path of a report JSON file",
                )
            })?;
            step(&format!(
                "build and serve the app with {} at {DEV_URL} with live reload (Ctrl+C stops)",
                report.display()
            ));
            // Trunk watches the project; the report may live elsewhere.
            trunk
                .args(["--watch", "."])
                .arg("--watch")
                .arg(&report)
                .env(REPORT_VARIABLE, &report);
        }
        None => step(&format!(
            "build and serve the app at {DEV_URL} with live reload (Ctrl+C stops)"
        )),
    }
    process::run(
        tools.apply(&mut trunk),
        "trunk serve",
        "read trunk's error above; `cargo xtask setup` reinstalls the pinned tools",
    )
}
