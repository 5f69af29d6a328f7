//! The Content Security Policy of every built page: only the site's own
//! files, WebAssembly compilation, and each inline script and style
//! element by its hash (no `'unsafe-inline'`).

use crate::{Failure, Outcome};
use base64::Engine;
use sha2::{Digest, Sha256};

/// The page with a CSP `<meta>` right after `<meta charset>`, allowing each
/// inline script and style element by its SHA-256 hash, and the styles
/// `other_styles` (those the pages written from it carry instead of its
/// own). Style attributes stay refused: the app sets no style but through
/// classes and the CSSOM.
pub fn with_content_security_policy<'a>(
    html: &str,
    other_styles: impl IntoIterator<Item = &'a str>,
) -> Outcome<String> {
    let mut styles: Vec<&str> = inline_contents(html, "style").collect();
    for style in other_styles {
        if !styles.contains(&style) {
            styles.push(style);
        }
    }
    let hashes = |contents: Vec<&str>| -> String {
        contents
            .into_iter()
            .map(|contents| {
                format!(
                    " 'sha256-{}'",
                    base64::engine::general_purpose::STANDARD.encode(Sha256::digest(contents))
                )
            })
            .collect()
    };
    let policy = [
        "default-src 'self'".to_string(),
        format!(
            "script-src 'self' 'wasm-unsafe-eval'{}",
            hashes(executed_scripts(html).collect())
        ),
        format!("style-src 'self'{}", hashes(styles)),
        "img-src 'self' data:".to_string(),
        "connect-src 'self'".to_string(),
        "object-src 'none'".to_string(),
        "base-uri 'self'".to_string(),
        "form-action 'none'".to_string(),
    ]
    .join("; ");
    // Release HTML is minified (`<meta charset=utf-8>`): find the tag, not a spelling.
    let at = html
        .find("<meta charset")
        .and_then(|start| html[start..].find('>').map(|end| start + end + 1))
        .ok_or_else(|| {
            Failure::new(
                "index.html has no <meta charset>",
                "keep it first in <head>: the policy goes after it",
            )
        })?;
    let meta = format!("\n    <meta http-equiv=\"Content-Security-Policy\" content=\"{policy}\">");
    Ok(format!("{}{meta}{}", &html[..at], &html[at..]))
}

/// The contents of every inline script the browser runs: not the data
/// blocks (`type="application/json"`), which a page may write for itself
/// (the loader's settings name each page's own wasm, the islands' data).
fn executed_scripts(html: &str) -> impl Iterator<Item = &str> {
    inline_elements(html, "script")
        .filter(|(open_tag, _)| !open_tag.contains("application/json"))
        .map(|(_, contents)| contents)
}

/// The contents of every `element` (`script`, `style`) without a `src`,
/// exactly as written (the hash covers every byte between the tags).
pub fn inline_contents<'a>(html: &'a str, element: &str) -> impl Iterator<Item = &'a str> {
    inline_elements(html, element).map(|(_, contents)| contents)
}

/// Each inline `element`'s start tag and contents.
fn inline_elements<'a>(html: &'a str, element: &str) -> impl Iterator<Item = (&'a str, &'a str)> {
    let (open, close) = (format!("<{element}"), format!("</{element}>"));
    html.match_indices(&open)
        .map(|(start, _)| start)
        .collect::<Vec<_>>()
        .into_iter()
        .filter_map(move |start| {
            let open_end = start + html[start..].find('>')?;
            let open_tag = &html[start..open_end];
            let name_ends = open_tag[open.len()..]
                .chars()
                .next()
                .is_none_or(|next| next.is_whitespace());
            if !name_ends || open_tag.contains(" src=") {
                return None;
            }
            let body_start = open_end + 1;
            let body_end = body_start + html[body_start..].find(&close)?;
            Some((open_tag, &html[body_start..body_end]))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "<!DOCTYPE html><html><head><meta charset=\"utf-8\">\n<script src=\"/x.js\"></script><script type=\"application/json\" id=\"settings\">{\"wasm\":[]}</script><script type=\"module\">\nimport init from '/app.js';\n</script></head></html>";

    #[test]
    fn the_policy_allows_the_inline_loader_by_its_hash_and_nothing_inline_else() {
        let html = with_content_security_policy(PAGE, []).unwrap();
        let expected = base64::engine::general_purpose::STANDARD
            .encode(Sha256::digest("\nimport init from '/app.js';\n"));
        assert!(html.contains(&format!("'sha256-{expected}'")), "{html}");
        assert!(
            html.contains("script-src 'self' 'wasm-unsafe-eval' 'sha256-"),
            "{html}"
        );
        assert!(!html.contains("unsafe-inline"));
        assert_eq!(
            html.matches("'sha256-").count(),
            1,
            "the script with src= needs no hash, nor the data block, which does not run"
        );
        let meta = html.find("Content-Security-Policy").unwrap();
        assert!(
            meta < html.find("<script").unwrap(),
            "the policy comes before any script"
        );
    }

    #[test]
    fn the_inline_style_element_is_allowed_by_its_hash_and_style_attributes_are_not() {
        let html = with_content_security_policy(
            "<!doctype html><meta charset=utf-8><style>body{color:red}</style><p style=\"color:blue\">",
            ["body{color:red}", "p{}"],
        )
        .unwrap();
        let hash =
            |css: &str| base64::engine::general_purpose::STANDARD.encode(Sha256::digest(css));
        assert!(
            html.contains(&format!(
                "style-src 'self' 'sha256-{}' 'sha256-{}';",
                hash("body{color:red}"),
                hash("p{}")
            )),
            "its own, and another a page written from it carries, once each: {html}"
        );
        assert!(
            !html.contains("unsafe-inline") && !html.contains("unsafe-hashes"),
            "{html}"
        );
        assert!(
            html.contains("script-src 'self' 'wasm-unsafe-eval';"),
            "no script, no hash: {html}"
        );
    }

    #[test]
    fn minified_pages_get_the_policy_too() {
        let html = with_content_security_policy(
            "<!doctype html><meta charset=utf-8><script type=module>go()</script>",
            [],
        )
        .unwrap();
        assert!(html.starts_with("<!doctype html><meta charset=utf-8>\n    <meta http-equiv=\"Content-Security-Policy\""), "{html}");
        let expected = base64::engine::general_purpose::STANDARD.encode(Sha256::digest("go()"));
        assert!(html.contains(&expected));
    }

    #[test]
    fn a_page_without_a_charset_meta_is_refused_with_a_hint() {
        let failure = with_content_security_policy("<html><head></head></html>", []).unwrap_err();
        assert!(failure.hint.contains("<head>"), "{}", failure.hint);
    }

    #[test]
    fn the_sha256_of_a_known_text_is_the_published_one() {
        // RFC 6234 test vector "abc", base64 as CSP wants it.
        let digest = base64::engine::general_purpose::STANDARD.encode(Sha256::digest("abc"));
        assert_eq!(digest, "ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=");
    }
}
