//! Lighthouse (mobile preset, the default) on one page, and what the
//! benchmark reads from its JSON reports.

use crate::process::workspace_root;
use crate::{Failure, Outcome};
use serde_json::Value;
use std::path::Path;
use std::process::Command;

/// Lighthouse's categories: the id in its report, the name in the results.
pub const CATEGORIES: [(&str, &str); 4] = [
    ("performance", "performance"),
    ("accessibility", "accessibility"),
    ("best-practices", "best practices"),
    ("seo", "SEO"),
];
/// Performance moves from run to run on a busy machine.
pub const RUNS: usize = 3;
/// Those of the end-to-end browser (e2e/src/browser.rs): headless in a
/// container, nothing in the background to disturb the timings.
const CHROME_FLAGS: &str = "--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage \
     --disable-quic --no-first-run --disable-background-networking \
     --disable-component-update --disable-sync";

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Run {
    /// 0 to 100, in [`CATEGORIES`] order.
    pub scores: [u8; 4],
    pub fcp_ms: f64,
    pub lcp_ms: f64,
    pub tbt_ms: f64,
    pub cls: f64,
    /// All requests, as the host encoded them.
    pub received_bytes: u64,
    /// Lighthouse's own, unthrottled load: when it first painted, and when
    /// it asked for a wasm (`None` for a page without one), in ms from
    /// navigation start. Its simulation counts into the LCP a download
    /// that ended before that paint (results.rs `LANTERN_NOTE`).
    pub observed_paint_ms: f64,
    pub wasm_asked_ms: Option<f64>,
    /// Per category, the ids of the audits that keep it below 100.
    pub below_one: [Vec<String>; 4],
}

