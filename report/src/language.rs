//! The report's language, and the interface language that goes with it.

use super::words::{DateWords, ENGLISH, FRENCH};

/// A language the interface speaks. A report in any other language gets
/// the English interface, and its own text keeps its own `lang`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Language {
    English,
    French,
}

impl Language {
    /// The interface for a report written in `tag` (BCP 47): its own
    /// language when the interface speaks it, English otherwise.
    pub fn for_report(tag: &str) -> Self {
        let primary = tag.split('-').next().unwrap_or_default();
        if primary.eq_ignore_ascii_case("fr") {
            Self::French
        } else {
            Self::English
        }
    }

    /// Its BCP 47 tag, as `lang` attributes carry it.
    pub fn tag(self) -> &'static str {
        match self {
            Self::English => "en",
            Self::French => "fr",
        }
    }

    /// The words its dates are written with.
    pub fn date_words(self) -> &'static DateWords {
        match self {
            Self::English => &ENGLISH,
            Self::French => &FRENCH,
        }
    }

    /// Whether text in `tag` is in this language (`en-GB` is English).
    pub fn speaks(self, tag: &str) -> bool {
        tag.split('-')
            .next()
            .is_some_and(|primary| primary.eq_ignore_ascii_case(self.tag()))
    }
}

/// Whether `tag` is a BCP 47 language tag of the usual shape: a language
/// code of 2 or 3 letters (ISO 639), then subtags of 1 to 8 letters and
/// digits (script, region, variants), joined by hyphens: `fr`, `en-GB`,
/// `zh-Hant-TW`, `de-CH-1996`. Browsers and screen readers ignore a `lang`
/// they cannot parse, and a language's name ("French") is not its code,
/// so a report must give the code.
pub fn is_language_tag(tag: &str) -> bool {
    let mut subtags = tag.split('-');
    let language = subtags.next().unwrap_or_default();
    let language_ok =
        (2..=3).contains(&language.len()) && language.bytes().all(|b| b.is_ascii_alphabetic());
    language_ok
        && subtags.all(|subtag| {
            (1..=8).contains(&subtag.len()) && subtag.bytes().all(|b| b.is_ascii_alphanumeric())
        })
}

#[cfg(test)]
mod tests {
    use super::{Language, is_language_tag};

    #[test]
    fn french_reports_get_the_french_interface_and_any_other_the_english() {
        assert_eq!(Language::for_report("fr"), Language::French);
        assert_eq!(Language::for_report("fr-CA"), Language::French);
        assert_eq!(Language::for_report("FR"), Language::French);
        assert_eq!(Language::for_report("en-GB"), Language::English);
        assert_eq!(Language::for_report("de"), Language::English);
        assert_eq!(Language::for_report("frr"), Language::English);
        assert!(Language::English.speaks("en-GB"));
        assert!(!Language::English.speaks("de"));
        assert!(Language::French.speaks("fr-BE"));
    }

    #[test]
    fn language_tags_are_checked_for_shape() {
        for good in [
            "en",
            "fr",
            "en-GB",
            "zh-Hant-TW",
            "de-CH-1996",
            "gsw",
            "sr-Latn",
        ] {
            assert!(is_language_tag(good), "{good}");
        }
        for bad in [
            "",
            "e",
            "english-",
            "en_GB",
            "en GB",
            "fr-",
            "-fr",
            "fr--CA",
            "en-abcdefghi",
            "é",
            "x-private",
            "French",
        ] {
            assert!(!is_language_tag(bad), "{bad}");
        }
    }
}
