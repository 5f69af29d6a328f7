//! The page loader (src/page_loader.js), written into every page where
//! trunk puts its script (Trunk.toml's `pattern_script` leaves an empty
//! settings block there), after the block with this build's settings: the
//! wasm there is to load and the islands each holds, and, in a release
//! build that keeps an offline copy, the worker and the build's edition.
//! The loader is a file of its own, copied as written; only data is
//! generated. It runs before the page's islands are parsed, so each
//! prerendered page's settings list its own wasm first
//! ([`with_own_wasm_first`]).

use super::page_wasm::PageWasm;
use super::read_text;
use crate::process::workspace_root;
use crate::{Failure, Outcome};

/// The id of the settings block, which the loader reads.
pub const SETTINGS_ID: &str = "page-loader-settings";

const LOADER: &str = "src/page_loader.js";

/// What a build tells its pages' loader.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoaderSettings {
    /// Every wasm, the one a page loads when none holds all its islands first.
    pub wasm: Vec<PageWasm>,
    /// The offline copy's worker and the build's edition, when it keeps one.
    pub offline: Option<(String, String)>,
}

impl LoaderSettings {
    /// The settings as the page carries them ([`block_json`]).
    pub fn json(&self) -> String {
        let wasm: Vec<serde_json::Value> = self
            .wasm
            .iter()
            .map(|kind_wasm| serde_json::json!({ "files": kind_wasm.files, "islands": kind_wasm.islands }))
            .collect();
        let (worker, edition) = self.offline.clone().unwrap_or_default();
        block_json(
            &serde_json::json!({ "wasm": wasm, "serviceWorker": worker, "edition": edition }),
        )
    }
}

/// `settings` as JSON that stays one string in a page: `<` written as an
/// escape, so no value can end the block.
fn block_json(settings: &serde_json::Value) -> String {
    settings.to_string().replace('<', "\\u003c")
}

/// `html` with trunk's empty settings block replaced by `settings` and
/// followed by the loader.
pub fn with_loader(html: &str, settings: &LoaderSettings) -> Outcome<String> {
    write_loader(html, settings, &read_text(&workspace_root().join(LOADER))?)
}

fn write_loader(html: &str, settings: &LoaderSettings, loader: &str) -> Outcome<String> {
    let (start, end) = settings_block(html).ok_or_else(|| {
        Failure::new(
            format!("index.html has no <script id=\"{SETTINGS_ID}\"> where the loader goes"),
            "keep Trunk.toml's pattern_script: it marks where trunk's wasm would start",
        )
    })?;
    // Its comments are for whoever reads the file; pages carry its code.
    let code: Vec<&str> = loader
        .lines()
        .filter(|line| !line.trim_start().starts_with("//"))
        .collect();
    Ok(format!(
        "{}<script type=\"application/json\" id=\"{SETTINGS_ID}\">{}</script><script>\n{}\n</script>{}",
        &html[..start],
        settings.json(),
        code.join("\n"),
        &html[end..]
    ))
}

/// Where the settings block starts and ends in `html` (trunk may have
/// minified its attributes).
fn settings_block(html: &str) -> Option<(usize, usize)> {
    let id = html.find(SETTINGS_ID)?;
    let start = html[..id].rfind("<script")?;
    let end = id + html[id..].find("</script>")? + "</script>".len();
    Some((start, end))
}

/// Where the settings' JSON starts and ends in `html`: inside the block.
fn settings_json(html: &str) -> Option<(usize, usize)> {
    let (start, end) = settings_block(html)?;
    let json_start = start + html[start..end].find('>')? + 1;
    Some((json_start, end - "</script>".len()))
}

/// The settings a built page carries (the benchmark reads which wasm each
/// page loads).
pub fn settings_in(html: &str) -> Option<serde_json::Value> {
    let (start, end) = settings_json(html)?;
    serde_json::from_str(&html[start..end]).ok()
}

/// The islands a page hydrates, by their `data-component`.
pub fn page_islands(html: &str) -> Vec<String> {
    const ATTRIBUTE: &str = "data-component=\"";
    html.match_indices(ATTRIBUTE)
        .filter_map(|(at, _)| {
            let from = at + ATTRIBUTE.len();
            html[from..]
                .find('"')
                .map(|end| html[from..from + end].to_string())
        })
        .collect()
}

/// The wasm a page with `islands` loads: of `listed` (each wasm's
/// islands, in the settings' order), the first that holds all of them;
/// `None` when none does.
pub fn wasm_holding<'a>(
    islands: &[String],
    listed: impl IntoIterator<Item = Vec<&'a str>>,
) -> Option<usize> {
    listed
        .into_iter()
        .position(|has| islands.iter().all(|island| has.contains(&island.as_str())))
}

/// Which of the listed wasm `html`'s page loads ([`wasm_holding`]), else
/// the first.
fn wasm_for_page(html: &str, listed: &[serde_json::Value]) -> usize {
    wasm_holding(&page_islands(html), listed.iter().map(islands_of)).unwrap_or(0)
}

