//! The pages a reader can land on, each with the heading that shows it
//! rendered: the list the route-by-route checks (console, accessibility,
//! keyboard) walk.

/// One page of the site.
#[derive(Debug, Clone, Copy)]
pub struct Route {
    /// Its address under the site's base (no leading slash).
    pub path: &'static str,
    /// Text its `main h1` shows once the app has rendered it.
    pub heading: &'static str,
    /// The one request that fails on purpose on this page, if any (the
    /// address a static host answers with its 404 page, or the missing
    /// report): the console may report it, and nothing else.
    pub fails_on_purpose: Option<&'static str>,
}

/// Every kind of page: each route of the app, a deep link into each kind
/// of detail, the page for an unknown address and a report that fails to load.
pub const ROUTES: &[Route] = &[
    Route {
        path: "",
        heading: "The Renault-Nissan Alliance",
        fails_on_purpose: None,
    },
    Route {
        path: "timeline",
        heading: "Timeline",
        fails_on_purpose: None,
    },
    Route {
        path: "timeline/oppama-training",
        heading: "Timeline",
        fails_on_purpose: None,
    },
    Route {
        path: "interviews",
        heading: "Interviews",
        fails_on_purpose: None,
    },
    Route {
        path: "interviews/catherine-perez",
        heading: "Catherine Perez",
        fails_on_purpose: None,
    },
    Route {
        path: "interviews/nathalie-retourne/micra-arrival",
        heading: "Nathalie Retourné",
        fails_on_purpose: None,
    },
    Route {
        path: "about",
        heading: "About this edition",
        fails_on_purpose: None,
    },
    Route {
        path: "accessibility",
        heading: "Accessibility",
        fails_on_purpose: None,
    },
    Route {
        path: "no/such/page",
        heading: "Page not found",
        fails_on_purpose: Some("no/such/page"),
    },
    Route {
        path: "?data=data/missing.json",
        heading: "The report could not be found",
        fails_on_purpose: Some("data/missing.json"),
    },
];
