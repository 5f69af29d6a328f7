//! `cargo xtask bench`: measurements that print figures (not tests), with
//! the figures written into bench/ next to this command.
//!
//! On the release site: the download size of its code and styles, Lighthouse
//! on every main route for the app and for its "floor" (the same text as a
//! static page), and the 2,000-event timeline benchmark; the budgets are
//! checked against them. Everything goes into bench/RESULTS.md (the timeline
//! also into bench/timeline.md).

mod budgets;
mod host;
mod lighthouse;
mod results;
mod sizes;

use crate::process::{self, cargo, step, workspace_root};
use crate::tools::{Need, Toolchain};
use crate::{Failure, Outcome, dist};
use host::ServedSite;
use lighthouse::Lighthouse;
use results::{Results, RoutePages, route_label};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The base path the benchmark site is built for.
const BENCH_BASE: &str = "/bench/";
/// Where the floor pages go inside the measured site.
const FLOOR_FOLDER: &str = "bench-floor";
/// The event the timeline route with a selected event shows.
const TIMELINE_EVENT: &str = "oppama-training";

/// What to measure: by default a release site built for [`BENCH_BASE`].
#[derive(Debug, Default, PartialEq, Eq)]
struct Options {
    /// A site already built (`--site`), measured instead of building one.
    site: Option<PathBuf>,
    /// The base path the site is (or is to be) built for (`--base`).
    base: Option<String>,
}

impl Options {
    fn parse(args: &[&str]) -> Outcome<Self> {
        let mut options = Self::default();
        let mut args = args.iter();
        while let Some(flag) = args.next() {
            let value = args.next();
            match (*flag, value) {
                ("--site", Some(site)) => options.site = Some(PathBuf::from(site)),
                ("--base", Some(base)) => options.base = Some(dist::normalise_base(base)?),
                _ => return Err(usage(&format!("unexpected `{flag}`"))),
            }
        }
        if options.site.is_some() && options.base.is_none() {
            return Err(usage(
                "--site needs --base, the path that site was built for",
            ));
        }
        Ok(options)
    }
}

fn usage(what: &str) -> Failure {
    Failure::new(
        format!("cargo xtask bench: {what}"),
        "cargo xtask bench [--site target/e2e-dist --base /reports/micra/]",
    )
}

/// Runs every measurement and writes bench/RESULTS.md.
pub fn run(args: &[&str]) -> Outcome {
    let options = Options::parse(args)?;
    let tools = Toolchain::ensure(Need {
        browser: true,
        lighthouse: true,
        ..Need::default()
    })?;
    let site = workspace_root().join("target").join("bench-dist");
    let base = options.base.clone().unwrap_or_else(|| BENCH_BASE.into());
    let site_note = prepare_site(&options, &site, &base)?;

    step("download size of the wasm, JS and CSS (raw, gzip -9, brotli -q 11)");
    let sizes = sizes::measure(&site)?;
    let routes = main_routes(&site)?;
    make_floor_pages(&site, &base, &routes)?;
    let cli = tools
        .lighthouse_cli()
        .expect("ensured with Need::lighthouse");
    let pages = audit_routes(cli, &site, &base, &routes)?;
    let timeline = run_timeline(&site, &base)?;

    let results = Results {
        date: today(),
        machine: machine(),
        node: command_output("node", "--version"),
        site: site_note,
        sizes,
        pages,
        timeline,
    };
    write_results(&results.markdown())
}

/// Builds the site into `site`, or copies the one given with `--site`
/// there (the benchmark adds its own files to the site it measures, and a
/// copy cannot be rebuilt under it by a concurrent `cargo xtask test`).
/// Returns how the results describe the site.
fn prepare_site(options: &Options, site: &Path, base: &str) -> Outcome<String> {
    let Some(given) = &options.site else {
        dist::build(base, site)?;
        return Ok(format!(
            "release build for {base}, built by the command into target/bench-dist"
        ));
    };
    step(&format!(
        "copy the site {} (built for {base}) into {}",
        given.display(),
        site.display()
    ));
    check_built_for(given, base)?;
    let same = given.canonicalize().ok() == site.canonicalize().ok();
    if !same {
        let _ = std::fs::remove_dir_all(site);
        copy_folder(given, site)?;
    }
    Ok(format!(
        "release build for {base}, taken from {} (`--site`)",
        given.display()
    ))
}

