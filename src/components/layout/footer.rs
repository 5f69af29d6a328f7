use crate::components::{AppLink, use_report};
use crate::say;
use crate::ui_text::FrameText;
use leptos::prelude::*;
use report::routes::AppRoute;

/// The site footer: where the text comes from, and the pages about the site.
#[component]
pub fn SiteFooter() -> impl IntoView {
    let source = FrameText(&use_report()).footer_source();
    view! {
        <footer class="site-footer">
            <p>{source}</p>
            <nav aria-label=say!(footer_navigation)>
                <ul class="site-footer__links">
                    <li><AppLink to=AppRoute::About.path()>{say!(nav_about)}</AppLink></li>
                    <li><AppLink to=AppRoute::Accessibility.path()>{say!(nav_accessibility)}</AppLink></li>
                </ul>
            </nav>
        </footer>
    }
}
