//! End-to-end harness: the built site behind a plain static host, and a
//! headless Chromium driven through chromedriver, as a reader would use it.
//!
//! `cargo xtask test e2e` builds the site for a sub-path and runs these
//! tests with `MICRA_E2E_SITE` (the built folder) and `MICRA_E2E_BASE`
//! (the sub-path) set.

pub mod audit;
pub mod browser;
mod chromedriver;
pub mod routes;
pub mod static_host;

pub use browser::Browser;
pub use routes::{Route, every_kind_of_page, every_page, report_of};
pub use static_host::StaticHost;

use std::path::{Path, PathBuf};

/// The title of the event the timeline shows: every event's detail is in
/// the page, and all but the selected one are hidden.
pub const SHOWN_EVENT_TITLE: &str = ".event-detail:not([hidden]) h2";

/// The built site and the sub-path it was built for, from the environment
/// `cargo xtask test e2e` sets.
pub fn site_from_env() -> (PathBuf, String) {
    let hint = "run the end-to-end tests with `cargo xtask test e2e`, which builds the site first";
    let site = std::env::var_os("MICRA_E2E_SITE")
        .unwrap_or_else(|| panic!("MICRA_E2E_SITE is not set: {hint}"));
    let base = std::env::var("MICRA_E2E_BASE")
        .unwrap_or_else(|_| panic!("MICRA_E2E_BASE is not set: {hint}"));
    (site.into(), base)
}

/// A fresh copy of the built `site` in the temporary folder, for a test
/// (or benchmark) that changes a file of it; `name` tells copies apart.
pub fn copy_of_site(site: &Path, name: &str) -> PathBuf {
    let copy = std::env::temp_dir().join(format!("micra-e2e-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&copy);
    copy_folder(site, &copy);
    copy
}

fn copy_folder(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("create the site copy");
    for entry in std::fs::read_dir(from).expect("read the site") {
        let entry = entry.expect("a site entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("its type").is_dir() {
            copy_folder(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).expect("copy a site file");
        }
    }
}
