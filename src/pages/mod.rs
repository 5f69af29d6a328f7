//! One module per route.

mod about;
mod accessibility;
mod home;
pub mod interviews;
mod not_found;
mod timeline;

pub use about::AboutPage;
pub use accessibility::AccessibilityPage;
pub use home::Home;
pub use interviews::{InterviewReader, InterviewsIndex};
pub use not_found::NotFound;
pub use timeline::TimelinePage;

/// What a page passes to its islands: the site's base and the in-app
/// address the router is rendering (the prerender step's request), query
/// included.
pub fn island_address() -> (String, String) {
    use leptos::prelude::GetUntracked;
    let base = crate::components::use_site_base().base();
    let location = leptos_router::hooks::use_location();
    let at = crate::links::in_app_url(
        &base,
        &location.pathname.get_untracked(),
        &location.search.get_untracked(),
        "",
    )
    .unwrap_or_else(|| "/".to_string());
    (base, at)
}
