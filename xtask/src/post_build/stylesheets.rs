//! The site's styles inside each page: the files in `style/` (one per
//! component family, as trunk copies them and minifies them) joined in
//! their order into one `<style>` where the first was linked. A page then
//! paints from its HTML alone, without a round trip for a render-blocking
//! stylesheet; the policy allows the `<style>` by its hash (csp.rs).

use crate::{Failure, Outcome};
use std::path::Path;

/// A `<link rel=stylesheet>` of the page, where it stands in the HTML.
#[derive(Debug, Clone, PartialEq, Eq)]
struct StylesheetLink {
    start: usize,
    end: usize,
    href: String,
}

/// Replaces the stylesheets `html` links to with one `<style>` holding
/// them all, in their order, where the first was, and removes their files
/// from `staging`. `public_url` is the prefix trunk gave the links
/// (`/reports/micra/`).
pub fn inline(html: &str, staging: &Path, public_url: &str) -> Outcome<String> {
    let links = stylesheet_links(html);
    let Some(first) = links.first() else {
        return Ok(html.to_string());
    };
    let file_of = |link: &StylesheetLink| {
        let path = link.href.strip_prefix(public_url).unwrap_or(&link.href);
        staging.join(path.trim_start_matches('/'))
    };
    let mut css = String::new();
    for link in &links {
        let file = file_of(link);
        let text = std::fs::read_to_string(&file).map_err(|error| {
            Failure::new(
                format!("cannot read the stylesheet {}: {error}", file.display()),
                "check the <link data-trunk rel=\"css\"> tags in index.html",
            )
        })?;
        if text.to_ascii_lowercase().contains("</style") {
            return Err(Failure::new(
                format!(
                    "{} holds `</style`, which would end the page's <style> early",
                    file.display()
                ),
                "write it another way (an escape such as `\\3c /style` in a string)",
            ));
        }
        css.push_str(text.trim());
    }
    for link in &links {
        let _ = std::fs::remove_file(file_of(link));
    }
    Ok(replace_links(
        html,
        &links,
        first,
        &format!("<style>{css}</style>"),
    ))
}

fn replace_links(
    html: &str,
    links: &[StylesheetLink],
    first: &StylesheetLink,
    with: &str,
) -> String {
    let mut out = String::with_capacity(html.len());
    let mut from = 0;
    for link in links {
        out.push_str(&html[from..link.start]);
        if link == first {
            out.push_str(with);
        }
        from = link.end;
    }
    out.push_str(&html[from..]);
    out
}

/// Every `<link>` with `rel=stylesheet`, in document order.
fn stylesheet_links(html: &str) -> Vec<StylesheetLink> {
    html.match_indices("<link")
        .filter_map(|(start, _)| {
            let end = start + html[start..].find('>')? + 1;
            let tag = &html[start..end];
            (attribute(tag, "rel")? == "stylesheet").then(|| StylesheetLink {
                start,
                end,
                href: attribute(tag, "href").unwrap_or_default().to_string(),
            })
        })
        .filter(|link| !link.href.is_empty())
        .collect()
}

/// The value of attribute `name` in a start tag, quoted or not.
fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let mut rest = tag;
    while let Some(at) = rest.find(name) {
        let before = rest[..at].chars().next_back();
        let after = &rest[at + name.len()..];
        rest = after;
        if !before.is_some_and(char::is_whitespace) {
            continue;
        }
        let Some(value) = after.strip_prefix('=') else {
            continue;
        };
        return Some(match value.chars().next() {
            Some(quote @ ('"' | '\'')) => {
                let value = &value[1..];
                &value[..value.find(quote)?]
            }
            _ => {
                // Bare values may hold slashes (`href=/sub/a.css`); only a
                // `/>` that ends the tag is not part of them.
                let end = value
                    .find(|c: char| c.is_whitespace() || c == '>')
                    .unwrap_or(value.len());
                let closes_the_tag = value[end..].starts_with('>');
                let value = &value[..end];
                match value.strip_suffix('/') {
                    Some(bare) if closes_the_tag => bare,
                    _ => value,
                }
            }
        });
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attributes_are_read_quoted_or_bare() {
        let tag = "<link rel=stylesheet href=\"/a/b-1.css\" data-x='y'>";
        assert_eq!(attribute(tag, "rel"), Some("stylesheet"));
        assert_eq!(attribute(tag, "href"), Some("/a/b-1.css"));
        assert_eq!(attribute(tag, "data-x"), Some("y"));
        assert_eq!(attribute("<link data-rel=x>", "rel"), None);
        let minified = "<link href=/reports/micra/a-1.css integrity=sha384-x rel=stylesheet>";
        assert_eq!(attribute(minified, "href"), Some("/reports/micra/a-1.css"));
        assert_eq!(attribute(minified, "rel"), Some("stylesheet"));
        assert_eq!(
            attribute("<link rel=stylesheet href=/a.css/>", "href"),
            Some("/a.css")
        );
    }

    #[test]
    fn the_stylesheets_become_one_style_element_where_the_first_was_linked() {
        let staging = std::env::temp_dir().join(format!("micra-css-{}", std::process::id()));
        std::fs::create_dir_all(&staging).unwrap();
        std::fs::write(staging.join("tokens-1.css"), ":root{--a:1}\n").unwrap();
        std::fs::write(staging.join("base-2.css"), "body{color:red}").unwrap();
        let html = "<head><meta charset=utf-8><link rel=stylesheet href=/sub/tokens-1.css integrity=sha384-x><link rel=icon href=/sub/f.svg><link rel=\"stylesheet\" href=\"/sub/base-2.css\"><script type=module>go()</script></head>";
        assert_eq!(
            inline(html, &staging, "/sub/").unwrap(),
            "<head><meta charset=utf-8><style>:root{--a:1}body{color:red}</style><link rel=icon href=/sub/f.svg><script type=module>go()</script></head>",
            "in the order of the links, and nothing else moves"
        );
        assert!(!staging.join("tokens-1.css").exists() && !staging.join("base-2.css").exists());
        std::fs::remove_dir_all(staging).unwrap();
    }

    #[test]
    fn a_stylesheet_that_would_end_the_style_element_is_refused() {
        let staging = std::env::temp_dir().join(format!("micra-css-end-{}", std::process::id()));
        std::fs::create_dir_all(&staging).unwrap();
        std::fs::write(staging.join("a.css"), "p::after{content:'</STYLE>'}").unwrap();
        let failure = inline("<link rel=stylesheet href=/a.css>", &staging, "/").unwrap_err();
        assert!(failure.what.contains("`</style`"), "{}", failure.what);
        std::fs::remove_dir_all(staging).unwrap();
    }
}