/// A site built for another base would load none of its files.
fn check_built_for(site: &Path, base: &str) -> Outcome {
    let index = site.join("index.html");
    let html = std::fs::read_to_string(&index).map_err(|error| {
        Failure::new(
            format!("cannot read {}: {error}", index.display()),
            "give --site the folder a release build wrote (cargo xtask dist writes dist/)",
        )
    })?;
    if html.contains(&format!("href={base}")) || html.contains(&format!("href=\"{base}\"")) {
        Ok(())
    } else {
        Err(Failure::new(
            format!("{} was not built for the base {base}", site.display()),
            "give --base the path the site was built for (its index.html has <base href=…>)",
        ))
    }
}

fn copy_folder(from: &Path, to: &Path) -> Outcome {
    let failed = |error: std::io::Error| {
        Failure::new(
            format!(
                "cannot copy {} to {}: {error}",
                from.display(),
                to.display()
            ),
            "check the folder and the free disk space",
        )
    };
    std::fs::create_dir_all(to).map_err(failed)?;
    for entry in std::fs::read_dir(from).map_err(failed)? {
        let entry = entry.map_err(failed)?;
        let target = to.join(entry.file_name());
        if entry.file_type().map_err(failed)?.is_dir() {
            copy_folder(&entry.path(), &target)?;
        } else {
            std::fs::copy(entry.path(), target).map_err(failed)?;
        }
    }
    Ok(())
}

/// The main routes below the base: the front page, the timeline (alone and
/// with an event), the interviews (the list and the first one), about.
/// The ids come from the site's own report, the one it serves.
fn main_routes(site: &Path) -> Outcome<Vec<String>> {
    let path = site.join("data").join("report.json");
    let hint = "check the report with `cargo xtask check-report public/data/report.json`";
    let report: Value = std::fs::read_to_string(&path)
        .ok()
        .and_then(|text| serde_json::from_str(&text).ok())
        .ok_or_else(|| Failure::new(format!("cannot read {} as JSON", path.display()), hint))?;
    let interview = report["interviews"][0]["id"]
        .as_str()
        .ok_or_else(|| Failure::new("the report has no interview with an id", hint))?;
    let has_event = report["timeline"]["events"]
        .as_array()
        .is_some_and(|events| events.iter().any(|event| event["id"] == TIMELINE_EVENT));
    if !has_event {
        return Err(Failure::new(
            format!("the report has no timeline event `{TIMELINE_EVENT}`"),
            "update TIMELINE_EVENT in xtask/src/bench.rs to an event the report has",
        ));
    }
    Ok([
        String::new(),
        "timeline".into(),
        format!("timeline/{TIMELINE_EVENT}"),
        "interviews".into(),
        format!("interviews/{interview}"),
        "about".into(),
    ]
    .into())
}

/// Saves each route's rendered page without scripts into the site (e2e bench-floor).
fn make_floor_pages(site: &Path, base: &str, routes: &[String]) -> Outcome {
    step(&format!(
        "floor pages: each route rendered in headless Chromium, saved without scripts into {FLOOR_FOLDER}/"
    ));
    let _ = std::fs::remove_dir_all(site.join(FLOOR_FOLDER));
    process::run(
        e2e_bin("bench-floor")
            .arg(site)
            .arg(base)
            .arg(FLOOR_FOLDER)
            .args(routes),
        "making the floor pages",
        "read the panic above; `cargo xtask test e2e` checks that the routes render",
    )
}

/// Lighthouse on each route, the app then its floor, with the site served
/// by the end-to-end static host.
fn audit_routes(
    cli: &Path,
    site: &Path,
    base: &str,
    routes: &[String],
) -> Outcome<Vec<RoutePages>> {
    let host = ServedSite::start(site, base)?;
    let reports = workspace_root().join("target").join("bench-lighthouse");
    let lighthouse = Lighthouse::new(cli, reports)?;
    let mut pages = Vec::new();
    for route in routes {
        let name = if route.is_empty() {
            "front".to_string()
        } else {
            route.replace('/', "_")
        };
        let label = route_label(route);
        step(&format!(
            "Lighthouse on {label}: the app, then its floor ({} runs each)",
            lighthouse::RUNS
        ));
        let app = lighthouse.audit(&host.url(route), &format!("app-{name}"))?;
        println!("    app:   {}", summary(&app));
        let floor_url = host.url(&format!("{FLOOR_FOLDER}/{route}"));
        let floor = lighthouse.audit(&floor_url, &format!("floor-{name}"))?;
        println!("    floor: {}", summary(&floor));
        pages.push(RoutePages {
            route: route.clone(),
            app,
            floor,
        });
    }
    Ok(pages)
}

