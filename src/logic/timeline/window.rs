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
/// In the islands' props it is one string, `start,length,total,earlier,later`
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
    /// Reads the props' string; what does not parse reads as nothing (the
    /// build wrote it, so that never happens).
    fn from(props: String) -> Self {
        let mut parts = props.split(',');
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

    /// The bundled report with its events repeated until it has `count`.
    fn long_report(count: usize) -> Report {
        let mut report = crate::bundled_report();
        let events = report.timeline.events.clone();
        report.timeline.events = (0..count)
            .map(|n| {
                let mut event = events[n % events.len()].clone();
                event.id = format!("{}-{n}", event.id);
                event
            })
            .collect();
        report
    }

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
    fn a_long_timeline_page_holds_the_events_around_its_own() {
        let report = long_report(2_000);
        let order: Vec<String> = in_list_order(&report)
            .iter()
            .map(|event| event.id.clone())
            .collect();
        let middle = &order[1_000];
        let window = TimelineWindow::of(&report, Some(middle));
        assert_eq!(window.length, WINDOW_LENGTH);
        assert_eq!(window.total, 2_000);
        let ids: Vec<&str> = window
            .events(&report)
            .iter()
            .map(|event| event.id.as_str())
            .collect();
        assert!(ids.contains(&middle.as_str()));
        assert_eq!(ids[WINDOW_LENGTH / 2], middle);
        assert_eq!(
            window.earlier.as_deref(),
            Some(order[window.start - 1].as_str())
        );
        assert_eq!(
            window.later.as_deref(),
            Some(order[window.start + WINDOW_LENGTH].as_str())
        );
    }

    #[test]
    fn the_windows_at_the_ends_stay_whole_and_the_timeline_page_opens_on_the_first() {
        let report = long_report(100);
        let order = in_list_order(&report);
        let first = TimelineWindow::of(&report, Some(&order[1].id));
        assert_eq!((first.start, first.earlier.as_deref()), (0, None));
        let last = TimelineWindow::of(&report, Some(&order[99].id));
        assert_eq!(
            (last.start + last.length, last.later.as_deref()),
            (100, None)
        );
        assert_eq!(TimelineWindow::of(&report, None).start, 0);
        assert_eq!(TimelineWindow::of(&report, Some("no-such-event")).start, 0);
    }

    #[test]
    fn a_window_survives_the_trip_through_the_props() {
        let report = long_report(100);
        for selected in [None, Some(in_list_order(&report)[50].id.clone())] {
            let window = TimelineWindow::of(&report, selected.as_deref());
            let json = serde_json::to_string(&window).unwrap();
            assert_eq!(
                serde_json::from_str::<TimelineWindow>(&json).unwrap(),
                window
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