impl Run {
    /// A run that could not audit the page (a `runtimeError`, a missing
    /// score) is an error saying why.
    pub fn parse(json: &str) -> Result<Self, String> {
        let report: Value = serde_json::from_str(json).map_err(|error| error.to_string())?;
        if let Some(error) = report.get("runtimeError") {
            return Err(format!("{}: {}", error["code"], error["message"]));
        }
        let mut run = Self::default();
        for (index, (category, _)) in CATEGORIES.iter().enumerate() {
            let category = &report["categories"][category];
            let score = category["score"]
                .as_f64()
                .ok_or("a category has no score")?;
            run.scores[index] = (score * 100.0).round() as u8;
            // Lighthouse 12's hidden "insights" repeat visible audits.
            let visible = category["auditRefs"].as_array().into_iter().flatten();
            run.below_one[index] = visible
                .filter(|reference| reference["group"] != "hidden")
                .filter_map(|reference| reference["id"].as_str())
                .filter(|id| {
                    let audit = &report["audits"][id];
                    let scored = matches!(
                        audit["scoreDisplayMode"].as_str(),
                        Some("binary" | "numeric" | "metricSavings")
                    );
                    scored && audit["score"].as_f64().is_some_and(|score| score < 1.0)
                })
                .map(str::to_string)
                .collect();
        }
        let metric = |id: &str| {
            report["audits"][id]["numericValue"]
                .as_f64()
                .ok_or(format!("no value for {id}"))
        };
        run.fcp_ms = metric("first-contentful-paint")?;
        run.lcp_ms = metric("largest-contentful-paint")?;
        run.tbt_ms = metric("total-blocking-time")?;
        run.cls = metric("cumulative-layout-shift")?;
        let requests = report["audits"]["network-requests"]["details"]["items"].as_array();
        run.received_bytes = requests
            .into_iter()
            .flatten()
            .filter_map(|request| request["transferSize"].as_u64())
            .sum();
        run.observed_paint_ms =
            report["audits"]["metrics"]["details"]["items"][0]["observedFirstContentfulPaint"]
                .as_f64()
                .ok_or("no observed first contentful paint")?;
        run.wasm_asked_ms = requests
            .into_iter()
            .flatten()
            .find(|request| {
                request["url"]
                    .as_str()
                    .is_some_and(|url| url.ends_with(".wasm"))
            })
            .and_then(|request| request["networkRequestTime"].as_f64());
        Ok(run)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    /// Kept whole, so that a page's figures all come from one run.
    pub median: Run,
    /// The lowest and highest performance score of the runs.
    pub performance: (u8, u8),
    /// Of every run, the wasm's request and the paint it came before, when
    /// it did (see [`Run::observed_paint_ms`]).
    pub wasm_before_paint: Vec<(f64, f64)>,
}

impl Page {
    /// The run with the median performance score; of an even number the
    /// lower middle one, and ties go to the slower LCP, to err on the slow side.
    pub fn of(mut runs: Vec<Run>) -> Self {
        let wasm_before_paint = runs
            .iter()
            .filter_map(|run| {
                run.wasm_asked_ms
                    .map(|asked| (asked, run.observed_paint_ms))
            })
            .filter(|(asked, painted)| asked < painted)
            .collect();
        runs.sort_by(|a, b| (a.scores[0].cmp(&b.scores[0])).then(b.lcp_ms.total_cmp(&a.lcp_ms)));
        Self {
            performance: (runs[0].scores[0], runs[runs.len() - 1].scores[0]),
            median: runs.swap_remove((runs.len() - 1) / 2),
            wasm_before_paint,
        }
    }
}

/// Audits `url` [`RUNS`] times, keeping the reports as
/// target/bench-lighthouse/`name`-<run>.json.
pub fn audit(cli: &Path, url: &str, name: &str) -> Outcome<Page> {
    let folder = reports_folder()?;
    let runs = (1..=RUNS)
        .map(|run| run_once(cli, url, &folder.join(format!("{name}-{run}.json"))))
        .collect::<Outcome<Vec<_>>>()?;
    Ok(Page::of(runs))
}

fn run_once(cli: &Path, url: &str, file: &Path) -> Outcome<Run> {
    let json = lighthouse_json(cli, url, file)?;
    Run::parse(&json).map_err(|why| could_not_audit(url, file, &why))
}

fn reports_folder() -> Outcome<std::path::PathBuf> {
    let folder = workspace_root().join("target").join("bench-lighthouse");
    let creating = super::file_failure(format!("creating {}", folder.display()));
    std::fs::create_dir_all(&folder).map_err(creating)?;
    Ok(folder)
}

/// Runs Lighthouse on `url` and returns the JSON report it wrote to `file`.
fn lighthouse_json(cli: &Path, url: &str, file: &Path) -> Outcome<String> {
    let _ = std::fs::remove_file(file);
    let output = Command::new("node")
        .arg(cli)
        .arg(url)
        .args(["--output=json", "--quiet"])
        .arg(format!("--output-path={}", file.display()))
        // A missing page comes back as 404.html with status 404: audited
        // anyway, its SEO audit `http-status-code` fails and says so.
        .arg("--ignore-status-code")
        .arg(format!("--chrome-flags={CHROME_FLAGS}"))
        // Debian's Chromium: Lighthouse must not look for (or download) another.
        .env("CHROME_PATH", "/usr/bin/chromium")
        .output();
    std::fs::read_to_string(file).map_err(|_| {
        if let Ok(output) = output {
            eprintln!("{}", String::from_utf8_lossy(&output.stderr));
        }
        Failure::new(format!("Lighthouse wrote no report for {url}"), HINT)
    })
}

const HINT: &str = "a busy machine can time Lighthouse out: run again";

fn could_not_audit(url: &str, file: &Path, why: &str) -> Failure {
    Failure::new(
        format!(
            "Lighthouse could not audit {url} ({}): {why}",
            file.display()
        ),
        HINT,
    )
}

#[cfg(test)]
mod tests {
    use super::{Page, Run};

    /// A trimmed Lighthouse 12 report: the fields the benchmark reads.
    fn report(performance: f64, lcp: f64) -> String {
        report_asking_for_wasm_at(performance, lcp, 110.0)
    }

