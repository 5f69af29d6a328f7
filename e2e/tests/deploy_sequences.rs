//! What a publisher's deploys do to a reader who has the site offline:
//! deploy A and visit; then a change to the worker alone, a new build
//! whose download is cut half way, a rollback A → B → A, and two tabs of
//! which one takes the new edition. After each, the reader still has one
//! complete build offline (every kind of page opens with its app: 0
//! lost), and online gets the newest deployed build within one reload.

use e2e::offline::{
    look_for_new_build, pages_that_fail, take_waiting_build, wait_for_offline_copy,
    wait_for_registration,
};
use e2e::{Browser, Engine, HostOptions, StaticHost, every_kind_of_page, report_of, site_from_env};
use std::path::{Path, PathBuf};
use std::sync::Arc;

fn next_edition() -> PathBuf {
    std::env::var_os("MICRA_E2E_NEXT_SITE")
        .expect("MICRA_E2E_NEXT_SITE is not set: run `cargo xtask test e2e`, which builds it")
        .into()
}

/// Every kind of page of the site under `host`, with the heading it shows.
fn pages_of(site: &Path, host: &StaticHost) -> Vec<(String, String)> {
    every_kind_of_page(&report_of(site))
        .into_iter()
        .map(|route| (host.url(&route.path), route.heading))
        .collect()
}

/// A reader's first visit to `site`: the browser, once the first visit's
/// files are stored, and the host (a deploy starts the next on its port).
async fn first_visit(site: &Path, base: &str) -> (Browser, StaticHost) {
    let host = StaticHost::start(site, base);
    let browser = Browser::start(1280, 900).await;
    browser.open(&host.url("")).await;
    wait_for_offline_copy(&browser).await;
    (browser, host)
}

/// The front page's headline of the first build and of the next.
fn headlines(site: &Path, next: &Path) -> (String, String) {
    (
        report_of(site).feature.headline,
        report_of(next).feature.headline,
    )
}

/// Goes offline and counts the pages the copy lost, then checks the
/// front page is of the build with `headline`.
async fn offline_copy_is_whole(
    browser: &Browser,
    host: StaticHost,
    site: &Path,
    headline: &str,
    when: &str,
) {
    let pages = pages_of(site, &host);
    drop(host);
    let lost = pages_that_fail(browser, &pages).await;
    assert!(
        lost.is_empty(),
        "{when}: {} pages lost offline: {lost:?}",
        lost.len()
    );
    browser.open(&pages[0].0).await;
    browser.see_text("main", headline).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_change_to_the_worker_alone_downloads_nothing_and_loses_nothing() {
    let (site, base) = site_from_env();
    let headline = report_of(&site).feature.headline;
    let changed = e2e::copy_of_site(&site, "worker-only");
    let worker = changed.join("service-worker.js");
    let mut code = std::fs::read_to_string(&worker).expect("the worker");
    code.push_str("\n// A comment: the worker changed, nothing else did.\n");
    std::fs::write(&worker, code).expect("write the worker");

    let (browser, host) = first_visit(&site, &base).await;
    let port = host.port();
    drop(host);

    let host = StaticHost::start_on(&changed, &base, port);
    assert_eq!(look_for_new_build(&browser).await, "installed");
    let fetched: Vec<String> = host
        .asked_for("")
        .into_iter()
        .filter(|path| !path.ends_with("service-worker.js"))
        .collect();
    assert!(fetched.is_empty(), "the new worker downloaded {fetched:?}");
    let notice = browser
        .run_script("return document.querySelector('.edition-notice') !== null")
        .await;
    assert_eq!(notice, false, "the same pages are no news to the reader");
    take_waiting_build(&browser).await;
    offline_copy_is_whole(
        &browser,
        host,
        &changed,
        &headline,
        "after a worker-only deploy",
    )
    .await;
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_download_cut_half_way_keeps_the_old_copy_and_online_reads_the_new_build() {
    let (site, base) = site_from_env();
    let next = next_edition();
    let (old_headline, new_headline) = headlines(&site, &next);
    let (browser, host) = first_visit(&site, &base).await;
    let port = host.port();
    drop(host);

    // The new build's pages are up, half of its other pages are not yet:
    // the reader's browser finds the new worker and cannot download it all.
    let not_yet = Arc::new(|path: &str| path.starts_with("interviews/"));
    let cut = HostOptions {
        port,
        cut: Some(not_yet),
        ..HostOptions::default()
    };
    let host = StaticHost::start_with(&next, &base, cut);
    assert_eq!(look_for_new_build(&browser).await, "redundant");
    browser.reload().await;
    browser.see_text("main", &new_headline).await;
    offline_copy_is_whole(&browser, host, &site, &old_headline, "after a cut download").await;
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_rollback_from_b_to_a_leaves_a_whole_copy_of_a() {
    let (site, base) = site_from_env();
    let next = next_edition();
    let (old_headline, new_headline) = headlines(&site, &next);
    let (browser, host) = first_visit(&site, &base).await;
    let port = host.port();
    drop(host);

    let host = StaticHost::start_on(&next, &base, port);
    assert_eq!(look_for_new_build(&browser).await, "installed", "B");
    take_waiting_build(&browser).await;
    browser.reload().await;
    browser.see_text("main", &new_headline).await;
    drop(host);

    let host = StaticHost::start_on(&site, &base, port);
    assert_eq!(look_for_new_build(&browser).await, "installed", "A again");
    browser.reload().await;
    browser.see_text("main", &old_headline).await;
    take_waiting_build(&browser).await;
    offline_copy_is_whole(&browser, host, &site, &old_headline, "after A → B → A").await;
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn of_two_tabs_one_takes_the_new_edition_and_the_other_reads_it_on_reload() {
    if Engine::from_env() == Engine::WebKit {
        // README's table of engine differences.
        eprintln!("WebKit: a page in a second MiniBrowser tab never runs its islands");
        return;
    }
    let (site, base) = site_from_env();
    let next = next_edition();
    let (old_headline, new_headline) = headlines(&site, &next);
    let (browser, host) = first_visit(&site, &base).await;
    let port = host.port();
    let first_tab = browser.client.window().await.expect("the first tab");
    let second_tab = browser
        .client
        .new_window(true)
        .await
        .expect("a second tab")
        .handle;
    browser
        .client
        .switch_to_window(second_tab.clone())
        .await
        .expect("switch to the second tab");
    browser.open(&host.url("")).await;
    wait_for_registration(&browser).await;
    drop(host);

    let host = StaticHost::start_on(&next, &base, port);
    browser
        .client
        .switch_to_window(first_tab)
        .await
        .expect("switch to the first tab");
    assert_eq!(look_for_new_build(&browser).await, "installed");
    browser
        .click_button(micra_flins::say!(take_new_edition))
        .await;
    browser.see_text("main", &new_headline).await;

    browser
        .client
        .switch_to_window(second_tab)
        .await
        .expect("switch to the second tab");
    browser.see_text("main", &old_headline).await;
    browser.reload().await;
    browser.see_text("main", &new_headline).await;
    offline_copy_is_whole(&browser, host, &next, &new_headline, "after two tabs").await;
    browser.close().await;
}
