use crate::ui_text;
use leptos::prelude::*;
use leptos_router::components::A;

/// The site header: the feature's name and the main navigation.
#[component]
pub fn SiteHeader() -> impl IntoView {
    view! {
        <header class="site-header">
            <div class="site-header__inner">
                <A href="/" attr:class="site-header__brand">
                    <span class="site-header__name">{ui_text::SITE_NAME}</span>
                    <span class="site-header__tagline">{ui_text::SITE_TAGLINE}</span>
                </A>
                <nav aria-label=ui_text::MAIN_NAVIGATION class="site-nav">
                    <ul>
                        <li><A href="/" exact=true>{ui_text::NAV_STORY}</A></li>
                    </ul>
                </nav>
            </div>
        </header>
    }
}
