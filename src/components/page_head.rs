use leptos::prelude::*;
use leptos_meta::Title;

/// The page's title and summary in the prerendered page's `<head>`: the
/// title, the description and their Open Graph twins (link previews). The
/// browser never changes them: a page's islands stay within that page.
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
            <PageTitle text=title.clone()/>
            <Meta name="description" content=description.clone()/>
            <Meta property="og:title" content=title/>
            <Meta property="og:description" content=description/>
        }
    }
    #[cfg(not(feature = "ssr"))]
    let _ = (title, description);
}

/// The document's `<title>`, whatever its text holds.
///
/// leptos_meta 0.8 writes a `<Title>`'s text into the prerendered page as
/// it is, markup included (tests/title_escaping.rs shows it): so it is
/// escaped here.
#[component]
pub fn PageTitle(#[prop(into)] text: String) -> impl IntoView {
    view! { <Title text=escape_title(&text)/> }
}

/// `text` as the content of a `<title>` element: the characters that
/// could end it or start markup, written as character references.
pub fn escape_title(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for character in text.chars() {
        match character {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            other => escaped.push(other),
        }
    }
    escaped
}

#[cfg(test)]
mod tests {
    use super::escape_title;

    #[test]
    fn a_title_that_holds_markup_is_escaped_to_text() {
        assert_eq!(
            escape_title("A & B</title><script>x()</script>"),
            "A &amp; B&lt;/title&gt;&lt;script&gt;x()&lt;/script&gt;"
        );
        assert_eq!(escape_title("L’Alliance « 2017 »"), "L’Alliance « 2017 »");
    }
}
