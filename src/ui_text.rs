//! Every string the interface itself says (not the report's words), in one
//! place, so that a French edition can supply its own.

/// The words dates are written with ("January", "early", …): the model
/// formats dates, the edition's language chooses the words.
pub const DATE_WORDS: &report::DateWords = &report::ENGLISH;

/// The site's name in the header and in page titles.
pub const SITE_NAME: &str = "The Renault-Nissan Alliance";
/// What the site is, under its name.
pub const SITE_TAGLINE: &str = "Renault 2016-2017 Annual Report";
/// A page's `<title>`: its heading, then the site's name.
pub fn page_title(heading: &str) -> String {
    format!("{heading} · {SITE_NAME}")
}

/// The front page's title: also written in index.html, which the browser
/// shows before the app starts (the end-to-end suite checks they agree).
pub const FRONT_PAGE_TITLE: &str = "The Renault-Nissan Alliance: the Nissan Micra built at Flins · Renault 2016-2017 Annual Report";

/// The skip link's text.
pub const SKIP_TO_CONTENT: &str = "Skip to content";
/// The notice that a newer build of the site has been published.
pub const NEW_EDITION: &str = "A new edition of this report has been published.";
/// Its button that reloads the page into the new edition.
pub const TAKE_NEW_EDITION: &str = "Read the new edition";
/// Its button that keeps the page as it is.
pub const NOT_NOW: &str = "Not now";
/// Accessible name of the main navigation.
pub const MAIN_NAVIGATION: &str = "Main";
/// Navigation: the front page.
pub const NAV_STORY: &str = "Story";
/// Footer: where the text comes from.
pub const FOOTER_SOURCE: &str = "Source: Renault 2016-2017 Annual Report, “The Renault-Nissan Alliance” (extract). Values the extract lost are restored from public sources and marked as such.";
/// Heading of the page for an unknown address.
pub const NOT_FOUND_HEADING: &str = "Page not found";
/// Explanation on the page for an unknown address.
pub const NOT_FOUND_BODY: &str =
    "There is no page at this address. It may have moved, or the link may be mistyped.";
/// Link back to the front page.
pub const BACK_TO_STORY: &str = "Back to the story";
/// Announced while the report loads.
pub const LOADING_REPORT: &str = "Loading the report…";
/// The button that loads the report again after a failure.
pub const TRY_AGAIN: &str = "Try again";
/// The most characters of a value from an address (an id, a file) that
/// a message repeats; a longer one is cut, with an ellipsis.
pub const ECHO_LIMIT: usize = 80;

/// `text` as a message repeats it: at most [`ECHO_LIMIT`] characters.
pub fn shortened(text: &str) -> String {
    let mut chars = text.chars();
    let head: String = chars.by_ref().take(ECHO_LIMIT).collect();
    if chars.next().is_some() {
        format!("{head}…")
    } else {
        head
    }
}

/// Heading over the list of validation problems.
pub const PROBLEMS_HEADING: &str = "Problems found";
/// After the problems shown, when the report has more.
pub fn more_problems(more: usize) -> String {
    let noun = if more == 1 { "problem" } else { "problems" };
    format!("And {more} more {noun}: fix these first, then check the report again.")
}
/// While the report is asked for again.
pub const TRYING_AGAIN: &str = "Trying again…";

/// Messages for each way loading the report can fail.
pub mod load_error {
    /// `?data=` names another site.
    pub const FOREIGN_ORIGIN_TITLE: &str = "This report cannot be loaded";
    /// 404 or 410.
    pub const NOT_FOUND_TITLE: &str = "The report could not be found";
    /// Another HTTP error.
    pub const HTTP_TITLE: &str = "The report could not be loaded";
    /// No answer at all.
    pub const NETWORK_TITLE: &str = "The report could not be reached";
    /// Not served as JSON.
    pub const NOT_JSON_TITLE: &str = "The report is not a JSON file";
    /// JSON syntax or structure error.
    pub const MALFORMED_TITLE: &str = "The report file is damaged";
    /// Validation problems.
    pub const INVALID_TITLE: &str = "The report has problems";
    /// Larger than the app reads.
    pub const TOO_LARGE_TITLE: &str = "The report file is too large";
    /// No whole answer in time.
    pub const TIMED_OUT_TITLE: &str = "The report took too long to arrive";

