//! Which of a timeline's events a page carries.
//!
//! A page that listed every event on every event's page would make a site
//! that grows with the square of its events (2,000 events, 2,000 pages of
//! 2,000 entries). Up to [`WHOLE_TIMELINE_LIMIT`] events, every timeline
//! page carries them all; beyond, each carries a window of
//! [`WINDOW_LENGTH`] events around the one it shows (the timeline's own
//! page, the first ones), and links to the events just before and after
//! it. What a build writes, and what a reader downloads, then grows in
//! proportion to the events.

use super::{TimelineFilters, group_by_phase};
use report::{Event, Report};
use serde::{Deserialize, Serialize};

/// The most events a timeline page lists in full.
pub const WHOLE_TIMELINE_LIMIT: usize = 40;
/// How many events a page of a longer timeline lists.
pub const WINDOW_LENGTH: usize = 11;

/// Where a page's events sit in the whole timeline, in list order.
///
/// In the island's data it is one string, `start,length,total,earlier,later`
/// (`0,11,2000,,flins-chosen-11`): the wasm reads strings already, and a
/// struct or a tuple brings its own reading code into every timeline page.
/// Ids are kebab-case, so a comma never occurs in one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "String", into = "String")]
pub struct TimelineWindow {
    /// The list position of its first event.
    pub start: usize,
    /// How many events it holds.
    pub length: usize,
    /// How many the timeline has.
    pub total: usize,
    /// The event just before it, on a page of its own.
    pub earlier: Option<String>,
    /// The event just after it.
    pub later: Option<String>,
}

impl From<String> for TimelineWindow {
    /// Reads the data's string; what does not parse reads as nothing (the
    /// build wrote it, so that never happens).
    fn from(text: String) -> Self {
        let mut parts = text.split(',');
        let mut number = || parts.next().and_then(|part| part.parse().ok()).unwrap_or(0);
        let (start, length, total) = (number(), number(), number());
        let mut id = || parts.next().filter(|id| !id.is_empty()).map(str::to_string);
        let (earlier, later) = (id(), id());
        Self {
            start,
            length,
            total,
            earlier,
            later,
        }
    }
}

impl From<TimelineWindow> for String {
    fn from(window: TimelineWindow) -> Self {
        format!(
            "{},{},{},{},{}",
            window.start,
            window.length,
            window.total,
            window.earlier.unwrap_or_default(),
            window.later.unwrap_or_default()
        )
    }
}

impl TimelineWindow {
    /// The window of the page that shows `selected` (an event id; `None`
    /// or an unknown id for the timeline's own page).
    pub fn of(report: &Report, selected: Option<&str>) -> Self {
        let events = in_list_order(report);
        let total = events.len();
        let at = selected.and_then(|id| events.iter().position(|event| event.id == id));
        let (start, length) = span(total, at);
        let id_at = |index: Option<usize>| {
            index
                .and_then(|index| events.get(index))
                .map(|event| event.id.clone())
        };
        Self {
            start,
            length,
            total,
            earlier: id_at(start.checked_sub(1)),
            later: id_at(Some(start + length)),
        }
    }

    /// Whether the page holds the whole timeline.
    pub fn is_whole(&self) -> bool {
        self.length == self.total
    }

    /// The window's events, in list order.
    pub fn events<'a>(&self, report: &'a Report) -> Vec<&'a Event> {
        in_list_order(report)
            .into_iter()
            .skip(self.start)
            .take(self.length)
            .collect()
    }
}

/// The start and length of the window around list position `at`.
fn span(total: usize, at: Option<usize>) -> (usize, usize) {
    if total <= WHOLE_TIMELINE_LIMIT {
        return (0, total);
    }
    let start = at
        .map(|at| at.saturating_sub(WINDOW_LENGTH / 2))
        .unwrap_or(0)
        .min(total - WINDOW_LENGTH);
    (start, WINDOW_LENGTH)
}

/// Every event in the order the list shows them: phase by phase, then
/// the events of no known phase.
pub fn in_list_order(report: &Report) -> Vec<&Event> {
    group_by_phase(report, &TimelineFilters::default())
        .into_iter()
        .flat_map(|group| group.events)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_short_timeline_is_whole_on_every_page() {
        let report = crate::bundled_report();
        for selected in [None, Some("flins-chosen"), Some("european-sales")] {
            let window = TimelineWindow::of(&report, selected);
            assert!(window.is_whole());
            assert_eq!(
                (window.start, window.earlier, window.later),
                (0, None, None)
            );
        }
    }

    #[test]
    fn the_limit_is_where_windows_begin() {
        assert_eq!(
            span(WHOLE_TIMELINE_LIMIT, Some(39)),
            (0, WHOLE_TIMELINE_LIMIT)
        );
        let total = WHOLE_TIMELINE_LIMIT + 1;
        assert_eq!(
            span(total, Some(total - 1)),
            (total - WINDOW_LENGTH, WINDOW_LENGTH)
        );
    }
}
