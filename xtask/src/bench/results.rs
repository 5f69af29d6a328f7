//! The results document (bench/RESULTS.md): tables of the figures, the
//! budgets, and how the figures were made.

use super::budgets;
use super::lighthouse::{CATEGORIES, PageAudit, RUNS};
use super::sizes::{Size, Sizes};

/// One main route's Lighthouse figures, for the app and for its floor.
#[derive(Debug, Clone)]
pub struct RoutePages {
    /// Below the base, without a leading slash (`""` is the front page).
    pub route: String,
    /// The app at that route.
    pub app: PageAudit,
    /// The static page holding the same rendered text (e2e bench-floor).
    pub floor: PageAudit,
}

/// Everything the results document shows.
#[derive(Debug, Clone)]
pub struct Results {
    /// The day of the run, `YYYY-MM-DD`.
    pub date: String,
    /// CPU, cores, Chromium.
    pub machine: String,
    /// Node.js, which runs Lighthouse.
    pub node: String,
    /// Which site was measured (built by the command, or given with --site).
    pub site: String,
    /// The release build's code and styles.
    pub sizes: Sizes,
    /// Lighthouse, route by route.
    pub pages: Vec<RoutePages>,
    /// The timeline benchmark's table (from bench/timeline.md).
    pub timeline: String,
}

impl Results {
    /// The whole document, in Markdown.
    pub fn markdown(&self) -> String {
        let version = self
            .pages
            .first()
            .map_or("?", |page| page.app.median.version.as_str());
        format!(
            "# Benchmark results\n\n\
             Made by `cargo xtask bench` (xtask/src/bench.rs) on {date}; {site}.\n\n\
             Machine: {machine}. Lighthouse {version} on Node.js {node}.\n\n\
             ## Download size\n\n\
             The release build's files as a host would send them: raw, gzip (level 9), brotli (quality 11, window 22).\n\n\
             {sizes}\n\
             ## Lighthouse: the app and its floor\n\n\
             The default (mobile) preset, simulated throttling; {RUNS} runs per page, the run with the median\n\
             performance score shown whole (the performance column gives the range of the {RUNS} runs when they differ).\n\
             The *floor* is the same route as a static page: the app's rendered HTML without scripts,\n\
             served by the same host with the same stylesheets — what the fastest site with this text could do.\n\n\
             {lighthouse}\n\
             ## Timeline with 2,000 events\n\n\
             Copied from [timeline.md](timeline.md) (e2e/src/bin/bench-timeline.rs), same run.\n\n\
             {timeline}\n\n\
             ## Budgets\n\n\
             An audit that also fails on a route's floor page comes from what the two share (the rendered\n\
             markup, the stylesheets, the host), not from the app's code running.\n\n\
             {budgets}\n\n\
             ## How the figures are made\n\n\
             {method}",
            date = self.date,
            site = self.site,
            machine = self.machine,
            node = self.node,
            sizes = size_table(&self.sizes),
            lighthouse = lighthouse_table(&self.pages),
            timeline = self.timeline.trim_end(),
            budgets = budgets::check(&self.sizes, &self.pages),
            method = METHOD,
        )
    }
}

const METHOD: &str = "\
- Sizes: the `.wasm`, `.js` and `.css` files trunk writes at the top of the site (CSS: all stylesheets summed),
  compressed in xtask with the `flate2` and `brotli` crates; the report data is not counted.
- Site: served by the end-to-end static host (e2e/src/static_host.rs), which behaves like GitHub Pages
  (404.html with status 404 for a missing path). The *received* column is what Lighthouse's page load got
  over the network, all requests, as that host encoded them. Audits about compression and caching
  (`uses-text-compression`, `uses-long-cache-ttl`) judge the host rather than the site.
- Lighthouse runs with `--ignore-status-code`: a route the build wrote no page for comes back from a
  static host as 404.html with status 404, which Lighthouse would otherwise refuse to audit; the SEO
  audit `http-status-code` still reports the status.
- Chromium flags: `--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-quic
  --no-first-run --disable-background-networking --disable-component-update --disable-sync`.
- Floor pages (e2e/src/bin/bench-floor.rs): headless Chromium at Lighthouse's mobile viewport (412×823)
  opens the route, waits for `main h1` and 500 ms without DOM changes, copies `document.documentElement`,
  removes `<script>`, `<noscript>`, preload and modulepreload links and the CSP `<meta>`, and saves it
  as `bench-floor/<route>/index.html` in the site (served with status 200).
