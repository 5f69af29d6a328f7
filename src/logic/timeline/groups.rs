//! Events grouped into the phase bands they belong to, in order.

use super::TimelineFilters;
use report::{Event, Phase, Report};

/// A phase band and its events that pass the filters.
#[derive(Debug, Clone, PartialEq)]
pub struct PhaseGroup<'a> {
    /// The phase; `None` for events that name no phase.
    pub phase: Option<&'a Phase>,
    /// Its events, in date order.
    pub events: Vec<&'a Event>,
}

/// The phases in order with the events that pass `filters`; phases left
/// empty by the filters are dropped, and events without a phase (or with
/// an unknown one) come last in a group of their own.
pub fn group_by_phase<'a>(report: &'a Report, filters: &TimelineFilters) -> Vec<PhaseGroup<'a>> {
    let timeline = &report.timeline;
    let passing: Vec<&Event> = timeline
        .events
        .iter()
        .filter(|event| filters.matches(*event))
        .collect();
    let mut groups: Vec<PhaseGroup> = timeline
        .phases
        .iter()
        .map(|phase| PhaseGroup {
            phase: Some(phase),
            events: passing
                .iter()
                .copied()
                .filter(|event| event.phase.as_deref() == Some(phase.id.as_str()))
                .collect(),
        })
        .collect();
    let known = |event: &&Event| {
        timeline
            .phases
            .iter()
            .any(|phase| Some(phase.id.as_str()) == event.phase.as_deref())
    };
    let loose: Vec<&Event> = passing
        .iter()
        .copied()
        .filter(|event| !known(event))
        .collect();
    groups.push(PhaseGroup {
        phase: None,
        events: loose,
    });
    groups.retain(|group| !group.events.is_empty());
    groups
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_three_phases_hold_their_events_in_date_order() {
        let report = crate::bundled_report();
        let groups = group_by_phase(&report, &TimelineFilters::default());
        let phases: Vec<&str> = groups
            .iter()
            .map(|group| group.phase.unwrap().id.as_str())
            .collect();
        assert_eq!(phases, ["site-choice", "preparation", "production"]);
        assert_eq!(groups[0].events[0].id, "flins-chosen");
        assert_eq!(groups[2].events.last().unwrap().id, "european-sales");
        let count: usize = groups.iter().map(|group| group.events.len()).sum();
        assert_eq!(count, report.timeline.events.len());
    }

    #[test]
    fn filtering_drops_empty_phases() {
        let report = crate::bundled_report();
        let groups = group_by_phase(&report, &TimelineFilters::from_query(Some("oppama"), None));
        assert_eq!(groups.len(), 1);
        assert_eq!(groups[0].phase.unwrap().id, "preparation");
    }

    #[test]
    fn events_without_a_known_phase_come_last() {
        let mut report = crate::bundled_report();
        report.timeline.events[0].phase = None;
        let groups = group_by_phase(&report, &TimelineFilters::default());
        let last = groups.last().unwrap();
        assert!(last.phase.is_none());
        assert_eq!(last.events[0].id, "flins-chosen");
    }
}
