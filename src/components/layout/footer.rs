use crate::ui_text;
use leptos::prelude::*;

/// The site footer: where the text comes from.
#[component]
pub fn SiteFooter() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <p>{ui_text::FOOTER_SOURCE}</p>
        </footer>
    }
}
