//! Page checks the route-by-route tests share: axe-core's WCAG rules, and
//! a walk through the page with Tab alone.

use crate::Browser;
use crate::browser::strings_in;

/// axe-core's tags for the WCAG 2.0, 2.1 and 2.2 rules at levels A and AA,
/// and its best practices: Lighthouse's accessibility score counts those
/// too (an ARIA role HTML does not allow on an element, for one).
pub const AXE_TAGS: &[&str] = &[
    "wcag2a",
    "wcag2aa",
    "wcag21a",
    "wcag21aa",
    "wcag22aa",
    "best-practice",
];

/// The axe-core script `cargo xtask test e2e` installed (`MICRA_AXE_SCRIPT`).
pub fn axe_script_from_env() -> String {
    let path = std::env::var_os("MICRA_AXE_SCRIPT").unwrap_or_else(|| {
        panic!("MICRA_AXE_SCRIPT is not set: run the end-to-end tests with `cargo xtask test e2e`, which installs axe-core")
    });
    std::fs::read_to_string(&path)
        .unwrap_or_else(|error| panic!("read axe-core at {}: {error}", path.to_string_lossy()))
}

/// Runs axe-core on the page and describes each violation of the WCAG A
/// and AA rules and the best practices in a line: rule, impact, help and
/// the elements at fault.
pub async fn axe_violations(browser: &Browser, axe_script: &str) -> Vec<String> {
    // WebDriver scripts run outside the page's Content Security Policy.
    browser
        .client
        .execute(&format!("{axe_script}\nreturn true;"), vec![])
        .await
        .unwrap_or_else(|error| panic!("load axe-core into the page: {error}"));
    let tags = serde_json::to_string(AXE_TAGS).expect("tags as JSON");
    let found = browser
        .run_async_script(&format!(
            "const done = arguments[0];
             axe.run(document, {{ runOnly: {{ type: 'tag', values: {tags} }}, resultTypes: ['violations'] }})
               .then(results => done(results.violations.map(v =>
                   `${{v.id}} (${{v.impact}}): ${{v.help}} at ${{v.nodes.slice(0, 4).map(n => `${{n.target.join(' ')}}: ${{n.failureSummary}}`).join('; ')}}`)))
               .catch(error => done([`axe-core failed: ${{error}}`]));"
        ))
        .await;
    strings_in(&found)
}

/// What a walk through the page with Tab found.
#[derive(Debug, Default)]
pub struct TabWalk {
    /// Interactive elements on screen that Tab never reached.
    pub unreached: Vec<String>,
    /// Tab stops that showed no focus outline or ring.
    pub without_focus_style: Vec<String>,
    /// How many Tab stops there were.
    pub stops: usize,
}

/// Presses Tab from the top of the page until the focus leaves the page or
/// comes back round, recording each stop and whether it shows a focus
/// style; then lists the interactive elements it never reached.
pub async fn walk_with_tab(browser: &Browser) -> TabWalk {
    browser
        .run_script(
            // Focusing the body moves the browser's starting point for Tab
            // back to the top, wherever the page put the focus on load.
            "window.__tabStops = new Set();
             window.__describe = e => `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''} \"${(e.innerText || e.value || e.getAttribute('aria-label') || '').trim().slice(0, 40)}\"`;
             document.body.tabIndex = -1; document.body.focus(); document.body.removeAttribute('tabindex');
             window.scrollTo(0, 0); return true",
        )
        .await;
    let mut walk = TabWalk::default();
    for _ in 0..300 {
        browser.press(crate::browser::keys::TAB).await;
        let stop = browser.run_script(RECORD_TAB_STOP).await;
        if stop["done"] == true {
            break;
        }
        walk.stops += 1;
        if stop["styled"] != true {
            walk.without_focus_style
                .push(stop["what"].as_str().unwrap_or_default().to_string());
        }
    }
    let unreached = browser.run_script(UNREACHED).await;
    walk.unreached = strings_in(&unreached);
    walk
}

/// Records the focused element; `done` once the focus left the page's
/// elements or came back to one already visited.
const RECORD_TAB_STOP: &str = "
    const e = document.activeElement;
    if (!e || e === document.body || window.__tabStops.has(e)) return { done: true };
    window.__tabStops.add(e);
    const style = getComputedStyle(e);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    const ring = style.boxShadow !== 'none';
    return { done: false, styled: outline || ring, what: window.__describe(e) };";

/// The interactive elements a reader can see that the walk did not reach.
/// Elements with `tabindex=-1` are left out: they are reached another way
/// (the arrows inside the event list, or a link's landing).
const UNREACHED: &str = "
    const interactive = 'a[href], button, input, select, textarea, summary, [tabindex]';
    return [...document.querySelectorAll(interactive)]
      .filter(e => e.tabIndex >= 0 && e.getAttribute('tabindex') !== '-1')
      .filter(e => !e.disabled && !e.closest('[inert]'))
      .filter(e => e.getClientRects().length > 0 && e.checkVisibility({ visibilityProperty: true }))
      .filter(e => !window.__tabStops.has(e))
      .map(window.__describe);";
