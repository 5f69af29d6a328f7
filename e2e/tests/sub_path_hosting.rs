//! The built site under a sub-path of a plain static host renders on first
//! load, on in-app navigation, and when a deep URL is loaded directly.

use e2e::{Browser, SHOWN_EVENT_TITLE, StaticHost, site_from_env};

#[tokio::test(flavor = "multi_thread")]
async fn the_front_page_renders_under_the_sub_path() {
    let (site, base) = site_from_env();
    let host = StaticHost::start(&site, &base);
    let browser = Browser::start(1280, 900).await;

    browser.open(&host.url("")).await;
    browser.see_text("h1", "The Renault-Nissan Alliance").await;
    // The islands started under the page's Content Security Policy: no
    // inline script but those it allows by their hashes.
    let policy = browser
        .run_async_script(
            "arguments[0](document.querySelector('meta[http-equiv=Content-Security-Policy]')?.content ?? '')",
        )
        .await;
    let policy = policy.as_str().unwrap_or_default();
    assert!(
        policy.contains("script-src 'self' 'wasm-unsafe-eval' 'sha256-"),
        "{policy}"
    );
    assert!(!policy.contains("unsafe-inline"), "{policy}");
    browser.see_text("nav", "Story").await;
    browser
        .see_text(".article h2", "Nearly 600 recruitments")
        .await;
    assert_eq!(
        browser.link_href("Story").await,
        base,
        "nav links stay under the sub-path"
    );
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_deep_url_loaded_directly_starts_the_app_and_links_back_under_the_sub_path() {
    let (site, base) = site_from_env();
    let host = StaticHost::start(&site, &base);
    let browser = Browser::start(375, 800).await;

    browser.open(&host.url("no/such/page")).await;
    browser.see_text("main h1", "Page not found").await;
    assert_eq!(browser.link_href("Back to the story").await, base);

    browser.click_link("Back to the story").await;
    browser
        .see_text("main h1", "The Renault-Nissan Alliance")
        .await;
    assert_eq!(browser.current_url().await, host.url(""));
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_timeline_event_reloads_from_its_address_and_back_returns_to_the_previous_one() {
    let (site, base) = site_from_env();
    let host = StaticHost::start(&site, &base);
    let browser = Browser::start(1280, 900).await;

    browser.open(&host.url("")).await;
    browser.click_link("Timeline").await;
    browser.see_text("main h1", "Timeline").await;
    assert_eq!(browser.current_url().await, host.url("timeline"));

    browser.open(&host.url("timeline/oppama-training")).await;
    browser
        .see_text(SHOWN_EVENT_TITLE, "Training in Japan")
        .await;
    browser.click_button("Next event").await;
    browser
        .see_text(SHOWN_EVENT_TITLE, "Unveiled in Paris")
        .await;
    assert_eq!(
        browser.current_url().await,
        host.url("timeline/paris-motor-show")
    );

    browser.client.back().await.expect("go back");
    browser
        .see_text(SHOWN_EVENT_TITLE, "Training in Japan")
        .await;
    assert_eq!(
        browser.current_url().await,
        host.url("timeline/oppama-training")
    );
    browser.close().await;
}
