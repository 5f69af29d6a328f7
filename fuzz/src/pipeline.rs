//! Reports through the whole build pipeline, as the prerender step runs
//! it: the generated ones, and the largest one, timed.

use crate::Figures;
use crate::generator::{SCRIPT_IN_TEXT, generated_report, long_timeline_report};
use micra_flins::logic::interview::{SearchableInterview, search_interviews};
use micra_flins::logic::timeline::{TimelineFilters, TimelineIndex, group_by_phase};
use micra_flins::prerender::{PageTemplate, file_within, pages_for};
use report::Report;
use report::routes::AppRoute;
use std::ops::Range;
use std::panic::AssertUnwindSafe;
use std::path::Path;
use std::sync::Arc;
use std::time::Instant;

/// Each case of `cases` generated and run through [`pipeline`]: the valid
/// ones and their pages counted, a broken promise or a panic listed with
/// its case number.
pub fn generated_reports(cases: Range<u64>, template: &PageTemplate, figures: &mut Figures) {
    for case in cases {
        let json = generated_report(case);
        figures.reports += 1;
        let outcome = std::panic::catch_unwind(AssertUnwindSafe(|| pipeline(&json, template)));
        match outcome {
            Ok(Ok(Checked { valid, pages })) => {
                figures.valid += usize::from(valid);
                figures.pages += pages;
            }
            Ok(Err(broken)) => figures.failures.push(format!("case {case}: {broken}")),
            Err(_) => figures.panics.push(format!("case {case}")),
        }
    }
}

/// What one report came to: whether validation accepted it, and the
/// pages rendered from it.
struct Checked {
    valid: bool,
    pages: usize,
}

/// Parse, validate (its output bounded by the input), and for a valid
/// report: grouping, the index, search, the page files, every page
/// rendered with the report's text as text.
fn pipeline(json: &str, template: &PageTemplate) -> Result<Checked, String> {
    let report = match Report::from_json(json) {
        Ok(report) => report,
        // Generated reports keep the structure; a refusal is still an answer.
        Err(_) => {
            return Ok(Checked {
                valid: false,
                pages: 0,
            });
        }
    };
    let problems = report.validate();
    let said: usize = problems
        .iter()
        .map(|problem| problem.path.len() + problem.message.len() + problem.hint.len())
        .sum();
    if said > 4 * json.len() + 10_000 {
        return Err(format!(
            "validation said {said} bytes of a {}-byte report",
            json.len()
        ));
    }
    if !problems.is_empty() {
        return Ok(Checked {
            valid: false,
            pages: 0,
        });
    }
    let grouped: usize = group_by_phase(&report, &TimelineFilters::default())
        .iter()
        .map(|group| group.events.len())
        .sum();
    if grouped != report.timeline.events.len() {
        return Err(format!(
            "{grouped} events grouped of {}",
            report.timeline.events.len()
        ));
    }
    // The timeline's own page: all its events, or a long one's first.
    let index = TimelineIndex::of(&report);
    let window = &index.window;
    if window.total != grouped || index.events.len() != window.length || window.start != 0 {
        return Err("the timeline index lost events".to_string());
    }
    let searchable = SearchableInterview::all(&report);
    for interview in &searchable {
        for (_, text) in interview.blocks.iter().take(3) {
            let term: String = text.chars().skip(2).take(6).collect();
            if !term.trim().is_empty() && search_interviews(&searchable, &term).is_empty() {
                return Err(format!("searching for {term:?} finds nothing"));
            }
        }
    }
    let routes = AppRoute::all(&report);
    let site = Path::new("/fuzz-site");
    for route in &routes {
        let path = file_within(site, &route.file())?;
        if !path.starts_with(site) {
            return Err(format!("{} leaves the site", route.file()));
        }
    }
    let pages = pages_for(template, "/fuzz", &Arc::new(report), &routes);
    for page in &pages {
        if page.html.contains(SCRIPT_IN_TEXT) || !page.html.contains("<main") {
            return Err(format!("{} is not the page it should be", page.file));
        }
    }
    Ok(Checked {
        valid: true,
        pages: pages.len(),
    })
}

/// The bundled report's events repeated to 2,000: checked, and the pages
/// a reader opens first rendered, timed.
pub fn largest_report(template: &PageTemplate, figures: &mut Figures) {
    let json = long_timeline_report(200);
    let started = Instant::now();
    let outcome = std::panic::catch_unwind(AssertUnwindSafe(|| {
        let report = Report::from_json(&json).map_err(|error| error.message)?;
        let problems = report.validate();
        if !problems.is_empty() {
            return Err(format!("{} problems", problems.len()));
        }
        let report = Arc::new(report);
        let first = AppRoute::timeline(Some(&report.timeline.events[0].id));
        let routes = [AppRoute::Story, AppRoute::timeline(None), first];
        pages_for(template, "/fuzz", &report, &routes);
        Ok(report.timeline.events.len())
    }));
    match outcome {
        Ok(Ok(events)) => {
            figures.largest_bytes = json.len();
            figures.largest_events = events;
            figures.largest_time = started.elapsed();
        }
        Ok(Err(broken)) => figures
            .failures
            .push(format!("the 2,000-event report: {broken}")),
        Err(_) => figures.panics.push("the 2,000-event report".to_string()),
    }
}
