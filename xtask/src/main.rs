//! `cargo xtask <command>`: the project's build, serve and test entry points.
//!
//! Every command installs what it needs first (pinned versions, into a cache
//! outside the clone, see `tools.rs`), prints one line per step and stops at
//! the first failure with what to do about it.

mod bench;
mod dist;
mod fuzz;
mod lost_browsers;
mod post_build;
mod process;
mod serve;
mod site_files;
mod test;
mod tools;
mod valid_html;

use std::process::ExitCode;

const USAGE: &str = "\
usage: cargo xtask <command>

commands:
  serve [--base /path/] [--report <file>] [--port N]
                        build the site as dist does and serve it with live reload
                        (http://127.0.0.1:8080/); --report previews another report (its
                        problems shown in the terminal and in the page)
  test [native|browser|e2e] [--browser chromium|firefox|webkit]
                        run every test layer (native; browser in Chromium and Firefox;
                        end-to-end in Chromium, Firefox and WebKit), or one layer, or one
                        engine alone
  dist [--base /path/] [--report <file>] [--offline on|off]
                        check the report (default public/data/report.json), then build the
                        deployable static site from it into dist/, every page prerendered
                        (default base: /); --offline off: no offline copy for readers
  check-report <file>   check a report JSON file before deploying it
  bench [--site <dir> --base /path/]
                        download size, Lighthouse (app and static floor), the 2,000-event
                        timeline, the site built for 10, 500 and 2,000 events; writes
                        bench/RESULTS.md, timeline.md and growth.md (--site: measure a site
                        already built for --base instead of building one)
  bench --growth        only the site built for 10, 500 and 2,000 events (bench/growth.md)
  bench --timeline      only the 2,000-event timeline's figures, printed
  fuzz [N]              N generated reports (default 500) and hostile addresses through
                        the app's pipeline; writes docs/reliability.md
  setup                 install the pinned tools only
  post-build            (run by trunk) the styles inline, the CSP, the web app manifest, every
                        page prerendered, 404.html included; release builds: one wasm per
                        kind of page and the offline copy's service worker

environment:
  MICRA_TOOLS_DIR       where pinned tools are cached (default: ~/.cache/micra-flins/tools)
";

/// A step that failed, with the advice printed under it.
#[derive(Debug)]
pub struct Failure {
    /// What went wrong, in one line.
    pub what: String,
    /// What the reader can do about it.
    pub hint: String,
}

impl Failure {
    /// A failure with a hint on what to do next.
    pub fn new(what: impl Into<String>, hint: impl Into<String>) -> Self {
        Self {
            what: what.into(),
            hint: hint.into(),
        }
    }
}

/// Result of an xtask step.
pub type Outcome<T = ()> = Result<T, Failure>;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let result = match args.as_slice() {
        ["serve", options @ ..] => {
            serve::ServeOptions::parse(options).and_then(|options| serve::run(&options))
        }
        ["test", options @ ..] => match test::Layers::parse(options) {
            Ok(layers) => test::run(layers),
            Err(problem) => usage_error(&problem),
        },
        ["dist", options @ ..] => {
            dist::DistOptions::parse(options).and_then(|options| dist::run(&options))
        }
        ["check-report", path] => check_report(path).map(|_| ()),
        ["bench", options @ ..] => bench::run(options),
        ["fuzz", options @ ..] => fuzz::run(options),
        ["post-build"] => post_build::run(),
        ["setup"] => tools::Toolchain::ensure(tools::Need::all()).map(|_| ()),
        [] | ["help"] | ["--help"] | ["-h"] => {
            print!("{USAGE}");
            Ok(())
        }
        _ => usage_error(&format!("unknown command `{}`", args.join(" "))),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            eprintln!(
                "\nxtask: FAILED: {}\n  what to do: {}",
                failure.what, failure.hint
            );
            ExitCode::FAILURE
        }
    }
}

fn usage_error(what: &str) -> Outcome {
    eprint!("{USAGE}");
    Err(Failure::new(what, "see the usage above"))
}

/// Checks a report with the model's own checker, in process, and returns
/// it; fails, after its messages, if invalid.
pub fn check_report(path: &str) -> Outcome<report::Report> {
    process::step(&format!("check report {path}"));
    let mut checked = String::new();
    let run = report::check::run(&[path.to_string()], |path| {
        checked = std::fs::read_to_string(path)?;
        Ok(checked.clone())
    });
    print!("{}", run.stdout);
    eprint!("{}", run.stderr);
    let failed = || {
        Failure::new(
            format!("the report check failed: {path}"),
            "fix the problems listed above (see docs/authoring.md), then run the check again",
        )
    };
    if run.code != report::check::EXIT_OK {
        return Err(failed());
    }
    report::Report::from_json(&checked).map_err(|_| failed())
}