    fn report_asking_for_wasm_at(performance: f64, lcp: f64, wasm_asked: f64) -> String {
        format!(
            r#"{{
            "categories": {{
                "performance": {{"score": {performance}, "auditRefs": [
                    {{"id": "largest-contentful-paint", "group": "metrics"}},
                    {{"id": "cls-culprits-insight", "group": "hidden"}},
                    {{"id": "diagnostics"}}
                ]}},
                "accessibility": {{"score": 0.95, "auditRefs": [
                    {{"id": "aria-allowed-role"}}, {{"id": "color-contrast"}}
                ]}},
                "best-practices": {{"score": 1, "auditRefs": []}},
                "seo": {{"score": 0.5, "auditRefs": [{{"id": "http-status-code"}}]}}
            }},
            "audits": {{
                "first-contentful-paint": {{"numericValue": 1279.35}},
                "largest-contentful-paint": {{"numericValue": {lcp}, "score": 0.14, "scoreDisplayMode": "numeric"}},
                "total-blocking-time": {{"numericValue": 85}},
                "cumulative-layout-shift": {{"numericValue": 0.1057}},
                "metrics": {{"details": {{"items": [{{"observedFirstContentfulPaint": 95}}]}}}},
                "network-requests": {{"details": {{"items": [{{"transferSize": 1878, "url": "http://h/x/", "networkRequestTime": 2.5}}, {{"transferSize": 314898, "url": "http://h/x/reader-1_bg.wasm", "networkRequestTime": {wasm_asked}}}, {{}}]}}}},
                "cls-culprits-insight": {{"score": 0, "scoreDisplayMode": "numeric"}},
                "diagnostics": {{"score": 0, "scoreDisplayMode": "informative"}},
                "aria-allowed-role": {{"score": 0, "scoreDisplayMode": "binary"}},
                "color-contrast": {{"score": 1, "scoreDisplayMode": "binary"}},
                "http-status-code": {{"score": 0, "scoreDisplayMode": "binary"}}
            }}
        }}"#
        )
    }

    #[test]
    fn reads_scores_metrics_and_the_visible_audits_below_one() {
        let run = Run::parse(&report(0.75, 5854.35)).unwrap();
        assert_eq!(run.scores, [75, 95, 100, 50]);
        assert_eq!(
            (run.fcp_ms, run.lcp_ms, run.tbt_ms, run.cls),
            (1279.35, 5854.35, 85.0, 0.1057)
        );
        assert_eq!(run.received_bytes, 316_776);
        assert_eq!(
            (run.observed_paint_ms, run.wasm_asked_ms),
            (95.0, Some(110.0))
        );
        assert_eq!(
            run.below_one,
            [
                vec!["largest-contentful-paint".to_string()],
                vec!["aria-allowed-role".to_string()],
                vec![],
                vec!["http-status-code".to_string()],
            ]
        );
    }

    #[test]
    fn a_run_that_could_not_audit_the_page_is_an_error_with_lighthouses_reason() {
        let failed = r#"{"runtimeError": {"code": "ERRORED_DOCUMENT_REQUEST", "message": "Status code: 404"},
            "categories": {"performance": {"score": null}}}"#;
        let why = Run::parse(failed).unwrap_err();
        assert!(
            why.contains("ERRORED_DOCUMENT_REQUEST") && why.contains("404"),
            "{why}"
        );
        let no_score = report(0.75, 1.0).replace("\"score\": 0.95", "\"score\": null");
        assert!(Run::parse(&no_score).is_err());
    }

    #[test]
    fn the_median_run_is_kept_whole_and_ties_go_to_the_slower_paint() {
        let run = |score, lcp| Run::parse(&report(score, lcp)).unwrap();
        let page = Page::of(vec![
            run(0.80, 5000.0),
            run(0.70, 6000.0),
            run(0.75, 5500.0),
        ]);
        assert_eq!((page.median.scores[0], page.median.lcp_ms), (75, 5500.0));
        assert_eq!(page.performance, (70, 80));
        let tie = Page::of(vec![run(0.9, 1000.0), run(0.9, 1200.0)]);
        assert_eq!(tie.median.lcp_ms, 1200.0);
        let two = Page::of(vec![run(0.80, 5000.0), run(0.70, 6000.0)]);
        assert_eq!(two.median.scores[0], 70);
    }

    #[test]
    fn runs_that_asked_for_the_wasm_before_their_paint_are_kept_with_both_times() {
        let asked_at =
            |wasm_asked| Run::parse(&report_asking_for_wasm_at(1.0, 700.0, wasm_asked)).unwrap();
        let page = Page::of(vec![asked_at(110.0), asked_at(60.0), asked_at(95.0)]);
        assert_eq!(page.wasm_before_paint, [(60.0, 95.0)]);
        let without_wasm = report(1.0, 700.0).replace("reader-1_bg.wasm", "reader-1.js");
        let floor = Run::parse(&without_wasm).unwrap();
        assert_eq!(floor.wasm_asked_ms, None);
        assert!(Page::of(vec![floor]).wasm_before_paint.is_empty());
    }
}
