//! Dates as the sources give them: some to the day, some only as a year,
//! "early 2017" or a span of years. Keeping the precision means the app never
//! shows a day the sources do not know.

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::de::{self, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::words::{DateWords, ENGLISH};

/// The JSON Schema pattern of a date string; the parser accepts exactly these
/// strings, less impossible days such as "2017-02-30".
pub const DATE_PATTERN: &str = "^(?:[0-9]{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12][0-9]|3[01]))?)?|(?:early|mid|late|end) [0-9]{4}|[0-9]{4}/[0-9]{4})$";

/// The formats an author may write, quoted in every rejection message.
const FORMATS: &str =
    r#"write "2017", "2017-01", "2017-01-11", "early 2017" (or mid, late, end) or "2013/2016""#;

/// One calendar day; the bound of a date's span. Orders chronologically.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CalendarDay {
    /// Year, e.g. 2017.
    pub year: u16,
    /// Month, 1 to 12.
    pub month: u8,
    /// Day of the month, from 1.
    pub day: u8,
}

impl fmt::Display for CalendarDay {
    /// ISO 8601: "2017-01-11".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// A part of a year, for facts the sources date only loosely.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum YearPart {
    /// January to April.
    Early,
    /// May to August.
    Mid,
    /// September to December.
    Late,
    /// November and December: "end 2016" is narrower than "late 2016".
    End,
}

impl YearPart {
    /// Every part, in the order the parser tries them.
    pub const ALL: [YearPart; 4] = [
        YearPart::Early,
        YearPart::Mid,
        YearPart::Late,
        YearPart::End,
    ];

    /// The keyword written in report.json ("early 2017").
    pub fn keyword(self) -> &'static str {
        match self {
            YearPart::Early => "early",
            YearPart::Mid => "mid",
            YearPart::Late => "late",
            YearPart::End => "end",
        }
    }

    /// First and last month this part covers; these spans are what the
    /// ordering and phase checks compare.
    pub fn months(self) -> (u8, u8) {
        match self {
            YearPart::Early => (1, 4),
            YearPart::Mid => (5, 8),
            YearPart::Late => (9, 12),
            YearPart::End => (11, 12),
        }
    }

    fn words(self, words: &DateWords) -> &'static str {
        match self {
            YearPart::Early => words.early,
            YearPart::Mid => words.mid,
            YearPart::Late => words.late,
            YearPart::End => words.end,
        }
    }
}

/// How precisely a date is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Precision {
    /// "2017-01-11".
    Day,
    /// "2017-01".
    Month,
    /// "early 2017", "late 2015", "end 2016".
    PartOfYear(YearPart),
    /// "2017".
    Year,
    /// "2013/2016": a span of whole years.
    YearRange,
}

/// A date together with its precision.
///
/// In report.json it is one string: `"2017"`, `"2017-01"`, `"2017-01-11"`,
/// `"early 2017"` (also `mid`, `late`, `end`) or `"2013/2016"`. It serialises
/// back to the same string ([`ReportDate::canonical`]), displays for readers
/// as "2017", "January 2017", "11 January 2017", "early 2017", "2013–2016",
/// and covers a span of days ([`ReportDate::start`] to [`ReportDate::end`])
/// that validation compares.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ReportDate(Repr);

// Private so that every ReportDate went through the checks in the constructors.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Repr {
    Year(u16),
    Month(u16, u8),
    Day(u16, u8, u8),
    Part(YearPart, u16),
    Years(u16, u16),
}

/// Why a string is not a date, with the formats that are accepted.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("\"{input}\" is not a date: {reason}; {FORMATS}")]
pub struct DateError {
    /// What the author wrote.
    pub input: String,
    /// What is wrong with it.
    pub reason: String,
}

