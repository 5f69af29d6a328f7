//! The site speaks the language of the report it was built from: its
//! pages say so in `<html lang>`, the interface's words and dates are that
//! language's, and the islands keep speaking it once they run. The test
//! command runs this on the bundled (English) report and on the French
//! example.

use e2e::{Browser, StaticHost, every_kind_of_page, report_of, site_from_env};
use micra_flins::say;
use micra_flins::ui_text::{Language, date_words};

#[tokio::test(flavor = "multi_thread")]
async fn every_page_and_its_islands_speak_the_reports_language() {
    let (site, base) = site_from_env();
    let report = report_of(&site);
    let language = Language::for_report(&report.source.language);
    let host = StaticHost::start(&site, &base);
    let browser = Browser::start(1280, 900).await;
    for route in every_kind_of_page(&report) {
        browser.open_route(&host, &route).await;
        let lang = browser
            .run_script("return document.documentElement.lang")
            .await;
        assert_eq!(lang.as_str(), Some(language.tag()), "/{}", route.path);
        browser.see_text("nav.site-nav", say!(nav_timeline)).await;
        let title = browser.run_script("return document.title").await;
        assert!(
            title
                .as_str()
                .unwrap_or_default()
                .contains(&report.feature.title),
            "/{}: the title names the report: {title}",
            route.path
        );
    }

    // The timeline's islands, once running, count and announce in the
    // report's language.
    let events = &report.timeline.events;
    let first = &events[0];
    browser
        .open(&host.url(&format!("timeline/{}", first.id)))
        .await;
    browser
        .see_text(
            ".stepper__position",
            &say!(timeline.position(1, events.len())),
        )
        .await;
    browser.click_button(say!(timeline.next_event)).await;
    browser
        .see_text(
            ".stepper__position",
            &say!(timeline.position(2, events.len())),
        )
        .await;
    browser
        .see_text(e2e::SHOWN_EVENT_TITLE, &events[1].title)
        .await;
    browser
        .see_text(
            ".event-detail:not([hidden]) .event-detail__date",
            &events[1].date.format(date_words()),
        )
        .await;
    browser.close().await;
}
