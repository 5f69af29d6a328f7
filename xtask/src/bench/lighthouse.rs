//! Lighthouse runs (mobile preset, the default) and what the benchmark reads
//! from their JSON reports: the four category scores, four metrics, and the
//! audits that keep a category below 100.

use crate::{Failure, Outcome};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Lighthouse's categories, in the order the results show them.
pub const CATEGORIES: [Category; 4] = [
    Category {
        id: "performance",
        name: "performance",
    },
    Category {
        id: "accessibility",
        name: "accessibility",
    },
    Category {
        id: "best-practices",
        name: "best practices",
    },
    Category {
        id: "seo",
        name: "SEO",
    },
];

/// Runs per page. Performance moves from run to run on a busy machine; the
/// run with the median performance score is kept, whole, so that the
/// figures shown for a page all come from one run.
pub const RUNS: usize = 3;

/// Debian's Chromium: Lighthouse must not look for (or download) another.
const CHROME_PATH: &str = "/usr/bin/chromium";
/// The flags the end-to-end browser uses (e2e/src/browser.rs): headless in a
/// container, and nothing in the background that would disturb the timings.
const CHROME_FLAGS: &str = "--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage \
     --disable-quic --no-first-run --disable-background-networking \
     --disable-component-update --disable-sync";

/// One Lighthouse category.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Category {
    /// Its id in Lighthouse's report.
    pub id: &'static str,
    /// How the results name it.
    pub name: &'static str,
}

/// An audit that scored below 1 in a category.
#[derive(Debug, Clone, PartialEq)]
pub struct Audit {
    /// The category's id (an audit can count in only one).
    pub category: &'static str,
    /// Lighthouse's audit id, e.g. `largest-contentful-paint`.
    pub id: String,
    /// Lighthouse's title for it.
    pub title: String,
    /// What Lighthouse shows next to it (a time, a count), if anything.
    pub shown: Option<String>,
    /// The first thing its details name (a reason, an element, a file), if any.
    pub example: Option<String>,
    /// Its weight in the category score (0: informative only).
    pub weight: f64,
}

/// What one Lighthouse run found on one page.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    /// The Lighthouse version that wrote the report.
    pub version: String,
    /// Category scores, 0 to 100, in [`CATEGORIES`] order.
    pub scores: [u8; 4],
    /// First Contentful Paint, ms.
    pub fcp_ms: f64,
    /// Largest Contentful Paint, ms.
    pub lcp_ms: f64,
    /// Total Blocking Time, ms.
    pub tbt_ms: f64,
    /// Cumulative Layout Shift.
    pub cls: f64,
    /// Bytes the page received over the network, all requests, as the host
    /// encoded them.
    pub transferred: u64,
    /// The audits below 1, category by category.
    pub below_one: Vec<Audit>,
}

impl Report {
    /// Reads a Lighthouse JSON report; a run that could not audit the page
    /// (a `runtimeError`, a missing score) is an error saying why.
    pub fn parse(json: &str) -> Result<Self, String> {
        let report: Value =
            serde_json::from_str(json).map_err(|error| format!("not JSON: {error}"))?;
        if let Some(error) = report.get("runtimeError") {
            return Err(format!("{}: {}", error["code"], error["message"]));
        }
        let mut scores = [0; 4];
        for (score, category) in scores.iter_mut().zip(CATEGORIES) {
            let value = report["categories"][category.id]["score"]
                .as_f64()
                .ok_or_else(|| format!("no {} score", category.id))?;
            *score = (value * 100.0).round() as u8;
        }
        let metric = |id: &str| {
            report["audits"][id]["numericValue"]
                .as_f64()
                .ok_or_else(|| format!("no value for {id}"))
        };
        Ok(Self {
            version: report["lighthouseVersion"]
                .as_str()
                .unwrap_or("?")
                .to_string(),
            scores,
            fcp_ms: metric("first-contentful-paint")?,
            lcp_ms: metric("largest-contentful-paint")?,
            tbt_ms: metric("total-blocking-time")?,
            cls: metric("cumulative-layout-shift")?,
            transferred: transferred(&report),
            below_one: CATEGORIES
                .iter()
                .flat_map(|category| audits_below_one(&report, category.id))
                .collect(),
        })
    }

