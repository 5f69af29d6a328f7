//! Every kind of page is valid HTML after its islands have run: the
//! document as the browser then holds it (what the islands added or
//! changed included), saved and given to the Nu Html Checker. The pages
//! as served are checked by `cargo xtask test e2e` itself, every one.
//! In Chromium's run only: every engine serialises the same document.

use e2e::valid_html::HtmlChecker;
use e2e::{Browser, Engine, StaticHost, TempFolder, every_kind_of_page, report_of, site_from_env};

/// How many errors a failure lists before it only counts the rest.
const ERRORS_LISTED: usize = 20;

#[tokio::test(flavor = "multi_thread")]
async fn every_kind_of_page_is_valid_html_once_its_islands_have_run() {
    if Engine::from_env() != Engine::Chromium {
        eprintln!("the hydrated pages are checked in Chromium's run only");
        return;
    }
    let (site, base) = site_from_env();
    let checker = HtmlChecker::from_env();
    let host = StaticHost::start(&site, &base);
    let routes = every_kind_of_page(&report_of(&site));
    let browser = Browser::start(1280, 900).await;
    let saved = TempFolder::new("hydrated-pages");
    let mut pages = Vec::new();
    for route in &routes {
        browser.open_route(&host, route).await;
        let html = browser
            .run_script("return document.documentElement.outerHTML")
            .await;
        let file = saved.join(format!("page-{}.html", pages.len()));
        // outerHTML leaves the doctype out; the page as served has one.
        let document = format!("<!DOCTYPE html>\n{}", html.as_str().unwrap_or_default());
        std::fs::write(&file, document).expect("save the hydrated page");
        pages.push((file, route.path.clone()));
    }
    browser.close().await;
    let files: Vec<_> = pages.iter().map(|(file, _)| file.clone()).collect();
    let address_of = |checked: &std::path::Path| {
        pages
            .iter()
            .find(|(file, _)| file.file_name() == checked.file_name())
            .map_or_else(
                || checked.display().to_string(),
                |(_, path)| format!("/{path}"),
            )
    };
    let errors: Vec<String> = checker
        .errors(&files)
        .into_iter()
        .map(|error| {
            format!(
                "  {} line {}: {}",
                address_of(&error.file),
                error.place,
                error.message
            )
        })
        .collect();
    let more = errors.len().saturating_sub(ERRORS_LISTED);
    assert!(
        errors.is_empty(),
        "the Nu Html Checker finds {} errors in the pages once their islands have run:\n{}{}",
        errors.len(),
        errors[..errors.len().min(ERRORS_LISTED)].join("\n"),
        if more > 0 {
            format!("\n  … and {more} more")
        } else {
            String::new()
        }
    );
}
