//! What a test of the offline copy (src/offline/) asks the browser: is
//! the worker in charge, which caches are there, and is the site
//! installable.

use crate::Browser;
use crate::browser::strings_in;
use crate::engine::Engine;
use micra_flins::start::HYDRATED_ATTRIBUTE;

/// Whether a cache is one the site's worker at `under_base` (its scope)
/// made: src/offline/service-worker.js (Workbox) ends their names so.
pub fn is_site_cache(name: &str, under_base: &str) -> bool {
    name.starts_with("micra-flins-") && name.ends_with(&format!("-{under_base}"))
}

/// Asks the browser to look for a newer worker now (as it does on a
/// navigation) and tells how that ends: `installed` (waiting), `activated`
/// (nothing was controlling), `redundant` (its install failed), or `none`
/// (the worker on the host is the one in use).
pub async fn look_for_new_build(browser: &Browser) -> String {
    let outcome = browser
        .run_async_script(
            "const done = arguments[0];
             const ended = (state) => ['installed', 'activated', 'redundant'].includes(state);
             navigator.serviceWorker.getRegistration().then((registration) => {
               if (!registration) return done('no registration');
               registration.update().then(() => {
                 const worker = registration.installing || registration.waiting;
                 if (!worker) return done('none');
                 if (ended(worker.state)) return done(worker.state);
                 worker.addEventListener('statechange', () => { if (ended(worker.state)) done(worker.state); });
               }, (error) => done(`update failed: ${error}`));
             });",
        )
        .await;
    outcome.as_str().unwrap_or_default().to_string()
}

/// Waits until the page's own registration of the worker (and the check
/// for a newer one it starts) has ended: a host taken away in the middle
/// of it would leave that check hanging, and every later one behind it.
pub async fn wait_for_registration(browser: &Browser) {
    let registered = browser
        .run_async_script(
            "const done = arguments[0];
             navigator.serviceWorker.ready
               .then((registration) => registration.update())
               .then(() => done('registered'), (error) => done(`not registered: ${error}`));",
        )
        .await;
    assert_eq!(registered, "registered", "in {}", browser.engine);
}

/// Lets the waiting worker take over, as the notice's "Read the new
/// edition" does, and waits until it controls the page.
pub async fn take_waiting_build(browser: &Browser) {
    let taken = browser
        .run_async_script(
            "const done = arguments[0];
             navigator.serviceWorker.getRegistration().then((registration) => {
               if (!registration.waiting) return done('nothing is waiting');
               navigator.serviceWorker.addEventListener('controllerchange', () => done('taken'), { once: true });
               registration.waiting.postMessage('read-the-new-edition');
             });",
        )
        .await;
    assert_eq!(taken, "taken", "in {}", browser.engine);
}

/// Opens each of `pages` (URL and the heading it shows) and returns those
/// that did not show their heading with the app started: offline, the
/// pages the reader's copy lost.
pub async fn pages_that_fail(browser: &Browser, pages: &[(String, String)]) -> Vec<String> {
    let mut failed = Vec::new();
    for (url, heading) in pages {
        let opened = browser.client.goto(url).await;
        let shown = browser
            .run_async_script(&format!(
                "const done = arguments[0];
                 const started = Date.now();
                 const look = () => {{
                   const h1 = document.querySelector('main h1');
                   const ready = document.documentElement.hasAttribute('{HYDRATED_ATTRIBUTE}');
                   if (h1 && ready) return done(h1.textContent);
                   if (Date.now() - started > 8000) return done(h1 ? `${{h1.textContent}} (the app did not start)` : 'no heading');
                   setTimeout(look, 50);
                 }};
                 look();"
            ))
            .await;
        let shown = shown.as_str().unwrap_or_default().to_string();
        if opened.is_err() || !shown.contains(heading.as_str()) || shown.contains("did not start") {
            failed.push(format!("{url}: {shown} {opened:?}"));
        }
    }
    failed
}

/// Waits until the page's service worker has its first visit's files stored and
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
        .devtools("Page.getInstallabilityErrors", serde_json::json!({}))
        .await?;
    Ok(answer["installabilityErrors"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|error| format!("{}: {}", error["errorId"], error["errorArguments"]))
        .collect())
}
