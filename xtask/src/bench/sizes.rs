//! The site's code and styles as a host would send them. Compressed here,
//! not with the gzip/brotli programs, so the figures do not depend on which
//! versions are installed.

use crate::post_build::inline_contents;
use crate::post_build::page_loader::{SETTINGS_ID, page_islands, settings_in, wasm_holding};
use crate::{Failure, Outcome};
use std::io::Write;
use std::path::Path;

/// Bytes of one or more files: raw, gzip -9, brotli -q 11.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Size {
    pub files: usize,
    pub raw: u64,
    pub gzip: u64,
    pub brotli: u64,
}

impl Size {
    pub fn of(content: &[u8]) -> Self {
        Self {
            files: 1,
            raw: content.len() as u64,
            gzip: gzip(content).len() as u64,
            brotli: brotli(content).len() as u64,
        }
    }

    pub fn plus(self, other: Self) -> Self {
        Self {
            files: self.files + other.files,
            raw: self.raw + other.raw,
            gzip: self.gzip + other.gzip,
            brotli: self.brotli + other.brotli,
        }
    }
}

/// One wasm and its JS, as the pages' loader lists them, and how many of
/// the site's pages load it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageWasmSize {
    /// The JS file's name without its hash: `timeline`, `micra-flins` (trunk's).
    pub name: String,
    pub wasm: Size,
    pub js: Size,
    pub pages: usize,
}

impl PageWasmSize {
    /// What a page that loads it downloads of code.
    pub fn code(&self) -> Size {
        self.wasm.plus(self.js)
    }
}

/// The site's code and styles: each wasm with its JS, and the stylesheet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CodeSizes {
    pub page_wasm: Vec<PageWasmSize>,
    pub css: Size,
    /// Pages (relative paths) whose islands no wasm holds all of.
    pub unserved: Vec<String>,
}

impl CodeSizes {
    /// Each kind of page's wasm that some page loads and that is over its
    /// budget (`budget_of` its position in the loader's list), with that
    /// budget.
    pub fn over_budget(&self, budget_of: impl Fn(usize) -> u64) -> Vec<(&PageWasmSize, u64)> {
        self.page_wasm
            .iter()
            .enumerate()
            .filter(|(_, kind_wasm)| kind_wasm.pages > 0)
            .map(|(position, kind_wasm)| (kind_wasm, budget_of(position)))
            .filter(|(kind_wasm, budget)| kind_wasm.code().brotli > *budget)
            .collect()
    }

    /// The most code a page of the site downloads.
    pub fn largest_loaded(&self) -> Option<&PageWasmSize> {
        self.page_wasm
            .iter()
            .filter(|kind_wasm| kind_wasm.pages > 0)
            .max_by_key(|kind_wasm| kind_wasm.code().brotli)
    }
}

/// The wasm and JS each page of `site` loads, by the rule the build gives
/// each page its wasm with (post_build/page_loader.rs: the first listed
/// that holds all of the page's islands), and the CSS inside each page
/// (post_build/stylesheets.rs).
pub fn measure(site: &Path) -> Outcome<CodeSizes> {
    let unreadable = super::file_failure(format!("reading {}", site.display()));
    let index = std::fs::read_to_string(site.join("index.html")).map_err(&unreadable)?;
    let listed = listed_wasm(&index).ok_or_else(|| {
        Failure::new(
            format!("{}/index.html lists no wasm in its loader", site.display()),
            "give --site a release build (`cargo xtask dist`): its loader lists each page kind's wasm",
        )
    })?;
    let mut page_wasm = Vec::new();
    for (files, _) in &listed {
        let [js, wasm] = files.clone().map(|url| {
            let name = url.rsplit('/').next().unwrap_or_default().to_string();
            std::fs::read(site.join(&name)).map(|content| Size::of(&content))
        });
        let js_name = files[0].rsplit('/').next().unwrap_or_default();
        let name = js_name
            .rsplit_once('-')
            .map_or(js_name, |(name, _)| name)
            .to_string();
        page_wasm.push(PageWasmSize {
            name,
            wasm: wasm.map_err(&unreadable)?,
            js: js.map_err(&unreadable)?,
            pages: 0,
        });
    }
    let mut unserved = Vec::new();
    // The styles inside the page that carries the most: each family of
    // pages carries its own (stylesheets.rs).
    let mut css = String::new();
    for page in crate::site_files::html_files(site).map_err(&unreadable)? {
        let html = std::fs::read_to_string(&page).map_err(&unreadable)?;
        let styles: String = inline_contents(&html, "style").collect();
        if styles.len() > css.len() {
            css = styles;
        }
        if !html.contains(SETTINGS_ID) {
            continue;
        }
        let listed_islands = listed
            .iter()
            .map(|(_, has)| has.iter().map(String::as_str).collect());
        match wasm_holding(&page_islands(&html), listed_islands) {
            Some(index) => page_wasm[index].pages += 1,
            None => unserved.push(
                page.strip_prefix(site)
                    .unwrap_or(&page)
                    .display()
                    .to_string(),
            ),
        }
    }
    Ok(CodeSizes {
        page_wasm,
        css: Size::of(css.as_bytes()),
        unserved,
    })
}

