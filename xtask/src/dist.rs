//! `cargo xtask dist --base /sub/path/ --report report.json`: the
//! deployable static site, every page prerendered from a report that was
//! checked first.

use crate::post_build::REPORT_VARIABLE;
use crate::post_build::offline::{FIRST_VISIT_VARIABLE, OFFLINE_VARIABLE};
use crate::process::{run_quiet, step, workspace_root};
use crate::tools::{Need, Toolchain};
use crate::{Failure, Outcome};
use std::path::{Path, PathBuf};
use std::process::Command;

/// Limits the prerendered pages (src/prerender.rs `ONLY_VARIABLE`).
const PRERENDER_ONLY_VARIABLE: &str = "MICRA_PRERENDER_ONLY";

/// The report a site is built from unless `--report` names another.
pub const BUNDLED_REPORT: &str = "public/data/report.json";

/// What `dist` was asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DistOptions {
    /// The path the site will be hosted under.
    pub base: String,
    /// The report to build it from.
    pub report: PathBuf,
    /// Whether readers keep an offline copy (src/offline/); `--offline
    /// off` builds a site that removes the copy earlier builds left.
    pub offline: bool,
}

impl DistOptions {
    /// Reads `--base /path/`, `--report file.json` and `--offline on|off`,
    /// in any order.
    pub fn parse(options: &[&str]) -> Outcome<Self> {
        let mut parsed = Self {
            base: "/".to_string(),
            report: PathBuf::from(BUNDLED_REPORT),
            offline: true,
        };
        let mut options = options.iter();
        while let Some(option) = options.next() {
            let value = options.next().ok_or_else(|| {
                Failure::new(
                    format!("`{option}` needs a value"),
                    "for example: cargo xtask dist --base /reports/micra/ --report public/data/report.json",
                )
            })?;
            match *option {
                "--base" => parsed.base = value.to_string(),
                "--report" => parsed.report = PathBuf::from(value),
                "--offline" => {
                    parsed.offline = match *value {
                        "on" => true,
                        "off" => false,
                        other => {
                            return Err(Failure::new(
                                format!("`--offline {other}`: on or off?"),
                                "--offline off builds a site without an offline copy (and removes the one readers have)",
                            ));
                        }
                    }
                }
                other => {
                    return Err(Failure::new(
                        format!("unknown option `{other}`"),
                        "dist takes --base /path/, --report file.json and --offline on|off",
                    ));
                }
            }
        }
        Ok(parsed)
    }
}

/// Checks the report, then builds `dist/` from it for hosting under the
/// base, and says where it is.
pub fn run(options: &DistOptions) -> Outcome {
    let dist = workspace_root().join("dist");
    if let Some(first_visit) = build_site(options, &dist, None)? {
        println!("    {first_visit}");
    }
    let base = normalise_base(&options.base)?;
    println!(
        "==> dist/ is ready for {base}: copy the folder's contents to that path on any static host"
    );
    Ok(())
}

/// Release build of the site from the bundled report into `dist`, with
/// asset URLs under `base`.
pub fn build(base: &str, dist: &Path) -> Outcome {
    build_from(base, Path::new(BUNDLED_REPORT), dist)
}

/// Release build of the site from `report` into `dist`, with asset URLs
/// under `base`; stops with the checker's messages if `report` is invalid.
pub fn build_from(base: &str, report: &Path, dist: &Path) -> Outcome {
    build_pages(base, report, dist, None)
}

/// Like [`build_from`], with only the pages at the in-app paths `only`
/// (`/,/timeline`) prerendered when given; the not-found page always.
pub fn build_pages(base: &str, report: &Path, dist: &Path, only: Option<&str>) -> Outcome {
    let options = DistOptions {
        base: base.to_string(),
        report: report.to_path_buf(),
        offline: true,
    };
    build_site(&options, dist, only).map(drop)
}

/// The site `options` describe, built into `dist`, with only the pages
/// `only` lists prerendered when given. Returns what a first visit
/// stores, in a sentence, when the site keeps an offline copy.
fn build_site(options: &DistOptions, dist: &Path, only: Option<&str>) -> Outcome<Option<String>> {
    let base = normalise_base(&options.base)?;
    let report = workspace_root().join(&options.report);
    let checked = crate::check_report(&report.to_string_lossy())?;
    // The browser build speaks the report's language (src/ui_text/).
    let language = report::Language::for_report(&checked.source.language).tag();
    let tools = Toolchain::ensure(Need {
        build: true,
        ..Need::default()
    })?;
    step(&format!(
        "build the release site for {base} into {}",
        dist.display()
    ));
    // Not in `dist`, which a host would serve.
    let first_visit_note = workspace_root()
        .join("target")
        .join(format!("first-visit-{}.txt", std::process::id()));
    let _ = std::fs::remove_file(&first_visit_note);
    run_quiet(
        tools.apply(
            Command::new("trunk")
                // The browser build of a prerendered site: its islands only
                // (src/islands/), the story pages' here; the post-build step
                // adds one build per other kind of page.
                .args([
                    "build",
                    "--release",
                    "--no-default-features",
                    "--features",
                    crate::post_build::page_wasm::TRUNK_FEATURES,
                ])
                .args(["--public-url", &base, "--dist"])
                .arg(dist)
                .env(REPORT_VARIABLE, &report)
                .env(INTERFACE_LANGUAGE_VARIABLE, language)
                .env(OFFLINE_VARIABLE, if options.offline { "on" } else { "off" })
                .env(FIRST_VISIT_VARIABLE, &first_visit_note)
                .envs(only.map(|only| (PRERENDER_ONLY_VARIABLE, only)))
                .current_dir(workspace_root()),
        ),
        "the release build",
        "read trunk's error above; `cargo check --target wasm32-unknown-unknown --no-default-features --features hydrate` shows Rust errors faster",
    )?;
    // Trunk's post_build hook writes the pages; without them deep links break on a static host.
    for required in [
        "index.html",
        "404.html",
        "data/report.json",
        "timeline/index.html",
    ] {
        if !dist.join(required).is_file() {
            return Err(Failure::new(
                format!("the build produced no {required}"),
                "check the hooks in Trunk.toml and the copy-dir links in index.html",
            ));
        }
    }
    let first_visit = std::fs::read_to_string(&first_visit_note).ok();
    let _ = std::fs::remove_file(&first_visit_note);
    Ok(first_visit)
}

