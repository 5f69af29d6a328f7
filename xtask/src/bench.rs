//! `cargo xtask bench`: on the release site, the download size of its code
//! and styles, Lighthouse on every main route for the app and for its floor
//! (the same prerendered page without scripts), when the islands are ready
//! on a mid-range phone, and the 2,000-event
//! timeline; written with the budgets into bench/RESULTS.md and
//! bench/timeline.md.

mod comparisons;
mod growth;
mod host;
mod lighthouse;
mod mid_range;
pub mod results;
pub mod sizes;

use crate::process::{cargo, step, workspace_root};
use crate::tools::{Engine, Need, Toolchain};
use crate::{Failure, Outcome, dist};
use report::Report;
use report::routes::AppRoute;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

const BENCH_BASE: &str = "/bench/";
/// Inside the measured site, so the same host serves the floor pages with
/// the same stylesheet.
const FLOOR_FOLDER: &str = "bench-floor";
/// The event of the main route that shows a selected one.
const TIMELINE_EVENT: &str = "oppama-training";

pub fn run(args: &[&str]) -> Outcome {
    if args == ["--growth"] {
        return run_growth(BENCH_BASE);
    }
    if args == ["--timeline"] {
        // Printed only: bench/timeline.md is written with the whole run's
        // figures.
        let tools = Toolchain::ensure(Need {
            engines: &[Engine::Chromium],
            comparisons: true,
            ..Need::default()
        })?;
        return run_timeline(BENCH_BASE, tools.comparisons()).map(drop);
    }
    let (given, base) = options(args)?;
    let tools = Toolchain::ensure(Need {
        engines: &[Engine::Chromium],
        lighthouse: true,
        comparisons: true,
        ..Need::default()
    })?;
    let cli = tools.lighthouse_cli().expect("ensured");
    let site = workspace_root().join("target").join("bench-dist");
    let site_note = prepare_site(given.as_deref(), &site, &base)?;

    step("download size of the wasm, JS and CSS (raw, gzip -9, brotli -q 11)");
    let sizes = sizes::measure(&site)?;
    step("floor pages: the prerendered pages without scripts");
    let paths = main_routes(&site)?;
    let _ = std::fs::remove_dir_all(site.join(FLOOR_FOLDER));
    for path in &paths {
        write_floor_page(&site, path)?;
    }
    let host = host::ServedSite::start(&site, &base)?;
    let mut lighthouse_runs = Vec::new();
    for path in paths {
        step(&format!("Lighthouse on /{path}, the app then its floor"));
        let name = if path.is_empty() { "front" } else { &path }.replace('/', "_");
        let app = lighthouse::audit(cli, &host.url(&path), &format!("app-{name}"))?;
        let floor_url = host.url(&format!("{FLOOR_FOLDER}/{path}"));
        let floor = lighthouse::audit(cli, &floor_url, &format!("floor-{name}"))?;
        println!(
            "    app {:?}, floor {:?}",
            app.median.scores, floor.median.scores
        );
        lighthouse_runs.push((path, app, floor));
    }
    drop(host);
    step(&format!(
        "each main route on a mid-range phone (CPU 4x, 1.6 Mbit/s, 150 ms), {} cold loads",
        mid_range::LOADS
    ));
    let paths: Vec<String> = lighthouse_runs
        .iter()
        .map(|(path, ..)| path.clone())
        .collect();
    let mid_range = mid_range::measure(&site, &base, &paths)?;
    let routes: Vec<results::Route> = lighthouse_runs
        .into_iter()
        .zip(mid_range)
        .map(|((path, app, floor), mid_range)| results::Route {
            path,
            app,
            floor,
            mid_range,
        })
        .collect();

    step("timeline with 2,000 events in headless Chromium");
    let timeline = run_timeline(&base, tools.comparisons())?;
    let figures = results::Figures {
        date: today(),
        machine: machine(),
        site: site_note,
        sizes,
        routes,
        timeline,
    };
    write("timeline.md", &results::timeline(&figures))?;
    write("RESULTS.md", &results::results(&figures))?;
    run_growth(&base)
}

