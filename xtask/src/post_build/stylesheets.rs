//! One stylesheet for the whole site: the files in `style/` (one per
//! component family, as trunk copies them) joined in their order into one
//! hashed file, so that a page waits for one stylesheet before its first
//! paint instead of nine.

use crate::{Failure, Outcome};
use base64::Engine;
use sha2::{Digest, Sha256, Sha384};
use std::path::Path;

/// A `<link rel=stylesheet>` of the page, where it stands in the HTML.
#[derive(Debug, Clone, PartialEq, Eq)]
struct StylesheetLink {
    start: usize,
    end: usize,
    href: String,
}

/// Joins every stylesheet `html` links to into one file in `staging`
/// (`app-<hash>.css`, linked where the first one was, with its integrity
/// hash), removes the others, and returns the page with the one link.
/// `public_url` is the prefix trunk gave the links (`/reports/micra/`).
pub fn combine(html: &str, staging: &Path, public_url: &str) -> Outcome<String> {
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
        css.push_str(text.trim_end());
        css.push('\n');
    }
    let digest = Sha256::digest(css.as_bytes());
    let name = format!("app-{}.css", super::short_hex(&digest));
    let integrity =
        base64::engine::general_purpose::STANDARD.encode(Sha384::digest(css.as_bytes()));
    for link in &links {
        let _ = std::fs::remove_file(file_of(link));
    }
    std::fs::write(staging.join(&name), &css).map_err(|error| {
        Failure::new(
            format!("cannot write {name}: {error}"),
            "check permissions of the build folder",
        )
    })?;
    let one_link = format!(
        "<link rel=\"stylesheet\" href=\"{public_url}{name}\" integrity=\"sha384-{integrity}\">"
    );
    Ok(replace_links(html, &links, first, &one_link))
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
    fn the_stylesheets_become_one_file_linked_where_the_first_was() {
        let staging = std::env::temp_dir().join(format!("micra-css-{}", std::process::id()));
        std::fs::create_dir_all(&staging).unwrap();
        std::fs::write(staging.join("tokens-1.css"), ":root{--a:1}\n").unwrap();
        std::fs::write(staging.join("base-2.css"), "body{color:red}").unwrap();
        let html = "<head><meta charset=utf-8><link rel=stylesheet href=/sub/tokens-1.css integrity=sha384-x><link rel=icon href=/sub/f.svg><link rel=\"stylesheet\" href=\"/sub/base-2.css\"><script type=module>go()</script></head>";
        let combined = combine(html, &staging, "/sub/").unwrap();
        assert_eq!(
            combined.matches("rel=\"stylesheet\"").count()
                + combined.matches("rel=stylesheet").count(),
            1,
            "{combined}"
        );
        assert!(
            combined
                .starts_with("<head><meta charset=utf-8><link rel=\"stylesheet\" href=\"/sub/app-"),
            "{combined}"
        );
        assert!(
            combined.contains("<link rel=icon href=/sub/f.svg><script type=module>"),
            "{combined}"
        );
        let name = combined
            .split("href=\"/sub/")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap();
        let css = std::fs::read_to_string(staging.join(name)).unwrap();
        assert_eq!(
            css, ":root{--a:1}\nbody{color:red}\n",
            "in the order of the links"
        );
        assert!(!staging.join("tokens-1.css").exists() && !staging.join("base-2.css").exists());
        let integrity =
            base64::engine::general_purpose::STANDARD.encode(Sha384::digest(css.as_bytes()));
        assert!(combined.contains(&format!("integrity=\"sha384-{integrity}\"")));
        std::fs::remove_dir_all(staging).unwrap();
    }
}
