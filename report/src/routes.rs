//! Every address of the site, as one typed list: the router's paths, the
//! links the app writes, the pages the build prerenders and the addresses
//! the end-to-end suite walks all come from [`AppRoute`], so a new page
//! cannot be forgotten by any of them.

use crate::Report;

/// A page of the app, named by what it shows.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AppRoute {
    /// `/`: the story (front page).
    Story,
    /// `/timeline`, or `/timeline/<event>` with that event selected.
    Timeline {
        /// The selected event's id.
        event: Option<String>,
    },
    /// `/interviews`: both interviews, and searching them.
    Interviews,
    /// `/interviews/<id>`, or `/interviews/<id>/<question>` at that question.
    Interview {
        /// The interview's id.
        id: String,
        /// The question's id.
        question: Option<String>,
    },
    /// `/about`: the edition, its sources and what was restored.
    About,
    /// `/accessibility`: the accessibility statement.
    Accessibility,
}

impl AppRoute {
    /// The first segment of the timeline's addresses.
    pub const TIMELINE: &'static str = "timeline";
    /// The router parameter that holds the selected event.
    pub const EVENT_PARAM: &'static str = "event";
    /// The first segment of the interviews' addresses.
    pub const INTERVIEWS: &'static str = "interviews";
    /// The router parameter that holds the interview's id.
    pub const INTERVIEW_PARAM: &'static str = "id";
    /// The router parameter that holds the question's id.
    pub const QUESTION_PARAM: &'static str = "question";
    /// The about page's segment.
    pub const ABOUT: &'static str = "about";
    /// The accessibility statement's segment.
    pub const ACCESSIBILITY: &'static str = "accessibility";

    /// The timeline with `event` selected (or none).
    pub fn timeline(event: Option<&str>) -> Self {
        Self::Timeline {
            event: event.map(str::to_string),
        }
    }

    /// The interview `id`, at `question` (or from its start).
    pub fn interview(id: &str, question: Option<&str>) -> Self {
        Self::Interview {
            id: id.to_string(),
            question: question.map(str::to_string),
        }
    }

    /// The in-app path, without the site's base: `/timeline/flins-chosen`.
    pub fn path(&self) -> String {
        match self {
            Self::Story => "/".to_string(),
            Self::Timeline { event: None } => format!("/{}", Self::TIMELINE),
            Self::Timeline { event: Some(id) } => format!("/{}/{id}", Self::TIMELINE),
            Self::Interviews => format!("/{}", Self::INTERVIEWS),
            Self::Interview { id, question: None } => format!("/{}/{id}", Self::INTERVIEWS),
            Self::Interview {
                id,
                question: Some(question),
            } => format!("/{}/{id}/{question}", Self::INTERVIEWS),
            Self::About => format!("/{}", Self::ABOUT),
            Self::Accessibility => format!("/{}", Self::ACCESSIBILITY),
        }
    }

    /// The page an in-app path names (`/timeline/flins-chosen`, with or
    /// without a trailing slash; any query or fragment is ignored), by its
    /// shape only: the ids are not looked up. `None` for a path no page has.
    pub fn parse(path: &str) -> Option<Self> {
        let path = path.split(['?', '#']).next().unwrap_or_default();
        let segments: Vec<&str> = path
            .split('/')
            .filter(|segment| !segment.is_empty())
            .collect();
        match segments.as_slice() {
            [] => Some(Self::Story),
            [Self::TIMELINE] => Some(Self::timeline(None)),
            [Self::TIMELINE, event] => Some(Self::timeline(Some(event))),
            [Self::INTERVIEWS] => Some(Self::Interviews),
            [Self::INTERVIEWS, id] => Some(Self::interview(id, None)),
            [Self::INTERVIEWS, id, question] => Some(Self::interview(id, Some(question))),
            [Self::ABOUT] => Some(Self::About),
            [Self::ACCESSIBILITY] => Some(Self::Accessibility),
            _ => None,
        }
    }

