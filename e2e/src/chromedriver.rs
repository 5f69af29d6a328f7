//! chromedriver's commands beyond the W3C WebDriver protocol, in the form
//! fantoccini sends custom commands in.

use fantoccini::wd::WebDriverCompatibleCommand;

/// chromedriver's log endpoint (`goog:loggingPrefs`), which the W3C
/// protocol lacks.
#[derive(Debug)]
pub struct BrowserLog;

impl WebDriverCompatibleCommand for BrowserLog {
    fn endpoint(
        &self,
        base_url: &url::Url,
        session_id: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!(
            "session/{}/se/log",
            session_id.unwrap_or_default()
        ))
    }

    fn method_and_body(&self, _request_url: &url::Url) -> (http::Method, Option<String>) {
        (
            http::Method::POST,
            Some(r#"{"type":"browser"}"#.to_string()),
        )
    }
}

/// WebDriver's "set permission" extension command, for one permission.
#[derive(Debug)]
pub struct GrantPermission(pub &'static str);

impl WebDriverCompatibleCommand for GrantPermission {
    fn endpoint(
        &self,
        base_url: &url::Url,
        session_id: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!(
            "session/{}/permissions",
            session_id.unwrap_or_default()
        ))
    }

    fn method_and_body(&self, _request_url: &url::Url) -> (http::Method, Option<String>) {
        let body = serde_json::json!({ "descriptor": { "name": self.0 }, "state": "granted" });
        (http::Method::POST, Some(body.to_string()))
    }
}
