//! The timeline drawn to scale, decided in plain Rust: where each year,
//! phase and event falls between the first day and the last, and how an
//! event is drawn for the precision of its date. A day is a point; a
//! month, a part of a year, a year or a range of years is a span from its
//! first day to its last, so that the reader sees what is exact and what
//! is approximate.

use report::{CalendarDay, Precision, Report, ReportDate};

/// More events than this and the axis draws each as a thin tick on one
/// row, where they would otherwise overlap: the ticks' density shows
/// where the events are.
pub const MOST_MARKS: usize = 60;

/// The axis for one report: positions are fractions of its width, 0 at
/// the first day of its earliest date, 1 after the last day of its latest.
#[derive(Debug, Clone, PartialEq)]
pub struct Axis {
    pub years: Vec<YearTick>,
    pub phases: Vec<Band>,
    pub events: Vec<EventMark>,
    /// Rows of phase bands, so that none covers another.
    pub phase_rows: usize,
    /// Rows of marks, so that none covers another; 1 for ticks.
    pub rows: usize,
    /// Each event drawn as a thin tick (see [`MOST_MARKS`]).
    pub ticks: bool,
}

/// The first of January of `year`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct YearTick {
    pub year: u16,
    pub at: f64,
    /// Whether its year is written under it (every year, or every few
    /// when there are many).
    pub labelled: bool,
}

/// A phase, from its first day to its last.
#[derive(Debug, Clone, PartialEq)]
pub struct Band {
    pub id: String,
    pub title: String,
    pub from: f64,
    pub to: f64,
    /// Phases may overlap ("2013" and "2013/2016"): each has a row.
    pub row: usize,
}

/// An event: a point for a day, a span otherwise.
#[derive(Debug, Clone, PartialEq)]
pub struct EventMark {
    pub id: String,
    pub from: f64,
    /// Equal to `from` for a point.
    pub to: f64,
    pub is_point: bool,
    pub row: usize,
}

impl Axis {
    /// The axis of `report`'s timeline; `None` when it has no dated events.
    pub fn of(report: &Report) -> Option<Self> {
        let timeline = &report.timeline;
        let dates = timeline
            .events
            .iter()
            .map(|event| event.date)
            .chain(timeline.phases.iter().map(|phase| phase.date));
        let first = dates.clone().map(|date| day_number(date.start())).min()?;
        let last = dates.map(|date| day_number(date.end()) + 1).max()?;
        let length = (last - first).max(1) as f64;
        let at = |day: i64| (day - first) as f64 / length;
        let (first_year, last_year) = (year_of(first), year_of(last - 1));
        let count = last_year - first_year + 1;
        let step = count.div_ceil(8).max(1);
        let years = (first_year..=last_year + 1)
            .map(|year| YearTick {
                year,
                at: at(day_number(CalendarDay {
                    year,
                    month: 1,
                    day: 1,
                }))
                .clamp(0.0, 1.0),
                labelled: (year - first_year) % step == 0,
            })
            .filter(|tick| tick.at < 1.0)
            .collect();
        let mut phase_ends: Vec<f64> = Vec::new();
        let phases = timeline
            .phases
            .iter()
            .map(|phase| {
                let (from, to) = span(phase.date);
                let (from, to) = (at(from), at(to));
                Band {
                    id: phase.id.clone(),
                    title: phase.title.clone(),
                    from,
                    to,
                    row: free_row(&mut phase_ends, from, to),
                }
            })
            .collect();
        let ticks = timeline.events.len() > MOST_MARKS;
        let mut ends: Vec<f64> = Vec::new();
        let events = timeline
            .events
            .iter()
            .map(|event| {
                let (from, to) = span(event.date);
                let is_point = event.date.precision() == Precision::Day;
                let (from, to) = (at(from), if is_point { at(from) } else { at(to) });
                let row = if ticks {
                    0
                } else {
                    free_row(&mut ends, from, to)
                };
                EventMark {
                    id: event.id.clone(),
                    from,
                    to,
                    is_point,
                    row,
                }
            })
            .collect();
        Some(Self {
            years,
            phases,
            events,
            phase_rows: phase_ends.len(),
            rows: ends.len().max(1),
            ticks,
        })
    }
}

/// The first row whose last mark ends before `from` (with room for a
/// point's mark between them), taken for a mark up to `to`.
fn free_row(ends: &mut Vec<f64>, from: f64, to: f64) -> usize {
    /// About a point's width on a narrow axis.
    const GAP: f64 = 0.03;
    let row = ends
        .iter()
        .position(|end| *end + GAP <= from)
        .unwrap_or(ends.len());
    let end = to.max(from);
    if row == ends.len() {
        ends.push(end);
    } else {
        ends[row] = end;
    }
    row
}

/// A date's first day and the day after its last, as day numbers.
fn span(date: ReportDate) -> (i64, i64) {
    (day_number(date.start()), day_number(date.end()) + 1)
}

