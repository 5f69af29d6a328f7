use crate::components::settings::SettingsControl;
use crate::components::{AppLink, use_report};
use crate::islands::SettingsIsland;
use crate::say;
use crate::ui_text::{FrameText, content_lang};
use leptos::prelude::*;
use report::routes::AppRoute;

/// The site header: the feature's name and the main navigation.
#[component]
pub fn SiteHeader() -> impl IntoView {
    let report = use_report();
    let name = FrameText(&report).site_name().to_string();
    let tagline = FrameText(&report).tagline().to_string();
    view! {
        <header class="site-header">
            <div class="site-header__inner">
                <AppLink to="/" class="site-header__brand">
                    <span class="site-header__name" lang=content_lang()>{name}</span>
                    <span class="site-header__tagline" lang=content_lang()>{tagline}</span>
                </AppLink>
                <nav aria-label=say!(main_navigation) class="site-nav">
                    <ul>
                        <li><AppLink to="/" exact=true>{say!(nav_story)}</AppLink></li>
                        <li><AppLink to=AppRoute::timeline(None).path()>{say!(nav_timeline)}</AppLink></li>
                        <li><AppLink to=AppRoute::Interviews.path()>{say!(nav_interviews)}</AppLink></li>
                    </ul>
                </nav>
                <SettingsControl/>
                <SettingsIsland/>
            </div>
        </header>
    }
}
