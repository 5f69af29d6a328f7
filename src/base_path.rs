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
