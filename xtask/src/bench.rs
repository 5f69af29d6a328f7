//! `cargo xtask bench`: measurements that print figures (not tests), with
//! the figures written into bench/ next to this command.

use crate::process::{cargo, run, step, workspace_root};
use crate::tools::{Need, Toolchain};
use crate::{Outcome, dist};

/// The base path the benchmark site is built for.
const BENCH_BASE: &str = "/bench/";

/// Builds the release site and runs the timeline benchmark.
pub fn run_all() -> Outcome {
    Toolchain::ensure(Need {
        browser: true,
        ..Need::default()
    })?;
    let site = workspace_root().join("target").join("bench-dist");
    dist::build(BENCH_BASE, &site)?;
    let results = workspace_root().join("bench").join("timeline.md");
    step(&format!(
        "timeline with 2,000 events in headless Chromium -> {}",
        results.display()
    ));
    run(
        cargo()
            .args([
                "run",
                "--quiet",
                "--release",
                "-p",
                "e2e",
                "--bin",
                "bench-timeline",
                "--",
            ])
            .arg(&site)
            .arg(BENCH_BASE)
            .arg(&results),
        "the timeline benchmark",
        "read the error above; `cargo xtask test e2e` checks the same site works",
    )
}
