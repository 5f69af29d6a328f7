use super::enter_island;
use crate::hooks::use_fragment_landing;
use crate::say;
use leptos::prelude::*;

/// "Skip to content": the first Tab stop, moves focus to `<main>`.
///
/// With `<base href>` set, `href="#main"` would resolve against the base and
/// lead to the front page, so the link names its own page (`href`, which
/// also works before the wasm runs or without it), and the click moves
/// focus itself.
#[island]
pub fn SkipLink(href: String) -> impl IntoView {
    // The page the browser shows, which a timeline or reader may have
    // moved on from, or which a host answered with 404.html.
    let href = RwSignal::new(href);
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

/// Lands on the passage the address's `#fragment` names (see
/// [`use_fragment_landing`]), on a page with no other island.
#[cfg_attr(any(not(feature = "hydrate"), feature = "story-islands"), island)]
#[cfg_attr(all(feature = "hydrate", not(feature = "story-islands")), component)]
pub fn FragmentLandingIsland(base: String, at: String) -> impl IntoView {
    enter_island(&base, at);
    use_fragment_landing(None, |_| {});
}
