use crate::base_path::site_href;
use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

/// The path the site is hosted under (the router's base), for the links
/// and addresses the app writes itself.
#[derive(Debug, Clone, Copy)]
pub struct SiteBase(StoredValue<String>);

impl SiteBase {
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

/// Navigation by in-app path (`/timeline/x`) from event handlers: adds the
/// site base itself and tells the router not to resolve it again. The page
/// does not scroll to the top: these are moves within a page's state
/// (selection, question, search). `replace` keeps the move out of history.
pub fn use_app_navigate() -> impl Fn(&str, bool) + Clone + Send + Sync + 'static {
    let base = use_site_base();
    let navigate = use_navigate();
    move |path: &str, replace: bool| {
        navigate(
            &base.href(path),
            NavigateOptions {
                resolve: false,
                replace,
                scroll: false,
                ..NavigateOptions::default()
            },
        )
    }
}

/// A link to a page of the app, by its in-app path (`/timeline`), that
/// works wherever the site is hosted and sets `aria-current` when current.
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
    if to.contains('#') {
        // A place in a page (`/#recruitments-1`): the router compares paths
        // without fragments, so `<A>` would mark it as the current page
        // wherever it points. A plain link is still routed in the app (the
        // router handles every same-origin link click).
        return view! { <a href=href class=class>{children()}</a> }.into_any();
    }
    // Every path starts with "/": only an exact match makes the front page current.
    let exact = exact || to.split('?').next() == Some("/");
    view! { <A href=href exact=exact attr:class=class>{children()}</A> }.into_any()
}
