//! `cargo xtask serve [--base /path/] [--report file.json] [--port N]`: the
//! site as `dist` builds it (every page prerendered, its islands hydrated),
//! served by trunk with live reload.
//!
//! The one difference is the wasm: a development build has one, unoptimised,
//! holding every island, where a release build has one per kind of page
//! (xtask/src/post_build/page_wasm.rs); and a development page never
//! registers the offline copy's worker, which would cache what is being
//! edited. The pages' HTML is the same (e2e/tests/serve_matches_dist.rs).

use crate::post_build::REPORT_VARIABLE;
use crate::post_build::page_wasm::DEVELOPMENT_FEATURES;
use crate::process::{self, step, workspace_root};
use crate::tools::{Need, Toolchain};
use crate::{Failure, Outcome};
use std::path::PathBuf;
use std::process::Command;

/// Where trunk listens unless `--port` says otherwise (Trunk.toml's
/// `[serve]` section says the same).
pub const DEFAULT_PORT: u16 = 8080;

/// What a build is made from, relative to the workspace. Not the whole
/// workspace: trunk's watcher walks every folder it is given, and `target/`
/// (tens of thousands of build files, test sites and fixtures) kept it
/// busy for minutes before its first build.
const WATCHED: &[&str] = &[
    "index.html",
    "Cargo.toml",
    "Trunk.toml",
    "src",
    "style",
    "public",
    "report/src",
    "xtask/src",
];

/// Tells the post-build step that a development server is watching: a
/// report with problems then becomes a page listing them, which live
/// reload shows, instead of a failed build.
pub const SERVE_VARIABLE: &str = "MICRA_SERVE";

/// What `serve` was asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServeOptions {
    /// The path the site is served under, as `dist --base` takes it.
    pub base: String,
    /// The report to show, when not the bundled one.
    pub report: Option<PathBuf>,
    pub port: u16,
}

impl ServeOptions {
    /// Reads `--base /path/`, `--report file.json` and `--port N`, in any order.
    pub fn parse(options: &[&str]) -> Outcome<Self> {
        let mut parsed = Self {
            base: "/".to_string(),
            report: None,
            port: DEFAULT_PORT,
        };
        let mut options = options.iter();
        while let Some(option) = options.next() {
            let value = options.next().ok_or_else(|| {
                Failure::new(
                    format!("`{option}` needs a value"),
                    "for example: cargo xtask serve --base /reports/micra/ --report my-report.json",
                )
            })?;
            match *option {
                "--base" => parsed.base = value.to_string(),
                "--report" => parsed.report = Some(PathBuf::from(value)),
                "--port" => {
                    parsed.port = value.parse().map_err(|_| {
                        Failure::new(
                            format!("`--port {value}` is not a port number"),
                            "give a number such as 8080",
                        )
                    })?;
                }
                other => {
                    return Err(Failure::new(
                        format!("unknown option `{other}`"),
                        "serve takes --base /path/, --report file.json and --port N",
                    ));
                }
            }
        }
        Ok(parsed)
    }
}

/// Builds the site and serves it until interrupted, rebuilding and
/// reloading the browser when the code, the styles or the report change.
pub fn run(options: &ServeOptions) -> Outcome {
    let tools = Toolchain::ensure(Need {
        build: true,
        ..Need::default()
    })?;
    let mut trunk = command(options)?;
    process::run(
        tools.apply(&mut trunk),
        "trunk serve",
        "read trunk's error above; `cargo xtask setup` reinstalls the pinned tools",
    )
}

/// The `trunk serve` command for `options`, with the pinned tools still to
/// be put on its PATH ([`Toolchain::apply`]).
pub fn command(options: &ServeOptions) -> Outcome<Command> {
    let base = crate::dist::normalise_base(&options.base)?;
    let report = match &options.report {
        Some(report) => std::path::absolute(report).map_err(|error| {
            Failure::new(
                format!("cannot find {}: {error}", report.display()),
                "give --report the path of a report JSON file",
            )
        })?,
        None => workspace_root().join(crate::dist::BUNDLED_REPORT),
    };
    // The interface's language is compiled into the wasm from the report's
    // (src/ui_text/); a report that does not check yet gets English until
    // it does and the server is started again.
    let language = std::fs::read_to_string(&report)
        .ok()
        .and_then(|json| report::Report::from_json(&json).ok())
        .map_or("en", |checked| {
            report::Language::for_report(&checked.source.language).tag()
        });
    let address = format!("http://127.0.0.1:{}{base}", options.port);
    step(&format!(
        "build the site from {} and serve it at {address} with live reload (Ctrl+C stops)",
        report.display()
    ));
    let mut trunk = Command::new("trunk");
    trunk
        .current_dir(workspace_root())
        .args([
            "serve",
            "--no-default-features",
            "--features",
            DEVELOPMENT_FEATURES,
        ])
        .args(["--public-url", &base, "--port", &options.port.to_string()])
        // Not dist/: that is the publisher's, made by `cargo xtask dist`.
        .arg("--dist")
        .arg(workspace_root().join("target").join("serve"))
        .args(WATCHED.iter().flat_map(|path| ["--watch", path]))
        // The report may live outside the project.
        .arg("--watch")
        .arg(&report)
        .env(REPORT_VARIABLE, &report)
        .env(crate::dist::INTERFACE_LANGUAGE_VARIABLE, language)
        .env(SERVE_VARIABLE, "1");
    Ok(trunk)
}

#[cfg(test)]
mod tests {
    use super::{DEFAULT_PORT, ServeOptions};
    use std::path::PathBuf;

    #[test]
    fn the_options_come_in_any_order_and_default_to_the_bundled_report_at_the_root() {
        assert_eq!(
            ServeOptions::parse(&[]).unwrap(),
            ServeOptions {
                base: "/".to_string(),
                report: None,
                port: DEFAULT_PORT
            }
        );
        assert_eq!(
            ServeOptions::parse(&["--port", "8123", "--report", "r.json", "--base", "/sub/"])
                .unwrap(),
            ServeOptions {
                base: "/sub/".to_string(),
                report: Some(PathBuf::from("r.json")),
                port: 8123
            }
        );
    }

    #[test]
    fn a_wrong_option_is_named() {
        let failure = ServeOptions::parse(&["--port", "eighty"]).unwrap_err();
        assert!(failure.what.contains("eighty"), "{}", failure.what);
        let failure = ServeOptions::parse(&["--offline", "off"]).unwrap_err();
        assert!(failure.what.contains("--offline"), "{}", failure.what);
        let failure = ServeOptions::parse(&["--base"]).unwrap_err();
        assert!(failure.what.contains("needs a value"), "{}", failure.what);
    }
}