/// The islands a listed wasm (`{files, islands}`) holds.
fn islands_of(kind_wasm: &serde_json::Value) -> Vec<&str> {
    kind_wasm["islands"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(serde_json::Value::as_str)
        .collect()
}

/// `html` with the wasm its page loads ([`wasm_for_page`]) first in its
/// settings, since the loader takes the first; `None` when it has no
/// settings or its own is first already.
pub fn with_own_wasm_first(html: &str) -> Option<String> {
    let (start, end) = settings_json(html)?;
    let mut settings: serde_json::Value = serde_json::from_str(&html[start..end]).ok()?;
    let listed = settings["wasm"].as_array_mut()?;
    let own = wasm_for_page(html, listed);
    if own == 0 {
        return None;
    }
    let own = listed.remove(own);
    listed.insert(0, own);
    Some(format!(
        "{}{}{}",
        &html[..start],
        block_json(&settings),
        &html[end..]
    ))
}

#[cfg(test)]
mod tests {
    use super::{LoaderSettings, settings_in, with_own_wasm_first, write_loader};
    use crate::post_build::page_wasm::PageWasm;

    fn settings() -> LoaderSettings {
        LoaderSettings {
            wasm: vec![PageWasm {
                files: [
                    "/a/micra-flins-1.js".into(),
                    "/a/micra-flins-1_bg.wasm".into(),
                ],
                islands: vec!["SkipLink_1".into()],
            }],
            offline: Some(("/a'</script>/service-worker.js".into(), "abc".into())),
        }
    }

    #[test]
    fn the_settings_replace_trunks_block_and_the_loader_follows_without_its_comments() {
        let html = "<head><script id=page-loader-settings type=application/json>{}</script></head>";
        let loader = "// Why it waits.\nconst settings = 1;\n  // indented\nstart();";
        let page = write_loader(html, &settings(), loader).unwrap();
        assert!(
            page.starts_with(
                "<head><script type=\"application/json\" id=\"page-loader-settings\">"
            ),
            "{page}"
        );
        assert!(
            page.ends_with("<script>\nconst settings = 1;\nstart();\n</script></head>"),
            "{page}"
        );
        let read = settings_in(&page).unwrap();
        assert_eq!(read["wasm"][0]["files"][1], "/a/micra-flins-1_bg.wasm");
        assert_eq!(read["wasm"][0]["islands"][0], "SkipLink_1");
        assert_eq!(read["serviceWorker"], "/a'</script>/service-worker.js");
        assert_eq!(read["edition"], "abc");
        assert!(
            !page.contains("/a'</script>"),
            "a value cannot end the block: {page}"
        );
    }

    #[test]
    fn each_page_lists_the_wasm_that_holds_its_islands_first() {
        let mut settings = settings();
        settings.wasm.push(PageWasm {
            files: ["/a/reader-2.js".into(), "/a/reader-2_bg.wasm".into()],
            islands: vec!["SkipLink_1".into(), "Reader_2".into()],
        });
        let shell = write_loader(
            "<head><script id=page-loader-settings type=application/json>{}</script></head>",
            &settings,
            "start();",
        )
        .unwrap();
        let page = |islands: &[&str]| {
            let islands: String = islands
                .iter()
                .map(|name| format!("<leptos-island data-component=\"{name}\"></leptos-island>"))
                .collect();
            format!("{shell}<body>{islands}</body>")
        };
        let first = |html: &str| settings_in(html).unwrap()["wasm"][0]["files"][0].clone();

        let reader = with_own_wasm_first(&page(&["SkipLink_1", "Reader_2"])).unwrap();
        assert_eq!(first(&reader), "/a/reader-2.js");
        let read = settings_in(&reader).unwrap();
        assert_eq!(
            read["wasm"][1]["files"][0], "/a/micra-flins-1.js",
            "the others follow"
        );
        assert_eq!(read["serviceWorker"], "/a'</script>/service-worker.js");
        assert!(!reader.contains("/a'</script>"), "{reader}");
        assert!(reader.ends_with("<script>\nstart();\n</script></head><body><leptos-island data-component=\"SkipLink_1\"></leptos-island><leptos-island data-component=\"Reader_2\"></leptos-island></body>"), "{reader}");

        assert_eq!(
            with_own_wasm_first(&page(&["SkipLink_1"])),
            None,
            "the first listed holds its islands already"
        );
        assert_eq!(
            with_own_wasm_first(&page(&["Unknown_3"])),
            None,
            "none holds them: the first is loaded, as the loader did"
        );
        assert_eq!(with_own_wasm_first("<p>no loader</p>"), None);
    }

    #[test]
    fn a_development_build_names_no_worker() {
        let json = LoaderSettings {
            offline: None,
            ..settings()
        }
        .json();
        assert!(json.contains(r#""serviceWorker":"""#), "{json}");
    }

    #[test]
    fn a_page_without_the_block_is_refused() {
        assert!(write_loader("<head></head>", &settings(), "start();").is_err());
    }
}