    /// Why a `?data=` address was refused.
    pub fn foreign_origin(requested: &str) -> String {
        let requested = super::shortened(requested);
        format!(
            "The address “{requested}” is not on this site. Only reports published on this site can be shown, for example ?data=data/report.json."
        )
    }

    /// The file is over the size the app reads.
    pub fn too_large(url: &str, bytes: u64, limit: u64) -> String {
        let url = super::shortened(url);
        format!(
            "{url} is {} MB; the app reads reports of up to {} MB. A report that large is not one this app was made for: check that the address names the report file.",
            megabytes(bytes),
            megabytes(limit)
        )
    }

    /// The answer did not come, or not whole, in time.
    pub fn timed_out(url: &str, seconds: u64) -> String {
        let url = super::shortened(url);
        format!(
            "No whole answer came for {url} within {seconds} seconds. The server may be busy or the connection slow: try again."
        )
    }

    /// Megabytes to a tenth, rounded up ("5.1"), written with integers:
    /// formatting a float would bring Rust's float printing into the wasm.
    fn megabytes(bytes: u64) -> String {
        let tenths = bytes.div_ceil(100_000);
        format!("{}.{}", tenths / 10, tenths % 10)
    }

    /// The server answered with an error status.
    pub fn http(url: &str, status: u16) -> String {
        let url = super::shortened(url);
        match status {
            404 | 410 => format!("There is no file at {url} (HTTP {status})."),
            _ => format!("The server answered HTTP {status} for {url}."),
        }
    }

    /// The request got no answer.
    pub fn network(url: &str, detail: &str) -> String {
        let url = super::shortened(url);
        format!(
            "No answer came for {url}. Check your connection, then try again. (The browser said: {detail})"
        )
    }

    /// The answer was not JSON.
    pub fn not_json(url: &str, content_type: &str) -> String {
        let url = super::shortened(url);
        format!(
            "{url} was served as {content_type}, not as JSON: the address may lead to a web page instead of the report file."
        )
    }

    /// The JSON is broken at a position.
    pub fn malformed(url: &str, kind: &str, line: usize, column: usize, message: &str) -> String {
        let url = super::shortened(url);
        format!("{url}, line {line}, column {column}: {kind}: {message}.")
    }

    /// The report breaks the format's rules.
    pub fn invalid(url: &str, count: usize) -> String {
        let url = super::shortened(url);
        let rules = if count == 1 {
            "1 problem"
        } else {
            &format!("{count} problems")
        };
        format!(
            "{url} is readable, but has {rules}. Each is listed below with where it is in the file."
        )
    }
}

/// Heading of the key-figures band.
pub const KEY_FIGURES: &str = "Key figures";
/// Marks a number the extract lost, restored from a public source.
pub const RESTORED_VALUE: &str = "Restored: not in the extract";
/// Where a value outside the report comes from: who, then what they say.
pub fn external_source_note(citation: &str, detail: &str) -> String {
    format!("Source outside the report: {citation}. {detail}")
}
/// A value the report itself gives.
pub const SOURCE_THIS_REPORT: &str = "Source: this report.";

/// Navigation: the timeline.
pub const NAV_TIMELINE: &str = "Timeline";

