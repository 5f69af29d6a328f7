//! What a run found, and docs/reliability.md written from it.

use std::time::Duration;

/// What one run found.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Figures {
    /// Generated reports run through the pipeline.
    pub reports: usize,
    /// Of those, the ones validation accepted (then rendered to pages).
    pub valid: usize,
    /// Pages rendered from the valid ones.
    pub pages: usize,
    /// Panics anywhere in the pipeline, with the case that caused each.
    pub panics: Vec<String>,
    /// Broken promises: output out of bounds, a path out of the folder,
    /// markup from the text in a page, a passage search cannot find.
    pub failures: Vec<String>,
    /// Hostile addresses tried, and the ones that escaped (a path out of
    /// the folder, a value that did not survive the address).
    pub addresses: usize,
    pub address_escapes: Vec<String>,
    /// The largest report checked and rendered, its events, and how long
    /// it took.
    pub largest_bytes: usize,
    pub largest_events: usize,
    pub largest_time: Duration,
}

impl Figures {
    /// Whether every promise held.
    pub fn clean(&self) -> bool {
        self.panics.is_empty() && self.failures.is_empty() && self.address_escapes.is_empty()
    }

    /// docs/reliability.md.
    pub fn markdown(&self, command: &str, date: &str) -> String {
        let list = |items: &[String]| {
            if items.is_empty() {
                "none".to_string()
            } else {
                items.join("; ")
            }
        };
        format!(
            "# Reliability\n\n\
             Written by `{command}` on {date}; do not edit by hand. The test command runs a\n\
             few of the same cases on every run (fuzz/tests/reliability.rs); the generator and\n\
             the checks are in the fuzz crate (fuzz/src/).\n\n\
             | what was tried | count | what went wrong |\n\
             | --- | ---: | --- |\n\
             | generated reports through the whole pipeline (parse, validate, group, index, search, page files, every page rendered) | {} | panics: {}; broken promises: {} |\n\
             | of those, valid and rendered | {} ({} pages) | |\n\
             | hostile addresses (parsed, their page files, values read back) | {} | escapes: {} |\n\n\
             Largest report handled: {} bytes ({} events), checked and its first pages\n\
             rendered in {} ms.\n\n\
             The generated reports start from the bundled one and add hostile text to its\n\
             fields (combining marks, right-to-left overrides, ß and İ, zero-width characters,\n\
             markup, emoji, escapes, sometimes a megabyte), duplicated events, dangling\n\
             references, ids that are not kebab-case or that the app reserves, and many more\n\
             events. A broken promise is validation output more than four times the report,\n\
             a page file outside the site, markup from the text in a page, a passage its\n\
             words do not find, or events lost by the grouping.\n",
            self.reports,
            list(&self.panics),
            list(&self.failures),
            self.valid,
            self.pages,
            self.addresses,
            list(&self.address_escapes),
            self.largest_bytes,
            self.largest_events,
            self.largest_time.as_millis(),
        )
    }
}
