//! End-to-end tests whose browser went away under them.
//!
//! A WebDriver session can end without the test asking: the engine's
//! process quit (seen once in WebKitGTK on a slow machine, mid-page-load,
//! and not again in dozens of runs). The test then fails on whatever it
//! asked next with "invalid session id", having checked nothing about the
//! app. Such a test is run once more, on its own; any other failure, or a
//! second loss, stands.

/// What libtest prints before a failed test's captured output.
const FAILED_TEST_HEADER: (&str, &str) = ("---- ", " stdout ----");

/// Reads a test run's output line by line and keeps the names of the
/// failed tests whose output says their WebDriver session was gone.
#[derive(Debug, Default)]
pub struct LostBrowsers {
    reading: Option<String>,
    lost: Vec<String>,
}

impl LostBrowsers {
    pub fn read_line(&mut self, line: &str) {
        let (opening, closing) = FAILED_TEST_HEADER;
        if let Some(name) = line
            .strip_prefix(opening)
            .and_then(|rest| rest.strip_suffix(closing))
        {
            self.reading = Some(name.to_string());
        } else if line == "failures:" || line.starts_with("test result: ") {
            self.reading = None;
        } else if let Some(name) = &self.reading
            && says_the_session_is_gone(line)
            && !self.lost.contains(name)
        {
            self.lost.push(name.clone());
        }
    }

    /// The tests that failed because their browser went away.
    pub fn tests(&self) -> &[String] {
        &self.lost
    }
}

/// fantoccini's error for a session the driver no longer has, as `Debug`
/// (`InvalidSessionId`) or as `Display` ("invalid session id").
fn says_the_session_is_gone(line: &str) -> bool {
    line.contains("InvalidSessionId") || line.contains("invalid session id")
}

#[cfg(test)]
mod tests {
    use super::LostBrowsers;

    fn read(output: &str) -> Vec<String> {
        let mut lost = LostBrowsers::default();
        output.lines().for_each(|line| lost.read_line(line));
        lost.tests().to_vec()
    }

    #[test]
    fn names_only_the_failures_whose_session_was_gone() {
        let output = "\
running 3 tests
test a_keyboard_reader_goes_through_the_events ... FAILED
test copy_link_reopens_there ... FAILED
test find_in_text_counts ... ok

failures:

---- a_keyboard_reader_goes_through_the_events stdout ----
in WebKit:

thread 'a_keyboard_reader_goes_through_the_events' (12876) panicked at e2e/src/browser.rs:207:13:
in WebKit: the page's islands were not hydrated within 20s; last answer: Err(Standard(WebDriver { error: InvalidSessionId, message: \"\" }))
---- copy_link_reopens_there stdout ----
thread 'copy_link_reopens_there' panicked at e2e/tests/reader_journeys.rs:120:5:
assertion `left == right` failed: the clipboard holds the question's address

failures:
    a_keyboard_reader_goes_through_the_events
    copy_link_reopens_there

test result: FAILED. 1 passed; 2 failed; 0 ignored; 0 measured; 0 filtered out; finished in 29.34s
";
        assert_eq!(read(output), ["a_keyboard_reader_goes_through_the_events"]);
    }

    #[test]
    fn a_run_without_failures_or_with_only_the_words_elsewhere_names_none() {
        assert!(read("test result: ok. 6 passed; 0 failed; 0 ignored").is_empty());
        // Outside a failure's output (a test's own name, say), the words
        // are not a lost browser.
        assert!(read("test the_driver_says_invalid_session_id ... ok").is_empty());
    }
}
