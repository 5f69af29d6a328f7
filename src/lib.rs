//! micra-flins: the Renault-Nissan Alliance feature of Renault's 2016-2017
//! annual report (the Nissan Micra built at Flins) as a client-side web app.

pub mod base_path;
pub mod components;
pub mod data;
pub mod links;
pub mod model;
pub mod pages;
pub mod perf;
pub mod search;
pub mod site_pages;
pub mod timeline_view;
pub mod ui_text;

pub use base_path::base_path_from_document;

use components::SiteBase;
use components::layout::{SiteFooter, SiteHeader, SkipLink};
use components::report::ReportLoader;
use leptos::prelude::*;
use leptos_meta::provide_meta_context;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;
use pages::{
    AboutPage, AccessibilityPage, Home, InterviewReader, InterviewsIndex, NotFound, TimelinePage,
};

/// The whole app: router, page layout and the routes.
#[component]
pub fn App(
    /// Router base: the path the site is hosted under without its trailing
    /// slash (`/reports/micra`), or empty at the host's root.
    #[prop(optional, into)]
    base: String,
) -> impl IntoView {
    provide_meta_context();
    provide_context(SiteBase(base.clone()));
    components::settings::provide_reading_settings();
    view! {
        <Router base=base>
            <SkipLink/>
            <SiteHeader/>
            <main id="main" tabindex="-1">
                <ReportLoader>
                    <Routes fallback=NotFound>
                        <Route path=path!("/") view=Home/>
                        // One route with an optional event, so that selecting an
                        // event keeps the page (and the keyboard focus) in place.
                        <Route path=path!("/timeline/:event?") view=TimelinePage/>
                        <Route path=path!("/interviews") view=InterviewsIndex/>
                        // Likewise one route for an interview and its questions.
                        <Route path=path!("/interviews/:id/:question?") view=InterviewReader/>
                        <Route path=path!("/about") view=AboutPage/>
                        <Route path=path!("/accessibility") view=AccessibilityPage/>
                    </Routes>
                </ReportLoader>
            </main>
            <SiteFooter/>
        </Router>
    }
}