- Lighthouse audits below 1: those of the category's visible audits whose score is binary, numeric or
  a metric saving; Lighthouse 12's hidden \"insight\" audits, which repeat visible ones, are left out.
  The JSON reports are kept in target/bench-lighthouse/.
";

fn size_table(sizes: &Sizes) -> String {
    let row = |kind: &str, size: Size| {
        format!(
            "| {kind} | {} | {} | {} | {} |\n",
            size.files,
            bytes(size.raw),
            bytes(size.gzip),
            bytes(size.brotli)
        )
    };
    [
        "| kind | files | raw | gzip -9 | brotli -q 11 |\n| --- | ---: | ---: | ---: | ---: |\n"
            .to_string(),
        row("wasm", sizes.wasm),
        row("JS", sizes.js),
        row("CSS", sizes.css),
        row("**wasm + JS**", sizes.wasm_and_js()),
    ]
    .concat()
}

fn lighthouse_table(pages: &[RoutePages]) -> String {
    let mut table = String::from(
        "| route | page | performance | accessibility | best practices | SEO | FCP | LCP | TBT | CLS | received |\n\
         | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n",
    );
    for page in pages {
        table.push_str(&page_row(&route_label(&page.route), "app", &page.app));
        table.push_str(&page_row("", "floor", &page.floor));
        let (app, floor) = (&page.app.median, &page.floor.median);
        table.push_str(&format!(
            "| | app ÷ floor | | | | | {} | {} | | | |\n",
            ratio(app.fcp_ms, floor.fcp_ms),
            ratio(app.lcp_ms, floor.lcp_ms)
        ));
    }
    table
}

fn page_row(route: &str, kind: &str, audit: &PageAudit) -> String {
    let report = &audit.median;
    let mut scores: Vec<String> = CATEGORIES
        .iter()
        .map(|category| report.score(category.id).to_string())
        .collect();
    scores[0] = performance_with_range(audit);
    format!(
        "| {route} | {kind} | {} | {} | {} | {:.0} ms | {:.3} | {} |\n",
        scores.join(" | "),
        seconds(report.fcp_ms),
        seconds(report.lcp_ms),
        report.tbt_ms,
        report.cls,
        kilobytes(report.transferred)
    )
}

/// `75` when every run scored the same, else `75 (72–78)`.
fn performance_with_range(audit: &PageAudit) -> String {
    let median = audit.median.score("performance");
    let runs = &audit.performance_runs;
    match (runs.iter().min(), runs.iter().max()) {
        (Some(low), Some(high)) if low != high => format!("{median} ({low}–{high})"),
        _ => median.to_string(),
    }
}

fn seconds(ms: f64) -> String {
    format!("{:.2} s", ms / 1000.0)
}

/// `314.9 kB` (decimal, like the size budget).
fn kilobytes(count: u64) -> String {
    format!("{:.1} kB", count as f64 / 1000.0)
}

fn ratio(app: f64, floor: f64) -> String {
    if floor > 0.0 {
        format!("{:.1}×", app / floor)
    } else {
        "–".to_string()
    }
}

/// `839,678 bytes`.
pub fn bytes(count: u64) -> String {
    let digits = count.to_string();
    let mut grouped = String::new();
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    format!("{grouped} bytes")
}

/// How the results name a route: `` `/` ``, `` `/timeline` ``.
pub fn route_label(route: &str) -> String {
    format!("`/{route}`")
}

#[cfg(test)]
mod tests {
    use super::{bytes, kilobytes, ratio, route_label};

    #[test]
    fn figures_are_written_for_readers() {
        assert_eq!(bytes(0), "0 bytes");
        assert_eq!(bytes(999), "999 bytes");
        assert_eq!(bytes(130_000), "130,000 bytes");
        assert_eq!(bytes(1_234_567), "1,234,567 bytes");
        assert_eq!(kilobytes(314_898), "314.9 kB");
        assert_eq!(ratio(6000.0, 800.0), "7.5×");
        assert_eq!(ratio(1.0, 0.0), "–");
        assert_eq!(route_label(""), "`/`");
        assert_eq!(route_label("interviews/x"), "`/interviews/x`");
    }
}
