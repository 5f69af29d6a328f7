//! `cargo run --bin site-pages -- dist`: writes a copy of `dist/index.html`
//! for every address of the app, with its title and description, so that a
//! static host answers deep links with the page (status 200) instead of
//! `404.html`. Run by `cargo xtask post-build` on release builds; the logic
//! lives in `site_pages`.

use micra_flins::model::Report;
use micra_flins::site_pages::{file_of, page_html, site_pages};
use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [site] = args.as_slice() else {
        eprintln!("usage: site-pages <built site folder>");
        return ExitCode::from(2);
    };
    match write_pages(Path::new(site)) {
        Ok(count) => {
            println!("site-pages: wrote {count} pages into {site}");
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("site-pages: {error}");
            ExitCode::FAILURE
        }
    }
}

fn write_pages(site: &Path) -> Result<usize, String> {
    let read = |name: &str| {
        let path = site.join(name);
        std::fs::read_to_string(&path)
            .map_err(|error| format!("cannot read {}: {error}", path.display()))
    };
    let template = read("index.html")?;
    let report = Report::from_json(&read("data/report.json")?).map_err(|error| {
        format!(
            "data/report.json does not parse ({}); `cargo xtask check-report` tells more",
            error.message
        )
    })?;
    let pages = site_pages(&report);
    for page in &pages {
        let path = site.join(file_of(page));
        let html = page_html(&template, page)?;
        if let Some(folder) = path.parent() {
            std::fs::create_dir_all(folder)
                .map_err(|error| format!("cannot create {}: {error}", folder.display()))?;
        }
        std::fs::write(&path, html)
            .map_err(|error| format!("cannot write {}: {error}", path.display()))?;
    }
    Ok(pages.len())
}