/// The timeline page.
pub mod timeline {
    /// Page heading and title.
    pub const HEADING: &str = "Timeline";
    /// Under the heading.
    pub const INTRO: &str = "From the choice of Flins in 2013, through training at Nissan’s Oppama plant, to production in 2017. Each event shows its sources; facts from outside the report are marked as such.";
    /// Accessible name of the event list.
    pub const LIST_LABEL: &str = "Events";
    /// The events as links, for readers without JavaScript.
    pub const EVERY_EVENT: &str = "Every event";
    /// Group for events that belong to no phase.
    pub const OTHER_EVENTS: &str = "Other events";
    pub const FILTER_HEADING: &str = "Filter events";
    /// Label of the site chips.
    pub const BY_SITE: &str = "Site";
    /// Label of the theme chips.
    pub const BY_THEME: &str = "Theme";
    /// Removes every filter.
    pub const CLEAR_FILTERS: &str = "Clear filters";
    /// When the filters leave nothing.
    pub const NOTHING_MATCHES: &str = "No event matches these filters.";
    /// Shown before an event is chosen.
    pub const CHOOSE_AN_EVENT: &str = "Choose an event above to read about it and see its sources.";
    /// Heading of the message for an unknown event id.
    pub const NO_SUCH_EVENT: &str = "No such event";
    /// Link from that message.
    pub const BACK_TO_TIMELINE: &str = "Back to the timeline";
    /// Accessible name of the previous/next navigation.
    pub const STEPPER_LABEL: &str = "Step through events";
    /// Visible text of the previous button.
    pub const PREVIOUS: &str = "Previous";
    /// Visible text of the next button.
    pub const NEXT: &str = "Next";
    /// Arrow before "Previous" (hidden from screen readers).
    pub const PREVIOUS_ARROW: &str = "← ";
    /// Arrow after "Next" (hidden from screen readers).
    pub const NEXT_ARROW: &str = " →";
    /// Accessible name of the previous button.
    pub const PREVIOUS_EVENT: &str = "Previous event";
    /// Accessible name of the next button.
    pub const NEXT_EVENT: &str = "Next event";
    /// Detail: where it happened.
    pub const WHERE: &str = "Where";
    /// Detail: themes.
    pub const THEMES: &str = "Themes";
    /// Detail: people interviewed who took part.
    pub const PEOPLE: &str = "People";
    /// Before an editorial note.
    pub const NOTE: &str = "Note:";
    /// Heading of the sources.
    pub const SOURCES: &str = "Sources";
    /// Marks a quote from the report.
    pub const FROM_THE_REPORT: &str = "From the report";
    /// Marks a source outside the report.
    pub const OUTSIDE_THE_REPORT: &str = "Outside the report";
    /// Where a teaser stands.
    pub const PLACE_FRONT_PAGE: &str = "the front page";

    /// The message for an unknown event id.
    pub fn no_such_event(id: &str) -> String {
        let id = super::shortened(id);
        format!(
            "The timeline has no event called “{id}”. It may have been renamed, or the link may be mistyped."
        )
    }

    /// "Showing 3 of 10 events".
    pub fn showing(shown: usize, total: usize) -> String {
        if shown == total {
            format!("Showing all {total} events.")
        } else {
            format!("Showing {shown} of {total} events.")
        }
    }

    /// A chip's count.
    pub fn count_in_brackets(count: usize) -> String {
        format!("({count})")
    }

    /// "Event 3 of 10".
    pub fn position(index: usize, total: usize) -> String {
        format!("Event {index} of {total}")
    }

    /// The link from a quote to its passage.
    pub fn read_in_context(place: &str) -> String {
        format!("Read it in context: {place}")
    }

    /// A passage in an article.
    pub fn place_article(heading: &str) -> String {
        format!("“{heading}”")
    }

    /// A passage introducing an interview.
    pub fn place_intro(name: &str) -> String {
        format!("the interview with {name}")
    }

    /// A passage in an answer.
    pub fn place_answer(name: &str, question: &str) -> String {
        format!("{name}, answering “{question}”")
    }
}

// Interviews

/// Navigation: the interviews.
pub const NAV_INTERVIEWS: &str = "Interviews";

/// The interview pages: the list, the reader and its tools.
pub mod interviews {
    /// Heading and title of the list page.
    pub const HEADING: &str = "Interviews";
    /// Under the list page's heading.
    pub const INTRO: &str = "Two people who brought the Nissan Micra to Flins, in their own words.";
    /// Heading over each card's list of questions.
    pub const QUESTIONS: &str = "Questions";
    /// Accessible name of the reader's question index.
    pub const QUESTION_INDEX_LABEL: &str = "Questions in this interview";
    /// Heading of the list of interviews on the message pages.
    pub const THE_INTERVIEWS: &str = "The interviews in the report:";
    /// Link to the list of interviews.
    pub const ALL_INTERVIEWS: &str = "All interviews";
    /// Before the link to the other interview, at the end of one.
    pub const OTHER_INTERVIEW: &str = "Read the other interview";
    /// Before the timeline events an answer is cited by.
    pub const IN_THE_TIMELINE: &str = "In the timeline:";
    /// A search result found in an interview's introduction.
    pub const INTRODUCTION: &str = "Introduction";
    /// Accessible name of the reading-progress bar.
    pub const READING_PROGRESS: &str = "Reading progress";
    /// How the single-key shortcuts work, shown under the question index.
    pub const SHORTCUTS_HINT: &str = "Keys: / find, j next question, k previous question.";