    /// Where the page is written in the built site: `index.html`,
    /// `timeline/flins-chosen/index.html`; every static host serves the
    /// folder's `index.html` for `/timeline/flins-chosen` (some after a
    /// redirect to `/timeline/flins-chosen/`, which the router accepts).
    pub fn file(&self) -> String {
        match self.path().trim_matches('/') {
            "" => "index.html".to_string(),
            folder => format!("{folder}/index.html"),
        }
    }

    /// Every address `report` gives the site, in reading order: the story,
    /// the timeline and each event, the interviews and each question, then
    /// the pages about the site.
    pub fn all(report: &Report) -> Vec<AppRoute> {
        let mut routes = vec![Self::Story, Self::timeline(None)];
        routes.extend(
            report
                .timeline
                .events
                .iter()
                .map(|event| Self::timeline(Some(&event.id))),
        );
        routes.push(Self::Interviews);
        for interview in &report.interviews {
            routes.push(Self::interview(&interview.id, None));
            routes.extend(
                interview
                    .questions
                    .iter()
                    .map(|question| Self::interview(&interview.id, Some(&question.id))),
            );
        }
        routes.push(Self::About);
        routes.push(Self::Accessibility);
        routes
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bundled_report() -> Report {
        crate::bundled_report()
    }

    #[test]
    fn each_route_has_its_path_and_its_file() {
        let cases = [
            (AppRoute::Story, "/", "index.html"),
            (AppRoute::timeline(None), "/timeline", "timeline/index.html"),
            (
                AppRoute::timeline(Some("flins-chosen")),
                "/timeline/flins-chosen",
                "timeline/flins-chosen/index.html",
            ),
            (AppRoute::Interviews, "/interviews", "interviews/index.html"),
            (
                AppRoute::interview("catherine-perez", None),
                "/interviews/catherine-perez",
                "interviews/catherine-perez/index.html",
            ),
            (
                AppRoute::interview("catherine-perez", Some("why-flins")),
                "/interviews/catherine-perez/why-flins",
                "interviews/catherine-perez/why-flins/index.html",
            ),
            (AppRoute::About, "/about", "about/index.html"),
            (
                AppRoute::Accessibility,
                "/accessibility",
                "accessibility/index.html",
            ),
        ];
        for (route, path, file) in cases {
            assert_eq!(route.path(), path, "{route:?}");
            assert_eq!(route.file(), file, "{route:?}");
        }
    }

    #[test]
    fn every_route_is_read_back_from_its_path() {
        for route in AppRoute::all(&bundled_report()) {
            assert_eq!(AppRoute::parse(&route.path()), Some(route.clone()));
            let decorated = format!(
                "{}/?find=flins#why-flins-1",
                route.path().trim_end_matches('/')
            );
            assert_eq!(AppRoute::parse(&decorated), Some(route));
        }
        for unknown in ["/timeline/a/b", "/nowhere", "/interviews/a/b/c"] {
            assert_eq!(AppRoute::parse(unknown), None, "{unknown}");
        }
    }

    #[test]
    fn the_bundled_report_gives_a_page_per_event_interview_and_question_once_each() {
        let report = bundled_report();
        let routes = AppRoute::all(&report);
        let paths: Vec<String> = routes.iter().map(AppRoute::path).collect();
        for expected in [
            "/",
            "/timeline",
            "/timeline/oppama-training",
            "/interviews",
            "/interviews/catherine-perez",
            "/interviews/catherine-perez/why-flins",
            "/interviews/nathalie-retourne/micra-arrival",
            "/about",
            "/accessibility",
        ] {
            assert!(
                paths.iter().any(|path| path == expected),
                "{expected} in {paths:?}"
            );
        }
        let questions: usize = report.interviews.iter().map(|i| i.questions.len()).sum();
        assert_eq!(
            routes.len(),
            2 + report.timeline.events.len() + 1 + report.interviews.len() + questions + 2
        );
        let mut files: Vec<String> = routes.iter().map(AppRoute::file).collect();
        files.sort_unstable();
        files.dedup();
        assert_eq!(files.len(), routes.len(), "no page is written twice");
    }
}
