//! The site's code and styles as a host would send them. Compressed here,
//! not with the gzip/brotli programs, so the figures do not depend on which
//! versions are installed.

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

/// The wasm, JS and CSS at the top of `site`, in that order: the data and
/// the floor pages, in sub-folders, are not the app's code.
pub fn measure(site: &Path) -> Outcome<[Size; 3]> {
    let unreadable = super::file_failure(format!("reading {}", site.display()));
    let mut sizes = [Size::default(); 3];
    for entry in std::fs::read_dir(site).map_err(&unreadable)? {
        let path = entry.map_err(&unreadable)?.path();
        let kind = match path.extension().and_then(|ext| ext.to_str()) {
            Some("wasm") => 0,
            Some("js") => 1,
            Some("css") => 2,
            _ => continue,
        };
        sizes[kind] = sizes[kind].plus(Size::of(&std::fs::read(&path).map_err(&unreadable)?));
    }
    if sizes[0].files == 0 || sizes[1].files == 0 {
        return Err(Failure::new(
            format!("{} holds no .wasm or no .js file", site.display()),
            "give --site the folder trunk built (it holds index.html and the hashed files)",
        ));
    }
    Ok(sizes)
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
    use super::{Size, brotli, gzip};
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
}
