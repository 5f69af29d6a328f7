//! Headless Debian Chromium through chromedriver, with helpers named for
//! what a reader does.

use fantoccini::{Client, ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;
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
        let port = free_port();
        let driver = Command::new("chromedriver")
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver on PATH (cargo xtask test installs Debian's chromium-driver)");
        let capabilities = serde_json::json!({
            "goog:chromeOptions": {
                "binary": "/usr/bin/chromium",
                "args": [
                    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync",
                    format!("--window-size={width},{height}"),
                ]
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

    /// Opens `url` as if typed into the address bar (a full page load).
    pub async fn open(&self, url: &str) {
        self.client
            .goto(url)
            .await
            .unwrap_or_else(|error| panic!("open {url}: {error}"));
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

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|listener| listener.local_addr())
        .map(|address| address.port())
        .expect("a free loopback port")
}
