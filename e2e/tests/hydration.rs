//! A prerendered page's islands come alive without a visible change: on a
//! slow connection the reader has already typed, focused and scrolled when
//! the wasm arrives, and all of it is still there afterwards, with no
//! layout shift.

use e2e::{Browser, StaticHost, site_from_env};
use std::time::Duration;

#[tokio::test(flavor = "multi_thread")]
async fn what_the_reader_did_before_the_app_started_survives_hydration() {
    let (site, base) = site_from_env();
    let host = StaticHost::start_with_slow_wasm(&site, &base, Duration::from_secs(3));
    let browser = Browser::start(1280, 900).await;
    browser
        .open_as_served(&host.url("interviews/catherine-perez/why-flins"))
        .await;
    let prerendered = browser
        .run_script(
            // Only Chromium reports layout shifts; elsewhere this stays null.
            "window.layoutShifts = null;
             window.shiftedElements = [];
             if (PerformanceObserver.supportedEntryTypes.includes('layout-shift')) {
               window.layoutShifts = 0;
               new PerformanceObserver((list) => {
                 for (const shift of list.getEntries()) {
                   if (shift.hadRecentInput) continue;
                   window.layoutShifts += shift.value;
                   // What moved and when, for the failure message.
                   for (const source of shift.sources) {
                     const node = source.node;
                     const name = !node ? 'a removed node'
                       : node.nodeType === 1 ? node.tagName.toLowerCase() + (node.className ? '.' + node.className : '')
                       : node.nodeName;
                     const [from, to] = [source.previousRect, source.currentRect];
                     window.shiftedElements.push(Math.round(shift.startTime) + ' ms: ' + name
                       + ' from ' + [from.x, from.y, from.width, from.height]
                       + ' to ' + [to.x, to.y, to.width, to.height]);
                   }
                 }
               }).observe({ type: 'layout-shift', buffered: true });
             }
             return document.getElementById('app').hasAttribute('data-prerendered')",
        )
        .await;
    assert_eq!(
        prerendered, true,
        "the wasm is held back: the page is still the prerendered one"
    );

    // The reader scrolls on and tabs to a button further down, before the app has started.
    let before = browser
        .run_script(
            "window.scrollTo(0, 700);
             const button = document.querySelectorAll('.qa__tools button')[2];
             button.focus({ preventScroll: true });
             window.shiftedElements.push(Math.round(performance.now()) + ' ms: the reader has scrolled and focused');
             return { scroll: window.scrollY, top: button.getBoundingClientRect().top }",
        )
        .await;
    assert_eq!(before["scroll"], 700, "the page is long enough to scroll");

    browser.wait_until_started().await;
    let after = browser
        .run_async_script(
            "const done = arguments[0];
             // Layout shifts reach the observer after the frame they happen in.
             requestAnimationFrame(() => setTimeout(() => {
               const buttons = [...document.querySelectorAll('.qa__tools button')];
               done({ scroll: window.scrollY, focused: buttons.indexOf(document.activeElement),
                      top: document.activeElement.getBoundingClientRect().top,
                      shifts: window.layoutShifts, shifted: window.shiftedElements });
             }, 200))",
        )
        .await;
    assert_eq!(
        after["scroll"], 700,
        "the scroll position survives: {after}"
    );
    assert_eq!(
        after["focused"], 2,
        "the focus stays on the same button: {after}"
    );
    assert_eq!(
        after["top"], before["top"],
        "the button stays where the reader saw it: {after}"
    );
    if after["shifts"].is_null() {
        eprintln!(
            "{} reports no layout shifts ('layout-shift' entries): the button's place stands for them",
            browser.engine
        );
    } else {
        assert_eq!(after["shifts"], 0.0, "nothing moved: {after}");
    }
    browser.assert_console_clean(&host).await;
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn words_typed_into_find_before_the_app_started_are_searched_for_once_it_has() {
    let (site, base) = site_from_env();
    let host = StaticHost::start_with_slow_wasm(&site, &base, Duration::from_secs(3));
    let browser = Browser::start(1280, 900).await;
    browser
        .open_as_served(&host.url("interviews/catherine-perez"))
        .await;
    browser
        .run_script("document.getElementById('find-input').focus(); return true")
        .await;
    browser.press("Micra").await;
    browser.wait_until_started().await;
    let field = browser
        .run_script(
            "const field = document.getElementById('find-input');
             return { focused: document.activeElement === field, value: field.value }",
        )
        .await;
    assert_eq!(field["focused"], true, "{field}");
    assert_eq!(field["value"], "Micra", "{field}");
    browser.see_text(".find-bar__count", " of ").await;
    browser.assert_console_clean(&host).await;
    browser.close().await;
}

/// A prerendered page was written without a query; its islands take the
/// one the address has once they run: a filtered timeline, a search over
/// the interviews, find-in-text in an interview.
#[tokio::test(flavor = "multi_thread")]
async fn the_islands_take_up_the_query_the_address_has() {
    let (site, base) = site_from_env();
    let host = StaticHost::start(&site, &base);
    let browser = Browser::start(1280, 900).await;

    browser.open(&host.url("timeline?site=oppama")).await;
    browser
        .see_text(".filters__status", "Showing 2 of 10 events.")
        .await;

    browser.open(&host.url("interviews?find=Micra")).await;
    browser.see_text(".search-all__summary", " in ").await;
    let field = browser
        .run_script("return document.querySelector('.search-all input').value")
        .await;
    assert_eq!(field, "Micra");

    browser
        .open(&host.url("interviews/catherine-perez?find=Micra"))
        .await;
    browser.see_text(".find-bar__count", " of ").await;
    let marks = browser
        .run_script("return document.querySelectorAll('mark.find-mark').length")
        .await;
    assert!(
        marks.as_u64().unwrap_or_default() > 0,
        "matches are marked: {marks}"
    );
    browser.assert_console_clean(&host).await;
    browser.close().await;
}

/// Each page downloads one wasm, the one its settings list first, which
/// holds every island of the page (the build puts it first, since the
/// loader runs before the islands are parsed), and not before the page's
/// first paint, or, on a load that has not painted by then, 0.25 s in
/// (src/page_loader.js).
#[tokio::test(flavor = "multi_thread")]
async fn each_page_downloads_the_wasm_of_its_own_islands_once_it_has_painted() {
    let (site, base) = site_from_env();
    let report = e2e::report_of(&site);
    let host = StaticHost::start(&site, &base);
    for route in e2e::every_kind_of_page(&report) {
        // A browser of its own for each page, as on a first visit: the
        // offline copy an earlier page started would be downloading every
        // wasm meanwhile, and WebKit then left the page's own request out
        // of its timeline (seen on a host slow to send the wasm).
        let browser = Browser::start(1280, 900).await;
        browser.open(&host.url(&route.path)).await;
        let loaded = browser
            .run_script(
                "const settings = JSON.parse(document.getElementById('page-loader-settings').textContent);
                 const own = settings.wasm[0];
                 const islands = [...document.querySelectorAll('leptos-island')]
                   .map((island) => island.dataset.component);
                 const paint = performance.getEntriesByName('first-contentful-paint')[0];
                 return {
                   missing: islands.filter((island) => !own.islands.includes(island)),
                   own: new URL(own.files[1], document.baseURI).href,
                   wasm: performance.getEntriesByType('resource')
                     .filter((entry) => entry.name.endsWith('.wasm'))
                     .map((entry) => ({ name: entry.name, at: entry.startTime })),
                   allowedFrom: Math.min(paint ? paint.startTime : Infinity, 250),
                 }",
            )
            .await;
        let page = &route.path;
        assert_eq!(
            loaded["missing"],
            serde_json::json!([]),
            "/{page}: the wasm its settings list first holds all of its islands"
        );
        let wasm = loaded["wasm"].as_array().unwrap();
        assert_eq!(wasm.len(), 1, "/{page} downloads one wasm: {wasm:?}");
        assert_eq!(wasm[0]["name"], loaded["own"], "/{page}");
        let (at, allowed_from) = (
            wasm[0]["at"].as_f64().unwrap(),
            loaded["allowedFrom"].as_f64().unwrap(),
        );
        assert!(
            at >= allowed_from,
            "/{page} asked for its wasm at {at} ms, before its first paint or 250 ms ({allowed_from} ms)"
        );
        browser.close().await;
    }
}
