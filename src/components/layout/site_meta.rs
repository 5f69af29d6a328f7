use leptos::prelude::*;

/// The site's name for link previews (`og:site_name`), in the prerendered
/// page's head; the browser never changes it.
#[component]
pub fn SiteMeta() -> impl IntoView {
    #[cfg(feature = "ssr")]
    {
        use crate::ui_text::FrameText;
        let name = FrameText(&crate::components::use_report())
            .site_name()
            .to_string();
        view! { <leptos_meta::Meta property="og:site_name" content=name/> }
    }
}
