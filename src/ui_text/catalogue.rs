//! The shape of a language's interface words. Each language is one
//! constant of [`Words`] (`english.rs`, `french.rs`): a word left out is a
//! missing field, so the build fails instead of a page showing a gap.
//!
//! Words that depend on a number or a name are functions. Words about the
//! report (its introductions, descriptions, provenance) are built from
//! what the report says, never from what one report happens to be about.

use crate::components::settings::{TextSize, Theme};

/// Every word the interface says, in one language.
pub struct Words {
    /// The skip link's text.
    pub skip_to_content: &'static str,
    /// The notice that a newer build of the site has been published.
    pub new_edition: &'static str,
    /// Its button that reloads the page into the new edition.
    pub take_new_edition: &'static str,
    /// Its button that keeps the page as it is.
    pub not_now: &'static str,
    /// Accessible name of the main navigation.
    pub main_navigation: &'static str,
    /// Navigation: the front page.
    pub nav_story: &'static str,
    /// Navigation: the timeline.
    pub nav_timeline: &'static str,
    /// Navigation: the interviews.
    pub nav_interviews: &'static str,
    /// Footer link to the About page.
    pub nav_about: &'static str,
    /// Footer link to the accessibility statement.
    pub nav_accessibility: &'static str,
    /// Accessible name of the footer navigation.
    pub footer_navigation: &'static str,
    /// The footer's source line: publication, feature title, and whether
    /// some values were restored from outside the report.
    pub footer_source: fn(publication: &str, title: &str, restores: bool) -> String,
    /// The front page's title: the feature's title, its subtitle when the
    /// report gives one, and the publication.
    pub front_page_title: fn(title: &str, subtitle: Option<&str>, publication: &str) -> String,
    /// Heading of the page for an unknown address.
    pub not_found_heading: &'static str,
    /// Explanation on the page for an unknown address.
    pub not_found_body: &'static str,
    /// Link back to the front page.
    pub back_to_story: &'static str,
    /// The button that asks again for what could not be fetched.
    pub try_again: &'static str,
    /// Heading of the key-figures band.
    pub key_figures: &'static str,
    /// Marks a number the extract lost, restored from a public source.
    pub restored_value: &'static str,
    /// Where a value outside the report comes from: who, then what they say.
    pub external_source_note: fn(citation: &str, detail: &str) -> String,
    /// A value the report itself gives.
    pub source_this_report: &'static str,
    pub timeline: TimelineWords,
    pub interviews: InterviewWords,
    pub settings: SettingsWords,
    pub story: StoryWords,
    pub about: AboutWords,
    pub accessibility: AccessibilityWords,
    pub descriptions: DescriptionWords,
}

