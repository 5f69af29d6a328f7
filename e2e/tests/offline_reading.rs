//! After one visit the site reads offline (src/offline/): every kind of
//! page opens from the reader's offline copy with its whole content,
//! loaded directly, reloaded or reached by its links, while the host is
//! gone; a build published later is offered in a notice and taken only
//! on the reader's word, and the old copy then goes, without touching
//! another site's on the same origin. The site is installable.

use e2e::audit::{axe_script_from_env, axe_violations};
use e2e::offline::{
    cache_names, install_outcome, installability_errors, is_site_cache, look_for_new_build,
    wait_for_offline_copy,
};
use e2e::{Browser, SHOWN_EVENT_TITLE, StaticHost, every_kind_of_page, report_of, site_from_env};
use micra_flins::base_path::scoped_storage_key;
use micra_flins::offline::DISMISSED_KEY;
use std::path::PathBuf;
use std::time::Duration;

/// The site rebuilt from a report with one word changed, which `cargo
/// xtask test e2e` builds beside the first (the second deploy).
fn next_edition() -> PathBuf {
    std::env::var_os("MICRA_E2E_NEXT_SITE")
        .expect("MICRA_E2E_NEXT_SITE is not set: run the end-to-end tests with `cargo xtask test e2e`, which builds it")
        .into()
}

#[tokio::test(flavor = "multi_thread")]
async fn after_one_visit_every_kind_of_page_opens_offline_directly_reloaded_and_by_its_links() {
    let (site, base) = site_from_env();
    let report = report_of(&site);
    let host = StaticHost::start(&site, &base);
    let browser = Browser::start(1280, 900).await;
    browser.open(&host.url("")).await;
    wait_for_offline_copy(&browser).await;
    let scope = browser
        .run_async_script(
            "const done = arguments[0];
             navigator.serviceWorker.getRegistration().then((registration) => done(registration.scope))",
        )
        .await;
    assert_eq!(scope, host.url(""), "the worker's scope is the site's base");
    let under_base = host.url("");
    let front_page = host.url("");
    let urls = |path: &str| format!("{under_base}{path}");

    // The network is cut: nothing answers on the site's port any more.
    drop(host);

    for route in every_kind_of_page(&report) {
        browser.open(&urls(&route.path)).await;
        browser.see_text("main h1", &route.heading).await;
    }
    let event = report
        .timeline
        .events
        .last()
        .expect("the report has events");
    let event_page = urls(&format!("timeline/{}", event.id));
    browser.open(&event_page).await;
    browser.see_text(SHOWN_EVENT_TITLE, &event.title).await;
    browser.reload().await;
    browser.see_text(SHOWN_EVENT_TITLE, &event.title).await;
    assert_eq!(browser.current_url().await, event_page);
    // Another event's detail, which the page does not carry, comes from
    // its page in the offline copy.
    let first = report
        .timeline
        .events
        .first()
        .expect("the report has events");
    browser.wait_until_started().await;
    browser
        .run_script(&format!(
            "document.getElementById('timeline-option-{}').click(); return true",
            first.id
        ))
        .await;
    browser.see_text(SHOWN_EVENT_TITLE, &first.title).await;

    let interview = report.interviews.last().expect("the report has interviews");
    let question = interview
        .questions
        .last()
        .expect("an interview has questions");
    browser
        .open(&urls(&format!(
            "interviews/{}/{}",
            interview.id, question.id
        )))
        .await;
    browser.see_text("main", &question.text).await;
    let answer: String = question.answer.paragraphs[0]
        .text
        .chars()
        .take(60)
        .collect();
    browser.see_text("main", &answer).await;

    // From the front page, by the links a reader follows.
    browser.open(&front_page).await;
    browser.click_link(micra_flins::say!(nav_timeline)).await;
    browser
        .see_text("main h1", micra_flins::say!(timeline.heading))
        .await;
    browser.wait_until_started().await;
    browser.click_link(micra_flins::say!(nav_interviews)).await;
    browser
        .see_text("main h1", micra_flins::say!(interviews.heading))
        .await;
    browser.wait_until_started().await;
    browser
        .run_script(&format!(
            "document.querySelector(\"main a[href$='/interviews/{}']\").click(); return true",
            interview.id
        ))
        .await;
    browser
        .see_text("main h1", &interview.interviewee.name)
        .await;
    browser.wait_until_started().await;
    assert_eq!(
        browser.current_url().await,
        urls(&format!("interviews/{}", interview.id))
    );
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_new_build_is_offered_taken_on_the_readers_word_and_replaces_the_old_copy() {
    let (site, base) = site_from_env();
    let next_site = next_edition();
    let (old_headline, new_headline) = (
        report_of(&site).feature.headline,
        report_of(&next_site).feature.headline,
    );
    assert_ne!(old_headline, new_headline, "the next build changes a word");
    let host = StaticHost::start(&site, &base);
    let port = host.port();
    let under_base = host.url("");
    let browser = Browser::start(1280, 900).await;
    browser.open(&under_base).await;
    wait_for_offline_copy(&browser).await;
    let first_copy = cache_names(&browser).await;
    let precaches = |names: &[String]| {
        names
            .iter()
            .filter(|name| is_site_cache(name, &under_base) && name.contains("-precache-"))
            .count()
    };
    assert_eq!(
        precaches(&first_copy),
        1,
        "one copy of the build: {first_copy:?}"
    );
    // Another project site on the same origin, with its own offline copy.
    let neighbour = format!("micra-flins-precache-v2-{}/other-project/", host.origin());
    browser
        .run_async_script(&format!(
            "const done = arguments[0];
             caches.open('{neighbour}').then((cache) => cache.put('/other-project/', new Response('theirs'))).then(() => done(true))"
        ))
        .await;

    // The publisher deploys the next build: same address, new files. The
    // page open is of the old build, and offers the new one once it is in.
    drop(host);
    let host = StaticHost::start_on(&next_site, &base, port);
    assert_eq!(look_for_new_build(&browser).await, "installed");
    browser.see_text("main", &old_headline).await;
    browser
        .see_text(".edition-notice", micra_flins::say!(new_edition))
        .await;
    let focus = browser
        .run_script("return document.activeElement.closest('.edition-notice') === null")
        .await;
    assert_eq!(focus, true, "the notice does not take the focus");
    let violations = axe_violations(&browser, &axe_script_from_env()).await;
    assert!(
        violations.is_empty(),
        "with the notice shown: {violations:?}"
    );

    // "Not now": the notice goes, the focus lands in the page, and the
    // next page of the old build in this tab (offline, from the copy)
    // does not ask again.
    browser.click_button(micra_flins::say!(not_now)).await;
    let after = browser
        .run_script(
            "return { notice: document.querySelector('.edition-notice') !== null,
                      focus: document.activeElement.id }",
        )
        .await;
    assert_eq!(after["notice"], false, "{after}");
    assert_eq!(after["focus"], "main", "{after}");
    drop(host);
    browser.open(&format!("{under_base}timeline")).await;
    tokio::time::sleep(Duration::from_secs(1)).await;
    let asked_again = browser
        .run_script("return document.querySelector('.edition-notice') !== null")
        .await;
    assert_eq!(asked_again, false, "\"Not now\" holds for this tab");

    // Asked again (a new tab would), the reader takes it.
    browser
        .run_script(&format!(
            "sessionStorage.removeItem('{}'); return true",
            scoped_storage_key(DISMISSED_KEY, &base)
        ))
        .await;
    browser.open(&under_base).await;
    browser.see_text("main", &old_headline).await;
    browser
        .click_button(micra_flins::say!(take_new_edition))
        .await;
    browser.see_text("main", &new_headline).await;
    browser.wait_until_started().await;
    let notice = browser
        .run_script("return document.querySelector('.edition-notice') !== null")
        .await;
    assert_eq!(notice, false, "the new edition has nothing to offer");

    let caches = cache_names(&browser).await;
    assert_eq!(
        precaches(&caches),
        1,
        "one copy, the new build's: {caches:?}"
    );
    assert!(
        caches.contains(&neighbour),
        "another site's copy on the origin is left alone: {caches:?}"
    );
    let host = StaticHost::start_on(&next_site, &base, port);
    browser.assert_console_clean(&host).await;
    browser.close().await;
}

