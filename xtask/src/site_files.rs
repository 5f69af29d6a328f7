//! What a built site folder holds.

use std::path::{Path, PathBuf};

/// Every `.html` file under `folder`, in a stable order.
pub fn html_files(folder: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(folder)? {
        let path = entry?.path();
        if path.is_dir() {
            found.extend(html_files(&path)?);
        } else if path
            .extension()
            .is_some_and(|extension| extension == "html")
        {
            found.push(path);
        }
    }
    found.sort();
    Ok(found)
}
