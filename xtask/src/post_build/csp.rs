//! The Content Security Policy of release pages: only the site's own
//! files, WebAssembly compilation, and each inline script by its hash (no
//! `'unsafe-inline'`).

use crate::{Failure, Outcome};
use base64::Engine;
use sha2::{Digest, Sha256};

/// The page with a CSP `<meta>` right after `<meta charset>`, allowing each
/// inline script by its SHA-256 hash.
pub fn with_content_security_policy(html: &str) -> Outcome<String> {
    let hashes: Vec<String> = inline_scripts(html)
        .map(|script| {
            format!(
                "'sha256-{}'",
                base64::engine::general_purpose::STANDARD.encode(Sha256::digest(script))
            )
        })
        .collect();
    let policy = [
        "default-src 'self'".to_string(),
        format!("script-src 'self' 'wasm-unsafe-eval' {}", hashes.join(" ")),
        "style-src 'self'".to_string(),
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

/// The contents of every `<script>` without a `src`, exactly as written
/// (the hash covers every byte between the tags).
fn inline_scripts(html: &str) -> impl Iterator<Item = &str> {
    html.match_indices("<script").filter_map(move |(start, _)| {
        let open_end = start + html[start..].find('>')?;
        let open_tag = &html[start..open_end];
        if open_tag.contains(" src=") {
            return None;
        }
        let body_start = open_end + 1;
        let body_end = body_start + html[body_start..].find("</script>")?;
        Some(&html[body_start..body_end])
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "<!DOCTYPE html><html><head><meta charset=\"utf-8\">\n<script src=\"/x.js\"></script><script type=\"module\">\nimport init from '/app.js';\n</script></head></html>";

    #[test]
    fn the_policy_allows_the_inline_loader_by_its_hash_and_nothing_inline_else() {
        let html = with_content_security_policy(PAGE).unwrap();
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
            "the script with src= needs no hash"
        );
        let meta = html.find("Content-Security-Policy").unwrap();
        assert!(
            meta < html.find("<script").unwrap(),
            "the policy comes before any script"
        );
    }

    #[test]
    fn minified_pages_get_the_policy_too() {
        let html = with_content_security_policy(
            "<!doctype html><meta charset=utf-8><script type=module>go()</script>",
        )
        .unwrap();
        assert!(html.starts_with("<!doctype html><meta charset=utf-8>\n    <meta http-equiv=\"Content-Security-Policy\""), "{html}");
        let expected = base64::engine::general_purpose::STANDARD.encode(Sha256::digest("go()"));
        assert!(html.contains(&expected));
    }

    #[test]
    fn a_page_without_a_charset_meta_is_refused_with_a_hint() {
        let failure = with_content_security_policy("<html><head></head></html>").unwrap_err();
        assert!(failure.hint.contains("<head>"), "{}", failure.hint);
    }

    #[test]
    fn the_sha256_of_a_known_text_is_the_published_one() {
        // RFC 6234 test vector "abc", base64 as CSP wants it.
        let digest = base64::engine::general_purpose::STANDARD.encode(Sha256::digest("abc"));
        assert_eq!(digest, "ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=");
    }
}
