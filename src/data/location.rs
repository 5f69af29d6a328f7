//! Which file to load: the bundled report, or another one named by `?data=`.

use super::LoadError;

/// The bundled report, relative to the site's base path (`<base href>`).
pub const DEFAULT_REPORT_PATH: &str = "data/report.json";

/// The address to fetch for a `?data=` value, given the page's origin
/// (`https://example.org`). Relative paths resolve against the site's base
/// path when fetched; an absolute address must be on the page's own origin,
/// so that a link cannot make the app display another site's text.
pub fn report_location(requested: Option<&str>, page_origin: &str) -> Result<String, LoadError> {
    let requested = requested.map(str::trim).filter(|value| !value.is_empty());
    let Some(requested) = requested else {
        return Ok(DEFAULT_REPORT_PATH.to_string());
    };
    let refuse = || LoadError::ForeignOrigin {
        requested: requested.to_string(),
    };
    // The URL parser drops tabs and line breaks and trims spaces, so
    // "/\t/evil.example" would reach another host: refuse them outright.
    if requested
        .chars()
        .any(|c| c.is_control() || c.is_whitespace())
    {
        return Err(refuse());
    }
    if let Some(rest) = requested.strip_prefix("//") {
        // Scheme-relative: the page's own scheme with the named host.
        let scheme = page_origin.split("//").next().unwrap_or_default();
        return origin_of(&format!("{scheme}//{rest}"))
            .filter(|origin| origin.eq_ignore_ascii_case(page_origin))
            .map(|_| requested.to_string())
            .ok_or_else(refuse);
    }
    if let Some(inner) = requested.strip_prefix("blob:") {
        // A blob: URL can only be made by a script of its own origin.
        return origin_of(inner)
            .filter(|origin| origin.eq_ignore_ascii_case(page_origin))
            .map(|_| requested.to_string())
            .ok_or_else(refuse);
    }
    if has_scheme(requested) {
        return origin_of(requested)
            .filter(|origin| origin.eq_ignore_ascii_case(page_origin))
            .map(|_| requested.to_string())
            .ok_or_else(refuse);
    }
    if requested.contains('\\') {
        return Err(refuse());
    }
    Ok(requested.to_string())
}

/// `https:`, `data:`, `javascript:`... at the start of a reference.
fn has_scheme(reference: &str) -> bool {
    let Some((scheme, _)) = reference.split_once(':') else {
        return false;
    };
    let mut chars = scheme.chars();
    chars
        .next()
        .is_some_and(|first| first.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
}

/// `https://host:port` of an http(s) URL; `None` for other schemes.
fn origin_of(url: &str) -> Option<String> {
    let (scheme, rest) = url.split_once("://")?;
    if !matches!(scheme.to_ascii_lowercase().as_str(), "http" | "https") {
        return None;
    }
    let authority = rest.split(['/', '?', '#']).next()?;
    if authority.is_empty() || authority.contains('@') {
        return None;
    }
    Some(format!("{scheme}://{authority}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    const ORIGIN: &str = "https://example.org";

    #[test]
    fn without_a_data_parameter_the_bundled_report_is_loaded() {
        assert_eq!(report_location(None, ORIGIN).unwrap(), "data/report.json");
        assert_eq!(
            report_location(Some("  "), ORIGIN).unwrap(),
            "data/report.json"
        );
    }

    #[test]
    fn paths_and_same_origin_addresses_are_loaded() {
        assert_eq!(
            report_location(Some("data/other.json"), ORIGIN).unwrap(),
            "data/other.json"
        );
        assert_eq!(
            report_location(Some("/feeds/x.json"), ORIGIN).unwrap(),
            "/feeds/x.json"
        );
        assert_eq!(
            report_location(Some("https://example.org/a/report.json"), ORIGIN).unwrap(),
            "https://example.org/a/report.json"
        );
        assert_eq!(
            report_location(Some("//example.org/r.json"), ORIGIN).unwrap(),
            "//example.org/r.json"
        );
        let blob = "blob:https://example.org/0b8c9d1e-uuid";
        assert_eq!(report_location(Some(blob), ORIGIN).unwrap(), blob);
    }

    #[test]
    fn other_origins_and_other_schemes_are_refused_with_what_was_asked() {
        for requested in [
            "https://evil.example/report.json",
            "http://example.org/report.json",
            "https://example.org.evil.example/r.json",
            "https://user@example.org/r.json",
            "//evil.example/report.json",
            "javascript:alert(1)",
            "data:application/json,{}",
            "blob:https://evil.example/0b8c9d1e",
            "\\\\evil.example\\r.json",
            "/\t/evil.example/r.json",
            "h\nttps://evil.example/r.json",
            "/ /evil.example/r.json",
        ] {
            let error = report_location(Some(requested), ORIGIN).unwrap_err();
            assert_eq!(
                error,
                LoadError::ForeignOrigin {
                    requested: requested.to_string()
                },
                "{requested}"
            );
            assert!(error.detail().contains(requested), "{}", error.detail());
        }
    }
}
