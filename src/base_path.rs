//! Where the site lives on its host: `/` or a sub-path such as `/reports/micra/`.
//!
//! Trunk writes the public URL into `<base href>` at build time; the
//! prerender writes every link under it and into each island's data, so
//! one build serves from exactly the path it was built for. The browser
//! reads it back for the keys of what it stores, and for the story pages'
//! islands, which have no data block.

/// The router's base for a public path: `/reports/micra/` gives
/// `/reports/micra`, the root gives the empty string.
pub fn router_base(public_path: &str) -> String {
    public_path.trim_end_matches('/').to_string()
}

/// The document's `<base href>` path, `/reports/micra/`; `/` without
/// one (the browser tests load pages into a page of their own), never
/// the page's own address, which changes as the reader moves. Browser-only.
fn public_path_from_document() -> String {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return "/".to_string();
    };
    if document
        .query_selector("base[href]")
        .ok()
        .flatten()
        .is_none()
    {
        return "/".to_string();
    }
    document
        .base_uri()
        .ok()
        .flatten()
        .and_then(|uri| web_sys::Url::new(&uri).ok())
        .map_or_else(|| "/".to_string(), |url| url.pathname())
}

/// The router base of this document's site ([`router_base`] of its
/// `<base href>`). Browser-only.
pub fn site_base_from_document() -> String {
    router_base(&public_path_from_document())
}

/// The key `name` is stored under by the site at `public_path`: the sites
/// of one origin (a GitHub Pages owner's projects) share its storage, so
/// each site's keys end with its path. index.html's inline script builds
/// the settings' key the same way.
pub fn scoped_storage_key(name: &str, public_path: &str) -> String {
    format!("{name} {public_path}")
}

/// [`scoped_storage_key`] for this document's site. Browser-only.
pub fn storage_key(name: &str) -> String {
    scoped_storage_key(name, &public_path_from_document())
}

#[cfg(test)]
mod tests {
    use super::router_base;

    #[test]
    fn two_sites_of_one_origin_keep_their_settings_apart() {
        use super::scoped_storage_key;
        let key = "micra-flins.reading-settings";
        assert_eq!(
            scoped_storage_key(key, "/reports/micra/"),
            "micra-flins.reading-settings /reports/micra/"
        );
        assert_ne!(
            scoped_storage_key(key, "/"),
            scoped_storage_key(key, "/reports/micra/")
        );
    }

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
