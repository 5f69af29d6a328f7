//! Where the site lives on its host: `/` or a sub-path such as `/reports/micra/`.
//!
//! Trunk writes the public URL into `<base href>` at build time; the app reads
//! it back once at start-up and hands it to the router, so one build serves
//! from exactly the path it was built for.

/// The router's base for a public path: `/reports/micra/` gives
/// `/reports/micra`, the root gives the empty string.
pub fn router_base(public_path: &str) -> String {
    public_path.trim_end_matches('/').to_string()
}

/// The router base taken from the document's `<base href>`; empty when the
/// document has none. Browser-only: call it at start-up, never while rendering.
pub fn base_path_from_document() -> String {
    let public_path = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.base_uri().ok().flatten())
        .and_then(|uri| web_sys::Url::new(&uri).ok())
        .map(|url| url.pathname())
        .unwrap_or_default();
    router_base(&public_path)
}

#[cfg(test)]
mod tests {
    use super::router_base;

    #[test]
    fn a_sub_path_loses_its_trailing_slash_and_the_root_becomes_empty() {
        assert_eq!(router_base("/reports/micra/"), "/reports/micra");
        assert_eq!(router_base("/"), "");
        assert_eq!(router_base(""), "");
    }
}

/// The address of an in-app `path` (`/timeline`) on a site hosted under
/// `base` (`/reports/micra`): `/reports/micra/timeline`.
///
/// The router matches routes below its base, but leaves absolute link
/// targets as they are, so links add the base themselves.
pub fn site_href(base: &str, path: &str) -> String {
    let path = path.trim_start_matches('/');
    format!("{base}/{path}")
}

#[cfg(test)]
mod href_tests {
    use super::site_href;

    #[test]
    fn in_app_paths_gain_the_base_and_keep_one_slash() {
        assert_eq!(site_href("/reports/micra", "/"), "/reports/micra/");
        assert_eq!(
            site_href("/reports/micra", "/timeline/flins-chosen"),
            "/reports/micra/timeline/flins-chosen"
        );
        assert_eq!(site_href("", "/"), "/");
        assert_eq!(site_href("", "interviews"), "/interviews");
    }
}