    /// The score of `category` (a [`Category::id`]).
    pub fn score(&self, category: &str) -> u8 {
        let index = CATEGORIES
            .iter()
            .position(|known| known.id == category)
            .expect("one of CATEGORIES");
        self.scores[index]
    }
}

/// The sum of the transfer sizes in the `network-requests` audit.
fn transferred(report: &Value) -> u64 {
    report["audits"]["network-requests"]["details"]["items"]
        .as_array()
        .map_or(0, |requests| {
            requests
                .iter()
                .filter_map(|request| request["transferSize"].as_u64())
                .sum()
        })
}

/// The audits of `category` that scored below 1. Lighthouse 12 also lists
/// its "insights" in a hidden group, each repeating a visible audit; those
/// are left out so that every cause is named once.
fn audits_below_one(report: &Value, category: &'static str) -> Vec<Audit> {
    let references = report["categories"][category]["auditRefs"]
        .as_array()
        .map(Vec::as_slice)
        .unwrap_or_default();
    references
        .iter()
        .filter(|reference| reference["group"] != "hidden")
        .filter_map(|reference| {
            let id = reference["id"].as_str()?;
            let audit = &report["audits"][id];
            let scored = matches!(
                audit["scoreDisplayMode"].as_str(),
                Some("binary" | "numeric" | "metricSavings")
            );
            (scored && audit["score"].as_f64()? < 1.0).then(|| Audit {
                category,
                id: id.to_string(),
                title: audit["title"].as_str().unwrap_or(id).to_string(),
                shown: audit["displayValue"].as_str().map(str::to_string),
                example: first_detail(&audit["details"]),
                weight: reference["weight"].as_f64().unwrap_or(0.0),
            })
        })
        .collect()
}

/// The most telling field of the first item in an audit's details table
/// (tables may nest: the LCP audit lists tables), shortened to a line.
fn first_detail(details: &Value) -> Option<String> {
    let item = details["items"].as_array()?.first()?;
    if item["items"].is_array() {
        return first_detail(item);
    }
    let text = ["reason", "description"]
        .iter()
        .find_map(|field| item[field].as_str())
        .or_else(|| item["node"]["snippet"].as_str())
        .or_else(|| item["url"].as_str())
        .or_else(|| item["scriptUrl"].as_str())?;
    Some(shortened(&without_local_origin(text)))
}

/// `/reports/micra/x.js` for `http://127.0.0.1:41234/reports/micra/x.js`:
/// the port changes from run to run and says nothing.
fn without_local_origin(text: &str) -> String {
    match text.strip_prefix("http://127.0.0.1:") {
        Some(rest) => rest
            .find('/')
            .map_or(text.to_string(), |slash| rest[slash..].to_string()),
        None => text.to_string(),
    }
}

fn shortened(text: &str) -> String {
    const MOST: usize = 100;
    let line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    match line.char_indices().nth(MOST) {
        Some((cut, _)) => format!("{}…", &line[..cut]),
        None => line,
    }
}

/// A page's Lighthouse figures: the median run, and every run's
/// performance score to show how much they moved.
#[derive(Debug, Clone)]
pub struct PageAudit {
    /// The run with the median performance score.
    pub median: Report,
    /// The performance score of each run, in run order.
    pub performance_runs: Vec<u8>,
}

/// The run with the median performance score (the lower middle one of an
/// even number; ties broken by the larger LCP, to err on the slow side).
pub fn median_run(mut runs: Vec<Report>) -> Report {
    assert!(!runs.is_empty(), "at least one run");
    runs.sort_by(|a, b| {
        a.score("performance")
            .cmp(&b.score("performance"))
            .then(b.lcp_ms.total_cmp(&a.lcp_ms))
    });
    runs.swap_remove((runs.len() - 1) / 2)
}

