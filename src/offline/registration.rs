//! Registering the worker and offering a newer build, in the browser.

use super::{DISMISSED_KEY, TAKE_NEW_EDITION, WHICH_EDITION};
use crate::base_path::storage_key;
use crate::components::layout::show_edition_notice;
use crate::logic::edition::offer_new_edition;
use leptos::prelude::window;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{ServiceWorkerContainer, ServiceWorkerRegistration};

/// Registers `worker` (its URL, under the site's base: its scope is the
/// site) and watches for newer builds than the page's `edition`. Called
/// by the loader of release pages after their islands are hydrated. Where
/// the browser has no service workers (not a secure context, some
/// private modes) or refuses one, the site simply stays online-only.
#[wasm_bindgen]
pub fn keep_offline_copy(worker: String, edition: String) {
    let workers = window().navigator().service_worker();
    if workers.is_undefined() {
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        if let Ok(registration) = JsFuture::from(workers.register(&worker)).await {
            watch_for_new_editions(&workers, registration.unchecked_into(), edition);
        }
    });
}

/// Asks a waiting build for its edition now (a build that finishes
/// installing while the page is open tells it unasked), and offers it
/// when its pages are not this page's.
fn watch_for_new_editions(
    workers: &ServiceWorkerContainer,
    registration: ServiceWorkerRegistration,
    page_edition: String,
) {
    let offered = Cell::new(false);
    let notice_for = {
        let workers = workers.clone();
        let registration = registration.clone();
        move |event: web_sys::MessageEvent| {
            // The site's worker is the only one that writes to its pages.
            let waiting_edition = event.data().as_string().unwrap_or_default();
            if offer_new_edition(&waiting_edition, &page_edition, dismissed_in_this_tab())
                && !offered.replace(true)
            {
                show_notice(&workers, &registration);
            }
        }
    };
    let on_message = Closure::<dyn Fn(web_sys::MessageEvent)>::new(notice_for);
    let _ =
        workers.add_event_listener_with_callback("message", on_message.as_ref().unchecked_ref());
    on_message.forget();
    if let Some(waiting) = registration.waiting() {
        let _ = waiting.post_message(&JsValue::from_str(WHICH_EDITION));
    }
}

/// Shows the notice in the page's live region. Taking the new edition
/// lets the waiting worker take over, and this page reloads once it has
/// (other open pages keep what they show until the reader moves on).
fn show_notice(workers: &ServiceWorkerContainer, registration: &ServiceWorkerRegistration) {
    let taken = Rc::new(Cell::new(false));
    let reload_when_switched = {
        let taken = taken.clone();
        Closure::<dyn Fn()>::new(move || {
            if taken.get() {
                let _ = window().location().reload();
            }
        })
    };
    let _ = workers.add_event_listener_with_callback(
        "controllerchange",
        reload_when_switched.as_ref().unchecked_ref(),
    );
    reload_when_switched.forget();
    let registration = registration.clone();
    let take = move || {
        taken.set(true);
        match registration.waiting() {
            Some(waiting) => {
                let _ = waiting.post_message(&JsValue::from_str(TAKE_NEW_EDITION));
            }
            // Another tab took it already: this page is simply out of date.
            None => {
                let _ = window().location().reload();
            }
        }
    };
    let not_now = || {
        if let Ok(Some(storage)) = window().session_storage() {
            let _ = storage.set_item(&storage_key(DISMISSED_KEY), "yes");
        }
    };
    show_edition_notice(take, not_now);
}

fn dismissed_in_this_tab() -> bool {
    window()
        .session_storage()
        .ok()
        .flatten()
        .and_then(|storage| storage.get_item(&storage_key(DISMISSED_KEY)).ok().flatten())
        .is_some()
}
