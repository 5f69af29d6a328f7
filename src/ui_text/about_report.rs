//! What the site's frame says about the report it shows: the report's own
//! presentation where it has one, neutral words built from what it has
//! (its title, publication, interviewees, dates) where it has not.

use crate::say;
use report::Report;

/// The frame's words about one report.
#[derive(Clone, Copy)]
pub struct FrameText<'a>(pub &'a Report);

impl<'a> FrameText<'a> {
    /// The site's name: the feature's title.
    pub fn site_name(self) -> &'a str {
        &self.0.feature.title
    }

    /// Under the site's name: the publication.
    pub fn tagline(self) -> &'a str {
        &self.0.source.publication
    }

    /// A page's `<title>`: its heading, then the site's name.
    pub fn page_title(self, heading: &str) -> String {
        super::page_title(heading, self.site_name())
    }

    pub fn front_page_title(self) -> String {
        let report = self.0;
        say!(front_page_title(
            &report.feature.title,
            report.presentation.subtitle.as_deref(),
            &report.source.publication
        ))
    }

    pub fn front_page_description(self) -> String {
        let report = self.0;
        report.presentation.description.clone().unwrap_or_else(|| {
            say!(descriptions.story(
                &report.feature.title,
                &report.feature.headline,
                &report.source.publication
            ))
        })
    }

    /// Under the timeline's heading, and its description.
    pub fn timeline_intro(self) -> String {
        self.0
            .presentation
            .timeline_intro
            .clone()
            .unwrap_or_else(|| {
                let (first, last) = self.timeline_span();
                say!(timeline.intro(&first, &last))
            })
    }

    /// Under the front page's link to the timeline.
    pub fn timeline_teaser(self) -> String {
        self.0
            .presentation
            .timeline_teaser
            .clone()
            .unwrap_or_else(|| {
                let (first, last) = self.timeline_span();
                say!(story.timeline_entry_text(self.0.timeline.events.len(), &first, &last))
            })
    }

    /// Under the interviews' heading, and their description.
    pub fn interviews_intro(self) -> String {
        self.0
            .presentation
            .interviews_intro
            .clone()
            .unwrap_or_else(|| self.who_speaks())
    }

    /// Under the front page's link to the interviews.
    pub fn interviews_teaser(self) -> String {
        self.0
            .presentation
            .interviews_teaser
            .clone()
            .unwrap_or_else(|| self.who_speaks())
    }

    pub fn footer_source(self) -> String {
        let report = self.0;
        let restores = report
            .key_figures
            .figures
            .iter()
            .any(|figure| figure.value.as_ref().is_some_and(|value| value.restored));
        say!(footer_source(
            &report.source.publication,
            &report.feature.title,
            restores
        ))
    }

    /// The neutral introduction of the interviews: the interviewees' names.
    fn who_speaks(self) -> String {
        let names: Vec<&str> = self
            .0
            .interviews
            .iter()
            .map(|interview| interview.interviewee.name.as_str())
            .collect();
        say!(interviews.intro(&names))
    }

    /// The years of the first event's start and the last event's end.
    fn timeline_span(self) -> (String, String) {
        let events = &self.0.timeline.events;
        let first = events.iter().map(|event| event.date.start().year).min();
        let last = events.iter().map(|event| event.date.end().year).max();
        let year = |year: Option<u16>| year.map(|year| year.to_string()).unwrap_or_default();
        (year(first), year(last))
    }
}
