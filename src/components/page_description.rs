use leptos::prelude::*;

/// Puts this page's summary into the document's one
/// `<meta name="description">` (index.html carries the front page's, for
/// readers and crawlers that see the page before the app starts), so there
/// is never a second, contradicting one.
#[component]
pub fn PageDescription(
    /// The page's description.
    #[prop(into)]
    content: String,
) -> impl IntoView {
    Effect::new(move |_| {
        if let Ok(Some(meta)) = document().query_selector("meta[name=description]") {
            let _ = meta.set_attribute("content", &content);
        }
    });
}
