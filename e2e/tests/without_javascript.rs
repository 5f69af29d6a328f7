//! With JavaScript off, every address of the built site shows its whole
//! content, as prerendered, and every link in it leads to another
//! prerendered page: a reader (or a crawler, or a link preview) can read
//! and navigate the whole site before or without the wasm.

use e2e::{Browser, Route, StaticHost, every_page, report_of, site_from_env};
use fantoccini::Locator;
use report::SourceRef;
use report::routes::AppRoute;
use std::collections::BTreeSet;

#[tokio::test(flavor = "multi_thread")]
async fn every_address_shows_its_content_and_links_to_real_pages_without_javascript() {
    let (site, base) = site_from_env();
    let report = report_of(&site);
    let host = StaticHost::start(&site, &base);
    let browser = Browser::start_without_javascript(375, 800).await;
    let under_base = host.url("");
    let mut pages = BTreeSet::new();
    let mut links = BTreeSet::new();
    let mut problems = Vec::new();
    for route in every_page(&report) {
        let url = host.url(&route.path);
        browser.open_as_served(&url).await;
        let heading = text_of(&browser, "main h1").await;
        if heading != route.heading {
            problems.push(format!(
                "/{}: main h1 is {heading:?}, not {:?}",
                route.path, route.heading
            ));
        }
        problems.extend(unstyled(&browser, &route.path).await);
        let main = text_of(&browser, "main").await;
        for expected in expected_text(&route, &report) {
            if !main.contains(&as_webdriver_reads(&expected)) {
                problems.push(format!("/{}: {expected:?} is not shown", route.path));
            }
        }
        pages.insert(url.trim_end_matches('/').to_string());
        for link in browser
            .client
            .find_all(Locator::Css("a[href]"))
            .await
            .expect("links")
        {
            let href = link.prop("href").await.ok().flatten().unwrap_or_default();
            let address = href.split(['#', '?']).next().unwrap_or_default();
            if address.starts_with(&under_base) {
                links.insert((
                    address.trim_end_matches('/').to_string(),
                    route.path.clone(),
                ));
            }
        }
    }
    browser.close().await;
    // With scripts on, every page's loader would have asked for the app.
    let code = [host.asked_for(".js"), host.asked_for(".wasm")].concat();
    assert!(code.is_empty(), "scripts ran: the pages asked for {code:?}");
    for (address, on) in &links {
        let is_not_found_page = address.ends_with("/404.html");
        if !pages.contains(address) && !is_not_found_page {
            problems.push(format!(
                "/{on} links to {address}, which is not a prerendered page"
            ));
        }
    }
    assert!(pages.len() > 20, "only {} pages", pages.len());
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// What of the page's styles did not apply: every page's (the skip link
/// out of sight until focused) and, on the timeline's pages, the
/// timeline's (each event a grid). A long timeline's event pages link
/// their styles rather than carry them (xtask/src/post_build/stylesheets.rs):
/// a file the host does not send, or the policy refuses, leaves the page
/// as the browser's defaults.
async fn unstyled(browser: &Browser, path: &str) -> Vec<String> {
    let mut problems = Vec::new();
    let style_of = |css: &'static str, property: &'static str| async move {
        let element = browser.client.find(Locator::Css(css)).await.ok()?;
        element.css_value(property).await.ok()
    };
    if style_of(".skip-link", "position").await.as_deref() != Some("absolute") {
        problems.push(format!(
            "/{path}: the skip link is not placed by the site's styles"
        ));
    }
    if let Some(display) = style_of(".event-option", "display").await
        && display != "grid"
    {
        problems.push(format!(
            "/{path}: an event in the list is `display: {display}`, not laid out by the timeline's styles"
        ));
    }
    problems
}

/// `text` as WebDriver's "get element text" gives it: no-break spaces
/// (French typography's, before `:` and inside « ») as plain spaces.
fn as_webdriver_reads(text: &str) -> String {
    text.replace(['\u{a0}', '\u{202f}'], " ")
}

/// The visible text of the first element `css` matches.
async fn text_of(browser: &Browser, css: &str) -> String {
    match browser.client.find(Locator::Css(css)).await {
        Ok(element) => element.text().await.unwrap_or_default(),
        Err(_) => String::new(),
    }
}

/// What the page must show, from the report the site was built from.
fn expected_text(route: &Route, report: &report::Report) -> Vec<String> {
    let app_route = AppRoute::all(report)
        .into_iter()
        .find(|candidate| candidate.path().trim_start_matches('/') == route.path);
    let Some(app_route) = app_route else {
        return Vec::new();
    };
    match app_route {
        AppRoute::Story => {
            let mut texts = vec![report.feature.headline.clone()];
            for article in &report.articles {
                texts.push(article.heading.clone());
                texts.extend(
                    article
                        .paragraphs
                        .iter()
                        .map(|paragraph| paragraph.text.clone()),
                );
            }
            texts.extend(
                report
                    .key_figures
                    .figures
                    .iter()
                    .map(|figure| figure.label.clone()),
            );
            texts
        }
        AppRoute::Timeline { event } => {
            let mut texts: Vec<String> = report
                .timeline
                .events
                .iter()
                .flat_map(|event| {
                    [
                        event.date.format(micra_flins::ui_text::date_words()),
                        event.title.clone(),
                    ]
                })
                .collect();
            if let Some(event) =
                event.and_then(|id| report.timeline.events.iter().find(|e| e.id == id))
            {
                texts.push(event.summary.clone());
                for source in &event.sources {
                    texts.push(match source {
                        SourceRef::Report(cited) => cited.quote.clone(),
                        SourceRef::External(external) => external.publisher.clone(),
                    });
                }
            }
            texts
        }
        AppRoute::Interviews => report
            .interviews
            .iter()
            .map(|interview| interview.interviewee.name.clone())
            .collect(),
        AppRoute::Interview { id, .. } => report
            .interview(&id)
            .map(|interview| {
                interview
                    .questions
                    .iter()
                    .flat_map(|question| {
                        std::iter::once(question.text.clone()).chain(
                            question
                                .answer
                                .paragraphs
                                .iter()
                                .map(|paragraph| paragraph.text.clone()),
                        )
                    })
                    .collect()
            })
            .unwrap_or_default(),
        AppRoute::About | AppRoute::Accessibility => Vec::new(),
    }
}
