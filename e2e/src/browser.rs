//! Headless Debian Chromium through chromedriver, with helpers named for
//! what a reader does.

use crate::chromedriver::SessionCommand;
use fantoccini::{Client, ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;
use micra_flins::start::HYDRATED_ATTRIBUTE;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// How long to wait for the app to show something before failing.
pub const PATIENCE: Duration = Duration::from_secs(20);

/// A browser session; its chromedriver stops when this is dropped.
pub struct Browser {
    /// The WebDriver client, for anything the helpers do not cover.
    pub client: Client,
    driver: Child,
}

impl Browser {
    /// Starts chromedriver and a headless Chromium at the given window size.
    pub async fn start(width: u32, height: u32) -> Self {
        Self::start_with(width, height, true).await
    }

    /// Like [`Browser::start`], with JavaScript switched off, as some
    /// readers (and crawlers, and link previews) read the site.
    pub async fn start_without_javascript(width: u32, height: u32) -> Self {
        Self::start_with(width, height, false).await
    }

    async fn start_with(width: u32, height: u32, javascript: bool) -> Self {
        let port = free_port();
        let driver = Command::new("chromedriver")
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver on PATH (cargo xtask test installs Debian's chromium-driver)");
        let capabilities = serde_json::json!({
            // Keeps the console (errors, failed requests, CSP violations)
            // for `console_problems`.
            "goog:loggingPrefs": { "browser": "ALL" },
            "goog:chromeOptions": {
                "binary": "/usr/bin/chromium",
                "args": [
                    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync",
                    format!("--window-size={width},{height}"),
                ],
                // 2 = block: Chromium's content setting for scripts.
                "prefs": { "profile.managed_default_content_settings.javascript": if javascript { 1 } else { 2 } }
            }
        });
        let capabilities = capabilities.as_object().expect("an object").clone();
        let started = Instant::now();
        loop {
            let attempt = ClientBuilder::new(HttpConnector::new())
                .capabilities(capabilities.clone())
                .connect(&format!("http://127.0.0.1:{port}"))
                .await;
            match attempt {
                Ok(client) => {
                    // Fail in seconds, not WebDriver's default five minutes.
                    let timeouts = fantoccini::wd::TimeoutConfiguration::new(
                        Some(PATIENCE),
                        Some(PATIENCE),
                        Some(Duration::ZERO),
                    );
                    client
                        .update_timeouts(timeouts)
                        .await
                        .expect("set WebDriver timeouts");
                    return Self { client, driver };
                }
                Err(error) if started.elapsed() > PATIENCE => {
                    panic!("could not start Chromium via chromedriver: {error}")
                }
                Err(_) => tokio::time::sleep(Duration::from_millis(100)).await,
            }
        }
    }

    /// Opens `url` as if typed into the address bar (a full page load) and
    /// waits until the app has taken the prerendered page over (or said
    /// why it cannot), so that what the test does next meets the app.
    pub async fn open(&self, url: &str) {
        self.open_as_served(url).await;
        self.wait_until_started().await;
    }

    /// Opens `url` and returns as soon as the page has loaded, whether or
    /// not the app has started.
    pub async fn open_as_served(&self, url: &str) {
        self.client
            .goto(url)
            .await
            .unwrap_or_else(|error| panic!("open {url}: {error}"));
    }

    /// Waits until the page's islands are hydrated (src/start.rs).
    pub async fn wait_until_started(&self) {
        let started = Instant::now();
        while started.elapsed() < PATIENCE {
            let state = self
                .run_script(&format!(
                    "return document.documentElement.hasAttribute('{HYDRATED_ATTRIBUTE}')"
                ))
                .await;
            if state == serde_json::Value::Bool(true) {
                return;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("the page's islands were not hydrated within {PATIENCE:?}");
    }

    /// Opens one of the site's routes on `host` and waits until it shows
    /// its heading.
    pub async fn open_route(&self, host: &crate::StaticHost, route: &crate::Route) {
        self.open(&host.url(&route.path)).await;
        self.see_text("main h1", &route.heading).await;
    }

    /// The page's current URL.
    pub async fn current_url(&self) -> String {
        self.client
            .current_url()
            .await
            .expect("a current URL")
            .to_string()
    }

    /// Waits until an element matching `css` shows `text` and returns its text.
    pub async fn see_text(&self, css: &str, text: &str) -> String {
        let started = Instant::now();
        let mut last_seen = String::new();
        while started.elapsed() < PATIENCE {
            if let Ok(elements) = self.client.find_all(Locator::Css(css)).await {
                for element in elements {
                    if let Ok(seen) = element.text().await {
                        if seen.contains(text) {
                            return seen;
                        }
                        last_seen = seen;
                    }
                }
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("expected `{css}` to show {text:?} within {PATIENCE:?}; last saw {last_seen:?}");
    }

    /// Waits for the element `locator` finds; panics naming `what` if none comes.
    async fn element(&self, locator: Locator<'_>, what: &str) -> fantoccini::elements::Element {
        self.client
            .wait()
            .at_most(PATIENCE)
            .for_element(locator)
            .await
            .unwrap_or_else(|error| panic!("no {what}: {error}"))
    }

    /// Clicks the link whose visible text is `text`.
    pub async fn click_link(&self, text: &str) {
        let link = self
            .element(Locator::LinkText(text), &format!("link {text:?}"))
            .await;
        link.click()
            .await
            .unwrap_or_else(|error| panic!("click {text:?}: {error}"));
    }

    /// Clicks the button whose accessible name (`aria-label`) or text is `name`.
    pub async fn click_button(&self, name: &str) {
        let xpath = format!("//button[@aria-label='{name}' or normalize-space()='{name}']");
        let button = self
            .element(Locator::XPath(&xpath), &format!("button {name:?}"))
            .await;
        button
            .click()
            .await
            .unwrap_or_else(|error| panic!("click {name:?}: {error}"));
    }

    /// Runs `script` in the page (WebDriver "execute async script": the last
    /// argument is the callback) and returns what it passes back.
    pub async fn run_async_script(&self, script: &str) -> serde_json::Value {
        self.client
            .execute_async(script, vec![])
            .await
            .unwrap_or_else(|error| panic!("script failed: {error}"))
    }

    /// The `href` attribute of the link whose visible text is `text`.
    pub async fn link_href(&self, text: &str) -> String {
        let link = self
            .element(Locator::LinkText(text), &format!("link {text:?}"))
            .await;
        link.attr("href")
            .await
            .expect("read href")
            .unwrap_or_default()
    }

    /// Runs `script` synchronously in the page and returns its result.
    pub async fn run_script(&self, script: &str) -> serde_json::Value {
        self.client
            .execute(script, vec![])
            .await
            .unwrap_or_else(|error| panic!("script failed: {error}"))
    }

    /// Presses `key` (a WebDriver key code such as `"\u{E004}"` for Tab)
    /// on whatever has the focus, as a keyboard would.
    pub async fn press(&self, key: &str) {
        let focused = self
            .client
            .active_element()
            .await
            .expect("an active element");
        focused
            .send_keys(key)
            .await
            .unwrap_or_else(|error| panic!("press {key:?}: {error}"));
    }

    /// What has the focus: its tag, id, role, `href` and visible text.
    pub async fn focused(&self) -> Focused {
        let focused = self
            .run_script(
                "const e = document.activeElement;
                 return { tag: e.tagName.toLowerCase(), id: e.id, role: e.getAttribute('role') ?? '',
                          href: e.getAttribute('href') ?? '', text: (e.innerText ?? '').trim() }",
            )
            .await;
        let field = |name: &str| focused[name].as_str().unwrap_or_default().to_string();
        Focused {
            tag: field("tag"),
            id: field("id"),
            role: field("role"),
            href: field("href"),
            text: field("text"),
        }
    }

    /// Presses Tab until `wanted` holds for the focused element, at most
    /// `limit` times; panics naming `what` otherwise.
    pub async fn tab_to(
        &self,
        what: &str,
        limit: usize,
        wanted: impl Fn(&Focused) -> bool,
    ) -> Focused {
        for _ in 0..limit {
            self.press(keys::TAB).await;
            let focused = self.focused().await;
            if wanted(&focused) {
                return focused;
            }
        }
        panic!("{what} not reached with {limit} presses of Tab");
    }

    /// What the browser's console logged at warning level or above since
    /// the last call: script errors, failed requests, CSP violations.
    pub async fn console_problems(&self) -> Vec<String> {
        let entries = self
            .client
            .issue_cmd(SessionCommand::browser_log())
            .await
            .unwrap_or_else(|error| panic!("read the browser log: {error}"));
        entries
            .as_array()
            .into_iter()
            .flatten()
            .filter(|entry| matches!(entry["level"].as_str(), Some("SEVERE" | "WARNING")))
            .map(|entry| entry["message"].as_str().unwrap_or_default().to_string())
            .collect()
    }

    /// Fails the test if the console reported anything (see
    /// [`Browser::console_problems`]) or a request failed, naming them.
    pub async fn assert_console_clean(&self) {
        let mut problems = self.console_problems().await;
        problems.extend(self.failed_requests().await);
        assert!(
            problems.is_empty(),
            "the console reported problems:\n{}",
            problems.join("\n")
        );
    }

    /// Requests of the current page that failed or answered 400 or above,
    /// from the Resource Timing entries (the page itself excluded).
    pub async fn failed_requests(&self) -> Vec<String> {
        let failed = self
            .run_script(
                "return performance.getEntriesByType('resource')
                    .filter(entry => entry.responseStatus === 0 || entry.responseStatus >= 400)
                    .map(entry => `${entry.name} (${entry.responseStatus})`)",
            )
            .await;
        failed
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|name| name.as_str().map(str::to_string))
            .collect()
    }

    /// Lets the page read the clipboard (WebDriver's "set permission"), so
    /// a test can see what a copy button put there.
    pub async fn allow_clipboard_reading(&self) {
        self.client
            .issue_cmd(SessionCommand::grant("clipboard-read"))
            .await
            .unwrap_or_else(|error| panic!("grant clipboard-read: {error}"));
    }

    /// The text on the clipboard.
    pub async fn clipboard_text(&self) -> String {
        let text = self
            .run_async_script(
                "const done = arguments[0];
                 navigator.clipboard.readText().then(done, error => done(`unreadable: ${error}`))",
            )
            .await;
        text.as_str().unwrap_or_default().to_string()
    }

    /// Ends the session and chromedriver.
    pub async fn close(mut self) {
        let _ = self.client.clone().close().await;
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.driver.kill();
    }
}

/// WebDriver key codes for the keys the tests press.
pub mod keys {
    /// Tab.
    pub const TAB: &str = "\u{E004}";
    /// Enter.
    pub const ENTER: &str = "\u{E007}";
    /// Escape.
    pub const ESCAPE: &str = "\u{E00C}";
    /// Right arrow.
    pub const ARROW_RIGHT: &str = "\u{E014}";
}

/// The focused element, as `Browser::focused` reads it.
#[derive(Debug, Clone, Default)]
pub struct Focused {
    /// Lower-case tag name.
    pub tag: String,
    /// Its `id`, or empty.
    pub id: String,
    /// Its `role` attribute, or empty.
    pub role: String,
    /// Its `href` attribute, or empty.
    pub href: String,
    /// Its visible text, trimmed.
    pub text: String,
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|listener| listener.local_addr())
        .map(|address| address.port())
        .expect("a free loopback port")
}