/// The timeline page.
pub struct TimelineWords {
    /// Page heading and title.
    pub heading: &'static str,
    /// Under the heading, when the report gives no introduction: the span
    /// of its events.
    pub intro: fn(first: &str, last: &str) -> String,
    /// Accessible name of the event list.
    pub list_label: &'static str,
    /// The events as links, for readers without JavaScript.
    pub every_event: &'static str,
    /// Group for events that belong to no phase.
    pub other_events: &'static str,
    pub filter_heading: &'static str,
    /// Label of the site chips.
    pub by_site: &'static str,
    /// Label of the theme chips.
    pub by_theme: &'static str,
    /// Removes every filter.
    pub clear_filters: &'static str,
    /// When the filters leave nothing.
    pub nothing_matches: &'static str,
    /// Shown before an event is chosen.
    pub choose_an_event: &'static str,
    /// Accessible name of the previous/next navigation.
    pub stepper_label: &'static str,
    /// Visible text of the previous button.
    pub previous: &'static str,
    /// Visible text of the next button.
    pub next: &'static str,
    /// Arrow before "Previous" (hidden from screen readers).
    pub previous_arrow: &'static str,
    /// Arrow after "Next" (hidden from screen readers).
    pub next_arrow: &'static str,
    /// Accessible name of the previous button.
    pub previous_event: &'static str,
    /// Accessible name of the next button.
    pub next_event: &'static str,
    /// Detail: where it happened.
    pub r#where: &'static str,
    /// Detail: themes.
    pub themes: &'static str,
    /// Detail: people interviewed who took part.
    pub people: &'static str,
    /// Before an editorial note.
    pub note: &'static str,
    /// Heading of the sources.
    pub sources: &'static str,
    /// Marks a quote from the report.
    pub from_the_report: &'static str,
    /// Marks a source outside the report.
    pub outside_the_report: &'static str,
    /// Where a teaser stands.
    pub place_front_page: &'static str,
    /// While another event's detail is fetched from its page.
    pub loading_event: &'static str,
    /// Its page did not answer.
    pub event_unreachable: &'static str,
    /// Its page answered with an error status.
    pub event_not_served: fn(status: u16) -> String,
    /// Its page answered without the event.
    pub event_not_in_page: &'static str,
    /// Which events a page of a long timeline lists: "Events 16–30 of 2,000".
    pub window_position: fn(first: usize, last: usize, total: usize) -> String,
    /// Accessible name of the links to the rest of a long timeline.
    pub window_label: &'static str,
    /// Link to the events before those a page lists.
    pub earlier_events: &'static str,
    /// Link to the events after them.
    pub later_events: &'static str,
    /// "Showing 3 of 10 events".
    pub showing: fn(shown: usize, total: usize) -> String,
    /// A chip's count.
    pub count_in_brackets: fn(count: usize) -> String,
    /// "Event 3 of 10".
    pub position: fn(index: usize, total: usize) -> String,
    /// The link from a quote to its passage.
    pub read_in_context: fn(place: &str) -> String,
    /// A passage in an article.
    pub place_article: fn(heading: &str) -> String,
    /// A passage introducing an interview.
    pub place_intro: fn(name: &str) -> String,
    /// A passage in an answer.
    pub place_answer: fn(name: &str, question: &str) -> String,
}

/// The interview pages: the list, the reader and its tools.
pub struct InterviewWords {
    /// Heading and title of the list page.
    pub heading: &'static str,
    /// Under the list page's heading, when the report gives no
    /// introduction: who speaks.
    pub intro: fn(names: &[&str]) -> String,
    /// Heading over each card's list of questions.
    pub questions: &'static str,
    /// Accessible name of the reader's question index.
    pub question_index_label: &'static str,
    /// Link to the list of interviews.
    pub all_interviews: &'static str,
    /// Before the link to the next interview, at the end of one, in a
    /// report of `total` interviews.
    pub next_interview: fn(total: usize) -> &'static str,
    /// Before the timeline events an answer is cited by.
    pub in_the_timeline: &'static str,
    /// A search result found in an interview's introduction.
    pub introduction: &'static str,
    /// Accessible name of the reading-progress bar.
    pub reading_progress: &'static str,
    /// How the single-key shortcuts work, shown under the question index.
    pub shortcuts_hint: &'static str,
    /// Label of the reader's find field.
    pub find_label: &'static str,
    /// Label of the list page's search field, for `count` interviews.
    pub find_all_label: fn(count: usize) -> String,
    /// How to use the find field.
    pub find_hint: &'static str,
    /// When nothing matches.
    pub no_matches: &'static str,
    /// The previous-match button's accessible name.
    pub previous_match: &'static str,
    /// The next-match button's accessible name.
    pub next_match: &'static str,
    /// The previous-match button's glyph (its name is `previous_match`).
    pub previous_match_glyph: &'static str,
    /// The next-match button's glyph (its name is `next_match`).
    pub next_match_glyph: &'static str,
    /// The copy-link button.
    pub copy_link: &'static str,
    /// The copy-quote button.
    pub copy_quote: &'static str,
    /// After the link is copied.
    pub link_copied: &'static str,
    /// After the quote is copied.
    pub quote_copied: &'static str,
    /// When the quote could not be copied.
    pub quote_not_copied: &'static str,
    /// When the link could not be copied: the link itself, to copy by hand.
    pub link_not_copied: fn(url: &str) -> String,
    /// The reading time: "4 min read".
    pub reading_time: fn(minutes: usize) -> String,
    /// The page title of an interview.
    pub interview_title: fn(name: &str) -> String,
    /// Role and employer in one line: "Head of the paint shop, Acme Motors".
    pub role_at: fn(role: &str, organisation: &str) -> String,
    /// Where find-in-text stands: "2 of 5".
    pub match_position: fn(position: usize, total: usize) -> String,
    /// The list page's search summary: "5 matches in 3 places".
    pub results_summary: fn(matches: usize, places: usize) -> String,
    /// How many matches one search result holds.
    pub result_matches: fn(count: usize) -> String,
    /// The reading progress in words, for assistive technology: "40% read".
    pub progress_text: fn(percent: u32) -> String,
    /// The text "copy quote" puts on the clipboard: quote, name, role,
    /// organisation, publication, link.
    pub citation: fn(&str, &str, &str, &str, &str, &str) -> String,
}

