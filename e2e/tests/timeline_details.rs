//! A timeline page carries its own event's detail; another event's comes
//! from that event's page when the reader selects it. When it cannot come,
//! the reader is told why and can try again.

use e2e::{Browser, SHOWN_EVENT_TITLE, StaticHost, report_of, site_from_env};
use fantoccini::Locator;
use micra_flins::logic::timeline::in_list_order;
use micra_flins::say;

#[tokio::test(flavor = "multi_thread")]
async fn a_detail_that_cannot_be_fetched_says_why_and_comes_on_retry() {
    let (site, base) = site_from_env();
    let report = report_of(&site);
    let order = in_list_order(&report);
    let (opened, missing) = (&order[0], &order[3]);
    let copy = e2e::copy_of_site(&site, "missing-event-page");
    let page = format!("timeline/{}/index.html", missing.id);
    std::fs::remove_file(copy.join(&page)).expect("hide one event's page");
    let host = StaticHost::start(&copy, &base);
    let browser = Browser::start(1280, 900).await;
    browser
        .open(&host.url(&format!("timeline/{}", opened.id)))
        .await;
    browser.see_text(SHOWN_EVENT_TITLE, &opened.title).await;

    let option = format!("#timeline-option-{}", missing.id);
    browser
        .client
        .find(Locator::Css(&option))
        .await
        .expect("the event's option")
        .click()
        .await
        .expect("select the event");
    browser
        .see_text(
            ".event-detail-status",
            &say!(timeline.event_not_served(404)),
        )
        .await;

    std::fs::copy(site.join(&page), copy.join(&page)).expect("publish the page again");
    browser.click_button(say!(try_again)).await;
    browser.see_text(SHOWN_EVENT_TITLE, &missing.title).await;
    let status = browser
        .run_script("return document.querySelector('.event-detail-status p').textContent")
        .await;
    assert_eq!(
        status.as_str(),
        Some(""),
        "the message goes with the failure"
    );
    let retry_shown = browser
        .run_script("return !document.querySelector('.event-detail-status button').hidden")
        .await;
    assert_eq!(retry_shown.as_bool(), Some(false), "and so does the button");
    let details = browser
        .run_script("return document.querySelectorAll('article.event-detail').length")
        .await;
    assert!(
        details.as_u64().unwrap_or_default() >= 2,
        "the page keeps the details it took: {details}"
    );
    browser.close().await;
}
