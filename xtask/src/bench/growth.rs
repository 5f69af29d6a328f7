//! How the built site grows with its timeline: the bundled report with its
//! events repeated to 10, 500 and 2,000, each built whole by `dist` (every
//! page prerendered, the offline copy's list written), with the pages it
//! writes, the site's size, its largest page and the time `dist` took.
//! Written to bench/growth.md with the budgets: at 2,000 events, every
//! page at most 100 KB gzip, the whole site at most 64 MB, and `dist`
//! within 120 s.
//!
//! The styles inside the pages are counted apart too: each page but a
//! long timeline's events carries its family's (post_build/stylesheets.rs),
//! a cost in proportion to those pages.

use super::sizes::Size;
use super::{file_failure, write_big_report};
use crate::post_build::{INLINE_EVENT_PAGES_LIMIT, inline_contents};
use crate::process::{step, workspace_root};
use crate::{Outcome, dist};
use std::path::Path;
use std::time::{Duration, Instant};

/// The timelines measured, in events.
pub const EVENT_COUNTS: [usize; 3] = [10, 500, 2_000];
/// The largest a page may be, gzipped, at the longest timeline.
pub const PAGE_GZIP_BUDGET: u64 = 100_000;
/// The most a whole site may weigh at the longest timeline.
pub const SITE_BUDGET: u64 = 64_000_000;
/// The longest `dist` may take at the longest timeline, on two cores.
pub const DIST_BUDGET: Duration = Duration::from_secs(120);

/// One built site's figures.
#[derive(Debug, Clone)]
pub struct Growth {
    pub events: usize,
    /// HTML pages written.
    pub pages: usize,
    /// Every file of the site, in bytes.
    pub site_bytes: u64,
    /// Of those, the styles inside the pages (`<style>` elements).
    pub style_bytes: u64,
    /// Its largest page: where, and its size.
    pub largest_page: (String, Size),
    pub dist_time: Duration,
}

/// Builds and measures the site for each of [`EVENT_COUNTS`], after one
/// build that is not timed: the release wasm is compiled then, if the code
/// changed since the last build, so that each time is the report's.
pub fn measure(base: &str) -> Outcome<Vec<Growth>> {
    let target = workspace_root().join("target");
    let warm_up = target.join("bench-growth-warm-up");
    step("a first build, to compile what the code changed");
    dist::build(base, &warm_up)?;
    let _ = std::fs::remove_dir_all(&warm_up);
    EVENT_COUNTS
        .iter()
        .map(|&events| {
            let report = target.join(format!("bench-growth-{events}.json"));
            write_big_report(&report, events)?;
            let site = target.join(format!("bench-growth-{events}"));
            let _ = std::fs::remove_dir_all(&site);
            step(&format!("the site with {events} events"));
            let started = Instant::now();
            dist::build_from(base, &report, &site)?;
            let dist_time = started.elapsed();
            let growth = measure_site(&site, events, dist_time)?;
            let _ = std::fs::remove_dir_all(&site);
            Ok(growth)
        })
        .collect()
}

fn measure_site(site: &Path, events: usize, dist_time: Duration) -> Outcome<Growth> {
    let mut files = Vec::new();
    walk(site, &mut files).map_err(file_failure(format!("reading {}", site.display())))?;
    let mut site_bytes = 0;
    let mut style_bytes = 0;
    let mut pages = 0;
    let mut largest: Option<(String, Vec<u8>)> = None;
    for file in &files {
        let content =
            std::fs::read(file).map_err(file_failure(format!("reading {}", file.display())))?;
        site_bytes += content.len() as u64;
        if file
            .extension()
            .is_some_and(|extension| extension == "html")
        {
            pages += 1;
            style_bytes += inline_contents(&String::from_utf8_lossy(&content), "style")
                .map(|css| css.len() as u64)
                .sum::<u64>();
            if largest
                .as_ref()
                .is_none_or(|(_, biggest)| content.len() > biggest.len())
            {
                let name = file
                    .strip_prefix(site)
                    .unwrap_or(file)
                    .display()
                    .to_string();
                largest = Some((name, content));
            }
        }
    }
    let (name, content) = largest.unwrap_or_default();
    Ok(Growth {
        events,
        pages,
        site_bytes,
        style_bytes,
        largest_page: (name, Size::of(&content)),
        dist_time,
    })
}

fn walk(folder: &Path, files: &mut Vec<std::path::PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(folder)? {
        let entry = entry?;
        if entry.file_type()?.is_dir() {
            walk(&entry.path(), files)?;
        } else {
            files.push(entry.path());
        }
    }
    Ok(())
}

