//! micra-flins: a report's feature (its story, timeline and interviews) as
//! a web app of prerendered pages and islands, under the report's own names
//! and in its language. The repository's report is the Renault-Nissan
//! Alliance feature of Renault's 2016-2017 annual report.
// The prerender step renders every page natively, where the nested view
// type of a page is deeper than the compiler's default limit.
#![recursion_limit = "256"]

pub mod base_path;
pub mod browser;
pub mod components;
pub mod hooks;
pub mod islands;
pub mod links;
pub mod logic;
pub mod offline;
pub mod pages;
pub mod perf;
#[cfg(feature = "ssr")]
pub mod prerender;
pub mod start;
pub mod ui_text;

use components::layout::{EditionNoticeRegion, SiteFooter, SiteHeader, SiteMeta, SkipLink};
use components::{provide_report, provide_site_base};
use leptos::prelude::*;
use leptos_meta::provide_meta_context;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{OptionalParamSegment, ParamSegment, StaticSegment, path};
use pages::{
    AboutPage, AccessibilityPage, Home, InterviewReader, InterviewsIndex, NotFound, TimelinePage,
};
use report::Report;
use report::routes::AppRoute;
use std::sync::Arc;

/// Every page of the site, as the prerender step renders it: the page
/// layout, and the route the request's address names. Only its islands
/// (`src/islands/`) run in the browser.
#[component]
pub fn App(
    /// Router base: the path the site is hosted under without its trailing
    /// slash (`/reports/micra`), or empty at the host's root.
    #[prop(optional, into)]
    base: String,
    /// The report the pages show.
    report: Arc<Report>,
) -> impl IntoView {
    provide_meta_context();
    provide_site_base(&base);
    ui_text::set_report_language(&report.source.language);
    provide_report(report);
    view! {
        <Router base=base.clone()>
            <ProvideAddress base>
            <SiteMeta/>
            <SkipLink/>
            <islands::SkipLinkIsland/>
            <EditionNoticeRegion/>
            <SiteHeader/>
            <main id="main" tabindex="-1">
                    // The paths are AppRoute's, which also writes the links
                    // and lists the pages the build prerenders.
                    <Routes fallback=NotFound>
                        <Route path=path!("/") view=Home/>
                        // One route with an optional event, so that selecting an
                        // event keeps the page (and the keyboard focus) in place.
                        <Route
                            path=(StaticSegment(AppRoute::TIMELINE), OptionalParamSegment(AppRoute::EVENT_PARAM))
                            view=TimelinePage
                        />
                        <Route path=StaticSegment(AppRoute::INTERVIEWS) view=InterviewsIndex/>
                        // Likewise one route for an interview and its questions.
                        <Route
                            path=(
                                StaticSegment(AppRoute::INTERVIEWS),
                                ParamSegment(AppRoute::INTERVIEW_PARAM),
                                OptionalParamSegment(AppRoute::QUESTION_PARAM),
                            )
                            view=InterviewReader
                        />
                        <Route path=StaticSegment(AppRoute::ABOUT) view=AboutPage/>
                        <Route path=StaticSegment(AppRoute::ACCESSIBILITY) view=AccessibilityPage/>
                    </Routes>
            </main>
            <SiteFooter/>
            </ProvideAddress>
        </Router>
    }
}

/// Provides the address the page is rendered at: the prerender step's
/// request, as the router reads it.
#[component]
fn ProvideAddress(base: String, children: Children) -> impl IntoView {
    let (_, at) = pages::island_address();
    hooks::provide_address(&base, at);
    children()
}

/// The report this repository publishes, for unit tests that need real content.
#[cfg(test)]
fn bundled_report() -> Report {
    Report::from_json(include_str!(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/public/data/report.json"
    )))
    .expect("the bundled report parses")
}
