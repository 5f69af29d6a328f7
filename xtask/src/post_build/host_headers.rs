//! `_headers`: what the host should send with the site, in the format
//! Netlify and Cloudflare Pages read from the published folder (other
//! hosts: README "Hosting", which has the same for nginx).
//!
//! - Every address: `frame-ancestors 'none'` (the pages' `<meta>` policy
//!   cannot say it, only a header can), `nosniff`, and no referrer beyond
//!   the origin.
//! - The app's files, whose names carry a hash of their content: kept by
//!   browsers for a year without asking again.
//! - Pages and the worker keep the host's default, which has browsers ask
//!   again each time: a page's address stays while its content changes.
//!   (Both hosts join the values of a header set by two matching rules, so
//!   no rule for every address may set `Cache-Control`.)
//!
//! Each hashed file is named, rather than matched by its extension: the
//! two hosts' patterns differ there, and both take plain paths.

use crate::{Failure, Outcome};
use std::path::Path;

pub use super::offline::HEADERS_FILE;

/// Sent with every address of the site.
const EVERY_ADDRESS: [(&str, &str); 3] = [
    ("Content-Security-Policy", "frame-ancestors 'none'"),
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "strict-origin-when-cross-origin"),
];

/// Sent with a file whose name changes with its content.
const HASHED_FILE: (&str, &str) = ("Cache-Control", "public, max-age=31536000, immutable");

/// Writes `_headers` into the site in `staging`, published under `public_url`.
pub fn write(staging: &Path, public_url: &str) -> Outcome {
    let mut hashed = Vec::new();
    let entries = std::fs::read_dir(staging).map_err(|error| {
        Failure::new(
            format!("cannot list {}: {error}", staging.display()),
            "check the build",
        )
    })?;
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if entry.path().is_file() && is_hashed(&name) {
            hashed.push(name);
        }
    }
    hashed.sort();
    let text = headers(public_url, &hashed);
    std::fs::write(staging.join(HEADERS_FILE), text).map_err(|error| {
        Failure::new(
            format!("cannot write {HEADERS_FILE}: {error}"),
            "check permissions",
        )
    })
}

/// The file's text for a site under `public_url` whose hashed files (at
/// its root) are `hashed`.
pub fn headers(public_url: &str, hashed: &[String]) -> String {
    let mut text = String::from(
        "# What the host sends with this site (Netlify, Cloudflare Pages); README \"Hosting\".\n",
    );
    text.push_str(&format!("{public_url}*\n"));
    for (name, value) in EVERY_ADDRESS {
        text.push_str(&format!("  {name}: {value}\n"));
    }
    for file in hashed {
        text.push_str(&format!(
            "{public_url}{file}\n  {}: {}\n",
            HASHED_FILE.0, HASHED_FILE.1
        ));
    }
    text
}

/// Trunk's names for the files it hashes: `<name>-<16 hex digits>` and an
/// extension (`_bg` before it for a wasm module).
fn is_hashed(name: &str) -> bool {
    let Some((stem, _extension)) = name.rsplit_once('.') else {
        return false;
    };
    let stem = stem.strip_suffix("_bg").unwrap_or(stem);
    stem.rsplit_once('-').is_some_and(|(_, hash)| {
        hash.len() == 16 && hash.bytes().all(|byte| byte.is_ascii_hexdigit())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashed_files_are_kept_a_year_and_every_address_is_never_framed() {
        let text = headers(
            "/reports/micra/",
            &[
                "app-150ff507adc16962.css".to_string(),
                "reader-69ef90bde629717f_bg.wasm".to_string(),
            ],
        );
        assert_eq!(
            text.lines().skip(1).collect::<Vec<_>>(),
            [
                "/reports/micra/*",
                "  Content-Security-Policy: frame-ancestors 'none'",
                "  X-Content-Type-Options: nosniff",
                "  Referrer-Policy: strict-origin-when-cross-origin",
                "/reports/micra/app-150ff507adc16962.css",
                "  Cache-Control: public, max-age=31536000, immutable",
                "/reports/micra/reader-69ef90bde629717f_bg.wasm",
                "  Cache-Control: public, max-age=31536000, immutable",
            ]
        );
        assert_eq!(
            text.matches("Cache-Control").count(),
            2,
            "never on every address"
        );
    }

    #[test]
    fn only_trunks_hashed_names_count_as_hashed() {
        for name in [
            "micra-flins-4b7b4a1066244f44.js",
            "micra-flins-4b7b4a1066244f44_bg.wasm",
            "favicon-fee5f58f20e0a807.svg",
        ] {
            assert!(is_hashed(name), "{name}");
        }
        for name in [
            "index.html",
            "service-worker.js",
            "manifest.webmanifest",
            "icon-192.png",
            "a-4b7b4a10.js",
        ] {
            assert!(!is_hashed(name), "{name}");
        }
    }
}