/// bench/growth.md: the site built whole for timelines of 10, 500 and
/// 2,000 events.
fn run_growth(base: &str) -> Outcome {
    step("the site built whole for timelines of 10, 500 and 2,000 events");
    let figures = growth::measure(base)?;
    write(
        "growth.md",
        &growth::markdown(&figures, &today(), &machine()),
    )?;
    match figures.last().map(growth::broken_budgets) {
        Some(broken) if !broken.is_empty() => {
            println!("    growth budgets not met: {}", broken.join("; "));
        }
        _ => println!("    growth budgets met"),
    }
    Ok(())
}

/// `[--site DIR] [--base /path/]`: a site already built for that base is
/// measured instead of building one.
fn options(args: &[&str]) -> Outcome<(Option<PathBuf>, String)> {
    Ok(match args {
        [] => (None, BENCH_BASE.into()),
        ["--base", base] => (None, dist::normalise_base(base)?),
        ["--site", site, "--base", base] | ["--base", base, "--site", site] => {
            (Some(PathBuf::from(site)), dist::normalise_base(base)?)
        }
        _ => {
            return Err(Failure::new(
                format!("cargo xtask bench: unexpected `{}`", args.join(" ")),
                "cargo xtask bench [--site target/e2e-dist --base /reports/micra/] (--site needs --base)",
            ));
        }
    })
}

/// Builds the site into `site`, or copies the given one there: the floor
/// pages are added to it, and a copy cannot be rebuilt under the benchmark
/// by a concurrent `cargo xtask test`. Returns how the results name the site.
fn prepare_site(given: Option<&Path>, site: &Path, base: &str) -> Outcome<String> {
    let Some(given) = given else {
        dist::build(base, site)?;
        return Ok(format!("release build for {base}, built by the command"));
    };
    step(&format!("copy the site {}", given.display()));
    let index = std::fs::read_to_string(given.join("index.html")).unwrap_or_default();
    if !index.contains(&format!("href={base}")) && !index.contains(&format!("href=\"{base}\"")) {
        return Err(Failure::new(
            format!("{} holds no index.html built for {base}", given.display()),
            "give --site a release build and --base the path it was built for (its <base href=…>)",
        ));
    }
    if given.canonicalize().ok() != site.canonicalize().ok() {
        let _ = std::fs::remove_dir_all(site);
        copy_folder(given, site).map_err(file_failure(format!("copying {}", given.display())))?;
    }
    Ok(format!(
        "release build for {base}, `--site {}`",
        given.display()
    ))
}

fn copy_folder(from: &Path, to: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_folder(&entry.path(), &target)?;
        } else {
            std::fs::copy(entry.path(), target)?;
        }
    }
    Ok(())
}

/// Below the base: the front page, the timeline (alone and with an event),
/// the interviews (the list and the first one), about.
fn main_routes(site: &Path) -> Outcome<Vec<String>> {
    let path = site.join("data").join("report.json");
    let text = std::fs::read_to_string(&path)
        .map_err(file_failure(format!("reading {}", path.display())))?;
    let report = Report::from_json(&text).map_err(|error| {
        Failure::new(
            format!("{}: {error}", path.display()),
            "check it with `cargo xtask check-report`",
        )
    })?;
    let Some(interview) = report.interviews.first() else {
        return Err(Failure::new(
            format!("{} names no interview", path.display()),
            "check it with `cargo xtask check-report`",
        ));
    };
    let routes = [
        AppRoute::Story,
        AppRoute::timeline(None),
        AppRoute::timeline(Some(TIMELINE_EVENT)),
        AppRoute::Interviews,
        AppRoute::interview(&interview.id, None),
        AppRoute::About,
    ];
    Ok(routes
        .iter()
        .map(|route| route.path().trim_start_matches('/').to_string())
        .collect())
}

fn write_floor_page(site: &Path, route: &str) -> Outcome {
    let page = site.join(route).join("index.html");
    let html = std::fs::read_to_string(&page).map_err(|error| {
        let what = format!("no prerendered page for /{route}: {error}");
        Failure::new(
            what,
            format!("is `{TIMELINE_EVENT}` (bench.rs) an event of the report?"),
        )
    })?;
    let floor = site.join(FLOOR_FOLDER).join(route);
    std::fs::create_dir_all(&floor)
        .and_then(|()| std::fs::write(floor.join("index.html"), without_scripts(&html)))
        .map_err(file_failure(format!("writing {}", floor.display())))
}