/// The display settings in the site header.
pub struct SettingsWords {
    /// The control's visible name.
    pub summary: &'static str,
    /// The icon before the name, a sample of text (hidden from screen readers).
    pub summary_icon: &'static str,
    /// The text-size group.
    pub text_size: &'static str,
    /// The theme group.
    pub theme: &'static str,
    /// The single-key shortcuts switch.
    pub shortcuts: &'static str,
    /// A text size's name.
    pub text_size_name: fn(TextSize) -> &'static str,
    /// A theme's name.
    pub theme_name: fn(Theme) -> &'static str,
}

/// The front page.
pub struct StoryWords {
    /// Link from a teaser to the key figures.
    pub see_key_figures: &'static str,
    /// Link from a teaser to anything else.
    pub read_more: &'static str,
    /// Accessible name of the entry points.
    pub entry_points_label: &'static str,
    /// Entry point to the timeline.
    pub timeline_entry: &'static str,
    /// Under it, when the report says nothing there: how many events, from when to when.
    pub timeline_entry_text: fn(count: usize, first: &str, last: &str) -> String,
    /// Entry point to the interviews.
    pub interviews_entry: &'static str,
    /// Link from a pull quote to the answer it comes from.
    pub read_in_interview: &'static str,
    /// After the name under a pull quote.
    pub quote_role: fn(role: &str, organisation: &str) -> String,
    /// Link from a teaser to an interview.
    pub read_interview_with: fn(name: &str) -> String,
}

/// "About this edition".
pub struct AboutWords {
    /// Page heading and title.
    pub heading: &'static str,
    /// Section: the report's text.
    pub from_the_report_heading: &'static str,
    /// What the report's text is and where it comes from.
    pub from_the_report: fn(title: &str, publication: &str) -> String,
    /// Section: restored numbers.
    pub restored: &'static str,
    /// Under it.
    pub restored_intro: &'static str,
    /// Section: outside sources.
    pub outside_sources: &'static str,
    /// Under it.
    pub outside_sources_intro: &'static str,
    /// Before the events citing a source.
    pub cited_by: &'static str,
    /// Section: written for this edition.
    pub written_here: &'static str,
    /// Under it.
    pub written_here_body: &'static str,
}

/// The accessibility statement.
pub struct AccessibilityWords {
    /// Page heading and title.
    pub heading: &'static str,
    pub target: &'static str,
    /// Section: what readers can do.
    pub what_you_can_do: &'static str,
    pub features: &'static [&'static str],
    /// Section: how it is tested.
    pub how_tested: &'static str,
    pub tests: &'static [&'static str],
    /// Section: known limits.
    pub known_limits: &'static str,
    pub limits: &'static [&'static str],
}

/// Each page's meta description (what search results and shares show),
/// where the report gives none.
pub struct DescriptionWords {
    /// The front page: the feature's title and headline, and the publication.
    pub story: fn(title: &str, headline: &str, publication: &str) -> String,
    /// The About page.
    pub about: &'static str,
    /// The accessibility statement.
    pub accessibility: &'static str,
    /// An unknown address.
    pub not_found: fn(title: &str) -> String,
    /// One interview.
    pub interview: fn(name: &str, role: &str, publication: &str) -> String,
    /// One event: its date and its summary.
    pub event: fn(date: &str, summary: &str) -> String,
    /// One question of an interview: who answers it.
    pub question: fn(name: &str, question: &str) -> String,
}