/// The loader's list: each wasm's files (JS, wasm) and its islands.
fn listed_wasm(html: &str) -> Option<Vec<([String; 2], Vec<String>)>> {
    settings_in(html)?["wasm"]
        .as_array()?
        .iter()
        .map(|kind_wasm| {
            let strings = |key: &str| -> Option<Vec<String>> {
                kind_wasm[key]
                    .as_array()?
                    .iter()
                    .map(|value| value.as_str().map(str::to_string))
                    .collect()
            };
            let files: [String; 2] = strings("files")?.try_into().ok()?;
            Some((files, strings("islands")?))
        })
        .collect()
}

fn gzip(content: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(content).expect("compressing into memory");
    encoder.finish().expect("compressing into memory")
}

fn brotli(content: &[u8]) -> Vec<u8> {
    let mut compressed = Vec::new();
    // Quality 11; window 22, the largest standard one (the `brotli`
    // program's default). Dropping the writer ends the stream.
    brotli::CompressorWriter::new(&mut compressed, 64 * 1024, 11, 22)
        .write_all(content)
        .expect("compressing into memory");
    compressed
}

#[cfg(test)]
mod tests {
    use super::{Size, brotli, gzip, listed_wasm, page_islands};
    use std::io::Read;

    #[test]
    fn compressed_sizes_are_whole_streams_and_add_up() {
        let text = "The Nissan Micra is built at Flins. ".repeat(200);
        let size = Size::of(text.as_bytes());
        assert_eq!(size.raw, text.len() as u64);
        assert!(size.gzip < size.raw / 10, "{size:?}");
        assert!(size.brotli < size.gzip, "{size:?}");
        let mut back = String::new();
        flate2::read::GzDecoder::new(gzip(text.as_bytes()).as_slice())
            .read_to_string(&mut back)
            .unwrap();
        assert_eq!(back, text);
        back.clear();
        brotli::Decompressor::new(brotli(text.as_bytes()).as_slice(), 4096)
            .read_to_string(&mut back)
            .unwrap();
        assert_eq!(back, text);

        let two = size.plus(Size::of(b"x"));
        assert_eq!((two.files, two.raw), (2, size.raw + 1));
        assert_eq!(two.brotli, size.brotli + Size::of(b"x").brotli);
    }

    #[test]
    fn a_page_loads_the_first_listed_wasm_that_holds_its_islands() {
        let index = "<script type=application/json id=page-loader-settings>{\"wasm\":[{\"files\":[\"/a/micra-flins-1.js\",\"/a/micra-flins-1_bg.wasm\"],\"islands\":[\"SkipLink_1\"]}]}</script>";
        let listed = listed_wasm(index).unwrap();
        assert_eq!(listed.len(), 1);
        assert_eq!(listed[0].0[1], "/a/micra-flins-1_bg.wasm");
        assert_eq!(listed[0].1, ["SkipLink_1"]);
        let page = r#"<leptos-island data-component="SkipLink_1" data-props="{}"></leptos-island><leptos-island data-component="ReaderIsland_2">"#;
        assert_eq!(page_islands(page), ["SkipLink_1", "ReaderIsland_2"]);
    }
}
