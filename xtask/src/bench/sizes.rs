//! What the release site weighs: the wasm, JS and CSS files raw, and as a
//! host would send them with gzip (level 9) or brotli (quality 11).

use crate::{Failure, Outcome};
use std::io::Write;
use std::ops::Add;
use std::path::Path;

/// brotli's largest standard window (the `brotli` program's default).
const BROTLI_WINDOW_BITS: u32 = 22;
const BROTLI_QUALITY: u32 = 11;

/// Sizes in bytes of one or more files.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Size {
    /// How many files.
    pub files: usize,
    /// As stored.
    pub raw: u64,
    /// Compressed with gzip, level 9.
    pub gzip: u64,
    /// Compressed with brotli, quality 11.
    pub brotli: u64,
}

impl Size {
    /// The sizes of one file's content.
    pub fn of(content: &[u8]) -> Self {
        Self {
            files: 1,
            raw: content.len() as u64,
            gzip: gzip_compressed(content).len() as u64,
            brotli: brotli_compressed(content).len() as u64,
        }
    }
}

impl Add for Size {
    type Output = Self;

    fn add(self, other: Self) -> Self {
        Self {
            files: self.files + other.files,
            raw: self.raw + other.raw,
            gzip: self.gzip + other.gzip,
            brotli: self.brotli + other.brotli,
        }
    }
}

/// The site's code and styles by kind.
#[derive(Debug, Default, Clone, Copy)]
pub struct Sizes {
    /// The WebAssembly module(s).
    pub wasm: Size,
    /// The JavaScript glue.
    pub js: Size,
    /// All stylesheets together.
    pub css: Size,
}

impl Sizes {
    /// What a reader downloads before the app can run.
    pub fn wasm_and_js(&self) -> Size {
        self.wasm + self.js
    }
}

/// Measures the `.wasm`, `.js` and `.css` files trunk put at the top of
/// `site` (the data, and the benchmark's own pages in sub-folders, are not
/// the app's code).
pub fn measure(site: &Path) -> Outcome<Sizes> {
    let unreadable = |error: std::io::Error| {
        Failure::new(
            format!("cannot read the site {}: {error}", site.display()),
            "build it again (cargo xtask bench without --site builds it)",
        )
    };
    let mut sizes = Sizes::default();
    for entry in std::fs::read_dir(site).map_err(unreadable)? {
        let path = entry.map_err(unreadable)?.path();
        let kind = match path.extension().and_then(|ext| ext.to_str()) {
            Some("wasm") => &mut sizes.wasm,
            Some("js") => &mut sizes.js,
            Some("css") => &mut sizes.css,
            _ => continue,
        };
        *kind = *kind + Size::of(&std::fs::read(&path).map_err(unreadable)?);
    }
    if sizes.wasm.files == 0 || sizes.js.files == 0 {
        return Err(Failure::new(
            format!("{} holds no .wasm or no .js file", site.display()),
            "give --site the folder trunk built (it holds index.html and the hashed files)",
        ));
    }
    Ok(sizes)
}

fn gzip_compressed(content: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder
        .write_all(content)
        .expect("compressing into memory cannot fail");
    encoder
        .finish()
        .expect("compressing into memory cannot fail")
}

fn brotli_compressed(content: &[u8]) -> Vec<u8> {
    let mut compressed = Vec::new();
    {
        let mut encoder = brotli::CompressorWriter::new(
            &mut compressed,
            64 * 1024,
            BROTLI_QUALITY,
            BROTLI_WINDOW_BITS,
        );
        encoder
            .write_all(content)
            .expect("compressing into memory cannot fail");
        // Dropping the writer ends the stream.
    }
    compressed
}

#[cfg(test)]
mod tests {
    use super::{Size, brotli_compressed, gzip_compressed};
    use std::io::Read;

    #[test]
    fn compressed_sizes_are_complete_streams_smaller_for_repetitive_text() {
        let text = "The Nissan Micra is built at Flins. ".repeat(200);
        let size = Size::of(text.as_bytes());
        assert_eq!(size.raw, text.len() as u64);
        assert!(size.gzip < size.raw / 10, "{size:?}");
        assert!(size.brotli < size.gzip, "{size:?}");

        let mut back = String::new();
        flate2::read::GzDecoder::new(gzip_compressed(text.as_bytes()).as_slice())
            .read_to_string(&mut back)
            .unwrap();
        assert_eq!(back, text);
        back.clear();
        brotli::Decompressor::new(brotli_compressed(text.as_bytes()).as_slice(), 4096)
            .read_to_string(&mut back)
            .unwrap();
        assert_eq!(back, text);
    }

    #[test]
    fn sizes_add_up_per_field() {
        let one = Size {
            files: 1,
            raw: 10,
            gzip: 5,
            brotli: 4,
        };
        assert_eq!(
            one + one,
            Size {
                files: 2,
                raw: 20,
                gzip: 10,
                brotli: 8
            }
        );
    }
}
