use super::TimelineContext;
use super::context::detail_dom_id;
use super::event_detail::{CHOOSE_ID, DETAILS_ID};
use super::listbox::set_hidden;
use crate::browser::element;
use crate::components::use_site_base;
use crate::links::event_path;
use crate::say;
use leptos::prelude::*;
use std::collections::HashSet;
use web_sys::Element;

/// Where the selected event's detail stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DetailState {
    /// Shown, or nothing to show.
    Shown,
    /// On its way from its event's page.
    Loading,
    /// Its page could not be had: why, in the reader's words.
    Failed(String),
}

/// Shows the selected event's detail and hides the one shown before. A
/// page carries its own event's detail; another event's is taken from that
/// event's page (prerendered by the same build, and kept by the offline
/// copy), once, and kept in this page. The events a step away from the
/// selected one are taken ahead, so that stepping shows them at once. The
/// returned handle says how the selected one stands, and `retry` asks
/// again after a failure.
pub fn show_selected_detail(timeline: TimelineContext) -> DetailLoader {
    let site = use_site_base();
    let state = RwSignal::new(DetailState::Shown);
    let attempt = RwSignal::new(0_u32);
    let asked = StoredValue::new(HashSet::<String>::new());
    let take = move |id: String| {
        let in_page = element(&detail_dom_id(&id)).is_some();
        let newly_asked =
            !in_page && asked.try_update_value(|asked| asked.insert(id.clone())) == Some(true);
        if !newly_asked {
            return;
        }
        // The event's page, by the address a static host serves as is.
        let page = format!("{}/", site.href(&event_path(Some(&id))));
        leptos::task::spawn_local(async move {
            let outcome = detail_from_page(&page, &id).await;
            asked.update_value(|asked| {
                asked.remove(&id);
            });
            let selected = timeline.selected_id.get_untracked().as_deref() == Some(&*id);
            match outcome {
                Ok(detail) => {
                    if let Some(details) = element(DETAILS_ID) {
                        set_hidden(&detail, true);
                        let _ = details.append_child(&detail);
                    }
                    if selected {
                        reveal(Some(&id));
                        state.set(DetailState::Shown);
                    }
                }
                Err(reason) if selected => state.set(DetailState::Failed(reason)),
                Err(_) => {}
            }
        });
    };
    Effect::new(move |_| {
        attempt.track();
        let selected = timeline.selected_id.get();
        reveal(selected.as_deref());
        let Some(id) = selected else {
            state.set(DetailState::Shown);
            return;
        };
        let known = timeline.with_index(|index| index.event(&id).is_some());
        if known && element(&detail_dom_id(&id)).is_none() {
            state.set(DetailState::Loading);
            take(id.clone());
        } else {
            state.set(DetailState::Shown);
        }
        for neighbour in timeline.neighbours(&id) {
            take(neighbour);
        }
    });
    DetailLoader { state, attempt }
}

/// How the selected event's detail stands, and a way to ask again.
#[derive(Clone, Copy)]
pub struct DetailLoader {
    pub state: RwSignal<DetailState>,
    attempt: RwSignal<u32>,
}

impl DetailLoader {
    pub fn retry(&self) {
        self.attempt.update(|attempt| *attempt += 1);
    }
}

/// Shows `selected`'s detail if the page has it (or the invitation to
/// choose, with nothing selected), and hides the one shown before.
fn reveal(selected: Option<&str>) {
    let Some(details) = element(DETAILS_ID) else {
        return;
    };
    if let Ok(Some(shown)) = details.query_selector(".event-detail:not([hidden])") {
        set_hidden(&shown, true);
    }
    match selected {
        Some(id) => {
            if let Some(detail) = element(&detail_dom_id(id)) {
                set_hidden(&detail, false);
            }
        }
        None => {
            if let Some(choose) = element(CHOOSE_ID) {
                set_hidden(&choose, false);
            }
        }
    }
}

/// The detail of event `id` from its prerendered page at `url`: the page
/// parsed as HTML (the build's own markup, in which the report's text was
/// escaped as it was written) and its detail taken into this document.
async fn detail_from_page(url: &str, id: &str) -> Result<Element, String> {
    let response = gloo_net::http::Request::get(url)
        .send()
        .await
        .map_err(|error| say!(timeline.event_unreachable(&error.to_string())))?;
    if !response.ok() {
        return Err(say!(timeline.event_not_served(response.status())));
    }
    let html = response
        .text()
        .await
        .map_err(|error| say!(timeline.event_unreachable(&error.to_string())))?;
    let parsed = web_sys::DomParser::new()
        .and_then(|parser| parser.parse_from_string(&html, web_sys::SupportedType::TextHtml))
        .map_err(|_| say!(timeline.event_not_in_page).to_string())?;
    let detail = parsed
        .get_element_by_id(&detail_dom_id(id))
        .ok_or_else(|| say!(timeline.event_not_in_page).to_string())?;
    document()
        .adopt_node(&detail)
        .ok()
        .and_then(|node| wasm_bindgen::JsCast::dyn_into::<Element>(node).ok())
        .ok_or_else(|| say!(timeline.event_not_in_page).to_string())
}