/// `html` without `<script>` elements and preload links (the wasm's
/// download must not start either).
fn without_scripts(html: &str) -> String {
    let mut page = html.to_string();
    let mut from = 0;
    while let Some(start) = page[from..].find('<').map(|at| from + at) {
        let rest = &page[start..];
        let end = if rest.starts_with("<script") {
            rest.find("</script>").map(|end| end + "</script>".len())
        } else if rest.starts_with("<link") {
            rest.find('>')
                .map(|end| end + 1)
                .filter(|&end| rest[..end].contains("preload"))
        } else {
            None
        };
        match end {
            Some(end) => page.replace_range(start..start + end, ""),
            None => from = start + 1,
        }
    }
    page
}

/// Events in the timeline benchmark's generated report.
const TIMELINE_EVENTS: usize = 2_000;
/// The pages the timeline benchmark opens, and those its selection moves
/// take details from: the first generated events, `flins-chosen-0` on.
fn timeline_pages() -> String {
    let events = (0..=TIMELINE_FIRST_EVENTS).map(|n| format!("/timeline/flins-chosen-{n}"));
    ["/".to_string(), "/timeline".to_string()]
        .into_iter()
        .chain(events)
        .collect::<Vec<_>>()
        .join(",")
}

/// How many of the generated events after the first the benchmark's
/// selection moves can reach, and the one after them it takes ahead.
const TIMELINE_FIRST_EVENTS: usize = 16;

/// e2e's bench-timeline on a site built from the bundled report with each
/// event repeated to [`TIMELINE_EVENTS`]: what it printed (how it
/// measures, and its table).
fn run_timeline(base: &str, tools: &[crate::tools::ComparisonTool]) -> Outcome<String> {
    let target = workspace_root().join("target");
    let report = target.join("bench-timeline-report.json");
    write_big_report(&report, TIMELINE_EVENTS)?;
    let site = target.join("bench-timeline-dist");
    let _ = std::fs::remove_dir_all(&site);
    dist::build_pages(base, &report, &site, Some(&timeline_pages()))?;
    let text = std::fs::read_to_string(&report)
        .map_err(file_failure(format!("reading {}", report.display())))?;
    let parsed = report::Report::from_json(&text).map_err(|error| {
        Failure::new(
            format!("the generated report does not parse: {}", error.message),
            "check write_big_report in xtask/src/bench.rs",
        )
    })?;
    comparisons::write_pages(&site, &parsed, tools)?;
    let printed = run_on_site("bench-timeline", &site, base, &[], "the timeline benchmark")?;
    println!("{printed}");
    Ok(printed)
}

/// What one of the end-to-end crate's benchmark programs printed, run on
/// the built `site` for `base` with `args` after them; its errors go to
/// the terminal, and `what` names it when it fails.
fn run_on_site(
    program: &str,
    site: &Path,
    base: &str,
    args: &[String],
    what: &str,
) -> Outcome<String> {
    let output = e2e_bin(program)
        .arg(site)
        .arg(base)
        .args(args)
        .stderr(Stdio::inherit())
        .output();
    let Some(output) = output.ok().filter(|output| output.status.success()) else {
        return Err(Failure::new(
            format!("{what} failed"),
            "read its error above; `cargo xtask test e2e` checks the same site works",
        ));
    };
    Ok(String::from_utf8_lossy(&output.stdout).into_owned())
}

