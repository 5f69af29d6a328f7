//! What a publisher previews is what they publish: `cargo xtask serve`
//! answers every address of the site with the page `cargo xtask dist`
//! writes for it, byte for byte apart from the development server's live
//! reload script, what the loader's settings list (a release build's wasm
//! per kind of page and its offline copy) and the Content Security Policy
//! that allows those two by their hashes. In Chromium's run only: it needs
//! no browser.

use e2e::{DevServer, Engine, site_from_env};
use std::path::{Path, PathBuf};

#[test]
fn the_development_server_answers_every_address_with_the_page_dist_writes() {
    if Engine::from_env() != Engine::Chromium {
        eprintln!("the development server is compared in Chromium's run only");
        return;
    }
    let (site, base) = site_from_env();
    let server = DevServer::start(&base);
    let mut pages = html_files(&site);
    pages.sort();
    let mut differences = Vec::new();
    for page in &pages {
        let relative = page
            .strip_prefix(&site)
            .unwrap()
            .to_string_lossy()
            .into_owned();
        let address = format!("{base}{}", relative.trim_end_matches("index.html"));
        let built = std::fs::read_to_string(page).unwrap();
        let (status, served) = server.get(&address);
        if status != 200 {
            differences.push(format!("{address}: HTTP {status}"));
        } else if let Some(difference) = first_difference(
            &without_development_differences(&built),
            &without_development_differences(&served),
        ) {
            differences.push(format!("{address}: {difference}"));
        }
    }
    assert!(
        pages.len() > 20,
        "the built site has {} pages: is {} the site?",
        pages.len(),
        site.display()
    );
    assert!(
        differences.is_empty(),
        "cargo xtask serve differs from cargo xtask dist on {} of {} pages:\n{}",
        differences.len(),
        pages.len(),
        differences.join("\n")
    );
}

/// `html` without what a development build has of its own: trunk's live
/// reload script, what the loader's settings list (one wasm with every
/// island, no offline copy; a release build's wasm per kind of page and
/// its worker), and the CSP `<meta>`, whose hashes cover those two. Every
/// other script, the page loader's own code included, stays compared.
fn without_development_differences(html: &str) -> String {
    let mut kept = String::with_capacity(html.len());
    let mut rest = html;
    loop {
        let script = rest.find("<script");
        let policy = rest
            .match_indices("<meta")
            .map(|(at, _)| at)
            .find(|&at| tag_at(rest, at).contains("Content-Security-Policy"));
        let Some(at) = [script, policy].into_iter().flatten().min() else {
            kept.push_str(rest);
            return kept;
        };
        kept.push_str(&rest[..at]);
        rest = if Some(at) == script {
            let end = rest[at..]
                .find("</script>")
                .map_or(rest.len(), |end| at + end + "</script>".len());
            let element = &rest[at..end];
            if tag_at(rest, at).contains("page-loader-settings") {
                kept.push_str(tag_at(rest, at));
                kept.push_str("</script>");
            } else if !element.contains(".well-known/trunk/ws") {
                kept.push_str(element);
            }
            &rest[end..]
        } else {
            &rest[at + tag_at(rest, at).len()..]
        };
    }
}

/// The start tag beginning at `at`.
fn tag_at(html: &str, at: usize) -> &str {
    let end = html[at..].find('>').map_or(html.len(), |end| at + end + 1);
    &html[at..end]
}

/// Where `served` first departs from `built`, with some of each around it.
fn first_difference(built: &str, served: &str) -> Option<String> {
    let at = built
        .bytes()
        .zip(served.bytes())
        .position(|(a, b)| a != b)
        .or_else(|| (built.len() != served.len()).then(|| built.len().min(served.len())))?;
    let around = |text: &str| {
        let start = text.floor_char_boundary(at.saturating_sub(60));
        let end = text.ceil_char_boundary((at + 60).min(text.len()));
        text[start..end].to_string()
    };
    Some(format!(
        "at byte {at}, dist has …{}… where serve has …{}…",
        around(built),
        around(served)
    ))
}

fn html_files(folder: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(folder).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            found.extend(html_files(&path));
        } else if path
            .extension()
            .is_some_and(|extension| extension == "html")
        {
            found.push(path);
        }
    }
    found
}
