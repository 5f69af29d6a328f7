use leptos::prelude::*;

/// The site's name for link previews (`og:site_name`), in the prerendered
/// page's head; the browser never changes it.
#[component]
pub fn SiteMeta() -> impl IntoView {
    #[cfg(feature = "ssr")]
    {
        use crate::data::report_text;
        use crate::ui_text::FrameText;
        let name = report_text(|report| FrameText(report).site_name().to_string());
        view! { <leptos_meta::Meta property="og:site_name" content=name.get_untracked()/> }
    }
}