/// The bundled report with every event repeated until there are `count`,
/// kept in date order inside their phases.
fn write_big_report(file: &Path, count: usize) -> Outcome {
    use serde_json::{Value, json};
    let bundled = workspace_root().join(dist::BUNDLED_REPORT);
    let text = std::fs::read_to_string(&bundled)
        .map_err(file_failure(format!("reading {}", bundled.display())))?;
    let mut report: Value = serde_json::from_str(&text).map_err(|error| {
        Failure::new(
            format!("the bundled report is not JSON: {error}"),
            "`cargo xtask check-report public/data/report.json` says where",
        )
    })?;
    let events = report["timeline"]["events"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    let copies = count.div_ceil(events.len().max(1));
    let generated = events.iter().flat_map(|event| {
        (0..copies).map(move |copy| {
            let mut event = event.clone();
            let id = format!("{}-{copy}", event["id"].as_str().unwrap_or("event"));
            let title = event["title"].as_str().unwrap_or_default();
            event["title"] = json!(format!("{title} ({})", copy + 1));
            event["id"] = json!(id);
            event
        })
    });
    report["timeline"]["events"] = generated.take(count).collect();
    std::fs::write(file, report.to_string())
        .map_err(file_failure(format!("writing {}", file.display())))
}

/// `cargo run --release` of one of the end-to-end crate's programs.
fn e2e_bin(name: &str) -> Command {
    let mut command = cargo();
    command.args(["run", "--quiet", "--release", "-p", "e2e", "--bin", name]);
    command.arg("--");
    command
}

fn write(name: &str, document: &str) -> Outcome {
    let path = workspace_root().join("bench").join(name);
    std::fs::write(&path, document).map_err(file_failure(format!("writing {}", path.display())))?;
    step(&format!("written to {}", path.display()));
    Ok(())
}

fn file_failure(what: String) -> impl Fn(std::io::Error) -> Failure {
    move |error| {
        Failure::new(
            format!("{what}: {error}"),
            "check the path, its permissions and the free disk space",
        )
    }
}

pub fn today() -> String {
    let output = Command::new("date").arg("+%Y-%m-%d").output();
    output.map_or("?".into(), |output| {
        String::from_utf8_lossy(&output.stdout).trim().into()
    })
}

/// `2 cores, <CPU>; Chromium <version>; Node.js <version>` (Node runs Lighthouse).
fn machine() -> String {
    let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let cpu = cpuinfo
        .lines()
        .find_map(|line| line.strip_prefix("model name")?.split_once(':'))
        .map_or("unknown CPU", |(_, model)| model.trim());
    let cores = std::thread::available_parallelism().map_or(1, |cores| cores.get());
    let (chromium, node) = (first_line("chromium"), first_line("node"));
    format!("{cores} cores, {cpu}; {chromium}; Node.js {node}")
}

/// The first line `program --version` prints, or `?`.
fn first_line(program: &str) -> String {
    let output = Command::new(program).arg("--version").output();
    let stdout = output.map(|output| String::from_utf8_lossy(&output.stdout).into_owned());
    let stdout = stdout.unwrap_or_default();
    stdout.lines().next().unwrap_or("?").trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::{options, without_scripts};
    use std::path::PathBuf;

    #[test]
    fn options_default_to_building_and_take_a_prebuilt_site_with_its_base() {
        assert_eq!(options(&[]).unwrap(), (None, "/bench/".into()));
        let site = Some(PathBuf::from("target/e2e-dist"));
        let given = options(&["--base", "reports/micra", "--site", "target/e2e-dist"]);
        assert_eq!(given.unwrap(), (site, "/reports/micra/".into()));
        assert!(options(&["--site", "target/e2e-dist"]).is_err());
        assert!(options(&["--base", "/a/../b"]).is_err());
        assert!(options(&["--fast"]).is_err());
    }

    #[test]
    fn the_floor_keeps_the_page_and_its_stylesheet_without_what_runs_or_preloads() {
        let page = "<!doctype html><html><head><meta charset=utf-8><base href=/bench/>\
            <link rel=stylesheet href=app.css><link rel=modulepreload href=app.js>\
            <script>try{theme()}catch(e){}</script><link rel=preload href=app.wasm as=fetch>\
            <script type=module>\nimport('/bench/app.js')\n</script></head>\
            <body><div id=app data-prerendered><main><h1>Flins</h1></main></div></body></html>";
        assert_eq!(
            without_scripts(page),
            "<!doctype html><html><head><meta charset=utf-8><base href=/bench/>\
            <link rel=stylesheet href=app.css></head>\
            <body><div id=app data-prerendered><main><h1>Flins</h1></main></div></body></html>"
        );
    }
}
