//! Starting the app in the browser.
//!
//! A release page arrives prerendered (`src/prerender.rs`): the reader can
//! read and follow every link before any wasm has run. When the wasm has
//! loaded the report, the app renders the same page off-screen and takes
//! the prerendered one's place before the browser paints again, so nothing
//! moves: what the reader had opened, typed, focused and scrolled to is
//! carried over. bench/take-over.md says why this and not hydration.
//! Development builds (`cargo xtask serve`) arrive empty and mount the app,
//! which loads the report with a placeholder meanwhile.

use crate::components::report::StartFailure;
use crate::data::{DEFAULT_REPORT_PATH, LoadError, load_report};
use crate::{App, base_path_from_document};
use leptos::prelude::*;
use leptos::task::spawn_local;
use report::Report;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

/// The id of the element the app lives in.
pub const APP_ROOT_ID: &str = "app";
/// Marks an app root whose content was prerendered.
pub const PRERENDERED_ATTRIBUTE: &str = "data-prerendered";
/// Marks prerendered markup the app does not render (what only a reader
/// without JavaScript sees): the take-over leaves it out of the pairing.
pub const PRERENDER_ONLY_ATTRIBUTE: &str = "data-prerender-only";
/// The id of the notice shown when the app cannot start over a prerendered page.
pub const START_FAILURE_ID: &str = "start-failure";

/// Set when the reader scrolled or focused something in the prerendered
/// page before the app took it over.
static READER_MOVED_FIRST: AtomicBool = AtomicBool::new(false);

/// Whether the reader had already moved in the prerendered page when the
/// app took it over: then the app does not land on the address's question
/// or fragment, which would take the reader away from where they are.
pub fn reader_moved_first() -> bool {
    READER_MOVED_FIRST.load(Ordering::Relaxed)
}

/// Starts the app: takes over the prerendered page once the report has
/// loaded, or mounts the app into an empty page.
pub fn start() {
    // `mount_to` sets up Leptos's task executor, but the report is loaded
    // before anything is mounted.
    let _ = any_spawner::Executor::init_wasm_bindgen();
    let root = app_root();
    if root.has_attribute(PRERENDERED_ATTRIBUTE) {
        spawn_local(take_over_when_loaded());
    } else {
        let base = base_path_from_document();
        leptos::mount::mount_to(root, move || view! { <App base=base/> }).forget();
    }
}

/// Loads the report and takes over the prerendered page; when that fails,
/// the page stays readable and a notice says why, with a retry.
pub async fn take_over_when_loaded() {
    let Err(error) = load_and_take_over().await else {
        return;
    };
    let Some(root) = prerendered_root() else {
        return;
    };
    if document().get_element_by_id(START_FAILURE_ID).is_some() {
        return;
    }
    let slot = div_with_id(START_FAILURE_ID);
    let main = root.query_selector("main").ok().flatten();
    let parent: &Element = main.as_ref().unwrap_or(&root);
    let _ = parent.prepend_with_node_1(&slot);
    leptos::mount::mount_to(slot, move || view! { <StartFailure error/> }).forget();
}

/// The one way a prerendered page is taken over, first and on a retry:
/// load the report, then swap in the app (which removes any notice).
pub async fn load_and_take_over() -> Result<(), LoadError> {
    let report = load_report(DEFAULT_REPORT_PATH.to_string()).await?;
    // Parsing the report and rendering the page are two long tasks on a
    // slow phone; apart, the page answers input in between.
    yield_to_browser().await;
    if let Some(root) = prerendered_root() {
        take_over(root, report);
    }
    Ok(())
}

