use crate::components::AppLink;
use crate::ui_text;
use leptos::prelude::*;
use report::routes::AppRoute;

/// The site footer: where the text comes from, and the pages about the site.
#[component]
pub fn SiteFooter() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <p>{ui_text::FOOTER_SOURCE}</p>
            <nav aria-label=ui_text::FOOTER_NAVIGATION>
                <ul class="site-footer__links">
                    <li><AppLink to=AppRoute::About.path()>{ui_text::NAV_ABOUT}</AppLink></li>
                    <li><AppLink to=AppRoute::Accessibility.path()>{ui_text::NAV_ACCESSIBILITY}</AppLink></li>
                </ul>
            </nav>
        </footer>
    }
}
