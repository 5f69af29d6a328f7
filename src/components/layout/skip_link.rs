use crate::say;
use leptos::prelude::*;

/// "Skip to content": the first Tab stop, to `<main>`. Markup: the
/// `SkipLinkIsland` beside it moves the focus there on a click.
///
/// With `<base href>` set, `href="#main"` would resolve against the base and
/// lead to the front page, so the link names its own page (also before
/// the wasm runs, or without it).
#[component]
pub fn SkipLink() -> impl IntoView {
    view! { <a class="skip-link" href=page_skip_href()>{say!(skip_to_content)}</a> }
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
    String::from("#main")
}
