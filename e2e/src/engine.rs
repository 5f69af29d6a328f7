//! The three browser engines the suite runs in, each behind its own
//! WebDriver server: Chromium (chromedriver), Firefox (geckodriver) and
//! WebKit (WebKitWebDriver driving WebKitGTK's MiniBrowser, Safari's
//! engine family). `cargo xtask test e2e` picks one with `MICRA_E2E_BROWSER`.

use std::fmt;
use std::process::{Command, Stdio};

/// Which engine a run drives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Engine {
    Chromium,
    Firefox,
    WebKit,
}

/// What `MICRA_E2E_BROWSER` names; unset means Chromium.
pub const ENGINE_VARIABLE: &str = "MICRA_E2E_BROWSER";

/// Firefox's binary from Debian's `firefox-esr`.
pub const FIREFOX_BINARY: &str = "/usr/bin/firefox-esr";

/// WebKitGTK's MiniBrowser, from Debian's `libwebkit2gtk-4.1-0`.
pub const MINIBROWSER_BINARY: &str = "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser";

impl Engine {
    /// Every engine, in the order `cargo xtask test` runs them.
    pub const ALL: [Engine; 3] = [Engine::Chromium, Engine::Firefox, Engine::WebKit];

    /// The engine `MICRA_E2E_BROWSER` names (Chromium when unset); panics
    /// naming the engines it knows otherwise.
    pub fn from_env() -> Self {
        match std::env::var(ENGINE_VARIABLE) {
            Err(_) => Engine::Chromium,
            Ok(name) => Self::parse(&name).unwrap_or_else(|| {
                panic!(
                    "{ENGINE_VARIABLE}={name:?} names no engine: use chromium, firefox or webkit"
                )
            }),
        }
    }

    /// `chromium`, `firefox` or `webkit`, as the command line and
    /// `MICRA_E2E_BROWSER` spell them.
    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|engine| engine.key() == name)
    }

    /// The engine's name on the command line.
    pub fn key(self) -> &'static str {
        match self {
            Engine::Chromium => "chromium",
            Engine::Firefox => "firefox",
            Engine::WebKit => "webkit",
        }
    }

    /// The narrowest window the engine's browser makes: Firefox's and
    /// MiniBrowser's toolbars set a minimum, so their phone-width runs are
    /// this wide. Both are below the app's 40rem breakpoint: still the
    /// phone layout.
    pub fn narrowest_window(self) -> u32 {
        match self {
            Engine::Chromium => 0,
            Engine::Firefox => 500,
            Engine::WebKit => 447,
        }
    }

    /// The WebDriver server for this engine, listening on `port`.
    pub(crate) fn driver(self, port: u16) -> Command {
        let mut command = match self {
            Engine::Chromium => {
                let mut command = Command::new("chromedriver");
                command.arg(format!("--port={port}"));
                command
            }
            Engine::Firefox => {
                let geckodriver = std::env::var_os("GECKODRIVER").unwrap_or_else(|| {
                    panic!("GECKODRIVER is not set: run the suite with `cargo xtask test e2e --browser firefox`, which installs geckodriver")
                });
                let mut command = Command::new(geckodriver);
                command.args(["--port", &port.to_string()]);
                command
            }
            Engine::WebKit => {
                let mut command = Command::new("WebKitWebDriver");
                command.arg(format!("--port={port}"));
                command
            }
        };
        // Firefox's console reaches the suite through geckodriver's output:
        // console messages on standard output, script errors on standard error.
        if self == Engine::Firefox {
            command.stdout(Stdio::piped()).stderr(Stdio::piped());
        } else {
            command.stdout(Stdio::null()).stderr(Stdio::null());
        }
        command
    }

    /// The new-session capabilities: headless where the engine can be, at
    /// `width` x `height`, with JavaScript on or off.
    pub(crate) fn capabilities(
        self,
        width: u32,
        height: u32,
        javascript: bool,
    ) -> serde_json::Map<String, serde_json::Value> {
        let capabilities = match self {
            Engine::Chromium => serde_json::json!({
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
            }),
            Engine::Firefox => serde_json::json!({
                "moz:firefoxOptions": {
                    "binary": FIREFOX_BINARY,
                    "args": ["-headless"],
                    "prefs": {
                        // The page's console messages on Firefox's standard
                        // output (its script errors go to standard error),
                        // which geckodriver passes on: the suite's only
                        // window on them.
                        "devtools.console.stdout.content": true,
                        "javascript.enabled": javascript,
                        // Lets a page read the clipboard without Firefox's
                        // "Paste" prompt, which WebDriver cannot click.
                        "dom.events.testing.asyncClipboard": true,
                    }
                }
            }),
            Engine::WebKit => serde_json::json!({
                "webkitgtk:browserOptions": {
                    "binary": MINIBROWSER_BINARY,
                    "args": ["--automation", format!("--enable-javascript={javascript}")]
                }
            }),
        };
        capabilities
            .as_object()
            .expect("capabilities are an object")
            .clone()
    }
}

impl fmt::Display for Engine {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(match self {
            Engine::Chromium => "Chromium",
            Engine::Firefox => "Firefox",
            Engine::WebKit => "WebKit",
        })
    }
}

#[cfg(test)]
mod tests {
    use super::Engine;

    #[test]
    fn each_engine_is_named_on_the_command_line_as_it_is_parsed() {
        for engine in Engine::ALL {
            assert_eq!(Engine::parse(engine.key()), Some(engine));
        }
        assert_eq!(Engine::parse("safari"), None);
        assert_eq!(Engine::WebKit.to_string(), "WebKit");
    }

    #[test]
    fn javascript_is_switched_off_in_each_engine_s_own_terms() {
        let shown = |engine: Engine, javascript| {
            serde_json::Value::from(engine.capabilities(375, 800, javascript)).to_string()
        };
        let off = |engine| shown(engine, false);
        assert!(
            off(Engine::Chromium)
                .contains("\"profile.managed_default_content_settings.javascript\":2")
        );
        assert!(off(Engine::Firefox).contains("\"javascript.enabled\":false"));
        assert!(off(Engine::WebKit).contains("--enable-javascript=false"));
        assert!(shown(Engine::WebKit, true).contains("--enable-javascript=true"));
    }
}
