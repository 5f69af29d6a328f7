//! Hydrating a prerendered page's islands the way the wasm's exports do
//! (leptos_macro's `#[island]`): each `<leptos-island>` is given to its
//! component, built from the props the page carries, and hydrated in place.

use super::find_all;
use leptos::prelude::*;
use leptos::tachys::view::Position;
use micra_flins::islands::*;
use serde::de::DeserializeOwned;
use serde_json::Value;
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
        let props: Value = island
            .get_attribute("data-props")
            .map_or(Value::Null, |json| {
                serde_json::from_str(&json).unwrap_or_else(|error| {
                    panic!("{component}'s props do not parse ({error}): {json}")
                })
            });
        let prop = |name: &str| Prop {
            component,
            props: &props,
            name: name.to_string(),
        };
        match component {
            "SkipLinkIsland" => hydrate(&island, SkipLinkIsland()),
            "SettingsIsland" => hydrate(&island, SettingsIsland()),
            "FragmentLandingIsland" => hydrate(&island, FragmentLandingIsland()),
            "TimelineIsland" => hydrate(
                &island,
                TimelineIsland(TimelineIslandProps {
                    index: prop("index").read(),
                    base: prop("base").read(),
                    at: prop("at").read(),
                }),
            ),
            "ReaderIsland" => hydrate(
                &island,
                ReaderIsland(ReaderIslandProps {
                    reader: prop("reader").read(),
                    base: prop("base").read(),
                    at: prop("at").read(),
                }),
            ),
            "FindBarIsland" => hydrate(
                &island,
                FindBarIsland(FindBarIslandProps {
                    questions: prop("questions").read(),
                    base: prop("base").read(),
                    at: prop("at").read(),
                }),
            ),
            "InterviewSearchIsland" => hydrate(
                &island,
                InterviewSearchIsland(InterviewSearchIslandProps {
                    interviews: prop("interviews").read(),
                    base: prop("base").read(),
                    at: prop("at").read(),
                }),
            ),
            other => panic!("the page has an island the browser tests do not know: {other}"),
        }
    }
}

/// One prop of an island, as the page carries it.
struct Prop<'a> {
    component: &'a str,
    props: &'a Value,
    name: String,
}

impl Prop<'_> {
    fn read<T: DeserializeOwned>(self) -> T {
        let value = self.props.get(&self.name).cloned().unwrap_or_else(|| {
            panic!(
                "{}'s props have no `{}`: {}",
                self.component, self.name, self.props
            )
        });
        serde_json::from_value(value).unwrap_or_else(|error| {
            panic!(
                "{}'s `{}` does not read ({error})",
                self.component, self.name
            )
        })
    }
}

/// What the export does: hydrates `view` from the island's markup and keeps
/// it (the page's owner stops it when the test ends).
fn hydrate(island: &HtmlElement, view: impl IntoView) {
    std::mem::forget(view.hydrate_from_position::<true>(island, Position::Current));
}
