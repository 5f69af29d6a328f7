use crate::base_path::site_href;
use crate::browser::{closest_to_target, listen_to_document, listen_to_window};
use crate::links::{in_app_url, path_of, query_param};
use leptos::prelude::*;
use report::routes::AppRoute;
use wasm_bindgen::JsCast;

/// The page's address, as the interactive parts of a page read and write
/// it: the in-app path with its query and fragment (`/timeline/x?site=a`).
///
/// A prerendered page's islands start from the address the page was
/// rendered for (so that hydration finds the markup it expects), then take
/// the browser's, query included, once they run; Back and Forward are
/// followed. Moves within a page (another event, another question) are
/// written to the history by [`Address::navigate`], without a request:
/// every other link loads its prerendered page.
/// Dispatched on the window by [`Address::navigate`]: a page's islands
/// each have an address, and follow one another's moves (the timeline's
/// filters and its list), as they follow Back and Forward.
pub const MOVED_EVENT: &str = "micra-flins-address";

#[derive(Clone, Copy)]
pub struct Address {
    url: RwSignal<String>,
    base: StoredValue<String>,
}

impl Address {
    /// The in-app path without query or fragment; tracked.
    pub fn path(&self) -> String {
        self.url.with(|url| path_of(url).to_string())
    }

    /// In-app `path`'s address on the site, under its base.
    pub fn href(&self, path: &str) -> String {
        self.base
            .with_value(|base| crate::base_path::site_href(base, path))
    }

    /// The page the address names; tracked.
    pub fn route(&self) -> Option<AppRoute> {
        self.url.with(|url| AppRoute::parse(url))
    }

    /// The fragment without its `#`, as the address has it (encoded); tracked.
    pub fn fragment(&self) -> String {
        self.url
            .with(|url| {
                url.split_once('#')
                    .map(|(_, fragment)| fragment.to_string())
            })
            .unwrap_or_default()
    }

    /// A query value, decoded; tracked.
    pub fn query(&self, name: &str) -> Option<String> {
        self.url.with(|url| query_param(url, name))
    }

    pub fn query_untracked(&self, name: &str) -> Option<String> {
        self.url.with_untracked(|url| query_param(url, name))
    }

    /// Whether a link to in-app `to` leads to the page shown: `exact`
    /// compares whole paths, otherwise `to` may be a parent of the path.
    pub fn is_current(&self, to: &str, exact: bool) -> bool {
        let to = path_of(to).trim_end_matches('/');
        let path = self.path();
        let path = path.trim_end_matches('/');
        path == to || (!exact && path.starts_with(&format!("{to}/")))
    }

    /// Goes to in-app `url` within this page: a new history entry, or the
    /// current one replaced when `replace`. The page does not scroll.
    pub fn navigate(&self, url: &str, replace: bool) {
        let href = self.base.with_value(|base| site_href(base, url));
        if let Ok(history) = window().history() {
            let state = wasm_bindgen::JsValue::NULL;
            let _ = if replace {
                history.replace_state_with_url(&state, "", Some(&href))
            } else {
                history.push_state_with_url(&state, "", Some(&href))
            };
        }
        self.url.set(url.to_string());
        if let Ok(event) = web_sys::Event::new(MOVED_EVENT) {
            let _ = window().dispatch_event(&event);
        }
    }

    /// Takes the address the browser shows.
    fn follow_browser(&self) {
        let location = window().location();
        self.follow(
            &location.pathname().unwrap_or_default(),
            &location.search().unwrap_or_default(),
            &location.hash().unwrap_or_default(),
        );
    }

    /// Takes the address the browser has moved to: its path under the
    /// site's base, query and fragment (each with or without its `?` or `#`).
    fn follow(&self, path: &str, query: &str, fragment: &str) {
        let in_app = self
            .base
            .with_value(|base| in_app_url(base, path, query, fragment));
        if let Some(url) = in_app
            && self.url.with_untracked(|current| *current != url)
        {
            self.url.set(url);
        }
    }
}

/// The address for everything below: `at` is the in-app address the page
/// was rendered for, `base` the path the site is hosted under (empty at a
/// host's root).
pub fn provide_address(base: &str, at: String) -> Address {
    let address = Address {
        url: RwSignal::new(at),
        base: StoredValue::new(base.to_string()),
    };
    // A prerendered page was rendered without the query the browser may
    // have (a static host answers `/timeline/?site=flins` with the page
    // for `/timeline/`).
    if cfg!(feature = "hydrate") {
        Effect::new(move || address.follow_browser());
    }
    listen_to_window("popstate", move |_| address.follow_browser());
    listen_to_window(MOVED_EVENT, move |_| address.follow_browser());
    // A link to a place in the same page is the browser's to follow.
    listen_to_window("hashchange", move |_| address.follow_browser());
    provide_context(address);
    address
}

/// The in-app address the browser shows (path below `base`, query and
/// fragment), `/` when it is not below `base`. Browser-only.
pub fn browser_address(base: &str) -> String {
    let location = window().location();
    in_app_url(
        base,
        &location.pathname().unwrap_or_default(),
        &location.search().unwrap_or_default(),
        &location.hash().unwrap_or_default(),
    )
    .unwrap_or_else(|| "/".to_string())
}

pub fn use_address() -> Address {
    expect_context::<Address>()
}

/// Link clicks to an in-app path that `stays` accepts become moves within
/// the page ([`Address::navigate`]) instead of page loads: the timeline's
/// events, an interview's questions. Clicks the browser should keep (a new
/// tab, a download, another site) are left alone.
pub fn keep_in_page_links(address: Address, stays: impl Fn(&AppRoute) -> bool + 'static) {
    listen_to_document("click", move |event| {
        let event: web_sys::MouseEvent = event.unchecked_into();
        if event.default_prevented()
            || event.button() != 0
            || event.ctrl_key()
            || event.meta_key()
            || event.alt_key()
            || event.shift_key()
        {
            return;
        }
        let Some(link) = closest_to_target(&event, "a[href]") else {
            return;
        };
        if link.has_attribute("target") || link.has_attribute("download") {
            return;
        }
        let Some(href) = link.get_attribute("href") else {
            return;
        };
        let Ok(url) = web_sys::Url::new_with_base(&href, &document_base()) else {
            return;
        };
        if url.origin() != window().location().origin().unwrap_or_default() {
            return;
        }
        let in_app = address
            .base
            .with_value(|base| in_app_url(base, &url.pathname(), &url.search(), &url.hash()));
        let Some(in_app) = in_app else {
            return;
        };
        if AppRoute::parse(&in_app).is_some_and(|route| stays(&route)) {
            event.prevent_default();
            address.navigate(&in_app, false);
        }
    });
}

fn document_base() -> String {
    document()
        .base_uri()
        .ok()
        .flatten()
        .unwrap_or_else(|| window().location().href().unwrap_or_default())
}
