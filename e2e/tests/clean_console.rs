//! Every route of the built site loads with a clean console: no script
//! error, no Content Security Policy violation, no warning and no failed
//! request, but the one a page makes fail on purpose.

use e2e::{Browser, StaticHost, every_kind_of_page, report_of, site_from_env};

#[tokio::test(flavor = "multi_thread")]
async fn every_route_loads_without_console_problems_or_failed_requests() {
    let (site, base) = site_from_env();
    let host = StaticHost::start(&site, &base);
    let routes = every_kind_of_page(&report_of(&site));
    let browser = Browser::start(1280, 900).await;
    let mut problems = Vec::new();
    for route in &routes {
        browser.open_route(&host, route).await;
        // Late requests (the report, a lazy image) have time to fail.
        tokio::time::sleep(std::time::Duration::from_millis(300)).await;
        let on_purpose = route.fails_on_purpose.as_deref().map(|path| host.url(path));
        let expected = |line: &String| {
            on_purpose
                .as_deref()
                .is_some_and(|url| line.contains(url) && line.contains("404"))
        };
        let logged = browser.console_problems().await;
        let failed = host.failed_requests();
        if let Some(url) = &on_purpose {
            assert!(
                failed.iter().any(expected),
                "/{}: the request that fails on purpose ({url}) fails: {failed:?}",
                route.path
            );
        }
        problems.extend(
            logged
                .into_iter()
                .chain(failed)
                .filter(|line| !expected(line))
                .map(|line| format!("/{}: {line}", route.path)),
        );
    }
    browser.close().await;
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The check above hears problems in every engine, each told its own way
/// (Chromium's log, Firefox's standard output, WebKit's page listeners):
/// a script error and a `console.error` on a page are both reported.
#[tokio::test(flavor = "multi_thread")]
async fn a_script_error_and_a_console_error_on_a_page_are_reported() {
    let (site, base) = site_from_env();
    let host = StaticHost::start(&site, &base);
    let browser = Browser::start(1280, 900).await;
    browser.open(&host.url("timeline")).await;
    assert!(browser.console_problems().await.is_empty());
    browser
        .run_script(
            "console.error('micra-probe: logged');
             setTimeout(() => { throw new Error('micra-probe: thrown'); }, 0);
             return true",
        )
        .await;
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    let problems = browser.console_problems().await;
    for probe in ["micra-probe: logged", "micra-probe: thrown"] {
        assert!(
            problems.iter().any(|line| line.contains(probe)),
            "{probe:?} is not among {problems:?}"
        );
    }
    browser.close().await;
}
