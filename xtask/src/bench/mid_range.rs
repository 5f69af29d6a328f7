//! When a page answers the reader on a mid-range phone: e2e's
//! bench-mid-range loads each page with a cold cache under Chromium's own
//! throttling (CPU 4×, 1.6 Mbit/s, 150 ms a round trip) and prints each
//! run as a JSON line; this keeps each page's median run.

use crate::{Failure, Outcome};
use std::path::Path;

/// One page load; times in ms from navigation start.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct MidRangeRun {
    pub fcp_ms: f64,
    pub lcp_ms: f64,
    /// When the page asked for its wasm and when it had all of it (the
    /// wasm's resource timing); `None` for a page that never asked.
    pub wasm_ms: Option<(f64, f64)>,
    /// When every island was hydrated (src/perf.rs `ISLANDS_HYDRATED`);
    /// `None` for a page that never said so.
    pub islands_ready_ms: Option<f64>,
}

impl MidRangeRun {
    /// Of some runs, the one whose islands were ready in the median time
    /// (a run where they never were counts as the slowest).
    pub fn median(mut runs: Vec<Self>) -> Self {
        runs.sort_by(|a, b| {
            let ready = |run: &Self| run.islands_ready_ms.unwrap_or(f64::INFINITY);
            ready(a).total_cmp(&ready(b))
        });
        runs.swap_remove(runs.len() / 2)
    }
}

/// Loads of each page; the median one is kept.
pub const LOADS: usize = 5;

/// Each of `paths`' median run, in their order.
pub fn measure(site: &Path, base: &str, paths: &[String]) -> Outcome<Vec<MidRangeRun>> {
    let args: Vec<String> = std::iter::once(LOADS.to_string())
        .chain(paths.iter().cloned())
        .collect();
    let printed = super::run_on_site(
        "bench-mid-range",
        site,
        base,
        &args,
        "the mid-range phone benchmark",
    )?;
    medians(&printed, paths).map_err(|why| {
        Failure::new(
            format!("bench-mid-range printed what the benchmark cannot read: {why}"),
            "see e2e/src/bin/bench-mid-range.rs",
        )
    })
}

/// The median run of each path from bench-mid-range's lines.
fn medians(printed: &str, paths: &[String]) -> Result<Vec<MidRangeRun>, String> {
    let mut runs: Vec<Vec<MidRangeRun>> = vec![Vec::new(); paths.len()];
    for line in printed.lines().filter(|line| !line.trim().is_empty()) {
        let run: serde_json::Value =
            serde_json::from_str(line).map_err(|error| format!("{line}: {error}"))?;
        let index = paths
            .iter()
            .position(|path| run["path"] == path.as_str())
            .ok_or(format!("{line}: a path it was not given"))?;
        let time = |key: &str| run[key].as_f64().ok_or(format!("{line}: no {key}"));
        runs[index].push(MidRangeRun {
            fcp_ms: time("fcp_ms")?,
            lcp_ms: time("lcp_ms")?,
            wasm_ms: run["wasm_requested_ms"]
                .as_f64()
                .zip(run["wasm_received_ms"].as_f64()),
            islands_ready_ms: run["islands_ready_ms"].as_f64(),
        });
    }
    paths
        .iter()
        .zip(runs)
        .map(|(path, runs)| match runs.is_empty() {
            true => Err(format!("no run of /{path}")),
            false => Ok(MidRangeRun::median(runs)),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::{MidRangeRun, medians};

    #[test]
    fn each_path_gets_its_median_run_and_a_page_never_ready_counts_as_slowest() {
        let printed = r#"{"fcp_ms":640,"islands_ready_ms":1515.5,"lcp_ms":640,"path":""}
{"fcp_ms":592,"islands_ready_ms":1835.4,"lcp_ms":592,"path":"timeline"}
{"fcp_ms":668,"islands_ready_ms":1551.3,"lcp_ms":668,"path":""}
{"fcp_ms":556,"islands_ready_ms":null,"lcp_ms":676,"path":"timeline"}
{"fcp_ms":640,"islands_ready_ms":1533.8,"lcp_ms":650,"path":"","wasm_requested_ms":700.5,"wasm_received_ms":1480}
{"fcp_ms":708,"islands_ready_ms":null,"lcp_ms":708,"path":"timeline"}
"#;
        let paths = ["".to_string(), "timeline".to_string()];
        let runs = medians(printed, &paths).unwrap();
        assert_eq!(
            runs[0],
            MidRangeRun {
                fcp_ms: 640.0,
                lcp_ms: 650.0,
                wasm_ms: Some((700.5, 1480.0)),
                islands_ready_ms: Some(1533.8)
            }
        );
        assert_eq!(runs[1].islands_ready_ms, None);
    }

    #[test]
    fn a_path_without_runs_or_a_line_out_of_place_is_an_error() {
        let paths = ["".to_string(), "about".to_string()];
        let one = r#"{"fcp_ms":1,"islands_ready_ms":2,"lcp_ms":1,"path":""}"#;
        assert_eq!(medians(one, &paths).unwrap_err(), "no run of /about");
        let stranger = r#"{"fcp_ms":1,"islands_ready_ms":2,"lcp_ms":1,"path":"elsewhere"}"#;
        assert!(
            medians(stranger, &paths)
                .unwrap_err()
                .contains("a path it was not given")
        );
    }
}
