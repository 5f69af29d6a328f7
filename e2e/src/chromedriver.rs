//! chromedriver's commands beyond the W3C WebDriver protocol, in the form
//! fantoccini sends custom commands in.

use fantoccini::wd::WebDriverCompatibleCommand;

/// A POST to one of the session's extension endpoints.
#[derive(Debug)]
pub struct SessionCommand {
    /// Below `session/<id>/`.
    endpoint: &'static str,
    /// The JSON body.
    body: serde_json::Value,
}

impl SessionCommand {
    /// The browser's console log so far (`goog:loggingPrefs`); chromedriver
    /// empties it on each read.
    pub fn browser_log() -> Self {
        Self {
            endpoint: "se/log",
            body: serde_json::json!({ "type": "browser" }),
        }
    }

    /// Grants the page `permission` (WebDriver's "set permission").
    pub fn grant(permission: &str) -> Self {
        Self {
            endpoint: "permissions",
            body: serde_json::json!({ "descriptor": { "name": permission }, "state": "granted" }),
        }
    }

    /// A command of Chromium's DevTools protocol, through chromedriver.
    pub fn devtools(command: &str, params: serde_json::Value) -> Self {
        Self {
            endpoint: "goog/cdp/execute",
            body: serde_json::json!({ "cmd": command, "params": params }),
        }
    }
}

impl WebDriverCompatibleCommand for SessionCommand {
    fn endpoint(
        &self,
        base_url: &url::Url,
        session_id: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!(
            "session/{}/{}",
            session_id.unwrap_or_default(),
            self.endpoint
        ))
    }

    fn method_and_body(&self, _request_url: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(self.body.to_string()))
    }
}
