use crate::base_path::site_href;
use crate::hooks::use_address;
use leptos::prelude::*;

/// The path the site is hosted under, for the links and addresses the app
/// writes itself.
#[derive(Debug, Clone, Copy)]
pub struct SiteBase(StoredValue<String>);

impl SiteBase {
    /// `/reports/micra`, or empty at the host's root.
    pub fn base(&self) -> String {
        self.0.get_value()
    }

    /// The full address of an in-app path, see [`site_href`].
    pub fn href(&self, path: &str) -> String {
        self.0.with_value(|base| site_href(base, path))
    }
}

/// `base`: `/reports/micra`, or empty at the host's root.
pub fn provide_site_base(base: &str) -> SiteBase {
    let site = SiteBase(StoredValue::new(base.to_string()));
    provide_context(site);
    site
}

pub fn use_site_base() -> SiteBase {
    expect_context::<SiteBase>()
}

/// A link to a page of the app, by its in-app path (`/timeline`), that
/// works wherever the site is hosted and sets `aria-current` when current.
/// A plain link: it loads the prerendered page, unless the page it is on
/// keeps such moves in place ([`keep_in_page_links`](crate::hooks::keep_in_page_links)).
#[component]
pub fn AppLink(
    /// The in-app path, starting with `/`.
    #[prop(into)]
    to: String,
    /// Mark as current only on an exact match (always so for `/`).
    #[prop(optional)]
    exact: bool,
    /// CSS class of the `<a>`.
    #[prop(optional, into)]
    class: Option<String>,
    /// The link's content.
    children: Children,
) -> impl IntoView {
    let href = use_site_base().href(&to);
    // A place in a page (`/#recruitments-1`) is never the current page.
    let exact = exact || to.split('?').next() == Some("/");
    let address = use_address();
    let current = move || (!to.contains('#') && address.is_current(&to, exact)).then_some("page");
    view! { <a href=href class=class aria-current=current>{children()}</a> }
}
