//! The pages a reader can land on, each with the heading that shows it
//! rendered, taken from the app's own list of addresses
//! ([`AppRoute::all`]) for the report the site was built from.

use report::Report;
use report::routes::AppRoute;
use std::mem::discriminant;

/// One page of the site.
#[derive(Debug, Clone)]
pub struct Route {
    /// Its address under the site's base (no leading slash).
    pub path: String,
    /// Text its `main h1` shows.
    pub heading: String,
    /// The one request that fails on purpose on this page, if any (the
    /// address a static host answers with its 404 page): the console may
    /// report it, and nothing else.
    pub fails_on_purpose: Option<String>,
}

/// The report the built site carries; the interface words the tests
/// expect (`say!`) are from then on in its language.
pub fn report_of(site: &std::path::Path) -> Report {
    let path = site.join("data/report.json");
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|error| panic!("read {}: {error}", path.display()));
    let report = Report::from_json(&text)
        .unwrap_or_else(|error| panic!("{}: {}", path.display(), error.message));
    micra_flins::ui_text::set_report_language(&report.source.language);
    report
}

/// Every address of the site, and an unknown one.
pub fn every_page(report: &Report) -> Vec<Route> {
    let mut routes: Vec<Route> = AppRoute::all(report)
        .iter()
        .map(|route| page_of(route, report))
        .collect();
    routes.push(not_found());
    routes
}

/// One page of each kind (the first of each in [`AppRoute::all`]: the
/// story, the timeline, an event, the interviews, an interview, a
/// question, about, accessibility) and an unknown address: the pages the
/// route-by-route checks (console, accessibility, keyboard) walk.
pub fn every_kind_of_page(report: &Report) -> Vec<Route> {
    let kind = |route: &AppRoute| {
        let detail = match route {
            AppRoute::Timeline { event } => event.is_some(),
            AppRoute::Interview { question, .. } => question.is_some(),
            _ => false,
        };
        (discriminant(route), detail)
    };
    let mut seen = Vec::new();
    let mut routes: Vec<Route> = AppRoute::all(report)
        .into_iter()
        .filter(|route| {
            let kind = kind(route);
            let new = !seen.contains(&kind);
            if new {
                seen.push(kind);
            }
            new
        })
        .map(|route| page_of(&route, report))
        .collect();
    routes.push(not_found());
    routes
}

fn page_of(route: &AppRoute, report: &Report) -> Route {
    Route {
        path: route.path().trim_start_matches('/').to_string(),
        heading: heading(route, report),
        fails_on_purpose: None,
    }
}

fn not_found() -> Route {
    Route {
        path: "no/such/page".to_string(),
        heading: micra_flins::say!(not_found_heading).to_string(),
        fails_on_purpose: Some("no/such/page".to_string()),
    }
}

/// What the page's `main h1` says.
fn heading(route: &AppRoute, report: &Report) -> String {
    match route {
        AppRoute::Story => report.feature.title.clone(),
        AppRoute::Timeline { .. } => micra_flins::say!(timeline.heading).to_string(),
        AppRoute::Interviews => micra_flins::say!(interviews.heading).to_string(),
        AppRoute::Interview { id, .. } => report
            .interview(id)
            .map(|interview| interview.interviewee.name.clone())
            .unwrap_or_default(),
        AppRoute::About => micra_flins::say!(about.heading).to_string(),
        AppRoute::Accessibility => micra_flins::say!(accessibility.heading).to_string(),
    }
}
