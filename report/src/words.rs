//! Words a reader sees in dates, one constant per language the interface
//! speaks.

/// The date vocabulary of one language of the edition.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateWords {
    /// Month names, January first.
    pub months: [&'static str; 12],
    /// Put before the year for "early 2017", spacing included (French: "début ").
    pub early: &'static str,
    /// Put before the year for "mid 2017" (English "mid-", French "mi-").
    pub mid: &'static str,
    /// Put before the year for "late 2015" (French: "fin ").
    pub late: &'static str,
    /// Put before the year for "end 2016" (French: "fin ").
    pub end: &'static str,
    /// Between the two years of a range: "2013–2016".
    pub range_dash: &'static str,
    /// The first day of a month, as the language writes it: "1", French "1er".
    pub first_day: &'static str,
}

/// English.
pub const ENGLISH: DateWords = DateWords {
    months: [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    early: "early ",
    mid: "mid-",
    late: "late ",
    end: "end ",
    range_dash: "–",
    first_day: "1",
};

/// French: lower-case months, "1er" for the first day.
pub const FRENCH: DateWords = DateWords {
    months: [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    early: "début ",
    mid: "mi-",
    late: "fin ",
    end: "fin ",
    range_dash: "–",
    first_day: "1er",
};

impl DateWords {
    /// The name of month `month` (1 to 12); an empty string for anything else,
    /// since dates are checked when parsed and a panic in rendering helps nobody.
    pub fn month(&self, month: u8) -> &'static str {
        usize::from(month)
            .checked_sub(1)
            .and_then(|i| self.months.get(i))
            .copied()
            .unwrap_or("")
    }
}
