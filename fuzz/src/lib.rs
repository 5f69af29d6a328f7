//! How hard the app has been tried: reports generated with hostile content
//! run through the whole build pipeline and hostile addresses through the
//! address code, each counting what went wrong. (What the browser fetches,
//! a long timeline's event pages, meets a failing host in the browser
//! tests, tests/web_timeline.rs.) `cargo xtask fuzz N` runs N generated reports and writes
//! docs/reliability.md; the test command runs a few (this crate's
//! tests/reliability.rs).
//!
//! A crate of its own so that the app ships none of it: it builds the app
//! natively with the prerender step's `ssr` feature and renders pages as
//! that step does.

mod addresses;
mod figures;
mod generator;
mod pipeline;

pub use figures::Figures;
pub use generator::{SCRIPT_IN_TEXT, generated_report};

use micra_flins::prerender::{PageTemplate, init_executor};

/// The bundled report: the generated reports start from it.
const BUNDLED_REPORT: &str = include_str!("../../public/data/report.json");

/// A built `index.html` as trunk writes it, for rendering pages.
const TEMPLATE: &str = "<!doctype html><html lang=en><meta charset=utf-8><base href=/fuzz/><title>Front · Site</title><meta content=\"Front\" name=description><meta content=Front property=og:title><meta content=\"Front\" property=og:description><body><div id=app></div>";

/// Runs `cases` generated reports (case numbers `first..first + cases`,
/// each reproducible from its number) and the hostile addresses.
pub fn run(first: u64, cases: u64) -> Figures {
    init_executor().ok();
    let template = PageTemplate::from_index(TEMPLATE).expect("the fuzzing template is usable");
    let mut figures = Figures::default();
    pipeline::generated_reports(first..first + cases, &template, &mut figures);
    addresses::hostile_addresses(&mut figures);
    pipeline::largest_report(&template, &mut figures);
    figures
}
