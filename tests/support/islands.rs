//! Hydrating a prerendered page's islands the way the wasm's exports do
//! (leptos_macro's `#[island]`): each `<leptos-island>` is given to its
//! component and hydrated in place; the component reads its data from the
//! page's data blocks (src/islands/data.rs), which the page brought into
//! the document.

use super::find_all;
use leptos::prelude::*;
use leptos::tachys::view::Position;
use micra_flins::islands::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

/// Hydrates every island in `page`, in document order, as the page loader
/// does.
pub fn hydrate_every_island(page: &Element) {
    for island in find_all(page, "leptos-island") {
        let island: HtmlElement = island.unchecked_into();
        let exported = island
            .get_attribute("data-component")
            .expect("an island names its component");
        // The export's name is the component's with a hash after it.
        let component = exported
            .rsplit_once('_')
            .map_or(exported.as_str(), |(name, _)| name);
        match component {
            "SkipLinkIsland" => hydrate(&island, SkipLinkIsland()),
            "SettingsIsland" => hydrate(&island, SettingsIsland()),
            "FragmentLandingIsland" => hydrate(&island, FragmentLandingIsland()),
            "TimelineIsland" => hydrate(&island, TimelineIsland()),
            "ReaderIsland" => hydrate(&island, ReaderIsland()),
            "FindBarIsland" => hydrate(&island, FindBarIsland()),
            "InterviewSearchIsland" => hydrate(&island, InterviewSearchIsland()),
            other => panic!("the page has an island the browser tests do not know: {other}"),
        }
    }
}

/// What the export does: hydrates `view` from the island's markup and keeps
/// it (the page's owner stops it when the test ends).
fn hydrate(island: &HtmlElement, view: impl IntoView) {
    std::mem::forget(view.hydrate_from_position::<true>(island, Position::Current));
}