/// A deploy that lands while a reader's first download is under way (or
/// a host that rewrites pages) gives the worker a file that is not its
/// build's: the copy is refused whole, not kept half old and half new.
#[tokio::test(flavor = "multi_thread")]
async fn a_file_from_another_build_stops_the_offline_copy_and_the_site_reads_online() {
    let (site, base) = site_from_env();
    let mixed = e2e::copy_of_site(&site, "mixed-builds");
    // The front page shows the headline, the one word the next build changes.
    let page = "index.html";
    let next_page = std::fs::read(next_edition().join(page)).expect("the next build's front page");
    assert_ne!(std::fs::read(site.join(page)).ok(), Some(next_page.clone()));
    std::fs::write(mixed.join(page), next_page).expect("one page of the next build");
    let host = StaticHost::start(&mixed, &base);
    let browser = Browser::start(1280, 900).await;
    browser.open(&host.url("")).await;
    let outcome = install_outcome(&browser, &host.url("service-worker.js")).await;
    assert_eq!(
        outcome, "redundant",
        "in {}: the worker did not refuse the mixed build",
        browser.engine
    );
    let in_charge = browser
        .run_async_script(
            "const done = arguments[0];
             navigator.serviceWorker.getRegistration().then((registration) =>
               done(Boolean(registration && registration.active) || navigator.serviceWorker.controller !== null))",
        )
        .await;
    assert_eq!(in_charge, false, "no copy of the mixed build is in use");
    let report = report_of(&site);
    browser.open(&host.url("timeline")).await;
    browser
        .see_text("main h1", micra_flins::say!(timeline.heading))
        .await;
    browser
        .see_text("main", &report.timeline.events[0].title)
        .await;
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_site_is_installable() {
    let (site, base) = site_from_env();
    let host = StaticHost::start(&site, &base);
    let browser = Browser::start(1280, 900).await;
    browser.open(&host.url("")).await;
    wait_for_offline_copy(&browser).await;
    match installability_errors(&browser).await {
        Ok(errors) => assert!(errors.is_empty(), "Chromium: {errors:?}"),
        // Only Chromium can say; the manifest's content is checked natively (xtask).
        Err(reason) => eprintln!("installability not checked: {reason}"),
    }
    let manifest = browser
        .run_async_script(
            "const done = arguments[0];
             fetch(document.querySelector('link[rel=manifest]').href)
               .then((response) => response.json()).then(done, (error) => done(String(error)))",
        )
        .await;
    assert_eq!(manifest["start_url"], format!("{base}"), "{manifest}");
    assert_eq!(manifest["scope"], format!("{base}"), "{manifest}");
    browser.close().await;
}
