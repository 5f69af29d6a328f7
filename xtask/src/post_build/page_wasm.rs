//! One wasm per kind of page: a release page downloads only the code of
//! its own islands (src/islands/ and the `*-islands` features).
//!
//! Trunk builds the story pages' wasm; this step builds the others the way
//! trunk does (cargo, wasm-bindgen, wasm-opt `-Oz`) and copies them into
//! the site under hashed names; the page loader's settings list each one
//! with the islands it exports (`page_loader.rs`).

use super::{read_text, short_hex};
use crate::process::{cargo, run as run_command, workspace_root};
use crate::{Failure, Outcome};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The kinds of page with a wasm of their own, by the cargo feature that
/// holds their islands. Trunk's build holds `story-islands`.
pub const KINDS: [&str; 3] = ["timeline", "reader", "search"];

/// The build features trunk's own wasm is made with (xtask/src/dist.rs).
pub const TRUNK_FEATURES: &str = "hydrate,story-islands";

/// The features of a wasm that holds every island: a development build's
/// one wasm (xtask/src/serve.rs), and the browser tests'.
pub const DEVELOPMENT_FEATURES: &str =
    "hydrate,story-islands,timeline-islands,reader-islands,search-islands";

/// One wasm and its JS, as the loader lists them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageWasm {
    /// The JS module and the wasm, as URLs under the site's base.
    pub files: [String; 2],
    /// The islands' hydrate functions it exports.
    pub islands: Vec<String>,
}

/// Builds the other kinds' wasm into `staging`: one each, after trunk's.
pub fn build_other_kinds(staging: &Path, public_url: &str) -> Outcome<Vec<PageWasm>> {
    KINDS
        .iter()
        .map(|kind| build(kind, staging, public_url))
        .collect()
}

/// The wasm trunk built, found in the site by its name.
pub fn trunks_wasm(staging: &Path, public_url: &str) -> Outcome<PageWasm> {
    let unreadable = |error: std::io::Error| {
        Failure::new(
            format!("cannot list {}: {error}", staging.display()),
            "check the trunk build",
        )
    };
    let mut script = None;
    for entry in std::fs::read_dir(staging).map_err(unreadable)? {
        let name = entry
            .map_err(unreadable)?
            .file_name()
            .to_string_lossy()
            .into_owned();
        if name.starts_with("micra-flins-") && name.ends_with(".js") {
            script = Some(name);
        }
    }
    let script = script.ok_or_else(|| {
        Failure::new(
            format!("trunk left no micra-flins-*.js in {}", staging.display()),
            "check the trunk build",
        )
    })?;
    let wasm = script.replace(".js", "_bg.wasm");
    let islands = exported_islands(&read_text(&staging.join(&script))?);
    Ok(PageWasm {
        files: [
            format!("{public_url}{script}"),
            format!("{public_url}{wasm}"),
        ],
        islands,
    })
}

/// Builds the wasm of pages of `kind` and copies it into `staging`.
fn build(kind: &str, staging: &Path, public_url: &str) -> Outcome<PageWasm> {
    let target = workspace_root().join("target/page-wasm");
    run_command(
        cargo()
            .args([
                "build",
                "--quiet",
                "--release",
                "--target",
                "wasm32-unknown-unknown",
                "--no-default-features",
                "--features",
                &format!("hydrate,{kind}-islands"),
                "--bin",
                "micra-flins",
                "--target-dir",
            ])
            .arg(&target),
        &format!("building the {kind} pages' wasm"),
        &format!(
            "`cargo check --target wasm32-unknown-unknown --no-default-features --features hydrate,{kind}-islands` shows Rust errors faster"
        ),
    )?;
    let out = target.join(format!("bindgen-{kind}"));
    let _ = std::fs::remove_dir_all(&out);
    run_command(
        Command::new("wasm-bindgen")
            .args([
                "--target",
                "web",
                "--no-typescript",
                "--out-name",
                kind,
                "--out-dir",
            ])
            .arg(&out)
            .arg(target.join("wasm32-unknown-unknown/release/micra-flins.wasm")),
        &format!("wasm-bindgen on the {kind} pages' wasm"),
        "build through `cargo xtask dist`, which installs wasm-bindgen and puts it on PATH",
    )?;
    let wasm = out.join(format!("{kind}_bg.wasm"));
    // The flags trunk gives wasm-opt for what rustc emits by default.
    run_command(
        Command::new("wasm-opt")
            .args([
                "-Oz",
                "--enable-bulk-memory",
                "--enable-nontrapping-float-to-int",
                "--enable-sign-ext",
                "--enable-mutable-globals",
            ])
            .arg(&wasm)
            .arg("-o")
            .arg(&wasm),
        &format!("wasm-opt on the {kind} pages' wasm"),
        "build through `cargo xtask dist`, which installs binaryen and puts it on PATH",
    )?;
    let script = read_text(&out.join(format!("{kind}.js")))?;
    let module = std::fs::read(&wasm).map_err(|error| {
        Failure::new(
            format!("cannot read {}: {error}", wasm.display()),
            "check the build",
        )
    })?;
    let hash = content_hash(&[script.as_bytes(), &module]);
    let names = [
        format!("{kind}-{hash}.js"),
        format!("{kind}-{hash}_bg.wasm"),
    ];
    copy(&out.join(format!("{kind}.js")), &staging.join(&names[0]))?;
    copy(&wasm, &staging.join(&names[1]))?;
    Ok(PageWasm {
        files: names.map(|name| format!("{public_url}{name}")),
        islands: exported_islands(&script),
    })
}

/// The islands' hydrate functions wasm-bindgen's JS exports: named
/// `<Component>_<number>` by Leptos's `#[island]`.
pub fn exported_islands(script: &str) -> Vec<String> {
    script
        .match_indices("export function ")
        .filter_map(|(at, found)| {
            let name: String = script[at + found.len()..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            let (component, number) = name.rsplit_once('_')?;
            let is_island = component.starts_with(|c: char| c.is_ascii_uppercase())
                && !number.is_empty()
                && number.chars().all(|c| c.is_ascii_digit());
            is_island.then_some(name)
        })
        .collect()
}

/// 16 hex digits of the files' contents, for names that change with them
/// (browsers may cache them for as long as a host allows).
fn content_hash(parts: &[&[u8]]) -> String {
    use sha2::{Digest, Sha256};
    let mut hasher = Sha256::new();
    for part in parts {
        hasher.update(part);
    }
    short_hex(&hasher.finalize())
}

fn copy(from: &Path, to: &PathBuf) -> Outcome {
    std::fs::copy(from, to).map(|_| ()).map_err(|error| {
        Failure::new(
            format!(
                "cannot copy {} to {}: {error}",
                from.display(),
                to.display()
            ),
            "check permissions",
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_islands_are_the_exports_named_like_island_functions() {
        let script = "export function SkipLink_1428(el) {}\nexport function islands_hydrated() {}\n\
                      export function TimelineIsland_99(el) {}\nexport function start() {}";
        assert_eq!(
            exported_islands(script),
            ["SkipLink_1428", "TimelineIsland_99"]
        );
    }

    #[test]
    fn a_development_wasm_holds_every_kind_of_pages_islands() {
        for kind in KINDS.iter().chain([&"story"]) {
            let feature = format!("{kind}-islands");
            assert!(
                DEVELOPMENT_FEATURES
                    .split(',')
                    .any(|listed| listed == feature),
                "{feature} is missing from {DEVELOPMENT_FEATURES}"
            );
        }
    }
}