/// Lighthouse, installed by xtask (tools.rs), writing its reports into a folder.
pub struct Lighthouse {
    cli: PathBuf,
    reports: PathBuf,
}

impl Lighthouse {
    /// Runs `cli` with node, keeping the JSON reports in `reports`.
    pub fn new(cli: &Path, reports: PathBuf) -> Outcome<Self> {
        std::fs::create_dir_all(&reports).map_err(|error| {
            Failure::new(
                format!("cannot create {}: {error}", reports.display()),
                "check permissions",
            )
        })?;
        Ok(Self {
            cli: cli.to_path_buf(),
            reports,
        })
    }

    /// Audits `url` [`RUNS`] times; the reports are named `<name>-<run>.json`.
    pub fn audit(&self, url: &str, name: &str) -> Outcome<PageAudit> {
        let runs = (1..=RUNS)
            .map(|run| self.run_once(url, &self.reports.join(format!("{name}-{run}.json"))))
            .collect::<Outcome<Vec<_>>>()?;
        let performance_runs = runs.iter().map(|run| run.score("performance")).collect();
        Ok(PageAudit {
            median: median_run(runs),
            performance_runs,
        })
    }

    fn run_once(&self, url: &str, report_file: &Path) -> Outcome<Report> {
        let _ = std::fs::remove_file(report_file);
        let output = Command::new("node")
            .arg(&self.cli)
            .arg(url)
            .args(["--output=json", "--quiet"])
            .arg(format!("--output-path={}", report_file.display()))
            // A static host answers a deep link with 404.html and status 404
            // (so does GitHub Pages); without this Lighthouse would refuse to
            // audit those routes. The SEO audit `http-status-code` still fails.
            .arg("--ignore-status-code")
            .arg(format!("--chrome-flags={CHROME_FLAGS}"))
            .env("CHROME_PATH", CHROME_PATH)
            .output()
            .map_err(|error| {
                Failure::new(
                    format!("could not start Lighthouse (node): {error}"),
                    "install Node.js 18.20 or later and put `node` on PATH",
                )
            })?;
        let hint = format!(
            "the report (if any) is {}; run `cargo xtask bench` again, a busy machine can time Lighthouse out",
            report_file.display()
        );
        let Ok(json) = std::fs::read_to_string(report_file) else {
            eprintln!("{}", String::from_utf8_lossy(&output.stderr));
            return Err(Failure::new(
                format!("Lighthouse wrote no report for {url} ({})", output.status),
                hint,
            ));
        };
        Report::parse(&json)
            .map_err(|why| Failure::new(format!("Lighthouse could not audit {url}: {why}"), hint))
    }
}

#[cfg(test)]
mod tests {
    use super::{Report, median_run, shortened};