/// The variable the browser build's interface language is compiled from
/// (src/ui_text/mod.rs).
pub const INTERFACE_LANGUAGE_VARIABLE: &str = "MICRA_INTERFACE_LANGUAGE";

/// `/reports/micra` and `reports/micra/` both mean `/reports/micra/`.
///
/// Only URL path characters that need no escaping anywhere are taken
/// (letters, digits, `-`, `.`, `_`, `~` and `/`): the base is written as
/// it is into every page's links and `<base href>`, the page loader's
/// script, the manifest and the service worker's scope.
pub fn normalise_base(base: &str) -> Outcome<String> {
    let trimmed = base.trim().trim_matches('/');
    let hint = "give the path the site will live under, for example --base /reports/micra/";
    let outside = trimmed
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | '_' | '~' | '/')));
    if let Some(character) = outside {
        return Err(Failure::new(
            format!(
                "`{base}` is not a usable base path: {character:?} is not one of the characters a \
                 base may hold (letters, digits, -, ., _, ~ and /), which stay the same in every \
                 link, script and scope the build writes it into"
            ),
            hint,
        ));
    }
    let segments_ok = trimmed
        .split('/')
        .all(|segment| !matches!(segment, "" | "." | ".."));
    if !trimmed.is_empty() && !segments_ok {
        return Err(Failure::new(
            format!("`{base}` is not a usable base path: it has an empty, `.` or `..` part"),
            hint,
        ));
    }
    Ok(if trimmed.is_empty() {
        "/".to_string()
    } else {
        format!("/{trimmed}/")
    })
}

#[cfg(test)]
mod tests {
    use super::{DistOptions, normalise_base};

    #[test]
    fn dist_options_default_to_the_root_and_the_bundled_report() {
        let options = DistOptions::parse(&[]).unwrap();
        assert_eq!(options.base, "/");
        assert_eq!(
            options.report,
            std::path::PathBuf::from("public/data/report.json")
        );
        let options = DistOptions::parse(&["--report", "other.json", "--base", "/sub/"]).unwrap();
        assert_eq!(
            (options.base.as_str(), options.report.to_str()),
            ("/sub/", Some("other.json"))
        );
        assert!(options.offline);
        assert!(!DistOptions::parse(&["--offline", "off"]).unwrap().offline);
        assert!(DistOptions::parse(&["--offline", "no"]).is_err());
        assert!(DistOptions::parse(&["--report"]).is_err());
        assert!(DistOptions::parse(&["--bass", "/"]).is_err());
    }

    #[test]
    fn base_paths_get_one_leading_and_one_trailing_slash() {
        assert_eq!(normalise_base("/").unwrap(), "/");
        assert_eq!(normalise_base("").unwrap(), "/");
        assert_eq!(normalise_base("reports/micra").unwrap(), "/reports/micra/");
        assert_eq!(
            normalise_base("/reports/micra/").unwrap(),
            "/reports/micra/"
        );
    }

    #[test]
    fn base_paths_that_cannot_be_served_are_refused_with_an_example() {
        let failure = normalise_base("/a/../b").unwrap_err();
        assert!(
            failure.hint.contains("--base /reports/micra/"),
            "{}",
            failure.hint
        );
        assert!(normalise_base("/a?b").is_err());
        assert!(normalise_base("/a//b").is_err());
        assert!(normalise_base("/a/./b").is_err());
        for unsafe_base in [
            "/a b/",
            "/a\"b/",
            "/a'b/",
            "/a<b>/",
            "/a%20b/",
            "/rapport-été/",
            "/a;b/",
        ] {
            let failure = normalise_base(unsafe_base).unwrap_err();
            assert!(
                failure.what.contains("is not one of the characters"),
                "{}",
                failure.what
            );
        }
        assert_eq!(
            normalise_base("/reports/v1.2_final~/").unwrap(),
            "/reports/v1.2_final~/"
        );
    }
}
