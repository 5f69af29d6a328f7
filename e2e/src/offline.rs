//! What a test of the offline copy (src/offline/) asks the browser: is
//! the worker in charge, which caches are there, and is the site
//! installable.

use crate::Browser;
use crate::browser::strings_in;
use crate::chromedriver::SessionCommand;
use crate::engine::Engine;

/// The start of every cache the site's worker makes for the site at
/// `under_base` (its scope): src/offline/service-worker.js names them so.
pub fn cache_prefix(under_base: &str) -> String {
    format!("micra-flins {under_base} ")
}

/// Waits until the page's service worker has the whole build cached and
/// serves the page; panics with the reason if it never does.
pub async fn wait_for_offline_copy(browser: &Browser) {
    let state = browser
        .run_async_script(
            "const done = arguments[0];
             if (!('serviceWorker' in navigator)) return done('this browser has no service workers');
             navigator.serviceWorker.ready.then(() => {
               if (navigator.serviceWorker.controller) return done('ready');
               navigator.serviceWorker.addEventListener('controllerchange', () => done('ready'), { once: true });
             }, (error) => done(`no worker: ${error}`));",
        )
        .await;
    assert_eq!(
        state, "ready",
        "in {}: the offline copy was not ready within the script timeout",
        browser.engine
    );
}

/// How the worker at `worker_url` (already registered by the page, or
/// about to be) ends its install: `activated`, or `redundant` when the
/// install failed.
pub async fn install_outcome(browser: &Browser, worker_url: &str) -> String {
    let outcome = browser
        .run_async_script(&format!(
            "const done = arguments[0];
             const ended = (state) => state === 'activated' || state === 'redundant';
             navigator.serviceWorker.register({worker_url:?}).then((registration) => {{
               const worker = registration.installing || registration.waiting || registration.active;
               if (ended(worker.state)) return done(worker.state);
               worker.addEventListener('statechange', () => {{ if (ended(worker.state)) done(worker.state); }});
             }}, (error) => done(`registration refused: ${{error}}`));"
        ))
        .await;
    outcome.as_str().unwrap_or_default().to_string()
}

/// The names of every cache on the page's origin.
pub async fn cache_names(browser: &Browser) -> Vec<String> {
    strings_in(
        &browser
            .run_async_script("const done = arguments[0]; caches.keys().then(done, () => done([]))")
            .await,
    )
}

/// Chromium's reasons the site cannot be installed (its DevTools
/// protocol, `Page.getInstallabilityErrors`), each as `id: arguments`.
/// Other engines have no such check.
pub async fn installability_errors(browser: &Browser) -> Result<Vec<String>, String> {
    if browser.engine != Engine::Chromium {
        return Err(format!("{} has no installability check", browser.engine));
    }
    let answer = browser
        .client
        .issue_cmd(SessionCommand::devtools(
            "Page.getInstallabilityErrors",
            serde_json::json!({}),
        ))
        .await
        .map_err(|error| format!("Page.getInstallabilityErrors: {error}"))?;
    Ok(answer["installabilityErrors"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|error| format!("{}: {}", error["errorId"], error["errorArguments"]))
        .collect())
}
