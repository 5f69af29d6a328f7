//! Dates at every precision: parsing, display, `<time datetime>`, bounds,
//! and the messages that turn down bad dates.

use proptest::prelude::*;
use report::{CalendarDay, DATE_PATTERN, ENGLISH, Precision, ReportDate, YearPart};

fn date(s: &str) -> ReportDate {
    s.parse().unwrap_or_else(|e| panic!("{e}"))
}

fn day(year: u16, month: u8, day: u8) -> CalendarDay {
    CalendarDay { year, month, day }
}

#[test]
fn every_precision_parses_displays_and_bounds() {
    // (written, precision, displayed, datetime, start, end)
    let cases = [
        (
            "2013",
            Precision::Year,
            "2013",
            "2013",
            day(2013, 1, 1),
            day(2013, 12, 31),
        ),
        (
            "2017-01",
            Precision::Month,
            "January 2017",
            "2017-01",
            day(2017, 1, 1),
            day(2017, 1, 31),
        ),
        (
            "2016-02",
            Precision::Month,
            "February 2016",
            "2016-02",
            day(2016, 2, 1),
            day(2016, 2, 29),
        ),
        (
            "2017-01-11",
            Precision::Day,
            "11 January 2017",
            "2017-01-11",
            day(2017, 1, 11),
            day(2017, 1, 11),
        ),
        (
            "early 2017",
            Precision::PartOfYear(YearPart::Early),
            "early 2017",
            "2017",
            day(2017, 1, 1),
            day(2017, 4, 30),
        ),
        (
            "mid 2016",
            Precision::PartOfYear(YearPart::Mid),
            "mid-2016",
            "2016",
            day(2016, 5, 1),
            day(2016, 8, 31),
        ),
        (
            "late 2015",
            Precision::PartOfYear(YearPart::Late),
            "late 2015",
            "2015",
            day(2015, 9, 1),
            day(2015, 12, 31),
        ),
        (
            "end 2016",
            Precision::PartOfYear(YearPart::End),
            "end 2016",
            "2016",
            day(2016, 11, 1),
            day(2016, 12, 31),
        ),
        (
            "2013/2016",
            Precision::YearRange,
            "2013–2016",
            "2013",
            day(2013, 1, 1),
            day(2016, 12, 31),
        ),
    ];
    for (written, precision, displayed, datetime, start, end) in cases {
        let d = date(written);
        assert_eq!(d.precision(), precision, "{written}");
        assert_eq!(d.to_string(), displayed, "{written}");
        assert_eq!(d.datetime(), datetime, "{written}");
        assert_eq!((d.start(), d.end()), (start, end), "{written}");
        assert_eq!(d.canonical(), written, "{written} round-trips");
        assert_eq!(serde_json::to_string(&d).unwrap(), format!("\"{written}\""));
        assert_eq!(
            serde_json::from_str::<ReportDate>(&format!("\"{written}\"")).unwrap(),
            d
        );
    }
    assert_eq!(date("2013/2016").datetime_end().as_deref(), Some("2016"));
    assert_eq!(date("2017").datetime_end(), None);
}

#[test]
fn another_language_brings_its_own_words() {
    let french = report::FRENCH;
    assert_eq!(date("2017-01-11").format(&french), "11 janvier 2017");
    assert_eq!(date("mid 2016").format(&french), "mi-2016");
    assert_eq!(date("2013/2016").format(&french), "2013–2016");
    assert_eq!(date("late 2016").format(&french), "fin 2016");
    assert_eq!(date("2017-01").format(&french), "janvier 2017");
    assert_eq!(date("2017-01-01").format(&french), "1er janvier 2017");
    assert_eq!(date("2017-01-01").format(&ENGLISH), "1 January 2017");
    assert_eq!(date("2017-01-11").format(&ENGLISH), "11 January 2017");
}

#[test]
fn ordering_and_containment() {
    assert!(date("late 2015").certainly_before(&date("2016")));
    assert!(!date("2013/2016").certainly_before(&date("late 2015")));
    assert!(!date("late 2015").certainly_before(&date("2013/2016")));
    assert!(date("end 2016").certainly_before(&date("2017-01-11")));
    assert!(date("2013/2016").contains(&date("late 2015")));
    assert!(date("2017").contains(&date("2017-03")));
    assert!(!date("2017").contains(&date("2013/2016")));
    assert!(date("late 2016").contains(&date("end 2016")));
}

