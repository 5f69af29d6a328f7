//! Every word the interface says (never the report's own), in each
//! language it speaks: one catalogue per language, checked by the compiler
//! (see `catalogue.rs`), and [`say!`](crate::say) to read a word in the
//! page's language.
//!
//! The language is the report's: a French report gets the French
//! interface, any other language the English one, with `lang` on the
//! report's text ([`content_lang`]) so that each is read with its own
//! rules. The prerender step sets both for each page from the report; a
//! browser build speaks the interface language it was compiled for
//! (`MICRA_INTERFACE_LANGUAGE`, which `cargo xtask dist` sets from the
//! report), so that its wasm holds one language's words.

mod about_report;
mod catalogue;
mod english;
mod french;

pub use about_report::FrameText;
pub use catalogue::Words;
pub use english::ENGLISH;
pub use french::FRENCH;
pub use report::Language;

use std::cell::{Cell, RefCell};

thread_local! {
    // A page is rendered on one thread from start to end (the prerender
    // step), so the page's language
    // lives with the thread rather than in every function that formats a
    // message. A release browser build has its language as a constant.
    static LANGUAGE: Cell<Language> = const { Cell::new(Language::English) };
    static CONTENT_LANG: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// A word of the interface in the page's language: `say!(timeline.heading)`,
/// or with its arguments, `say!(timeline.position(3, 10))`.
///
/// Each use names one field of both catalogues, so a build holds only the
/// words it uses, not the whole catalogues; a browser build, whose language
/// is fixed, holds one language's.
#[macro_export]
macro_rules! say {
    ($($field:ident).+ ( $($argument:expr),* $(,)? )) => {
        match $crate::ui_text::language() {
            $crate::ui_text::Language::English => ($crate::ui_text::ENGLISH.$($field).+)($($argument),*),
            $crate::ui_text::Language::French => ($crate::ui_text::FRENCH.$($field).+)($($argument),*),
        }
    };
    ($($field:ident).+) => {
        match $crate::ui_text::language() {
            $crate::ui_text::Language::English => $crate::ui_text::ENGLISH.$($field).+,
            $crate::ui_text::Language::French => $crate::ui_text::FRENCH.$($field).+,
        }
    };
}

/// The interface language this browser build was compiled for:
/// `MICRA_INTERFACE_LANGUAGE` (`fr`, or English), which `cargo xtask dist`
/// sets from the report the pages are prerendered from.
#[cfg(feature = "hydrate")]
const COMPILED_LANGUAGE: Language = match option_env!("MICRA_INTERFACE_LANGUAGE") {
    Some(tag) if is_french(tag) => Language::French,
    _ => Language::English,
};

/// `fr`, compared byte by byte: string equality is not yet `const`.
#[cfg(feature = "hydrate")]
const fn is_french(tag: &str) -> bool {
    matches!(tag.as_bytes(), [b'f', b'r'])
}

/// The language the interface speaks on this page.
pub fn language() -> Language {
    // Fixed at compile time in the browser: `say!` then folds to one
    // language's words, and the other's leave the wasm.
    #[cfg(feature = "hydrate")]
    return COMPILED_LANGUAGE;
    #[cfg(not(feature = "hydrate"))]
    LANGUAGE.with(Cell::get)
}

/// Sets the page's languages from the report's language tag: the
/// interface's, and the `lang` the report's text needs when the interface
/// does not speak its language.
pub fn set_report_language(tag: &str) {
    let interface = Language::for_report(tag);
    LANGUAGE.with(|language| language.set(interface));
    let content = (!interface.speaks(tag)).then(|| tag.to_string());
    CONTENT_LANG.with(|lang| *lang.borrow_mut() = content);
}

/// The `lang` for an element holding the report's words: `None` when the
/// page's own `lang` is already theirs.
pub fn content_lang() -> Option<String> {
    CONTENT_LANG.with(|lang| lang.borrow().clone())
}

/// The words dates are written with in the page's language.
pub fn date_words() -> &'static report::DateWords {
    language().date_words()
}

/// A page's `<title>`: its heading, then the site's name.
pub fn page_title(heading: &str, site: &str) -> String {
    format!("{heading} · {site}")
}

/// The reading time as an ISO 8601 duration for `<time datetime>`: "PT4M".
pub fn reading_time_datetime(minutes: usize) -> String {
    format!("PT{minutes}M")
}

/// Megabytes to a tenth, rounded up ("5.1"), written with integers:
/// formatting a float would bring Rust's float printing into the wasm.
pub fn megabytes(bytes: u64) -> String {
    let tenths = bytes.div_ceil(100_000);
    format!("{}.{}", tenths / 10, tenths % 10)
}

/// `one` for a count of 1, `many` otherwise (French uses the singular for
/// 0 as well; no message here counts 0 of anything).
fn plural(count: usize, one: &'static str, many: &'static str) -> &'static str {
    if count == 1 { one } else { many }
}

/// `number` with its thousands grouped by `separator`: "2,000".
fn thousands(number: usize, separator: &str) -> String {
    let digits = number.to_string();
    let mut grouped = String::new();
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            grouped.push_str(separator);
        }
        grouped.push(digit);
    }
    grouped
}

/// Names joined with commas, the last with `and`: "A, B and C".
fn listed(names: &[&str], and: &str) -> String {
    match names {
        [] => String::new(),
        [one] => (*one).to_string(),
        [rest @ .., last] => format!("{}{and}{last}", rest.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_french_report_gets_the_french_interface_and_a_german_one_the_english_with_its_lang() {
        set_report_language("fr-FR");
        assert_eq!(say!(timeline.position(6, 10)), "Événement 6 sur 10");
        assert_eq!(content_lang(), None);
        assert_eq!(date_words().month(1), "janvier");
        set_report_language("de");
        assert_eq!(say!(timeline.position(6, 10)), "Event 6 of 10");
        assert_eq!(content_lang().as_deref(), Some("de"));
        set_report_language("en");
        assert_eq!(say!(timeline.heading), "Timeline");
        assert_eq!(content_lang(), None);
    }

    #[test]
    fn counts_agree_with_their_nouns_in_both_languages() {
        set_report_language("en");
        assert_eq!(say!(interviews.results_summary(1, 1)), "1 match in 1 place");
        assert_eq!(
            say!(interviews.results_summary(5, 3)),
            "5 matches in 3 places"
        );
        assert_eq!(say!(timeline.showing(10, 10)), "Showing all 10 events.");
        set_report_language("fr");
        assert_eq!(
            say!(interviews.results_summary(1, 1)),
            "1 résultat dans 1 passage"
        );
        assert_eq!(
            say!(timeline.showing(3, 10)),
            "3 événements affichés sur 10."
        );
        assert_eq!(say!(timeline.showing(1, 10)), "1 événement affiché sur 10.");
        assert_eq!(
            say!(timeline.showing(30, 30)),
            "Les 30 événements sont affichés."
        );
        assert_eq!(
            say!(interviews.intro(&["A", "B", "C"])),
            "A, B et C, avec leurs propres mots."
        );
        assert_eq!(
            say!(timeline.window_position(16, 30, 2_000)),
            "Événements 16 à 30 sur 2\u{202f}000"
        );
        set_report_language("en");
        assert_eq!(
            say!(timeline.window_position(1, 15, 1_234_567)),
            "Events 1–15 of 1,234,567"
        );
        assert_eq!(
            say!(timeline.window_position(1, 15, 100)),
            "Events 1–15 of 100"
        );
        assert_eq!(
            say!(interviews.intro(&["A", "B"])),
            "A and B, in their own words."
        );
    }
}
