//! The reader's journeys through the built site with the bundled report's
//! own words, keyboard first: from the front page into the timeline and
//! through its events, from a source into the interview answer it cites,
//! and a host without the report's file. Finding in an interview and
//! copying a question's link are any_report_journeys.rs's, for any report.

use e2e::browser::keys;
use e2e::{Browser, SHOWN_EVENT_TITLE, StaticHost, site_from_env};
use fantoccini::Locator;

#[tokio::test(flavor = "multi_thread")]
async fn a_keyboard_reader_goes_from_the_front_page_through_the_events() {
    let (site, base) = site_from_env();
    let host = StaticHost::start(&site, &base);
    let browser = Browser::start(1280, 900).await;
    browser.open(&host.url("")).await;
    browser
        .see_text("main h1", "The Renault-Nissan Alliance")
        .await;

    let first = browser
        .tab_to("the skip link", 3, |focused| focused.tag == "a")
        .await;
    assert_eq!(
        first.text, "Skip to content",
        "the first Tab stop skips the header"
    );
    browser
        .tab_to("the Timeline link", 10, |focused| {
            focused.text == "Timeline"
        })
        .await;
    browser.press(keys::ENTER).await;
    browser.see_text("main h1", "Timeline").await;
    assert_eq!(browser.current_url().await, host.url("timeline"));
    // The arrows are the app's: wait for it (the offline copy may be
    // downloading beside it, after the first page).
    browser.wait_until_started().await;

    // The event list is one Tab stop; arrows move within it.
    let event = browser
        .tab_to("the event list", 40, |focused| focused.role == "option")
        .await;
    assert!(
        event.text.contains("Flins chosen for the next Micra"),
        "{event:?}"
    );
    browser.press(keys::ARROW_RIGHT).await;
    let next = browser.focused().await;
    assert_eq!(next.role, "option");
    assert_ne!(next.id, event.id, "ArrowRight moves to the next event");
    let next_id = next
        .id
        .strip_prefix("timeline-option-")
        .expect("option ids name their event");

    browser.press(keys::ENTER).await;
    let title = next
        .text
        .lines()
        .nth(1)
        .expect("an option shows date then title")
        .trim();
    browser.see_text(SHOWN_EVENT_TITLE, title).await;
    assert_eq!(
        browser.current_url().await,
        host.url(&format!("timeline/{next_id}"))
    );
    assert_eq!(
        browser.focused().await.id,
        next.id,
        "choosing keeps the focus on the event"
    );

    browser.client.back().await.expect("go back");
    browser.see_text("main", "Choose an event above").await;
    assert_eq!(browser.current_url().await, host.url("timeline"));
    browser.client.forward().await.expect("go forward");
    browser.see_text(SHOWN_EVENT_TITLE, title).await;
    assert_eq!(
        browser.current_url().await,
        host.url(&format!("timeline/{next_id}"))
    );
    browser.assert_console_clean(&host).await;
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_source_link_lands_on_the_answer_it_cites() {
    let (site, base) = site_from_env();
    let host = StaticHost::start(&site, &base);
    let browser = Browser::start(375, 800).await;
    browser.open(&host.url("timeline/oppama-training")).await;
    browser
        .see_text(SHOWN_EVENT_TITLE, "Training in Japan")
        .await;

    let source = browser
        .client
        .find(Locator::XPath(
            "//article[contains(@class, 'event-detail') and not(@hidden)]//a[contains(., 'Catherine Perez, answering')]",
        ))
        .await
        .expect("a source link into Catherine Perez's interview");
    source.click().await.expect("follow the source");

    browser.see_text("main h1", "Catherine Perez").await;
    assert_eq!(
        browser.current_url().await,
        host.url("interviews/catherine-perez/first-nissan-at-renault#first-nissan-at-renault-1")
    );
    // The prerendered page shows at once; the landing is the app's, which
    // may start late while the offline copy downloads beside it.
    browser.wait_until_started().await;
    let landed = browser
        .run_async_script(
            "const done = arguments[0];
             // The app lands after it renders; give it a few frames.
             setTimeout(() => {
               const cited = document.getElementById('first-nissan-at-renault-1');
               const box = cited.getBoundingClientRect();
               done({
                 text: cited.innerText,
                 onScreen: box.top >= 0 && box.top < innerHeight,
                 marked: cited.classList.contains('is-target'),
                 focusHoldsIt: document.activeElement.contains(cited),
                 focused: document.activeElement.id,
               });
             }, 300)",
        )
        .await;
    assert_eq!(
        landed["onScreen"], true,
        "the cited paragraph is scrolled into view: {landed}"
    );
    assert_eq!(
        landed["marked"], true,
        "the cited paragraph is highlighted: {landed}"
    );
    // Reading goes on from its question, so a screen reader hears it in context.
    assert_eq!(landed["focused"], "first-nissan-at-renault", "{landed}");
    assert_eq!(landed["focusHoldsIt"], true, "{landed}");
    assert!(
        landed["text"]
            .as_str()
            .unwrap_or_default()
            .starts_with("It is the first time Nissan has entrusted Renault"),
        "{landed}"
    );
    browser.assert_console_clean(&host).await;
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_release_page_needs_no_report_file_its_islands_carry_what_they_show() {
    let (site, base) = site_from_env();
    let copy = e2e::copy_of_site(&site, "no-report");
    std::fs::remove_file(copy.join("data/report.json")).expect("hide the report");
    let host = StaticHost::start(&copy, &base);
    let browser = Browser::start(375, 800).await;

    browser.open(&host.url("timeline/oppama-training")).await;
    browser.see_text("main h1", "Timeline").await;
    browser
        .see_text(SHOWN_EVENT_TITLE, "Training in Japan")
        .await;
    // The island answers: the stepper moves the selection and the address.
    browser.click_button("Next event").await;
    let moved = browser
        .run_async_script(
            "const done = arguments[0];
             const poll = () => location.pathname.endsWith('/oppama-training') ? setTimeout(poll, 50) : done(location.pathname);
             poll()",
        )
        .await;
    assert!(
        moved.as_str().unwrap_or_default().contains("/timeline/"),
        "{moved}"
    );
    let shown = browser
        .run_async_script(
            "const done = arguments[0];
             const title = () => document.querySelector('.event-detail:not([hidden]) h2')?.textContent ?? '';
             const poll = () => title().includes('Training in Japan') ? setTimeout(poll, 50) : done(title());
             poll()",
        )
        .await;
    assert!(
        !shown.as_str().unwrap_or_default().is_empty(),
        "the next event is shown"
    );
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_release_build_shows_only_its_own_report_whatever_the_address_asks() {
    let (site, base) = site_from_env();
    let copy = e2e::copy_of_site(&site, "other-report");
    let bundled = std::fs::read_to_string(copy.join("data/report.json")).expect("the report");
    let other = bundled.replacen(
        "\"The Renault-Nissan Alliance\"",
        "\"Another company's story\"",
        1,
    );
    std::fs::write(copy.join("data/other.json"), other).expect("write the other report");
    let host = StaticHost::start(&copy, &base);
    let browser = Browser::start(1280, 900).await;
    browser.open(&host.url("?data=data/other.json")).await;
    let heading = browser
        .see_text("main h1", "The Renault-Nissan Alliance")
        .await;
    assert!(!heading.contains("Another"), "{heading}");
    browser.assert_console_clean(&host).await;
    browser.close().await;
}