/// Days since 1 March of year 0 (proleptic Gregorian), the count
/// calendars are converted with (H. Hinnant's `days_from_civil`).
pub fn day_number(day: CalendarDay) -> i64 {
    let (year, month, day) = (
        i64::from(day.year),
        i64::from(day.month),
        i64::from(day.day),
    );
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let of_era = year - era * 400;
    let of_year = (153 * (month + if month > 2 { -3 } else { 9 }) + 2) / 5 + day - 1;
    let of_era_days = of_era * 365 + of_era / 4 - of_era / 100 + of_year;
    era * 146_097 + of_era_days
}

/// The year a day number falls in.
fn year_of(number: i64) -> u16 {
    // Close enough to start from, then exact.
    let mut year = (number / 365).clamp(0, i64::from(u16::MAX)) as u16;
    while year > 0
        && day_number(CalendarDay {
            year,
            month: 1,
            day: 1,
        }) > number
    {
        year -= 1;
    }
    while year < u16::MAX
        && day_number(CalendarDay {
            year: year + 1,
            month: 1,
            day: 1,
        }) <= number
    {
        year += 1;
    }
    year
}

#[cfg(test)]
mod tests {
    use super::*;

    fn axis() -> Axis {
        Axis::of(&crate::bundled_report()).expect("the bundled report has dated events")
    }

    fn mark<'a>(axis: &'a Axis, id: &str) -> &'a EventMark {
        axis.events.iter().find(|mark| mark.id == id).unwrap()
    }

    #[test]
    fn day_numbers_count_days_across_months_and_leap_years() {
        let day = |year, month, day| day_number(CalendarDay { year, month, day });
        assert_eq!(day(2016, 3, 1) - day(2016, 2, 28), 2, "2016 is a leap year");
        assert_eq!(day(2017, 3, 1) - day(2017, 2, 28), 1);
        assert_eq!(day(2014, 1, 1) - day(2013, 1, 1), 365);
        assert_eq!(year_of(day(2016, 12, 31)), 2016);
        assert_eq!(year_of(day(2017, 1, 1)), 2017);
    }

    #[test]
    fn the_axis_runs_from_the_first_day_to_the_last_with_a_tick_each_year() {
        let axis = axis();
        let years: Vec<u16> = axis.years.iter().map(|tick| tick.year).collect();
        assert_eq!(years, [2013, 2014, 2015, 2016, 2017]);
        assert_eq!(axis.years[0].at, 0.0, "the report starts in 2013");
        assert!(axis.years.iter().all(|tick| tick.labelled));
        assert!(axis.years.windows(2).all(|pair| pair[0].at < pair[1].at));
    }

    #[test]
    fn a_day_is_a_point_and_a_range_a_span_from_its_first_day_to_its_last() {
        let axis = axis();
        let chosen = mark(&axis, "flins-chosen");
        assert!(chosen.is_point, "26 April 2013 is a day");
        assert_eq!(chosen.from, chosen.to);
        let shared = mark(&axis, "shared-processes");
        assert!(!shared.is_point, "2013/2016 is a range");
        let tick = |year: u16| axis.years.iter().find(|tick| tick.year == year).unwrap().at;
        assert_eq!(shared.from, tick(2013));
        assert_eq!(shared.to, tick(2017), "it ends after the last day of 2016");
        let training = mark(&axis, "oppama-training");
        assert!(
            training.from > tick(2015) && training.to <= tick(2016),
            "late 2015"
        );
    }

    #[test]
    fn marks_in_one_row_do_not_cover_each_other() {
        let axis = axis();
        for (index, one) in axis.events.iter().enumerate() {
            for other in &axis.events[index + 1..] {
                if one.row == other.row {
                    let (first, second) = if one.from <= other.from {
                        (one, other)
                    } else {
                        (other, one)
                    };
                    assert!(first.to <= second.from, "{} covers {}", first.id, second.id);
                }
            }
        }
        assert!(!axis.ticks);
    }

    #[test]
    fn overlapping_phases_get_rows_of_their_own() {
        let axis = axis();
        let rows: Vec<usize> = axis.phases.iter().map(|band| band.row).collect();
        assert_eq!(
            rows,
            [0, 1, 0],
            "2013 and 2013/2016 overlap; 2017 follows 2013"
        );
        assert_eq!(axis.phase_rows, 2);
    }

    #[test]
    fn many_events_become_ticks_on_one_row() {
        let mut report = crate::bundled_report();
        let events = report.timeline.events.clone();
        for copy in 0..10 {
            for event in &events {
                let mut event = event.clone();
                event.id = format!("{}-{copy}", event.id);
                report.timeline.events.push(event);
            }
        }
        let axis = Axis::of(&report).unwrap();
        assert!(axis.ticks);
        assert_eq!(axis.rows, 1);
        assert_eq!(axis.events.len(), 110);
    }
}