/// Resolves in a later task of the browser's event loop (a zero timeout).
async fn yield_to_browser() {
    let promise = web_sys::js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// The element the app lives in, created at the end of `<body>` if the
/// page has none.
fn app_root() -> HtmlElement {
    if let Some(root) = document().get_element_by_id(APP_ROOT_ID) {
        return root.unchecked_into();
    }
    let root = div_with_id(APP_ROOT_ID);
    let _ = document().body().expect("a body").append_child(&root);
    root
}

/// A new, detached `<div id=…>`.
fn div_with_id(id: &str) -> HtmlElement {
    let div: HtmlElement = document()
        .create_element("div")
        .expect("a div")
        .unchecked_into();
    div.set_id(id);
    div
}

/// What both take-overs do first: the notice of an earlier failure goes,
/// and whether the reader has moved is noted before the app renders (its
/// first effects read it).
fn prepare_take_over(old: &Element) {
    if let Some(notice) = document().get_element_by_id(START_FAILURE_ID) {
        notice.remove();
    }
    READER_MOVED_FIRST.store(reader_has_moved(old), Ordering::Relaxed);
}

fn prerendered_root() -> Option<Element> {
    document()
        .get_element_by_id(APP_ROOT_ID)
        .filter(|root| root.has_attribute(PRERENDERED_ATTRIBUTE))
}

/// The measured alternative (`--features hydrate`, bench/take-over.md):
/// Leptos hydrates the prerendered nodes in place.
#[cfg(feature = "hydrate")]
fn take_over(old: Element, report: Arc<Report>) {
    prepare_take_over(&old);
    let base = base_path_from_document();
    let root: HtmlElement = old.clone().unchecked_into();
    leptos::mount::hydrate_from(root, move || view! { <App base report/> }).forget();
    let _ = old.remove_attribute(PRERENDERED_ATTRIBUTE);
}

/// Renders the app for `report` off-screen, then puts it in place of the
/// prerendered `old` root before the browser paints again, so no frame
/// shows anything in between and the layout, hence the scroll position,
/// stays as it was.
#[cfg(not(feature = "hydrate"))]
fn take_over(old: Element, report: Arc<Report>) {
    prepare_take_over(&old);
    let fresh = div_with_id(APP_ROOT_ID);
    let base = base_path_from_document();
    leptos::mount::mount_to(fresh.clone(), move || view! { <App base report/> }).forget();
    // The router renders the page's content in a task of its own, queued
    // during the mount: this one runs after it and before the page's
    // effects, still within the same turn of the event loop (no paint).
    spawn_local(async move {
        for _ in 0..MOUNT_TICKS {
            if fresh.query_selector("main > *").ok().flatten().is_some() {
                break;
            }
            any_spawner::Executor::tick().await;
        }
        let carried = carry_over(&old, &fresh);
        // The two trees lay out alike, so the scroll position holds by
        // itself; reading it back here would force a layout of the whole
        // page inside this task.
        let _ = old.replace_with_with_node_1(&fresh);
        carried.apply();
    });
}

/// How many executor ticks the take-over waits at most for the router to
/// render the page's content (it needs one).
#[cfg(not(feature = "hydrate"))]
const MOUNT_TICKS: usize = 8;

/// What the reader did in the prerendered page that the fresh one must
/// show too, found by pairing the two trees' elements in document order
/// (they are rendered by the same components from the same report).
#[derive(Default)]
#[cfg(not(feature = "hydrate"))]
struct Carried {
    focus: Option<HtmlElement>,
    /// Fields whose value the reader changed, told to the app through the
    /// events its handlers listen to.
    edited: Vec<(HtmlElement, &'static str)>,
}

#[cfg(not(feature = "hydrate"))]
impl Carried {
    fn apply(self) {
        if let Some(element) = self.focus {
            crate::browser::focus_quietly(&element);
        }
        for (element, event) in self.edited {
            if let Ok(event) = web_sys::Event::new_with_event_init_dict(event, &{
                let init = web_sys::EventInit::new();
                init.set_bubbles(true);
                init
            }) {
                let _ = element.dispatch_event(&event);
            }
        }
    }
}

#[cfg(not(feature = "hydrate"))]
fn carry_over(old: &Element, fresh: &Element) -> Carried {
    let prerender_only =
        format!("*:not([{PRERENDER_ONLY_ATTRIBUTE}], [{PRERENDER_ONLY_ATTRIBUTE}] *)");
    let (Ok(old_elements), Ok(fresh_elements)) = (
        old.query_selector_all(&prerender_only),
        fresh.query_selector_all("*"),
    ) else {
        return Carried::default();
    };
    let active = document().active_element();
    let mut carried = Carried::default();
    for index in 0..old_elements.length().min(fresh_elements.length()) {
        let (Some(was), Some(now)) = (old_elements.item(index), fresh_elements.item(index)) else {
            break;
        };
        let (Ok(was), Ok(now)) = (was.dyn_into::<Element>(), now.dyn_into::<HtmlElement>()) else {
            continue;
        };
        if was.tag_name() != now.tag_name() {
            // The trees part ways here; what follows cannot be paired.
            break;
        }
        if active.as_ref() == Some(&was) {
            carried.focus = Some(now.clone());
        }
        if let (Some(was), Some(now)) = (
            was.dyn_ref::<web_sys::HtmlDetailsElement>(),
            now.dyn_ref::<web_sys::HtmlDetailsElement>(),
        ) {
            now.set_open(was.open());
        }
        if let (Some(was), Some(now_input)) = (
            was.dyn_ref::<web_sys::HtmlInputElement>(),
            now.dyn_ref::<web_sys::HtmlInputElement>(),
        ) {
            // Only what the reader changed: the prerendered page has no
            // `checked` for the settings the app restores from storage.
            match now_input.type_().as_str() {
                "checkbox" | "radio" => {
                    if was.checked() != was.default_checked() {
                        now_input.set_checked(was.checked());
                        carried.edited.push((now.clone(), "change"));
                    }
                }
                _ => {
                    if was.value() != was.default_value() {
                        now_input.set_value(&was.value());
                        carried.edited.push((now.clone(), "input"));
                    }
                }
            }
        }
    }
    carried
}

/// Whether the reader focused something or scrolled away from where the
/// page opened (the top, or the passage its `#fragment` names).
fn reader_has_moved(old: &Element) -> bool {
    let focused_inside = document()
        .active_element()
        .is_some_and(|active| old.contains(Some(&active)));
    if focused_inside {
        return true;
    }
    match crate::browser::fragment_target() {
        // The browser jumped there itself: still there means not moved.
        Some(target) => {
            let top = target.get_bounding_client_rect().top();
            !(-2.0..=160.0).contains(&top)
        }
        None => window().scroll_y().unwrap_or(0.0) > 0.0,
    }
}