    /// Label of the reader's find field.
    pub const FIND_LABEL: &str = "Find in this interview";
    /// Label of the list page's search field.
    pub const FIND_ALL_LABEL: &str = "Search both interviews";
    /// How to use the find field.
    pub const FIND_HINT: &str = "Enter: next match. Shift+Enter: previous. Esc: clear.";
    /// When nothing matches.
    pub const NO_MATCHES: &str = "No matches";
    /// The previous-match button's accessible name.
    pub const PREVIOUS_MATCH: &str = "Previous match";
    /// The next-match button's accessible name.
    pub const NEXT_MATCH: &str = "Next match";
    /// The previous-match button's glyph (its name is [`PREVIOUS_MATCH`]).
    pub const PREVIOUS_MATCH_GLYPH: &str = "↑";
    /// The next-match button's glyph (its name is [`NEXT_MATCH`]).
    pub const NEXT_MATCH_GLYPH: &str = "↓";

    /// The copy-link button.
    pub const COPY_LINK: &str = "Copy link";
    /// The copy-quote button.
    pub const COPY_QUOTE: &str = "Copy quote";
    /// After the link is copied.
    pub const LINK_COPIED: &str = "Link copied";
    /// After the quote is copied.
    pub const QUOTE_COPIED: &str = "Quote copied, with its citation";
    /// When the quote could not be copied.
    pub const QUOTE_NOT_COPIED: &str = "The quote could not be copied: the browser refused access to the clipboard. Select the text and copy it with your keyboard or menu instead.";

    /// When the link could not be copied: the link itself, to copy by hand.
    pub fn link_not_copied(url: &str) -> String {
        format!(
            "The link could not be copied: the browser refused access to the clipboard. The link is {url}"
        )
    }

    /// The reading time: "4 min read".
    pub fn reading_time(minutes: usize) -> String {
        format!("{minutes} min read")
    }

    /// The same, as an ISO 8601 duration for `<time datetime>`: "PT4M".
    pub fn reading_time_datetime(minutes: usize) -> String {
        format!("PT{minutes}M")
    }

    /// The page title of an interview.
    pub fn interview_title(name: &str) -> String {
        format!("Interview with {name}")
    }

    /// Role and employer in one line: "Vice-President, B Segment Program, Nissan".
    pub fn role_at(role: &str, organisation: &str) -> String {
        format!("{role}, {organisation}")
    }

    /// Where find-in-text stands: "2 of 5".
    pub fn match_position(position: usize, total: usize) -> String {
        format!("{position} of {total}")
    }

    /// The list page's search summary: "5 matches in 3 places".
    pub fn results_summary(matches: usize, places: usize) -> String {
        let matches = if matches == 1 {
            "1 match".to_string()
        } else {
            format!("{matches} matches")
        };
        let places = if places == 1 {
            "1 place".to_string()
        } else {
            format!("{places} places")
        };
        format!("{matches} in {places}")
    }

    /// How many matches one search result holds.
    pub fn result_matches(count: usize) -> String {
        if count == 1 {
            "1 match".to_string()
        } else {
            format!("{count} matches")
        }
    }

    /// The reading progress in words, for assistive technology: "40% read".
    pub fn progress_text(percent: u32) -> String {
        format!("{percent}% read")
    }

    /// The text "copy quote" puts on the clipboard.
    pub fn citation(
        quote: &str,
        name: &str,
        role: &str,
        organisation: &str,
        publication: &str,
        url: &str,
    ) -> String {
        format!("“{quote}”\n— {name}, {role}, {organisation}. {publication}.\n{url}")
    }

    /// Heading of the message for an unknown interview id.
    pub fn no_such_interview(id: &str) -> String {
        let id = super::shortened(id);
        format!("No interview called “{id}”")
    }

    /// Heading of the message for an unknown question id.
    pub fn no_such_question(id: &str) -> String {
        let id = super::shortened(id);
        format!("No question “{id}” in this interview")
    }

    /// Under the unknown-interview heading.
    pub const NO_SUCH_INTERVIEW_BODY: &str = "There is no interview at this address. It may have been renamed, or the link may be mistyped.";

