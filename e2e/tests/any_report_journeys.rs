//! The reader's journeys for whatever report the site was built from, in
//! its language: what the tests expect is taken from the report and the
//! interface's words (`say!`), so the example report goes through them as
//! the bundled one does (reader_journeys.rs holds the bundled report's own
//! words). Through the events with the keyboard and back; find in an
//! interview; copy a question's link and reopen it; an event's address on
//! a phone; the shortcuts' hint with the shortcuts off.

use e2e::browser::keys;
use e2e::{Browser, SHOWN_EVENT_TITLE, StaticHost, report_of, site_from_env};
use fantoccini::Locator;
use micra_flins::say;
use report::Report;
use std::collections::HashMap;

#[tokio::test(flavor = "multi_thread")]
async fn a_keyboard_reader_steps_through_the_events_and_back() {
    let (site, base) = site_from_env();
    let report = report_of(&site);
    let host = StaticHost::start(&site, &base);
    let browser = Browser::start(1280, 900).await;
    browser.open(&host.url("timeline")).await;

    let first = browser
        .tab_to("the event list", 60, |focused| focused.role == "option")
        .await;
    browser.press(keys::ARROW_RIGHT).await;
    let next = browser.focused().await;
    assert_eq!(next.role, "option", "ArrowRight stays in the list");
    assert_ne!(next.id, first.id, "ArrowRight moves to the next event");
    let id = next
        .id
        .strip_prefix("timeline-option-")
        .expect("option ids name their event");
    let title = &report
        .timeline
        .events
        .iter()
        .find(|event| event.id == id)
        .unwrap_or_else(|| panic!("{id} is one of the report's events"))
        .title;

    browser.press(keys::ENTER).await;
    browser.see_text(SHOWN_EVENT_TITLE, title).await;
    assert_eq!(
        browser.current_url().await,
        host.url(&format!("timeline/{id}"))
    );
    assert_eq!(
        browser.focused().await.id,
        next.id,
        "choosing keeps the focus on the event"
    );
    browser
        .see_text(
            "main",
            &say!(timeline.position(2, report.timeline.events.len())),
        )
        .await;

    browser.client.back().await.expect("go back");
    browser
        .see_text("main", say!(timeline.choose_an_event))
        .await;
    assert_eq!(browser.current_url().await, host.url("timeline"));
    browser.client.forward().await.expect("go forward");
    browser.see_text(SHOWN_EVENT_TITLE, title).await;
    browser.assert_console_clean(&host).await;
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn find_counts_and_steps_through_a_word_the_interview_repeats() {
    let (site, base) = site_from_env();
    let report = report_of(&site);
    let interview = &report.interviews[0];
    let word = repeated_word(&report);
    let host = StaticHost::start(&site, &base);
    let browser = Browser::start(1280, 900).await;
    browser
        .open(&host.url(&format!("interviews/{}", interview.id)))
        .await;

    let field = browser
        .client
        .find(Locator::Css("input[type=search]"))
        .await
        .expect("the find field");
    field.send_keys(&word).await.expect("type a search");
    // "1 of …", in the interface's words.
    let first_of = say!(interviews.match_position(1, 999_999)).replace("999999", "");
    let count = browser.see_text(".find-bar__count", &first_of).await;
    let total = (2..10_000)
        .find(|total| count == say!(interviews.match_position(1, *total)))
        .unwrap_or_else(|| {
            panic!("{word:?} is in the interview more than once; the count says {count:?}")
        });
    let current = browser
        .client
        .find(Locator::Css("mark[aria-current=true]"))
        .await
        .expect("the current match is marked");
    assert_eq!(
        current.text().await.expect("its text").to_lowercase(),
        word.to_lowercase()
    );
    browser.press(keys::ENTER).await;
    browser
        .see_text(
            ".find-bar__count",
            &say!(interviews.match_position(2, total)),
        )
        .await;
    browser.press(keys::ESCAPE).await;
    let marks = browser
        .client
        .find_all(Locator::Css("mark.find-mark"))
        .await
        .expect("look for marks");
    assert!(marks.is_empty(), "Escape clears the search");
    browser.assert_console_clean(&host).await;
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_questions_copied_link_reopens_on_that_question() {
    let (site, base) = site_from_env();
    let report = report_of(&site);
    let interview = &report.interviews[0];
    let question = interview.questions.last().expect("a question");
    let host = StaticHost::start(&site, &base);
    let browser = Browser::start(1280, 900).await;
    browser
        .open(&host.url(&format!("interviews/{}", interview.id)))
        .await;
    let readable = browser.allow_clipboard_reading().await;

    let buttons = browser
        .client
        .find_all(Locator::Css("button[data-copy=link]"))
        .await
        .expect("the copy buttons");
    assert_eq!(buttons.len(), interview.questions.len(), "one per question");
    let last = buttons.last().unwrap();
    assert_eq!(last.text().await.unwrap(), say!(interviews.copy_link));
    last.click().await.expect("copy the last question's link");
    browser
        .see_text(".copy-status", say!(interviews.link_copied))
        .await;
    let copied = browser.copied_text(readable).await;
    let address = host.url(&format!("interviews/{}/{}", interview.id, question.id));
    assert_eq!(copied, address);

    browser.open(&copied).await;
    let focused = browser.focused().await;
    assert!(
        focused.text.starts_with(&question.text) || focused.id.contains(&question.id),
        "the copied address opens on its question, {:?}: {focused:?}",
        question.text
    );
    browser.assert_console_clean(&host).await;
    browser.close().await;
}

/// A word of at least six letters that the first interview's answers
/// hold more than once (the most frequent, then the first in order).
fn repeated_word(report: &Report) -> String {
    let mut counts: HashMap<String, (usize, usize)> = HashMap::new();
    let answers = report.interviews[0]
        .questions
        .iter()
        .flat_map(|question| &question.answer.paragraphs);
    let words = answers.flat_map(|paragraph| {
        paragraph
            .text
            .split(|c: char| !c.is_alphabetic())
            .filter(|word| word.chars().count() >= 6)
            .map(str::to_lowercase)
            .collect::<Vec<_>>()
    });
    for (order, word) in words.enumerate() {
        counts.entry(word).or_insert((0, order)).0 += 1;
    }
    counts
        .into_iter()
        .filter(|(_, (count, _))| *count > 1)
        .max_by_key(|(_, (count, order))| (*count, std::cmp::Reverse(*order)))
        .map(|(word, _)| word)
        .expect("the first interview repeats a word of six letters or more")
}

#[tokio::test(flavor = "multi_thread")]
async fn an_events_address_opens_on_its_detail_on_a_phone() {
    let (site, base) = site_from_env();
    let report = report_of(&site);
    let event = report.timeline.events.last().expect("an event");
    let host = StaticHost::start(&site, &base);
    let browser = Browser::start(375, 740).await;
    browser
        .open(&host.url(&format!("timeline/{}", event.id)))
        .await;
    browser.see_text(SHOWN_EVENT_TITLE, &event.title).await;
    let seen = browser
        .run_async_script(&format!(
            r#"const done = arguments[arguments.length - 1];
            const started = performance.now();
            (function poll() {{
                const title = document.querySelector({selector:?}).getBoundingClientRect();
                const inView = title.top >= 0 && title.bottom <= innerHeight;
                if (inView || performance.now() - started > 3000)
                    done({{ inView, top: Math.round(title.top), scrolled: Math.round(scrollY) }});
                else requestAnimationFrame(poll);
            }})();"#,
            selector = SHOWN_EVENT_TITLE
        ))
        .await;
    assert_eq!(
        seen["inView"], true,
        "the event's title is on the first screen, not below the whole list: {seen}"
    );
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn switching_shortcuts_off_hides_their_hint() {
    let (site, base) = site_from_env();
    let report = report_of(&site);
    let host = StaticHost::start(&site, &base);
    let browser = Browser::start(1280, 900).await;
    browser
        .open(&host.url(&format!("interviews/{}", report.interviews[0].id)))
        .await;
    assert!(
        hint_shown(&browser).await,
        "the hint shows with shortcuts on"
    );
    for control in [".settings__toggle", "input[name=shortcuts]"] {
        browser
            .client
            .find(Locator::Css(control))
            .await
            .unwrap_or_else(|error| panic!("{control}: {error}"))
            .click()
            .await
            .unwrap_or_else(|error| panic!("click {control}: {error}"));
    }
    assert!(
        !hint_shown(&browser).await,
        "with shortcuts off, no hint offers them"
    );
    browser.reload().await;
    assert!(!hint_shown(&browser).await, "nor after a reload");
    browser.close().await;
}

/// Whether the question index, opened, shows the keyboard shortcuts' hint.
async fn hint_shown(browser: &Browser) -> bool {
    browser
        .run_script(
            "document.querySelector('.question-index__details').open = true;
             return document.querySelector('.question-index__hint').checkVisibility()",
        )
        .await
        == true
}
