use super::enter_island;
use crate::base_path::site_base_from_document;
use crate::hooks::{browser_address, use_fragment_landing};
use crate::say;
use leptos::prelude::*;

// The story pages' islands take no props: with none on a page, its wasm
// holds no JSON parser. What they would carry, the site's base and the
// page's address, they read from the document.

/// "Skip to content": the first Tab stop, moves focus to `<main>`.
///
/// With `<base href>` set, `href="#main"` would resolve against the base and
/// lead to the front page, so the link names its own page (also before
/// the wasm runs, or without it), and the click moves focus itself.
#[island]
pub fn SkipLink() -> impl IntoView {
    // Prerendered for the page's address; in the browser, the page it
    // shows, which a timeline or reader may have moved on from, or which
    // a host answered with 404.html.
    let href = RwSignal::new(if cfg!(feature = "ssr") {
        page_skip_href()
    } else {
        String::new()
    });
    if !cfg!(feature = "ssr") {
        Effect::new(move || {
            let path = window().location().pathname().unwrap_or_default();
            href.set(format!("{path}#main"));
        });
    }
    let skip = |event: leptos::ev::MouseEvent| {
        event.prevent_default();
        crate::browser::focus_main();
    };
    view! { <a class="skip-link" href=href on:click=skip>{say!(skip_to_content)}</a> }
}

/// `#main` on the page being prerendered.
fn page_skip_href() -> String {
    #[cfg(feature = "ssr")]
    {
        let (base, at) = crate::pages::island_address();
        format!(
            "{}#main",
            crate::base_path::site_href(&base, crate::links::path_of(&at))
        )
    }
    #[cfg(not(feature = "ssr"))]
    String::new()
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