    /// A trimmed Lighthouse 12 report: the fields the benchmark reads.
    fn report(performance: f64, lcp: f64) -> String {
        format!(
            r#"{{
            "lighthouseVersion": "12.8.2",
            "categories": {{
                "performance": {{"score": {performance}, "auditRefs": [
                    {{"id": "largest-contentful-paint", "weight": 25, "group": "metrics"}},
                    {{"id": "cls-culprits-insight", "weight": 0, "group": "hidden"}},
                    {{"id": "diagnostics", "weight": 0}}
                ]}},
                "accessibility": {{"score": 0.95, "auditRefs": [
                    {{"id": "aria-allowed-role", "weight": 1, "group": "a11y-aria"}},
                    {{"id": "color-contrast", "weight": 7}}
                ]}},
                "best-practices": {{"score": 1, "auditRefs": [
                    {{"id": "valid-source-maps", "weight": 0}}
                ]}},
                "seo": {{"score": 1, "auditRefs": []}}
            }},
            "audits": {{
                "first-contentful-paint": {{"numericValue": 1279.35}},
                "largest-contentful-paint": {{"numericValue": {lcp}, "score": 0.14,
                    "scoreDisplayMode": "numeric", "title": "Largest Contentful Paint", "displayValue": "5.9 s",
                    "details": {{"items": [{{"type": "table", "items": [{{"url": "http://127.0.0.1:4100/bench/x.js"}}]}}]}}}},
                "total-blocking-time": {{"numericValue": 85}},
                "cumulative-layout-shift": {{"numericValue": 0.1057}},
                "network-requests": {{"details": {{"items": [{{"transferSize": 1878}}, {{"transferSize": 314898}}, {{}}]}}}},
                "cls-culprits-insight": {{"score": 0, "scoreDisplayMode": "numeric", "title": "Layout shift culprits"}},
                "diagnostics": {{"score": null, "scoreDisplayMode": "informative", "title": "Diagnostics"}},
                "aria-allowed-role": {{"score": 0, "scoreDisplayMode": "binary", "title": "Uses ARIA roles on incompatible elements",
                    "details": {{"items": [{{"node": {{"snippet": "<li class=\"phase\" role=\"group\">"}}}}]}}}},
                "color-contrast": {{"score": 1, "scoreDisplayMode": "binary", "title": "Contrast"}},
                "valid-source-maps": {{"score": 0, "scoreDisplayMode": "binary", "title": "Missing source maps"}}
            }}
        }}"#
        )
    }

    #[test]
    fn reads_scores_metrics_and_the_visible_audits_below_one() {
        let parsed = Report::parse(&report(0.75, 5854.35)).unwrap();
        assert_eq!(parsed.scores, [75, 95, 100, 100]);
        assert_eq!(parsed.score("accessibility"), 95);
        assert_eq!(
            (parsed.fcp_ms, parsed.lcp_ms, parsed.tbt_ms),
            (1279.35, 5854.35, 85.0)
        );
        assert_eq!(parsed.transferred, 316_776);
        let below: Vec<(&str, &str, f64)> = parsed
            .below_one
            .iter()
            .map(|audit| (audit.category, audit.id.as_str(), audit.weight))
            .collect();
        assert_eq!(
            below,
            [
                ("performance", "largest-contentful-paint", 25.0),
                ("accessibility", "aria-allowed-role", 1.0),
                ("best-practices", "valid-source-maps", 0.0),
            ]
        );
        assert_eq!(parsed.below_one[0].shown.as_deref(), Some("5.9 s"));
        assert_eq!(parsed.below_one[0].example.as_deref(), Some("/bench/x.js"));
        assert_eq!(
            parsed.below_one[1].example.as_deref(),
            Some(r#"<li class="phase" role="group">"#)
        );
        assert_eq!(parsed.below_one[2].example, None);
    }

    #[test]
    fn a_run_that_could_not_audit_the_page_is_an_error_with_lighthouses_reason() {
        let failed = r#"{"runtimeError": {"code": "ERRORED_DOCUMENT_REQUEST", "message": "Status code: 404"},
            "categories": {"performance": {"score": null}}}"#;
        let why = Report::parse(failed).unwrap_err();
        assert!(why.contains("ERRORED_DOCUMENT_REQUEST"), "{why}");
        assert!(why.contains("404"), "{why}");
    }

    #[test]
    fn the_median_run_is_kept_whole() {
        let runs = [(0.80, 5000.0), (0.70, 6000.0), (0.75, 5500.0)]
            .map(|(score, lcp)| Report::parse(&report(score, lcp)).unwrap());
        let median = median_run(runs.to_vec());
        assert_eq!((median.score("performance"), median.lcp_ms), (75, 5500.0));
        let two = median_run(runs[..2].to_vec());
        assert_eq!(two.score("performance"), 70);
    }

    #[test]
    fn examples_are_one_short_line() {
        assert_eq!(
            shortened("Fix any of:\n  role group"),
            "Fix any of: role group"
        );
        let long = "é".repeat(150);
        assert_eq!(shortened(&long), format!("{}…", "é".repeat(100)));
    }
}
