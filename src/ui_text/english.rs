use super::catalogue::*;
use super::plural;
use crate::components::settings::{TextSize, Theme};

/// The interface in English: for English reports, and for reports in a
/// language the interface does not speak.
pub const ENGLISH: Words = Words {
    skip_to_content: "Skip to content",
    new_edition: "A new edition of this report has been published.",
    take_new_edition: "Read the new edition",
    not_now: "Not now",
    main_navigation: "Main",
    nav_story: "Story",
    nav_timeline: "Timeline",
    nav_interviews: "Interviews",
    nav_about: "About this edition",
    nav_accessibility: "Accessibility",
    footer_navigation: "About the site",
    footer_source: |publication, title, restores| {
        let restored = if restores {
            " Values restored from public sources are marked as such."
        } else {
            ""
        };
        format!("Source: {publication}, “{title}”.{restored}")
    },
    front_page_title: |title, subtitle, publication| match subtitle {
        Some(subtitle) => format!("{title}: {subtitle} · {publication}"),
        None => format!("{title} · {publication}"),
    },
    not_found_heading: "Page not found",
    not_found_body: "There is no page at this address. It may have moved, or the link may be mistyped.",
    back_to_story: "Back to the story",
    try_again: "Try again",
    key_figures: "Key figures",
    restored_value: "Restored: not in the extract",
    external_source_note: |citation, detail| {
        format!("Source outside the report: {citation}. {detail}")
    },
    source_this_report: "Source: this report.",
    timeline: TimelineWords {
        heading: "Timeline",
        intro: |first, last| {
            format!(
                "The story’s events from {first} to {last}. Each event shows its sources; facts from outside the report are marked as such."
            )
        },
        list_label: "Events",
        every_event: "Every event",
        other_events: "Other events",
        filter_heading: "Filter events",
        by_site: "Site",
        by_theme: "Theme",
        clear_filters: "Clear filters",
        nothing_matches: "No event matches these filters.",
        choose_an_event: "Choose an event above to read about it and see its sources.",
        stepper_label: "Step through events",
        previous: "Previous",
        next: "Next",
        previous_arrow: "← ",
        next_arrow: " →",
        previous_event: "Previous event",
        next_event: "Next event",
        r#where: "Where",
        themes: "Themes",
        people: "People",
        note: "Note:",
        sources: "Sources",
        from_the_report: "From the report",
        outside_the_report: "Outside the report",
        place_front_page: "the front page",
        loading_event: "Loading the event…",
        event_unreachable: "This event could not be loaded: no answer came. Check your connection, then try again.",
        event_not_served: |status| {
            format!("This event could not be loaded: the server answered HTTP {status}. Try again.")
        },
        event_not_in_page: "This event could not be loaded: its page does not hold it. The site may have been updated; reload the page.",
        window_position: |first, last, total| {
            format!("Events {first}–{last} of {}", super::thousands(total, ","))
        },
        window_label: "More events",
        earlier_events: "Earlier events",
        later_events: "Later events",
        showing: |shown, total| {
            if shown == total {
                format!("Showing all {total} events.")
            } else {
                format!("Showing {shown} of {total} events.")
            }
        },
        count_in_brackets: |count| format!("({count})"),
        position: |index, total| format!("Event {index} of {total}"),
        read_in_context: |place| format!("Read it in context: {place}"),
        place_article: |heading| format!("“{heading}”"),
        place_intro: |name| format!("the interview with {name}"),
        place_answer: |name, question| format!("{name}, answering “{question}”"),
    },
    interviews: InterviewWords {
        heading: "Interviews",
        intro: |names| match names {
            [one] => format!("{one}, in their own words."),
            _ => format!("{}, in their own words.", super::listed(names, " and ")),
        },
        questions: "Questions",
        question_index_label: "Questions in this interview",
        all_interviews: "All interviews",
        next_interview: |total| {
            if total == 2 {
                "Read the other interview"
            } else {
                "Read the next interview"
            }
        },
        in_the_timeline: "In the timeline:",
        introduction: "Introduction",
        reading_progress: "Reading progress",
        shortcuts_hint: "Keys: / find, j next question, k previous question.",
        find_label: "Find in this interview",
        find_all_label: |count| match count {
            1 => "Search the interview".to_string(),
            2 => "Search both interviews".to_string(),
            _ => format!("Search the {count} interviews"),
        },
        find_hint: "Enter: next match. Shift+Enter: previous. Esc: clear.",
        no_matches: "No matches",
        previous_match: "Previous match",
        next_match: "Next match",
        previous_match_glyph: "↑",
        next_match_glyph: "↓",
        copy_link: "Copy link",
        copy_quote: "Copy quote",
        link_copied: "Link copied",
        quote_copied: "Quote copied, with its citation",
        quote_not_copied: "The quote could not be copied: the browser refused access to the clipboard. Select the text and copy it with your keyboard or menu instead.",
        link_not_copied: |url| {
            format!(
                "The link could not be copied: the browser refused access to the clipboard. The link is {url}"
            )
        },
        reading_time: |minutes| format!("{minutes} min read"),
        interview_title: |name| format!("Interview with {name}"),
        role_at: |role, organisation| format!("{role}, {organisation}"),
        match_position: |position, total| format!("{position} of {total}"),
        results_summary: |matches, places| {
            let match_word = plural(matches, "match", "matches");
            let place_word = plural(places, "place", "places");
            format!("{matches} {match_word} in {places} {place_word}")
        },
        result_matches: |count| format!("{count} {}", plural(count, "match", "matches")),
        progress_text: |percent| format!("{percent}% read"),
        citation: |quote, name, role, organisation, publication, url| {
            format!("“{quote}”\n— {name}, {role}, {organisation}. {publication}.\n{url}")
        },
    },
    settings: SettingsWords {
        summary: "Display",
        summary_icon: "Aa",
        text_size: "Text size",
        theme: "Theme",
        shortcuts: "Single-key shortcuts (/, j, k)",
        text_size_name: |size| match size {
            TextSize::Small => "Small",
            TextSize::Standard => "Standard",
            TextSize::Large => "Large",
            TextSize::Larger => "Larger",
        },
        theme_name: |theme| match theme {
            Theme::System => "Follow the system",
            Theme::Light => "Light",
            Theme::Dark => "Dark",
        },
    },
    story: StoryWords {
        see_key_figures: "See the key figures",
        read_more: "Read more",
        entry_points_label: "Explore the story",
        timeline_entry: "The timeline",
        timeline_entry_text: |count, first, last| {
            format!(
                "{count} {} from {first} to {last}.",
                plural(count, "event", "events")
            )
        },
        interviews_entry: "The interviews",
        read_in_interview: "Read it in the interview",
        quote_role: |role, organisation| format!(", {role}, {organisation}."),
        read_interview_with: |name| format!("Read the interview with {name}"),
    },
    about: AboutWords {
        heading: "About this edition",
        from_the_report_heading: "The report’s own words",
        from_the_report: |title, publication| {
            format!(
                "The articles, interviews, pull quotes, “read more” summaries and the words of the key figures are taken word for word from the feature “{title}” in {publication}. Running heads and the printed “read more” links are left out."
            )
        },
        restored: "Numbers restored from public sources",
        restored_intro: "These numbers are not in the report’s own text. They are restored from these public sources and marked “Restored” wherever they appear.",
        outside_sources: "Sources outside the report",
        outside_sources_intro: "The report dates only a few things itself. The timeline adds dated facts from these public sources; each event shows which of its facts come from the report and which from outside it.",
        cited_by: "Cited by:",
        written_here: "Written for this edition",
        written_here_body: "The timeline’s titles and summaries, the names of sites and themes, the introductions and the words of the interface were written for this edition. They never replace the report’s sentences; they point to them.",
    },
    accessibility: AccessibilityWords {
        heading: "Accessibility",
        target: "This edition aims to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA, on phones and desktops, with a keyboard, a mouse, touch or a screen reader.",
        what_you_can_do: "What you can do",
        features: &[
            "Use every control with the keyboard; “Skip to content” is the first stop on each page and focus is always visible.",
            "Move through the timeline’s events with the arrow keys, Home and End, and select one with Enter or Space; the selected event is announced.",
            "Search an interview with “/”, step through its questions with j and k, and turn these single-key shortcuts off in Display.",
            "Choose a larger text size and a light or dark theme in Display; your choice is remembered on this device.",
            "Read without animation: movement is switched off when your system asks for reduced motion.",
        ],
        how_tested: "How it is tested",
        tests: &[
            "Automated browser tests in Chromium and Firefox check keyboard operation, focus, accessible names, live announcements and the reader’s settings on every change.",
            "End-to-end tests drive the published site, hosted as a static site, in Chromium, Firefox and WebKit at phone and desktop widths.",
            "On every page, in the light and dark themes, at phone and desktop widths, the axe-core audit finds no violation of the WCAG 2.0, 2.1 and 2.2 rules at levels A and AA.",
            "On every page, the Tab key alone reaches every control, and each shows a visible focus outline.",
            "Colour pairs are chosen for a contrast of at least 4.5:1 for text and 3:1 for controls and focus rings, in both themes.",
        ],
        known_limits: "Known limits",
        limits: &[
            "Without JavaScript the pages can be read and their links followed, but the timeline’s filters, find-in-text and the display settings need it.",
            "Copying a link or a quote needs the browser’s permission to use the clipboard; when it is refused, the link is shown so that it can be copied by hand.",
            "Automated audits find only some problems; the pages have not yet been reviewed with each screen reader by its users.",
        ],
    },
    descriptions: DescriptionWords {
        story: |title, headline, publication| format!("{title}: {headline}. From {publication}."),
        about: "What in this edition is the report’s own text, which numbers were restored and from which sources.",
        accessibility: "How this edition aims to meet WCAG 2.2 level AA, how it is tested and its known limits.",
        not_found: |title| {
            format!("There is no page at this address in this edition of “{title}”.")
        },
        interview: |name, role, publication| {
            format!("Interview with {name}, {role}, from {publication}.")
        },
        event: |date, summary| format!("{date}: {summary}"),
        question: |name, question| format!("{name} answers: “{question}”"),
    },
};
