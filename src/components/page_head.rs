use leptos::prelude::*;
use leptos_meta::Title;

/// The page's title and summary in the document's `<head>`: the title, the
/// description and their Open Graph twins (link previews) in a prerendered
/// page; in the browser, the title and the one `<meta name="description">`
/// that page arrived with, so there is never a second, contradicting one.
#[component]
pub fn PageHead(
    /// The document title.
    #[prop(into)]
    title: String,
    /// The page's description.
    #[prop(into)]
    description: String,
) -> impl IntoView {
    #[cfg(feature = "ssr")]
    {
        use leptos_meta::Meta;
        view! {
            <Title text=title.clone()/>
            <Meta name="description" content=description.clone()/>
            <Meta property="og:title" content=title/>
            <Meta property="og:description" content=description/>
        }
    }
    #[cfg(not(feature = "ssr"))]
    {
        Effect::new(move |_| {
            if let Ok(Some(meta)) = document().query_selector("meta[name=description]") {
                let _ = meta.set_attribute("content", &description);
            }
        });
        view! { <Title text=title/> }
    }
}