    /// Under the unknown-question heading.
    pub fn no_such_question_body(name: &str) -> String {
        format!(
            "The interview with {name} has no question at this address. It may have been renamed, or the link may be mistyped. Its questions are:"
        )
    }

    /// Link to an interview from its start.
    pub fn read_from_start(name: &str) -> String {
        format!("Read the interview with {name} from the start")
    }
}

/// The display settings in the site header.
pub mod settings {
    use crate::components::settings::{TextSize, Theme};

    /// The control's visible name.
    pub const SUMMARY: &str = "Display";
    /// The icon before "Display", a sample of text (hidden from screen readers).
    pub const SUMMARY_ICON: &str = "Aa";
    /// The text-size group.
    pub const TEXT_SIZE: &str = "Text size";
    /// The theme group.
    pub const THEME: &str = "Theme";
    /// The single-key shortcuts switch.
    pub const SHORTCUTS: &str = "Single-key shortcuts (/, j, k)";

    /// A text size's name.
    pub fn text_size(size: TextSize) -> &'static str {
        match size {
            TextSize::Small => "Small",
            TextSize::Standard => "Standard",
            TextSize::Large => "Large",
            TextSize::Larger => "Larger",
        }
    }

    /// A theme's name.
    pub fn theme(theme: Theme) -> &'static str {
        match theme {
            Theme::System => "Follow the system",
            Theme::Light => "Light",
            Theme::Dark => "Dark",
        }
    }
}

/// The front page.
pub mod story {
    /// Link from a teaser to the key figures.
    pub const SEE_KEY_FIGURES: &str = "See the key figures";
    /// Link from a teaser to anything else.
    pub const READ_MORE: &str = "Read more";
    /// Accessible name of the entry points.
    pub const ENTRY_POINTS_LABEL: &str = "Explore the story";
    /// Entry point to the timeline.
    pub const TIMELINE_ENTRY: &str = "The timeline";
    /// Under it.
    pub const TIMELINE_ENTRY_TEXT: &str =
        "2013: Flins is chosen. Training at Nissan’s Oppama plant. 2017: production starts.";
    /// Entry point to the interviews.
    pub const INTERVIEWS_ENTRY: &str = "The interviews";
    /// Under it.
    pub const INTERVIEWS_ENTRY_TEXT: &str = "Catherine Perez of Nissan and Nathalie Retourné of the Flins paint shop, in their own words.";

    /// Link from a pull quote to the answer it comes from.
    pub const READ_IN_INTERVIEW: &str = "Read it in the interview";

    /// After the name under a pull quote.
    pub fn quote_role(role: &str, organisation: &str) -> String {
        format!(", {role}, {organisation}.")
    }

    /// Link from a teaser to an interview.
    pub fn read_interview_with(name: &str) -> String {
        format!("Read the interview with {name}")
    }
}

/// Footer link to the About page.
pub const NAV_ABOUT: &str = "About this edition";
/// Footer link to the accessibility statement.
pub const NAV_ACCESSIBILITY: &str = "Accessibility";
/// Accessible name of the footer navigation.
pub const FOOTER_NAVIGATION: &str = "About the site";

/// "About this edition".
pub mod about {
    /// Page heading and title.
    pub const HEADING: &str = "About this edition";
    /// Section: the report's text.
    pub const FROM_THE_REPORT: &str = "The report’s own words";
    /// Section: restored numbers.
    pub const RESTORED: &str = "Numbers restored from public sources";
    /// Under it.
    pub const RESTORED_INTRO: &str = "The extract kept the words of the key-figures box but lost its numbers. They are restored from these public sources and marked “Restored” wherever they appear.";
    /// Section: outside sources.
    pub const OUTSIDE_SOURCES: &str = "Sources outside the report";
    /// Under it.
    pub const OUTSIDE_SOURCES_INTRO: &str = "The report dates only a few things itself. The timeline adds dated facts from these public sources; each event shows which of its facts come from the report and which from outside it.";
    /// Before the events citing a source.
    pub const CITED_BY: &str = "Cited by:";
    /// Section: written for this edition.
    pub const WRITTEN_HERE: &str = "Written for this edition";
    /// Under it.
    pub const WRITTEN_HERE_BODY: &str = "The timeline’s titles and summaries, the names of sites and themes, and the words of the interface were written for this edition. They never replace the report’s sentences; they point to them.";

