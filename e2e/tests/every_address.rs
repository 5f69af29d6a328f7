//! Every address the site links to is a real page on a plain static host:
//! it answers 200 (not the host's 404 page), and the title it carries
//! before the app starts is the one the app then shows.

use e2e::browser::strings_in;
use e2e::{Browser, StaticHost, site_from_env};
use std::collections::{BTreeSet, VecDeque};

#[tokio::test(flavor = "multi_thread")]
async fn every_linked_address_answers_with_its_own_page_and_title() {
    let (site, base) = site_from_env();
    let host = StaticHost::start(&site, &base);
    let browser = Browser::start(1280, 900).await;
    let under_base = host.url("");
    let mut seen = BTreeSet::from([under_base.clone()]);
    let mut queue = VecDeque::from([under_base.clone()]);
    let mut problems = Vec::new();
    while let Some(url) = queue.pop_front() {
        browser.open(&url).await;
        browser.see_text("main h1", "").await;
        let page = browser
            .run_async_script(
                "const done = arguments[0];
                 // The app sets its title once the page has rendered.
                 setTimeout(async () => {
                   const response = await fetch(location.href, { cache: 'no-store' });
                   const html = await response.text();
                   const served = new DOMParser().parseFromString(html, 'text/html').title;
                   done({
                     status: response.status,
                     served,
                     shown: document.title,
                     links: [...document.querySelectorAll('a[href]')].map(a => a.href),
                   });
                 }, 200)",
            )
            .await;
        if page["status"] != 200 {
            problems.push(format!("{url} answers {}", page["status"]));
        }
        if page["served"] != page["shown"] {
            problems.push(format!(
                "{url} is served titled {} but shows {}",
                page["served"], page["shown"]
            ));
        }
        for link in strings_in(&page["links"]) {
            let address = link
                .split(['#', '?'])
                .next()
                .unwrap_or_default()
                .to_string();
            if address.starts_with(&under_base) && seen.insert(address.clone()) {
                queue.push_back(address);
            }
        }
    }
    problems.extend(host.failed_requests());
    browser.close().await;
    // The front page, timeline, events, interviews, questions, about, accessibility.
    assert!(seen.len() > 15, "the crawl found only {seen:?}");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
