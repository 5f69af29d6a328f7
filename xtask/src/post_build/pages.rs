//! The last rewrite of each prerendered page, in one read and one write
//! of it (a long timeline has thousands): it keeps its own family's styles
//! only (stylesheets.rs) and its loader's settings list its own wasm first
//! (page_loader.rs).

use super::page_loader::with_own_wasm_first;
use super::stylesheets::{InlineStyles, PageStyles};
use crate::{Failure, Outcome};
use std::path::Path;

/// Rewrites every page of the site in `site` (the `.html` files the
/// prerender wrote), whose shell held `styles` and whose files are under
/// `public_url`.
pub fn finish(site: &Path, styles: &InlineStyles, public_url: &str) -> Outcome {
    let files = crate::site_files::html_files(site).map_err(|error| {
        Failure::new(
            format!("cannot list the pages of {}: {error}", site.display()),
            "check the build folder",
        )
    })?;
    let pages: Vec<String> = files
        .iter()
        .map(|file| {
            file.strip_prefix(site)
                .unwrap_or(file)
                .to_string_lossy()
                .replace('\\', "/")
        })
        .collect();
    let page_styles = PageStyles::for_site(site, &pages, styles, public_url)?;
    for (file, page) in files.iter().zip(&pages) {
        let html = super::read_text(file)?;
        let html = page_styles.narrow(&html, page).ok_or_else(|| {
            Failure::new(
                format!("{} does not hold the build's styles", file.display()),
                "the pages are written from index.html, whose <style> the build wrote: check the prerender step",
            )
        })?;
        let html = with_own_wasm_first(&html).unwrap_or(html);
        super::write(file, &html)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::finish;
    use crate::post_build::stylesheets::{InlineStyles, PageFamily};

    #[test]
    fn each_page_keeps_its_own_styles_and_lists_its_own_wasm_first() {
        let site = std::env::temp_dir().join(format!("micra-pages-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&site);
        std::fs::create_dir_all(site.join("interviews")).unwrap();
        let page = |island: &str| {
            format!(
                r#"<head><style>TSI</style><script type="application/json" id="page-loader-settings">{{"wasm":[{{"files":["/s.js","/s.wasm"],"islands":["Story_1"]}},{{"files":["/r.js","/r.wasm"],"islands":["Story_1","Search_2"]}}]}}</script></head><leptos-island data-component="{island}"></leptos-island>"#
            )
        };
        std::fs::write(site.join("index.html"), page("Story_1")).unwrap();
        std::fs::write(site.join("interviews/index.html"), page("Search_2")).unwrap();
        let styles = InlineStyles {
            every: "TSI".to_string(),
            families: vec![
                (PageFamily::Story, "TS".to_string()),
                (PageFamily::Interviews, "TI".to_string()),
            ],
        };
        finish(&site, &styles, "/").unwrap();
        let read = |file: &str| std::fs::read_to_string(site.join(file)).unwrap();
        let (front, interviews) = (read("index.html"), read("interviews/index.html"));
        assert!(front.starts_with("<head><style>TS</style>"), "{front}");
        assert!(
            front.find("/s.wasm") < front.find("/r.wasm"),
            "the front page's own wasm stays first: {front}"
        );
        assert!(
            interviews.starts_with("<head><style>TI</style>"),
            "{interviews}"
        );
        assert!(
            interviews.find("/r.wasm") < interviews.find("/s.wasm"),
            "the interviews' wasm, the one with their island, comes first: {interviews}"
        );
        std::fs::remove_dir_all(site).unwrap();
    }

    #[test]
    fn a_page_without_the_shells_styles_is_refused_by_name() {
        let site = std::env::temp_dir().join(format!("micra-pages-bare-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&site);
        std::fs::create_dir_all(&site).unwrap();
        std::fs::write(site.join("index.html"), "<p>hand-written</p>").unwrap();
        let styles = InlineStyles {
            every: "TSI".to_string(),
            families: Vec::new(),
        };
        let failure = finish(&site, &styles, "/").unwrap_err();
        assert!(
            failure
                .what
                .contains("index.html does not hold the build's styles"),
            "{}",
            failure.what
        );
        std::fs::remove_dir_all(site).unwrap();
    }
}