#[track_caller]
fn rejects(input: &str, reason: &str) {
    let error = input.parse::<ReportDate>().expect_err(input);
    assert_eq!(error.input, input);
    assert_eq!(error.reason, reason, "{input}");
    assert!(error.to_string().starts_with(&format!(
        "\"{input}\" is not a date: {reason}; write \"2017\""
    )));
}

#[test]
fn bad_dates_are_refused_with_a_reason() {
    rejects("", "it is empty");
    rejects(" 2017", "remove the spaces around it");
    rejects("17", "\"17\" is not a four-digit year");
    rejects("2017-13", "there is no month 13: months run from 01 to 12");
    rejects("2017-00", "there is no month 0: months run from 01 to 12");
    rejects("2017-1", "\"1\" is not a two-digit month");
    rejects("2017-02-29", "day 29 does not exist in February 2017");
    rejects("2017-04-31", "day 31 does not exist in April 2017");
    rejects("2017-01-1", "\"1\" is not a two-digit day");
    rejects(
        "2013-2016",
        "a range of years is written with a slash: \"2013/2016\"",
    );
    rejects(
        "2016/2013",
        "the first year of a range must come before the second",
    );
    rejects(
        "2016/2016",
        "a range needs two different years; write a single year as \"2016\"",
    );
    rejects(
        "Early 2017",
        "\"Early\" is not one of early, mid, late, end",
    );
    rejects(
        "beginning 2017",
        "\"beginning\" is not one of early, mid, late, end",
    );
    rejects("early 17", "\"17\" is not a four-digit year");
    rejects("2017-01-11-12", "it has too many parts");
    rejects(
        "11 January 2017",
        "\"11\" is not one of early, mid, late, end",
    );
    rejects("２０１７", "\"２０１７\" is not a four-digit year");
}

#[test]
fn leap_days_exist_in_leap_years_only() {
    assert!("2016-02-29".parse::<ReportDate>().is_ok());
    assert!("2000-02-29".parse::<ReportDate>().is_ok());
    assert!("1900-02-29".parse::<ReportDate>().is_err());
}

#[test]
fn constructors_check_like_the_parser() {
    assert_eq!(ReportDate::day(2017, 1, 11).unwrap(), date("2017-01-11"));
    assert!(ReportDate::year(10_000).is_err());
    assert!(ReportDate::month(2017, 0).is_err());
    assert!(ReportDate::years(2016, 2013).is_err());
    assert_eq!(
        ReportDate::part_of_year(YearPart::Late, 2015).unwrap(),
        date("late 2015")
    );
}

/// `DATE_PATTERN` without its anchors, which proptest's generator refuses.
fn pattern_body() -> &'static str {
    DATE_PATTERN
        .strip_prefix('^')
        .and_then(|p| p.strip_suffix('$'))
        .unwrap()
}

proptest! {
    /// Every string the schema allows is a date or an impossible day or range;
    /// the dates round-trip.
    #[test]
    fn schema_pattern_and_parser_agree(s in proptest::string::string_regex(pattern_body()).unwrap()) {
        match s.parse::<ReportDate>() {
            Ok(d) => prop_assert_eq!(d.canonical(), s),
            Err(e) => prop_assert!(
                e.reason.contains("does not exist") || e.reason.contains("range"),
                "{} rejected: {}", s, e
            ),
        }
    }

    /// Whatever the input, parsing answers and never panics.
    #[test]
    fn parser_never_panics(s in "\\PC{0,16}") {
        let _ = s.parse::<ReportDate>();
    }

    /// Bounds are ordered and a date contains itself.
    #[test]
    fn bounds_are_ordered(y in 1000u16..=9999, m in 1u8..=12, d in 1u8..=28) {
        for s in [format!("{y}"), format!("{y}-{m:02}"), format!("{y}-{m:02}-{d:02}"), format!("late {y}")] {
            let date: ReportDate = s.parse().unwrap();
            prop_assert!(date.start() <= date.end());
            prop_assert!(date.contains(&date));
            prop_assert!(!date.certainly_before(&date));
        }
    }
}
