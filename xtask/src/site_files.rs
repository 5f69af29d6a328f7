//! What a built site folder holds.

use report::routes::AppRoute;
use std::path::{Path, PathBuf};

/// The address a page written at `file` in the site answers
/// (`timeline/x/index.html`: the event `x`); `None` for a file no route
/// names (`404.html`).
pub fn route_of_page(file: &str) -> Option<AppRoute> {
    let folder = file.strip_suffix("index.html").unwrap_or(file);
    AppRoute::parse(&format!("/{folder}"))
}

/// Whether the page written at `file` is one event's.
pub fn is_event_page(file: &str) -> bool {
    matches!(
        route_of_page(file),
        Some(AppRoute::Timeline { event: Some(_) })
    )
}

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