    /// What the report's text is and where it comes from.
    pub fn from_the_report(publication: &str) -> String {
        format!(
            "The articles, interviews, pull quotes, “read more” summaries and the words of the key figures are taken word for word from the feature “The Renault-Nissan Alliance” in the {publication}. Running heads and the printed “read more” links are left out."
        )
    }
}

/// The accessibility statement.
pub mod accessibility {
    /// Page heading and title.
    pub const HEADING: &str = "Accessibility";
    pub const TARGET: &str = "This edition aims to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA, on phones and desktops, with a keyboard, a mouse, touch or a screen reader.";
    /// Section: what readers can do.
    pub const WHAT_YOU_CAN_DO: &str = "What you can do";
    pub const FEATURES: &[&str] = &[
        "Use every control with the keyboard; “Skip to content” is the first stop on each page and focus is always visible.",
        "Move through the timeline’s events with the arrow keys, Home and End, and select one with Enter or Space; the selected event is announced.",
        "Search an interview with “/”, step through its questions with j and k, and turn these single-key shortcuts off in Display.",
        "Choose a larger text size and a light or dark theme in Display; your choice is remembered on this device.",
        "Read without animation: movement is switched off when your system asks for reduced motion.",
    ];
    /// Section: how it is tested.
    pub const HOW_TESTED: &str = "How it is tested";
    pub const TESTS: &[&str] = &[
        "Automated browser tests in headless Chromium check keyboard operation, focus, accessible names, live announcements and the reader’s settings on every change.",
        "End-to-end tests drive the published site, hosted as a static site, in Chromium at phone and desktop widths.",
        "On every page, in the light and dark themes, at phone and desktop widths, the axe-core audit finds no violation of the WCAG 2.0, 2.1 and 2.2 rules at levels A and AA.",
        "On every page, the Tab key alone reaches every control, and each shows a visible focus outline.",
        "Colour pairs are chosen for a contrast of at least 4.5:1 for text and 3:1 for controls and focus rings, in both themes.",
    ];
    /// Section: known limits.
    pub const KNOWN_LIMITS: &str = "Known limits";
    pub const LIMITS: &[&str] = &[
        "The pages need JavaScript and WebAssembly; without them only a short notice is shown.",
        "Copying a link or a quote needs the browser’s permission to use the clipboard; when it is refused, the link is shown so that it can be copied by hand.",
        "Automated audits find only some problems; the pages have not yet been reviewed with each screen reader by its users.",
    ];
}

/// Each page's meta description (what search results and shares show).
pub mod descriptions {
    /// The front page.
    pub const STORY: &str = "How Renault's Flins plant came to build the Nissan Micra: the 2013 site choice, training at Nissan's Oppama plant and production from 2017, from Renault's 2016-2017 annual report.";
    pub const TIMELINE: &str = "The Micra at Flins, step by step from 2013 to 2017, each event with its sources in the report or outside it.";
    /// The list of interviews.
    pub const INTERVIEWS: &str = "Catherine Perez of Nissan and Nathalie Retourné of the Flins paint shop on bringing the Nissan Micra to a Renault plant.";
    /// The About page.
    pub const ABOUT: &str = "What in this edition is the annual report's own text, which numbers were restored and from which sources.";
    /// The accessibility statement.
    pub const ACCESSIBILITY: &str =
        "How this edition aims to meet WCAG 2.2 level AA, how it is tested and its known limits.";
    /// An unknown address.
    pub const NOT_FOUND: &str =
        "There is no page at this address in this edition of the Renault-Nissan Alliance feature.";

    /// One interview.
    pub fn interview(name: &str, role: &str) -> String {
        format!("Interview with {name}, {role}, from Renault's 2016-2017 annual report.")
    }
}

#[cfg(test)]
mod tests {
    use super::{ECHO_LIMIT, shortened, timeline};

    #[test]
    fn what_an_address_asked_for_is_repeated_at_most_eighty_characters_long() {
        assert_eq!(shortened("why-flins"), "why-flins");
        let long = "é".repeat(10_000);
        let short = shortened(&long);
        assert_eq!(short.chars().count(), ECHO_LIMIT + 1);
        assert!(short.ends_with('…'));
        assert!(timeline::no_such_event(&long).len() < 400);
    }
}
