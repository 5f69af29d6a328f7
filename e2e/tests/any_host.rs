//! The same site on the hosts publishers have: one with clean URLs (a 308
//! from `…/index.html` to `…/` and from `/x.html` to `/x`, as Cloudflare
//! Pages does) and Debian's nginx with a typical static configuration
//! (which redirects a folder without its slash). On each: the first
//! visit, every kind of page by deep link and by reload, the not-found
//! page, everything offline after one visit, and a new deploy taken from
//! the notice. (The GitHub-Pages-like host is the rest of the suite's.)

use e2e::nginx::NginxHost;
use e2e::offline::{look_for_new_build, pages_that_fail, wait_for_offline_copy};
use e2e::{
    Addresses, Browser, Engine, HostOptions, StaticHost, every_kind_of_page, report_of,
    site_from_env,
};
use std::path::Path;

/// A host of one kind serving a site on a port it keeps across deploys.
enum Host {
    Clean(StaticHost),
    Nginx(NginxHost),
}

#[derive(Clone, Copy)]
enum Kind {
    Clean,
    Nginx,
}

impl Host {
    fn start(kind: Kind, site: &Path, base: &str, port: u16) -> Self {
        match kind {
            Kind::Clean => Host::Clean(StaticHost::start_with(
                site,
                base,
                HostOptions {
                    port,
                    addresses: Addresses::Clean,
                    ..HostOptions::default()
                },
            )),
            Kind::Nginx => Host::Nginx(NginxHost::start(site, base, port)),
        }
    }

    fn url(&self, path: &str) -> String {
        match self {
            Host::Clean(host) => host.url(path),
            Host::Nginx(host) => host.url(path),
        }
    }

    fn port(&self) -> u16 {
        match self {
            Host::Clean(host) => host.port(),
            Host::Nginx(host) => host.port(),
        }
    }
}

async fn every_page_online_offline_and_after_a_deploy(kind: Kind, name: &str) {
    let (site, base) = site_from_env();
    let next_site: std::path::PathBuf = std::env::var_os("MICRA_E2E_NEXT_SITE")
        .expect("MICRA_E2E_NEXT_SITE is not set: run `cargo xtask test e2e`")
        .into();
    let report = report_of(&site);
    let host = Host::start(kind, &site, &base, 0);
    let port = host.port();
    let pages: Vec<(String, String)> = every_kind_of_page(&report)
        .into_iter()
        .map(|route| (host.url(&route.path), route.heading))
        .collect();
    let browser = Browser::start(1280, 900).await;

    // The first visit, and every kind of page by deep link (the folder
    // spellings the host redirects included), online.
    browser.open(&host.url("")).await;
    wait_for_offline_copy(&browser).await;
    let failed = pages_that_fail(&browser, &pages).await;
    assert!(failed.is_empty(), "{name}, online: {failed:?}");
    let spelled = [
        (host.url("index.html"), pages[0].1.clone()),
        (
            host.url("timeline/index.html"),
            micra_flins::say!(timeline.heading).to_string(),
        ),
    ];
    let failed = pages_that_fail(&browser, &spelled).await;
    assert!(
        failed.is_empty(),
        "{name}, index.html spelled out: {failed:?}"
    );
    browser.open(&host.url("interviews")).await;
    browser.reload().await;
    browser
        .see_text("main h1", micra_flins::say!(interviews.heading))
        .await;

    // Offline: the front page (which a clean-URL host redirects to from
    // index.html) and every other.
    drop(host);
    let failed = pages_that_fail(&browser, &pages).await;
    assert!(failed.is_empty(), "{name}, offline: {failed:?}");
    browser.open(&pages[0].0).await;
    browser.reload().await;
    browser.see_text("main", &report.feature.headline).await;

    // A new deploy: the page open is of the old build, and offers the new.
    let host = Host::start(kind, &next_site, &base, port);
    let new_headline = report_of(&next_site).feature.headline;
    assert_eq!(look_for_new_build(&browser).await, "installed", "{name}");
    browser
        .click_button(micra_flins::say!(take_new_edition))
        .await;
    browser.see_text("main", &new_headline).await;
    drop(host);
    let failed = pages_that_fail(&browser, &pages[..1]).await;
    assert!(
        failed.is_empty(),
        "{name}, the new build offline: {failed:?}"
    );
    browser.see_text("main", &new_headline).await;
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn on_a_host_with_clean_urls_every_page_opens_online_and_offline() {
    every_page_online_offline_and_after_a_deploy(Kind::Clean, "clean URLs").await;
}

/// Chromium's run only: nginx adds the same case in every engine.
#[tokio::test(flavor = "multi_thread")]
async fn on_nginx_every_page_opens_online_and_offline() {
    if Engine::from_env() != Engine::Chromium {
        eprintln!("nginx's host runs with Chromium's suite only");
        return;
    }
    every_page_online_offline_and_after_a_deploy(Kind::Nginx, "nginx").await;
}
