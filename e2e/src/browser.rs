//! A browser session in one of the three engines, through its WebDriver
//! server, with helpers named for what a reader does.

use crate::chromedriver::SessionCommand;
use crate::engine::Engine;
use crate::temp_folder::TempFolder;
use crate::virtual_display::VirtualDisplay;
use fantoccini::{Client, ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;
use micra_flins::start::HYDRATED_ATTRIBUTE;
use std::io::{BufRead, BufReader};
use std::process::Child;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// How long to wait for the app to show something before failing.
pub const PATIENCE: Duration = Duration::from_secs(20);

/// A browser session; its WebDriver server (and X display) stop when this
/// is dropped.
pub struct Browser {
    /// The WebDriver client, for anything the helpers do not cover.
    pub client: Client,
    /// The engine it runs.
    pub engine: Engine,
    driver: Child,
    /// What the engine's console said, where only the driver's output
    /// carries it (Firefox).
    console_output: Arc<Mutex<Vec<String>>>,
    /// Kept for WebKit, whose MiniBrowser needs a display.
    _display: Option<VirtualDisplay>,
    /// The driver's and browser's temporary files; dropped after the
    /// driver has stopped.
    _scratch: TempFolder,
}

impl Browser {
    /// Starts the engine `MICRA_E2E_BROWSER` names (Chromium when unset)
    /// at the given window size.
    pub async fn start(width: u32, height: u32) -> Self {
        Self::start_with(width, height, true).await
    }

    /// Like [`Browser::start`], with JavaScript switched off, as some
    /// readers (and crawlers, and link previews) read the site.
    pub async fn start_without_javascript(width: u32, height: u32) -> Self {
        Self::start_with(width, height, false).await
    }

    async fn start_with(width: u32, height: u32, javascript: bool) -> Self {
        let engine = Engine::from_env();
        let port = free_port();
        let display = (engine == Engine::WebKit).then(VirtualDisplay::start);
        let scratch = TempFolder::new("browser");
        let mut command = engine.driver(port);
        command.env("TMPDIR", &*scratch);
        if let Some(display) = &display {
            command.env("DISPLAY", display.name());
        }
        let mut driver = command.spawn().unwrap_or_else(|error| {
            panic!("start {engine}'s WebDriver server ({error}): run the suite with `cargo xtask test e2e --browser {}`, which installs it", engine.key())
        });
        let console_output = Arc::new(Mutex::new(Vec::new()));
        let outputs: [Option<Box<dyn std::io::Read + Send>>; 2] = [
            driver.stdout.take().map(|out| Box::new(out) as _),
            driver.stderr.take().map(|err| Box::new(err) as _),
        ];
        for output in outputs.into_iter().flatten() {
            let kept = console_output.clone();
            std::thread::spawn(move || {
                for line in BufReader::new(output).lines().map_while(Result::ok) {
                    if is_page_console_line(&line) {
                        kept.lock().expect("the console lines").push(line);
                    }
                }
            });
        }
        let capabilities = engine.capabilities(width, height, javascript);
        let started = Instant::now();
        let client = loop {
            let attempt = ClientBuilder::new(HttpConnector::new())
                .capabilities(capabilities.clone())
                .connect(&format!("http://127.0.0.1:{port}"))
                .await;
            match attempt {
                Ok(client) => break client,
                Err(error) if started.elapsed() > PATIENCE => {
                    let _ = driver.kill();
                    panic!("could not start {engine} through its WebDriver server: {error}")
                }
                Err(_) => tokio::time::sleep(Duration::from_millis(100)).await,
            }
        };
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
        if engine != Engine::Chromium {
            client
                .set_window_size(width.max(engine.narrowest_window()), height)
                .await
                .unwrap_or_else(|error| panic!("size {engine}'s window: {error}"));
        }
        Self {
            client,
            engine,
            driver,
            console_output,
            _display: display,
            _scratch: scratch,
        }
    }

    /// Opens `url` as if typed into the address bar (a full page load) and
    /// waits until the page's islands are hydrated (or the page said why
    /// they cannot be), so that what the test does next meets them.
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
        self.listen_for_page_problems().await;
    }

    /// Where the engine keeps no console WebDriver can read (WebKit), adds
    /// listeners to the page for what a console would show: script
    /// errors, rejected promises, `console.error` and `console.warn`, and
    /// Content Security Policy violations. They hear what happens from
    /// now on, not what happened while the page loaded; the host sees the
    /// failed requests of both.
    async fn listen_for_page_problems(&self) {
        if self.engine != Engine::WebKit {
            return;
        }
        self.run_script(
            "if (!window.__micraProblems) {
                 const problems = window.__micraProblems = [];
                 for (const level of ['error', 'warn']) {
                     const log = console[level];
                     console[level] = (...parts) => {
                         problems.push(`console.${level}: ${parts.map(String).join(' ')}`);
                         log.apply(console, parts);
                     };
                 }
                 addEventListener('error', event =>
                     problems.push(`script error: ${event.message} (${event.filename}:${event.lineno})`));
                 addEventListener('unhandledrejection', event =>
                     problems.push(`unhandled rejection: ${event.reason}`));
                 document.addEventListener('securitypolicyviolation', event =>
                     problems.push(`Content Security Policy: ${event.effectiveDirective} refused ${event.blockedURI || 'inline code'}`));
             }
             return true",
        )
        .await;
    }

    /// Waits until the page's islands are hydrated (src/start.rs).
    pub async fn wait_until_started(&self) {
        self.wait_until_page_says(
            &format!("return document.documentElement.hasAttribute('{HYDRATED_ATTRIBUTE}')"),
            "the page's islands were not hydrated",
        )
        .await;
    }

    /// Reloads the page as the reader's reload button does and waits until
    /// the reloaded page's islands are hydrated. By `location.reload()`:
    /// Firefox's WebDriver "refresh" is not answered by the page's
    /// service worker (offline, it fails where the reader's reload works).
    pub async fn reload(&self) {
        self.run_script(
            "window.__micraBeforeReload = true; setTimeout(() => location.reload()); return true",
        )
        .await;
        self.wait_until_page_says(
            "return window.__micraBeforeReload === undefined && document.readyState === 'complete'",
            "the page did not reload",
        )
        .await;
        self.listen_for_page_problems().await;
        self.wait_until_started().await;
    }

    /// Runs `script` until it returns `true`; panics with `failure` and
    /// its last answer if it has not within [`PATIENCE`]. An error counts
    /// as "not yet": between two documents, a script may fail; but not a
    /// session the driver no longer has, which no waiting brings back.
    async fn wait_until_page_says(&self, script: &str, failure: &str) {
        let started = Instant::now();
        loop {
            let answer = self.client.execute(script, vec![]).await;
            if matches!(answer, Ok(serde_json::Value::Bool(true))) {
                return;
            }
            assert!(
                !answer
                    .as_ref()
                    .is_err_and(|error| error.is_invalid_session_id()),
                "in {}: {failure}: the browser went away (its WebDriver session ended); last answer: {answer:?}",
                self.engine
            );
            assert!(
                started.elapsed() < PATIENCE,
                "in {}: {failure} within {PATIENCE:?}; last answer: {answer:?}",
                self.engine
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
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
        self.bring_into_view(&link).await;
        link.click()
            .await
            .unwrap_or_else(|error| panic!("click {text:?}: {error}"));
        // Links between pages load a new page.
        self.listen_for_page_problems().await;
    }

    /// Clicks the button whose accessible name (`aria-label`) or text is `name`.
    pub async fn click_button(&self, name: &str) {
        let xpath = format!("//button[@aria-label='{name}' or normalize-space()='{name}']");
        let button = self
            .element(Locator::XPath(&xpath), &format!("button {name:?}"))
            .await;
        self.bring_into_view(&button).await;
        button
            .click()
            .await
            .unwrap_or_else(|error| panic!("click {name:?}: {error}"));
    }

    /// In WebKit, scrolls `element` to the middle of the window before a
    /// click: WebKitWebDriver counts MiniBrowser's toolbar as page, so it
    /// takes an element just below the fold for one in view, does not
    /// scroll, and fails the click as "element not interactable".
    async fn bring_into_view(&self, element: &fantoccini::elements::Element) {
        if self.engine != Engine::WebKit {
            return;
        }
        let element = serde_json::to_value(element).expect("an element reference");
        self.client
            .execute(
                "arguments[0].scrollIntoView({ block: 'center' }); return true",
                vec![element],
            )
            .await
            .unwrap_or_else(|error| panic!("scroll to an element: {error}"));
    }

    /// Runs `script` in the page (WebDriver "execute async script": the last
    /// argument is the callback) and returns what it passes back.
    pub async fn run_async_script(&self, script: &str) -> serde_json::Value {
        self.client
            .execute_async(script, vec![])
            .await
            .unwrap_or_else(|error| panic!("script failed: {error}"))
    }

    /// The `href` attribute of the link whose visible text is `text`, as
    /// the page wrote it. Read by the page's own `getAttribute`: WebDriver's
    /// "get element attribute" gives WebKit's resolved URL instead.
    pub async fn link_href(&self, text: &str) -> String {
        let link = self
            .element(Locator::LinkText(text), &format!("link {text:?}"))
            .await;
        let link = serde_json::to_value(&link).expect("an element reference");
        let href = self
            .client
            .execute("return arguments[0].getAttribute('href')", vec![link])
            .await
            .unwrap_or_else(|error| panic!("read the href of {text:?}: {error}"));
        href.as_str().unwrap_or_default().to_string()
    }

    /// Sends Chromium's DevTools protocol `command` to the page's target.
    pub async fn devtools(
        &self,
        command: &str,
        params: serde_json::Value,
    ) -> Result<serde_json::Value, String> {
        self.client
            .issue_cmd(SessionCommand::devtools(command, params))
            .await
            .map_err(|error| format!("{command}: {error}"))
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

    /// What the browser's console reported at warning level or above
    /// since the last call: script errors, failed requests, CSP
    /// violations. Each engine tells it its own way: Chromium's log
    /// through chromedriver, Firefox's standard output and error through
    /// geckodriver, and in WebKit, whose driver has neither, the page's
    /// own events once it has loaded (see `listen_for_page_problems`).
    pub async fn console_problems(&self) -> Vec<String> {
        match self.engine {
            Engine::Chromium => {
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
            Engine::Firefox => {
                // The console writes to standard output a moment after the
                // page logs; give the last line time to arrive.
                tokio::time::sleep(Duration::from_millis(200)).await;
                std::mem::take(&mut *self.console_output.lock().expect("the console lines"))
            }
            Engine::WebKit => strings_in(
                &self
                    .run_script("return (window.__micraProblems ?? []).splice(0)")
                    .await,
            ),
        }
    }

    /// Fails the test if the console reported anything (see
    /// [`Browser::console_problems`]) or `host` answered a request with an
    /// error, naming them.
    pub async fn assert_console_clean(&self, host: &crate::StaticHost) {
        let mut problems = self.console_problems().await;
        problems.extend(host.failed_requests());
        assert!(
            problems.is_empty(),
            "the console reported problems:\n{}",
            problems.join("\n")
        );
    }

    /// Lets the page read the clipboard, so that a test can see what a
    /// copy button put there: Chromium through WebDriver's "set
    /// permission", Firefox through a testing preference set at start.
    /// WebKitWebDriver has neither: the error says so.
    pub async fn allow_clipboard_reading(&self) -> Result<(), String> {
        match self.engine {
            Engine::Chromium => {
                self.client
                    .issue_cmd(SessionCommand::grant("clipboard-read"))
                    .await
                    .unwrap_or_else(|error| panic!("grant clipboard-read: {error}"));
                Ok(())
            }
            Engine::Firefox => Ok(()),
            Engine::WebKit => Err(
                "WebKitWebDriver cannot grant a page the clipboard (no \"set permission\")".into(),
            ),
        }
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

    /// What a copy button put on the clipboard, as the reader gets it: read
    /// from the clipboard where [`Browser::allow_clipboard_reading`] could
    /// allow it (`readable`), otherwise pasted with the keyboard
    /// (Control+V) into the page's search field, which is emptied again.
    pub async fn copied_text(&self, readable: Result<(), String>) -> String {
        if let Err(lacking) = readable {
            eprintln!(
                "{}: {lacking}; the test pastes the text instead",
                self.engine
            );
        } else {
            return self.clipboard_text().await;
        }
        let field = self
            .client
            .find(Locator::Css("input[type=search]"))
            .await
            .expect("a search field to paste into");
        field
            .send_keys(&format!("{}v{}", keys::CONTROL, keys::NULL))
            .await
            .expect("paste with Control+V");
        let pasted = field.prop("value").await.ok().flatten().unwrap_or_default();
        field.clear().await.expect("empty the search field");
        pasted
    }

    /// Ends the session and its WebDriver server.
    pub async fn close(mut self) {
        let _ = self.client.clone().close().await;
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.driver.kill();
        let _ = self.driver.wait();
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
    /// Control, held until [`NULL`] releases it.
    pub const CONTROL: &str = "\u{E009}";
    /// Releases the modifier keys held.
    pub const NULL: &str = "\u{E000}";
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

/// The strings in a JSON array a page script returned (none for anything
/// else).
pub fn strings_in(value: &serde_json::Value) -> Vec<String> {
    value
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|item| item.as_str().map(str::to_string))
        .collect()
}

/// Whether a line of geckodriver's output is Firefox's console speaking
/// for a page (`console.error: "…"`, `JavaScript error: http://…`), not
/// for Firefox's own code, which logs under a prefix such as `RSLoader:`.
fn is_page_console_line(line: &str) -> bool {
    ["console.error: \"", "console.warn: \""]
        .iter()
        .chain(&["JavaScript error: http", "JavaScript warning: http"])
        .any(|start| line.starts_with(start))
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|listener| listener.local_addr())
        .map(|address| address.port())
        .expect("a free loopback port")
}
