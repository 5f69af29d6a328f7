use crate::components::AppLink;
use crate::islands::SettingsIsland;
use crate::ui_text;
use leptos::prelude::*;
use report::routes::AppRoute;

/// The site header: the feature's name and the main navigation.
#[component]
pub fn SiteHeader() -> impl IntoView {
    view! {
        <header class="site-header">
            <div class="site-header__inner">
                <AppLink to="/" class="site-header__brand">
                    <span class="site-header__name">{ui_text::SITE_NAME}</span>
                    <span class="site-header__tagline">{ui_text::SITE_TAGLINE}</span>
                </AppLink>
                <nav aria-label=ui_text::MAIN_NAVIGATION class="site-nav">
                    <ul>
                        <li><AppLink to="/" exact=true>{ui_text::NAV_STORY}</AppLink></li>
                        <li><AppLink to=AppRoute::timeline(None).path()>{ui_text::NAV_TIMELINE}</AppLink></li>
                        <li><AppLink to=AppRoute::Interviews.path()>{ui_text::NAV_INTERVIEWS}</AppLink></li>
                    </ul>
                </nav>
                <SettingsIsland/>
            </div>
        </header>
    }
}