/// The budgets the longest timeline's site breaks, each with its figure;
/// empty when it meets them all.
pub fn broken_budgets(longest: &Growth) -> Vec<String> {
    let mut broken = Vec::new();
    let (page, size) = &longest.largest_page;
    if size.gzip > PAGE_GZIP_BUDGET {
        broken.push(format!(
            "{page} is {} bytes gzip (budget {PAGE_GZIP_BUDGET})",
            size.gzip
        ));
    }
    if longest.site_bytes > SITE_BUDGET {
        broken.push(format!(
            "the site is {} bytes (budget {SITE_BUDGET})",
            longest.site_bytes
        ));
    }
    if longest.dist_time > DIST_BUDGET {
        broken.push(format!(
            "dist took {:.0} s (budget {} s)",
            longest.dist_time.as_secs_f64(),
            DIST_BUDGET.as_secs()
        ));
    }
    broken
}

/// bench/growth.md.
pub fn markdown(growth: &[Growth], date: &str, machine: &str) -> String {
    let mut text = format!(
        "# How the site grows with its timeline\n\n\
         Made by `cargo xtask bench` (or `cargo xtask bench --growth` alone) on {date}, {machine}.\n\
         The bundled report with its events repeated to each count, built whole by `cargo xtask dist`\n\
         (every page prerendered, the offline copy's file list written; the release wasm compiled\n\
         by an untimed build before). A timeline of up to 40 events is listed whole on each of its pages;\n\
         a longer one lists the 11 events around each page's own (src/logic/timeline/window.rs),\n\
         and each page carries its own event's detail only.\n\n\
         Each page carries its styles (every page's and its own family's: story, timeline or\n\
         interviews), so that it paints from its HTML alone, but for the events' pages of a timeline\n\
         of more than {INLINE_EVENT_PAGES_LIMIT} events: those link one stylesheet, fetched once\n\
         (xtask/src/post_build/stylesheets.rs). The styles column is what the styles inside pages add\n\
         up to.\n\n\
         | events | pages written | site (bytes) | of which styles | largest page | raw (bytes) | gzip -9 (bytes) | `dist` time |\n\
         | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: |\n"
    );
    for row in growth {
        let (page, size) = &row.largest_page;
        text.push_str(&format!(
            "| {} | {} | {} | {} | `{page}` | {} | {} | {:.1} s |\n",
            row.events,
            row.pages,
            row.site_bytes,
            row.style_bytes,
            size.raw,
            size.gzip,
            row.dist_time.as_secs_f64()
        ));
    }
    text.push_str(&format!(
        "\nBudgets at {} events: every page at most {PAGE_GZIP_BUDGET} bytes gzip, the whole site at \
         most {SITE_BUDGET} bytes, `dist` within {} s.\n\n",
        EVENT_COUNTS[EVENT_COUNTS.len() - 1],
        DIST_BUDGET.as_secs()
    ));
    let broken = growth.last().map(broken_budgets).unwrap_or_default();
    text.push_str(&if broken.is_empty() {
        "**met**\n".to_string()
    } else {
        format!("**not met**: {}\n", broken.join("; "))
    });
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn growth(gzip: u64, site_bytes: u64, seconds: u64) -> Growth {
        Growth {
            events: 2_000,
            pages: 2_015,
            site_bytes,
            style_bytes: 0,
            largest_page: (
                "timeline/index.html".to_string(),
                Size {
                    files: 1,
                    raw: gzip * 5,
                    gzip,
                    brotli: gzip,
                },
            ),
            dist_time: Duration::from_secs(seconds),
        }
    }

    #[test]
    fn each_budget_broken_is_named_with_its_figure() {
        assert!(broken_budgets(&growth(30_000, 50_000_000, 60)).is_empty());
        let broken = broken_budgets(&growth(120_000, 70_000_000, 150));
        assert_eq!(broken.len(), 3, "{broken:?}");
        assert!(broken[0].contains("timeline/index.html is 120000 bytes gzip"));
        assert!(markdown(&[growth(120_000, 1, 1)], "today", "here").contains("**not met**"));
        assert!(markdown(&[growth(1, 1, 1)], "today", "here").contains("**met**"));
    }

    #[test]
    fn the_site_budget_is_the_whole_site_styles_included() {
        let mut styled = growth(30_000, 64_000_000, 60);
        styled.style_bytes = 30_000_000;
        assert!(broken_budgets(&styled).is_empty());
        styled.site_bytes = 64_000_001;
        assert_eq!(
            broken_budgets(&styled),
            ["the site is 64000001 bytes (budget 64000000)"]
        );
    }
}