/// `performance 75, accessibility 95, … (performance runs: 74 75 78)`, for the progress lines.
fn summary(audit: &lighthouse::PageAudit) -> String {
    let runs: Vec<String> = audit.performance_runs.iter().map(u8::to_string).collect();
    let scores: Vec<String> = lighthouse::CATEGORIES
        .iter()
        .map(|category| format!("{} {}", category.name, audit.median.score(category.id)))
        .collect();
    format!(
        "{} (performance runs: {})",
        scores.join(", "),
        runs.join(" ")
    )
}

/// Runs the timeline benchmark (it writes bench/timeline.md) and returns its table.
fn run_timeline(site: &Path, base: &str) -> Outcome<String> {
    let results = workspace_root().join("bench").join("timeline.md");
    step(&format!(
        "timeline with 2,000 events in headless Chromium -> {}",
        results.display()
    ));
    process::run(
        e2e_bin("bench-timeline").arg(site).arg(base).arg(&results),
        "the timeline benchmark",
        "read the error above; `cargo xtask test e2e` checks the same site works",
    )?;
    let document = std::fs::read_to_string(&results).map_err(|error| {
        Failure::new(
            format!("cannot read {}: {error}", results.display()),
            "the timeline benchmark should have written it; run it again",
        )
    })?;
    Ok(table_lines(&document))
}

/// The Markdown table rows of `document`.
fn table_lines(document: &str) -> String {
    document
        .lines()
        .filter(|line| line.starts_with('|'))
        .map(|line| format!("{line}\n"))
        .collect()
}

/// `cargo run --release` of one of the end-to-end crate's programs.
fn e2e_bin(name: &str) -> Command {
    let mut command = cargo();
    command.args([
        "run",
        "--quiet",
        "--release",
        "-p",
        "e2e",
        "--bin",
        name,
        "--",
    ]);
    command
}

fn write_results(document: &str) -> Outcome {
    let path = workspace_root().join("bench").join("RESULTS.md");
    println!("\n{document}");
    std::fs::write(&path, document).map_err(|error| {
        Failure::new(
            format!("cannot write {}: {error}", path.display()),
            "check permissions",
        )
    })?;
    step(&format!("written to {}", path.display()));
    Ok(())
}

/// `2 cores, <CPU model>; Chromium <version>`.
fn machine() -> String {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|info| {
            info.lines()
                .find(|line| line.starts_with("model name"))
                .and_then(|line| line.split_once(':'))
                .map(|(_, model)| model.trim().to_string())
        })
        .unwrap_or_else(|| "unknown CPU".into());
    let cores = std::thread::available_parallelism().map_or(1, |cores| cores.get());
    format!(
        "{cores} cores, {cpu}; {}",
        command_output("chromium", "--version")
    )
}

fn today() -> String {
    command_output("date", "+%Y-%m-%d")
}

/// The first line `program argument` prints, or `?`.
fn command_output(program: &str, argument: &str) -> String {
    Command::new(program)
        .arg(argument)
        .output()
        .ok()
        .and_then(|output| {
            String::from_utf8_lossy(&output.stdout)
                .lines()
                .next()
                .map(|line| line.trim().to_string())
        })
        .unwrap_or_else(|| "?".into())
}

#[cfg(test)]
mod tests {
    use super::{Options, table_lines};
    use std::path::PathBuf;

    #[test]
    fn options_default_to_building_and_accept_a_prebuilt_site_with_its_base() {
        assert_eq!(Options::parse(&[]).unwrap(), Options::default());
        assert_eq!(
            Options::parse(&["--site", "target/e2e-dist", "--base", "reports/micra"]).unwrap(),
            Options {
                site: Some(PathBuf::from("target/e2e-dist")),
                base: Some("/reports/micra/".into()),
            }
        );
        let no_base = Options::parse(&["--site", "target/e2e-dist"]).unwrap_err();
        assert!(no_base.what.contains("--base"), "{}", no_base.what);
        assert!(Options::parse(&["--fast"]).is_err());
    }

    #[test]
    fn the_timeline_table_is_taken_from_its_document() {
        let document = "# Timeline\n\nText.\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n";
        assert_eq!(
            table_lines(document),
            "| a | b |\n| --- | --- |\n| 1 | 2 |\n"
        );
    }
}
