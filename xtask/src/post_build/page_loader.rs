//! The page loader (src/page_loader.js), written into every page where
//! trunk puts its script (Trunk.toml's `pattern_script` leaves an empty
//! settings block there), after the block with this build's settings: the
//! wasm there is to load and the islands each holds, and, in a release
//! build that keeps an offline copy, the worker and the build's edition.
//! The loader is a file of its own, copied as written; only data is
//! generated.

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
    /// The settings as JSON that stays one string in a page: `<` written
    /// as an escape, so no value can end the block.
    pub fn json(&self) -> String {
        let wasm: Vec<serde_json::Value> = self
            .wasm
            .iter()
            .map(|kind_wasm| serde_json::json!({ "files": kind_wasm.files, "islands": kind_wasm.islands }))
            .collect();
        let (worker, edition) = self.offline.clone().unwrap_or_default();
        serde_json::json!({ "wasm": wasm, "serviceWorker": worker, "edition": edition })
            .to_string()
            .replace('<', "\\u003c")
    }
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
        "{}<script type=\"application/json\" id=\"{SETTINGS_ID}\">{}</script><script type=\"module\">\n{}\n</script>{}",
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

/// The settings a built page carries (the benchmark reads which wasm each
/// page loads).
pub fn settings_in(html: &str) -> Option<serde_json::Value> {
    let (start, end) = settings_block(html)?;
    let block = &html[start..end];
    let json = &block[block.find('>')? + 1..block.len() - "</script>".len()];
    serde_json::from_str(json).ok()
}

#[cfg(test)]
mod tests {
    use super::{LoaderSettings, settings_in, write_loader};
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
            page.ends_with(
                "<script type=\"module\">\nconst settings = 1;\nstart();\n</script></head>"
            ),
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
