//! End-to-end harness: the built site behind a plain static host, and a
//! browser (Chromium, Firefox or WebKit) driven through WebDriver, as a
//! reader would use it.
//!
//! `cargo xtask test e2e` builds the site for a sub-path and runs these
//! tests with `MICRA_E2E_SITE` (the built folder) and `MICRA_E2E_BASE`
//! (the sub-path) set; `MICRA_E2E_BROWSER` names the engine.

pub mod audit;
pub mod browser;
mod chromedriver;
pub mod dev_server;
pub mod engine;
pub mod http;
pub mod nginx;
pub mod offline;
pub mod routes;
pub mod static_host;
pub mod temp_folder;
pub mod valid_html;
pub mod virtual_display;

pub use browser::Browser;
pub use dev_server::DevServer;
pub use engine::Engine;
pub use routes::{Route, every_kind_of_page, every_page, report_of};
pub use static_host::{Addresses, HostOptions, StaticHost};
pub use temp_folder::TempFolder;
pub use virtual_display::VirtualDisplay;

use std::path::{Path, PathBuf};

/// The title of the event the timeline shows: a page has its own event's
/// detail and those it took from other events' pages, all but the
/// selected one hidden.
pub const SHOWN_EVENT_TITLE: &str = ".event-detail:not([hidden]) h2";

/// The built site and the sub-path it was built for, from the environment
/// `cargo xtask test e2e` sets. Every test starts here, so this is also
/// where a failure learns to name the engine it happened in.
pub fn site_from_env() -> (PathBuf, String) {
    name_the_engine_in_failures();
    let hint = "run the end-to-end tests with `cargo xtask test e2e`, which builds the site first";
    let site = std::env::var_os("MICRA_E2E_SITE")
        .unwrap_or_else(|| panic!("MICRA_E2E_SITE is not set: {hint}"));
    let base = std::env::var("MICRA_E2E_BASE")
        .unwrap_or_else(|_| panic!("MICRA_E2E_BASE is not set: {hint}"));
    (site.into(), base)
}

/// Prefixes every failure of this test process with the engine it ran
/// in: the same test runs in three.
fn name_the_engine_in_failures() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let engine = Engine::from_env();
        let report = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            eprintln!("in {engine}:");
            report(info);
        }));
    });
}

/// A fresh copy of the built `site` in the temporary folder, for a test
/// (or benchmark) that changes a file of it; it goes when dropped.
pub fn copy_of_site(site: &Path, name: &str) -> TempFolder {
    let copy = TempFolder::new(name);
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
