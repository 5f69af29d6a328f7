//! Opening an address: the page a static host answers it with, as the
//! prerender wrote it for the bundled report, with its islands hydrated as
//! the wasm hydrates them.

use super::islands;
use leptos::prelude::*;
use std::cell::Cell;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::HtmlElement;

// `PAGES`: every page of the bundled report's site by its address, at a
// host's root and under `/reports/micra/`. `cargo xtask test browser`
// prerenders them before it builds the tests (xtask/src/test.rs).
include!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/target/browser-fixtures/pages.rs"
));

/// The sub-path the fixtures' second site is prerendered for.
const SUB_PATH: &str = "/reports/micra/";

/// An open page in its own container; its islands stopped and the
/// container removed when dropped, so that the next test starts clean.
pub struct OpenPage {
    container: HtmlElement,
    owner: Owner,
}

impl std::ops::Deref for OpenPage {
    type Target = HtmlElement;
    fn deref(&self) -> &HtmlElement {
        &self.container
    }
}

impl Drop for OpenPage {
    fn drop(&mut self) {
        // Removes the islands' listeners on the window and the document
        // (src/browser.rs registers each with a cleanup), so an earlier
        // page never answers a later test's keys and clicks.
        self.owner.cleanup();
        self.container.remove();
        if let Some(html) = document().document_element() {
            let _ = html.remove_attribute(micra_flins::start::HYDRATED_ATTRIBUTE);
        }
    }
}

/// Opens `address` (path, query and fragment) as a reader would: the
/// browser's address is set to it, the page for its path is loaded, and
/// the page's islands are hydrated.
pub async fn open(address: &str) -> OpenPage {
    window()
        .history()
        .unwrap()
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(address))
        .unwrap();
    // The reader arrives at the top of a fresh page, nothing focused: the
    // islands would otherwise leave the address's passage alone
    // (`start::reader_moved_first`).
    window().scroll_to_with_x_and_y(0.0, 0.0);
    if let Some(active) = document().active_element() {
        let _ = active.unchecked_into::<HtmlElement>().blur();
    }
    let path = address.split(['?', '#']).next().unwrap_or("/");
    let page = web_sys::DomParser::new()
        .unwrap()
        .parse_from_string(page_for(path), web_sys::SupportedType::TextHtml)
        .unwrap();
    if let (Some(html), Some(lang)) = (
        document().document_element(),
        page.document_element()
            .and_then(|html| html.get_attribute("lang")),
    ) {
        html.set_attribute("lang", &lang).unwrap();
    }
    let container: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    // Parsed again in the live document, as the browser parses a page
    // with scripting on (`<noscript>`'s content is text there).
    container.set_inner_html(&page.body().unwrap().inner_html());
    document().body().unwrap().append_child(&container).unwrap();
    serve_the_pages_to_fetch();
    // As a browser does on loading a page: it shows the passage the
    // fragment names.
    if let Some(target) = micra_flins::browser::fragment_target() {
        target.scroll_into_view();
    }
    micra_flins::start::start();
    let owner = Owner::new();
    owner.with(|| islands::hydrate_every_island(&container));
    micra_flins::start::islands_hydrated();
    super::settle().await;
    OpenPage { container, owner }
}

/// The page a static host answers `path` with: the folder's `index.html`,
/// or the site's `404.html`.
fn page_for(path: &str) -> &'static str {
    known_page(path).unwrap_or_else(|| {
        let site = if path.starts_with(SUB_PATH) {
            SUB_PATH
        } else {
            "/"
        };
        known_page(&format!("{site}404.html")).expect("the fixtures hold each site's 404.html")
    })
}

/// The page the site has at `path`, if any.
fn known_page(path: &str) -> Option<&'static str> {
    let folder = match path.strip_suffix("index.html") {
        Some(folder) => folder.to_string(),
        None if path.ends_with('/') || path.ends_with(".html") => path.to_string(),
        None => format!("{path}/"),
    };
    PAGES
        .iter()
        .find(|(known, _)| *known == folder)
        .map(|(_, html)| *html)
}

thread_local! {
    static FETCH_SERVES_PAGES: Cell<bool> = const { Cell::new(false) };
    static HOST_FAILURE: Cell<Option<u16>> = const { Cell::new(None) };
}

/// From now on, the host answers every page the islands fetch with
/// `status` (a timeline's other events come from their pages); `None`
/// brings the pages back.
pub fn host_answers_with(status: Option<u16>) {
    HOST_FAILURE.set(status);
}

/// The page's `fetch` answers as the static host would: the fixtures by
/// their path, 404.html where there is none. Set once; pages that are
/// opened later keep it.
fn serve_the_pages_to_fetch() {
    if FETCH_SERVES_PAGES.replace(true) {
        return;
    }
    let fetch = Closure::<dyn Fn(JsValue) -> js_sys::Promise>::new(|request: JsValue| {
        let url = request.as_string().unwrap_or_default();
        let path = web_sys::Url::new_with_base(&url, &window().location().href().unwrap())
            .map(|url| url.pathname())
            .unwrap_or_default();
        let (status, body) = match (HOST_FAILURE.get(), known_page(&path)) {
            (Some(status), _) => (status, "Service Unavailable"),
            (None, Some(page)) => (200, page),
            (None, None) => (404, page_for(&path)),
        };
        let init = web_sys::ResponseInit::new();
        init.set_status(status);
        let response = web_sys::Response::new_with_opt_str_and_init(Some(body), &init).unwrap();
        js_sys::Promise::resolve(&JsValue::from(response))
    });
    js_sys::Reflect::set(&window(), &"fetch".into(), fetch.as_ref()).unwrap();
    fetch.forget();
}
