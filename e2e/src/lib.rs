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

/// The built site and the sub-path it was built for, from the environment
/// `cargo xtask test e2e` sets.
pub fn site_from_env() -> (std::path::PathBuf, String) {
    let hint = "run the end-to-end tests with `cargo xtask test e2e`, which builds the site first";
    let site = std::env::var_os("MICRA_E2E_SITE")
        .unwrap_or_else(|| panic!("MICRA_E2E_SITE is not set: {hint}"));
    let base = std::env::var("MICRA_E2E_BASE")
        .unwrap_or_else(|_| panic!("MICRA_E2E_BASE is not set: {hint}"));
    (site.into(), base)
}
