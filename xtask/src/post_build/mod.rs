//! `cargo xtask post-build`: run by trunk's post_build hook (Trunk.toml) on
//! the staging folder, before it becomes `dist/`.
//!
//! Every build, development (`cargo xtask serve`) and release (`cargo
//! xtask dist`) alike, makes the same pages:
//! - the stylesheets go inside the page (`stylesheets.rs`), and `MICRA_REPORT`
//!   (set by `cargo xtask dist|serve --report`), if given, replaces the
//!   bundled `data/report.json`;
//! - a Content Security Policy `<meta>` (`csp.rs`) and the web app
//!   manifest (`offline.rs`);
//! - every address of the site prerendered by the app's components (the
//!   app's `prerender` binary, native, `--features ssr`), `404.html`
//!   included.
//!
//! Release builds add what makes them small and keeps them offline: one
//! wasm per kind of page, listed in the page loader (`page_wasm.rs`; a
//! development build's one wasm holds every island), the offline copy's
//! worker named there (`offline.rs`), wasm-bindgen's JS minified (terser,
//! which xtask puts on trunk's PATH), `_headers` for the hosts that read it
//! (`host_headers.rs`), and last the worker with the files a first visit
//! stores (`offline.rs`).

mod csp;
mod host_headers;
pub mod offline;
pub mod page_loader;
pub mod page_wasm;
mod pages;
mod report_problems;
mod stylesheets;

pub use csp::{inline_contents, with_content_security_policy};
pub use stylesheets::INLINE_EVENT_PAGES_LIMIT;

use crate::process::{cargo, run as run_command};
use crate::{Failure, Outcome};
use std::path::{Path, PathBuf};

/// The environment variable naming the report a build is made from.
pub const REPORT_VARIABLE: &str = "MICRA_REPORT";

/// Applies the steps to `$TRUNK_STAGING_DIR`.
pub fn run() -> Outcome {
    let staging = std::env::var_os("TRUNK_STAGING_DIR")
        .map(PathBuf::from)
        .ok_or_else(|| {
            Failure::new(
                "TRUNK_STAGING_DIR is not set",
                "this command is run by trunk's post_build hook (Trunk.toml)",
            )
        })?;
    let release = std::env::var("TRUNK_PROFILE").is_ok_and(|profile| profile == "release");
    let public_url = std::env::var("TRUNK_PUBLIC_URL").unwrap_or_else(|_| "/".to_string());
    let index = staging.join("index.html");
    let html = std::fs::read_to_string(&index).map_err(|error| {
        Failure::new(
            format!("cannot read {}: {error}", index.display()),
            "check the trunk build",
        )
    })?;
    if let Some(report) = std::env::var_os(REPORT_VARIABLE) {
        copy_report(Path::new(&report), &staging)?;
    }
    let (html, styles) = stylesheets::inline(&html, &staging, &public_url)?;
    let mut wasm = vec![page_wasm::trunks_wasm(&staging, &public_url)?];
    if release {
        wasm.extend(page_wasm::build_other_kinds(&staging, &public_url)?);
    }
    let mut settings = page_loader::LoaderSettings {
        wasm,
        offline: None,
    };
    if release && offline::enabled() {
        // Of the pages as they are but for the edition itself.
        let edition = offline::edition_of(&format!("{html}{}", settings.json()), &staging)?;
        settings.offline = Some((offline::worker_url(&public_url), edition));
    }
    let html = page_loader::with_loader(&html, &settings)?;
    // Last: it allows each inline script by its hash (in a development
    // build, trunk's live reload too).
    let html = with_content_security_policy(&html, styles.contents())?;
    write(&staging.join("index.html"), &html)?;
    if release {
        minify_scripts(&staging)?;
    }
    // Before anything that reads the report: a report that does not parse
    // is one of the problems a publisher previewing should see in the page.
    if std::env::var_os(crate::serve::SERVE_VARIABLE).is_some()
        && let Some(problems) = report_problems::problems_in(
            &staging,
            Path::new(&std::env::var_os(REPORT_VARIABLE).unwrap_or_default()),
        )
    {
        eprintln!("{problems}");
        let page = report_problems::page_listing(&html, &problems)?;
        for file in ["index.html", "404.html"] {
            write(&staging.join(file), &page)?;
        }
        return Ok(());
    }
    offline::write_manifest(&staging, &public_url)?;
    prerender(&staging, public_url.trim_end_matches('/'))?;
    pages::finish(&staging, &styles, &public_url)?;
    if release {
        host_headers::write(&staging, &public_url)?;
        // Last: it lists every file the steps above wrote.
        let edition = settings
            .offline
            .as_ref()
            .map(|(_, edition)| edition.as_str());
        offline::write_service_worker(&staging, &public_url, edition)?;
    }
    Ok(())
}

/// Writes every page of the site in `site` (its `index.html` and
/// `data/report.json`) for the router base `base` (`/reports/micra`, or
/// empty at a host's root), with the app's `prerender` binary.
pub fn prerender(site: &Path, base: &str) -> Outcome {
    run_command(
        cargo()
            .args([
                "run",
                "--quiet",
                "--features",
                "ssr",
                "--bin",
                "prerender",
                "--",
            ])
            .arg(site)
            .arg(base),
        "prerendering every page (prerender)",
        "fix the problem named above; `cargo xtask check-report public/data/report.json` checks the report",
    )
}

/// Trunk leaves wasm-bindgen's JS as written (its `minify` covers only the
/// page's own assets): about 2 KB more for every reader after brotli.
fn minify_scripts(staging: &Path) -> Outcome {
    let unreadable = |error: std::io::Error| {
        Failure::new(
            format!("cannot list {}: {error}", staging.display()),
            "check the trunk build",
        )
    };
    for entry in std::fs::read_dir(staging).map_err(unreadable)? {
        let script = entry.map_err(unreadable)?.path();
        if script.extension().is_some_and(|ext| ext == "js") {
            run_command(
                std::process::Command::new("terser")
                    .arg(&script)
                    .args(["--module", "--compress", "--mangle", "--output"])
                    .arg(&script),
                "minifying wasm-bindgen's JS (terser)",
                "build through `cargo xtask dist`, which installs terser and puts it on trunk's PATH",
            )?;
        }
    }
    Ok(())
}

fn copy_report(report: &Path, staging: &Path) -> Outcome {
    let target = staging.join("data/report.json");
    std::fs::copy(report, &target).map(|_| ()).map_err(|error| {
        Failure::new(
            format!(
                "cannot copy the report {} into the build: {error}",
                report.display()
            ),
            "give --report the path of a report JSON file",
        )
    })
}

/// 16 hex digits of a SHA-256 `digest`: enough to tell one build's file
/// (or edition) from another's, short enough for a file name.
fn short_hex(digest: &[u8]) -> String {
    digest[..8]
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect()
}

/// Reads a file of the build (or one it is made from).
fn read_text(path: &Path) -> Outcome<String> {
    std::fs::read_to_string(path).map_err(|error| {
        Failure::new(
            format!("cannot read {}: {error}", path.display()),
            "check the build",
        )
    })
}

fn write(path: &Path, text: &str) -> Outcome {
    std::fs::write(path, text).map_err(|error| {
        Failure::new(
            format!("cannot write {}: {error}", path.display()),
            "check permissions",
        )
    })
}
