//! `cargo run --no-default-features --features ssr --bin prerender -- dist /reports/micra`:
//! writes every page of the built site (one per address, and `404.html`)
//! from `dist/index.html` and `dist/data/report.json`, rendered by the
//! app's own components. Run by `cargo xtask post-build` on every build
//! (`serve` and `dist`); the logic lives in `micra_flins::prerender`.

use micra_flins::prerender::{ONLY_VARIABLE, PageTemplate, file_within, init_executor, pages_for};
use report::Report;
use report::routes::AppRoute;
use std::path::Path;
use std::process::ExitCode;
use std::sync::Arc;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [site, base] = args.as_slice() else {
        eprintln!(
            "usage: prerender <built site folder> <router base, e.g. /reports/micra or \"\">"
        );
        return ExitCode::from(2);
    };
    match write_pages(Path::new(site), base) {
        Ok(count) => {
            println!("prerender: wrote {count} pages into {site}");
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("prerender: {error}");
            ExitCode::FAILURE
        }
    }
}

fn write_pages(site: &Path, base: &str) -> Result<usize, String> {
    let read = |name: &str| {
        let path = site.join(name);
        std::fs::read_to_string(&path)
            .map_err(|error| format!("cannot read {}: {error}", path.display()))
    };
    let template = PageTemplate::from_index(&read("index.html")?)?;
    let report = Report::from_json(&read("data/report.json")?).map_err(|error| {
        format!(
            "data/report.json does not parse ({}); `cargo xtask check-report` tells more",
            error.message
        )
    })?;
    let problems = report.validate();
    if !problems.is_empty() {
        return Err(format!(
            "data/report.json has {} problem(s), first {} {}; `cargo xtask check-report` lists them all",
            problems.len(),
            problems[0].path,
            problems[0].message
        ));
    }
    init_executor()?;
    let mut routes = AppRoute::all(&report);
    if let Ok(only) = std::env::var(ONLY_VARIABLE) {
        let wanted: Vec<&str> = only.split(',').map(str::trim).collect();
        routes.retain(|route| wanted.contains(&route.path().as_str()));
    }
    let pages = pages_for(
        &template,
        base.trim_end_matches('/'),
        &Arc::new(report),
        &routes,
    );
    for page in &pages {
        let path = file_within(site, &page.file)?;
        if let Some(folder) = path.parent() {
            std::fs::create_dir_all(folder)
                .map_err(|error| format!("cannot create {}: {error}", folder.display()))?;
        }
        std::fs::write(&path, &page.html)
            .map_err(|error| format!("cannot write {}: {error}", path.display()))?;
    }
    Ok(pages.len())
}