fn days_in_month(year: u16, month: u8) -> u8 {
    let leap = (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400);
    match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl ReportDate {
    /// A whole year. Years have four digits (0 to 9999).
    pub fn year(year: u16) -> Result<Self, DateError> {
        check_year(year)?;
        Ok(ReportDate(Repr::Year(year)))
    }

    /// A month of a year.
    pub fn month(year: u16, month: u8) -> Result<Self, DateError> {
        check_year(year)?;
        check_month(year, month)?;
        Ok(ReportDate(Repr::Month(year, month)))
    }

    /// One day; impossible days (30 February) are refused.
    pub fn day(year: u16, month: u8, day: u8) -> Result<Self, DateError> {
        check_year(year)?;
        check_month(year, month)?;
        if day == 0 || day > days_in_month(year, month) {
            return Err(DateError {
                input: format!("{year:04}-{month:02}-{day:02}"),
                reason: format!(
                    "day {day} does not exist in {} {year}",
                    ENGLISH.month(month)
                ),
            });
        }
        Ok(ReportDate(Repr::Day(year, month, day)))
    }

    /// A part of a year: "early 2017".
    pub fn part_of_year(part: YearPart, year: u16) -> Result<Self, DateError> {
        check_year(year)?;
        Ok(ReportDate(Repr::Part(part, year)))
    }

    /// A span of whole years, first year strictly before the last.
    pub fn years(first: u16, last: u16) -> Result<Self, DateError> {
        check_year(first)?;
        check_year(last)?;
        let input = format!("{first:04}/{last:04}");
        if first == last {
            return Err(DateError {
                input,
                reason: format!(
                    "a range needs two different years; write a single year as \"{first:04}\""
                ),
            });
        }
        if first > last {
            return Err(DateError {
                input,
                reason: "the first year of a range must come before the second".into(),
            });
        }
        Ok(ReportDate(Repr::Years(first, last)))
    }

    /// How precisely this date is known.
    pub fn precision(&self) -> Precision {
        match self.0 {
            Repr::Year(_) => Precision::Year,
            Repr::Month(..) => Precision::Month,
            Repr::Day(..) => Precision::Day,
            Repr::Part(part, _) => Precision::PartOfYear(part),
            Repr::Years(..) => Precision::YearRange,
        }
    }

    /// The first day the date may mean.
    pub fn start(&self) -> CalendarDay {
        let day = |year, month, day| CalendarDay { year, month, day };
        match self.0 {
            Repr::Year(y) | Repr::Years(y, _) => day(y, 1, 1),
            Repr::Month(y, m) => day(y, m, 1),
            Repr::Day(y, m, d) => day(y, m, d),
            Repr::Part(part, y) => day(y, part.months().0, 1),
        }
    }

    /// The last day the date may mean (inclusive).
    pub fn end(&self) -> CalendarDay {
        let last_of = |year, month| CalendarDay {
            year,
            month,
            day: days_in_month(year, month),
        };
        match self.0 {
            Repr::Year(y) | Repr::Years(_, y) => last_of(y, 12),
            Repr::Month(y, m) => last_of(y, m),
            Repr::Day(y, m, d) => CalendarDay {
                year: y,
                month: m,
                day: d,
            },
            Repr::Part(part, y) => last_of(y, part.months().1),
        }
    }

    /// Whether every day `other` may mean lies within this date's span
    /// (an event inside its phase).
    pub fn contains(&self, other: &ReportDate) -> bool {
        self.start() <= other.start() && other.end() <= self.end()
    }

    /// Whether this date is over before `other` can begin. Loose dates that
    /// overlap ("2013/2016" and "late 2015") are neither before nor after.
    pub fn certainly_before(&self, other: &ReportDate) -> bool {
        self.end() < other.start()
    }

    /// The string written in report.json; parsing it gives this date back.
    pub fn canonical(&self) -> String {
        match self.0 {
            Repr::Year(y) => format!("{y:04}"),
            Repr::Month(y, m) => format!("{y:04}-{m:02}"),
            Repr::Day(y, m, d) => format!("{y:04}-{m:02}-{d:02}"),
            Repr::Part(part, y) => format!("{} {y:04}", part.keyword()),
            Repr::Years(a, b) => format!("{a:04}/{b:04}"),
        }
    }

    /// The value for `<time datetime>`: "2017", "2017-01", "2017-01-11".
    /// HTML has no "early 2017", so a part of a year gives its year, and a
    /// range gives its first year (see [`ReportDate::datetime_end`]).
    pub fn datetime(&self) -> String {
        match self.0 {
            Repr::Year(y) | Repr::Part(_, y) | Repr::Years(y, _) => format!("{y:04}"),
            Repr::Month(..) | Repr::Day(..) => self.canonical(),
        }
    }

    /// For a range, the `datetime` of its last year, so the UI can mark up
    /// both ends: `<time datetime="2013">2013</time>–<time datetime="2016">`.
    pub fn datetime_end(&self) -> Option<String> {
        match self.0 {
            Repr::Years(_, y) => Some(format!("{y:04}")),
            _ => None,
        }
    }

    /// The date for readers, in the given language.
    pub fn format(&self, words: &DateWords) -> String {
        match self.0 {
            Repr::Year(y) => format!("{y}"),
            Repr::Month(y, m) => format!("{} {y}", words.month(m)),
            Repr::Day(y, m, 1) => format!("{} {} {y}", words.first_day, words.month(m)),
            Repr::Day(y, m, d) => format!("{d} {} {y}", words.month(m)),
            Repr::Part(part, y) => format!("{}{y}", part.words(words)),
            Repr::Years(a, b) => format!("{a}{}{b}", words.range_dash),
        }
    }
}

fn check_year(year: u16) -> Result<(), DateError> {
    if year > 9999 {
        return Err(DateError {
            input: year.to_string(),
            reason: "a year has four digits".into(),
        });
    }
    Ok(())
}

fn check_month(year: u16, month: u8) -> Result<(), DateError> {
    if !(1..=12).contains(&month) {
        return Err(DateError {
            input: format!("{year:04}-{month:02}"),
            reason: format!("there is no month {month}: months run from 01 to 12"),
        });
    }
    Ok(())
}

/// Reads exactly `len` ASCII digits; `None` for anything else (including
/// non-ASCII text, so no slicing can land inside a character).
fn digits(s: &str, len: usize) -> Option<u16> {
    if s.len() == len && s.bytes().all(|b| b.is_ascii_digit()) {
        s.parse().ok()
    } else {
        None
    }
}

impl FromStr for ReportDate {
    type Err = DateError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let fail = |reason: String| DateError {
            input: s.to_owned(),
            reason,
        };
        let year_of = |part: &str| {
            digits(part, 4).ok_or_else(|| fail(format!("\"{part}\" is not a four-digit year")))
        };
        // Re-label errors from the constructors with what the author wrote.
        let relabel = |e: DateError| DateError {
            input: s.to_owned(),
            ..e
        };

        if s.is_empty() {
            return Err(fail("it is empty".into()));
        }
        if s.trim() != s {
            return Err(fail("remove the spaces around it".into()));
        }
        if let Some((word, year)) = s.split_once(' ') {
            let part = YearPart::ALL
                .into_iter()
                .find(|p| p.keyword() == word)
                .ok_or_else(|| fail(format!("\"{word}\" is not one of early, mid, late, end")))?;
            return ReportDate::part_of_year(part, year_of(year)?).map_err(relabel);
        }
        if let Some((first, last)) = s.split_once('/') {
            return ReportDate::years(year_of(first)?, year_of(last)?).map_err(relabel);
        }
        let parts: Vec<&str> = s.split('-').collect();
        match parts.as_slice() {
            [y] => ReportDate::year(year_of(y)?).map_err(relabel),
            [a, b] if digits(a, 4).is_some() && digits(b, 4).is_some() => Err(fail(format!(
                "a range of years is written with a slash: \"{a}/{b}\""
            ))),
            [y, m] => {
                let month = digits(m, 2)
                    .ok_or_else(|| fail(format!("\"{m}\" is not a two-digit month")))?;
                ReportDate::month(year_of(y)?, month as u8).map_err(relabel)
            }
            [y, m, d] => {
                let month = digits(m, 2)
                    .ok_or_else(|| fail(format!("\"{m}\" is not a two-digit month")))?;
                let day =
                    digits(d, 2).ok_or_else(|| fail(format!("\"{d}\" is not a two-digit day")))?;
                ReportDate::day(year_of(y)?, month as u8, day as u8).map_err(relabel)
            }
            _ => Err(fail("it has too many parts".into())),
        }
    }
}

impl fmt::Display for ReportDate {
    /// The English reader's form; use [`ReportDate::format`] for other languages.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.format(&ENGLISH))
    }
}

impl Serialize for ReportDate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.canonical())
    }
}

struct DateVisitor;

impl Visitor<'_> for DateVisitor {
    type Value = ReportDate;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(r#"a date string such as "2017", "2017-01-11", "early 2017" or "2013/2016""#)
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<ReportDate, E> {
        v.parse().map_err(E::custom)
    }
}

impl<'de> Deserialize<'de> for ReportDate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(DateVisitor)
    }
}

impl JsonSchema for ReportDate {
    fn schema_name() -> Cow<'static, str> {
        "ReportDate".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "description": "A date with its precision: a year \"2017\", a month \"2017-01\", a day \"2017-01-11\", a part of a year \"early 2017\" (early = Jan-Apr, mid = May-Aug, late = Sep-Dec, end = Nov-Dec), or a range of years \"2013/2016\".",
            "pattern": DATE_PATTERN,
            "examples": ["2017", "2017-01", "2017-01-11", "early 2017", "2013/2016"]
        })
    }
}
