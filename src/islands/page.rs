use super::enter_island;
use crate::base_path::site_base_from_document;
use crate::browser::{focus_main, listen, listen_to_window};
use crate::hooks::{MOVED_EVENT, browser_address, use_fragment_landing};
use leptos::prelude::*;

// The story pages' islands need no data block: the site's base and the
// page's address they read from the document.

/// Answers the page's skip link (`components::layout::SkipLink`), which
/// is prerendered beside it: a click moves the focus to `<main>` without
/// leaving the page, and the link follows the page the browser shows,
/// which a timeline or reader may have moved on from, or which a host
/// answered with 404.html.
#[island]
pub fn SkipLinkIsland() -> impl IntoView {
    if !cfg!(feature = "ssr")
        && let Some(link) = document().query_selector("a.skip-link").ok().flatten()
    {
        listen(&link, "click", |event| {
            event.prevent_default();
            focus_main();
        });
        listen_to_window("popstate", {
            let link = link.clone();
            move |_| follow_the_page(&link)
        });
        listen_to_window(MOVED_EVENT, {
            let link = link.clone();
            move |_| follow_the_page(&link)
        });
        follow_the_page(&link);
    }
}

fn follow_the_page(link: &web_sys::Element) {
    let path = window().location().pathname().unwrap_or_default();
    let _ = link.set_attribute("href", &format!("{path}#main"));
}

/// Lands on the passage the address's `#fragment` names (see
/// [`use_fragment_landing`]), on a page with no other island.
#[cfg_attr(any(not(feature = "hydrate"), feature = "story-islands"), island)]
#[cfg_attr(all(feature = "hydrate", not(feature = "story-islands")), component)]
pub fn FragmentLandingIsland() -> impl IntoView {
    if !cfg!(feature = "ssr") {
        let base = site_base_from_document();
        let at = browser_address(&base);
        enter_island(&base, at);
        use_fragment_landing(None, |_| {});
    }
}
