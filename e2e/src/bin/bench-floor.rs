//! Benchmark helper (not a test): the "floor" pages `cargo xtask bench`
//! audits next to the app. For each route, headless Chromium opens the app,
//! waits until it has rendered the page (`main h1`, then a quiet DOM), and
//! saves the rendered document as plain HTML without anything that runs or
//! loads for the app: no `<script>` (nor `<noscript>`), no preload or
//! modulepreload links, no CSP `<meta>`. The page keeps
//! the app's stylesheets, so it looks the same; it is what the fastest
//! possible site with the same text would serve.
//!
//! By hand: `cargo run --release -p e2e --bin bench-floor -- <site> <base>
//! <floor folder> <route>...`; the route `""` is the front page. Each page is
//! written to `<site>/<floor folder>/<route>/index.html`, so that the same
//! static host serves it at `<base><floor folder>/<route>`.

use e2e::{Browser, StaticHost};
use std::path::{Path, PathBuf};

/// Lighthouse's default (mobile) viewport: the app may lay out differently
/// on a wide window, and the floor must hold what Lighthouse saw.
const VIEWPORT: (u32, u32) = (412, 823);
/// How long the DOM must stay unchanged before the page counts as rendered.
const QUIET_MS: u32 = 500;
/// Within WebDriver's script timeout (e2e::browser::PATIENCE, 20 s).
const GIVE_UP_MS: u32 = 15_000;

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [site, base, floor, routes @ ..] = args.as_slice() else {
        eprintln!("usage: bench-floor <built site> <base path> <floor folder> <route>...");
        std::process::exit(2);
    };
    let site = Path::new(site);
    let host = StaticHost::start(site, base);
    let browser = Browser::start(VIEWPORT.0, VIEWPORT.1).await;
    for route in routes {
        browser.open(&host.url(route)).await;
        let html = rendered_page_without_scripts(&browser, route).await;
        let file = floor_file(site, floor, route);
        write(&file, &html);
        println!("floor page for /{route}: {}", file.display());
    }
    browser.close().await;
}

/// `<site>/<floor>/<route>/index.html`.
fn floor_file(site: &Path, floor: &str, route: &str) -> PathBuf {
    let mut file = site.join(floor);
    for part in route.split('/').filter(|part| !part.is_empty()) {
        file.push(part);
    }
    file.join("index.html")
}

/// Waits for the rendered page and returns it as HTML, without the elements
/// that load or run code.
async fn rendered_page_without_scripts(browser: &Browser, route: &str) -> String {
    let result = browser
        .run_async_script(&format!(
            r#"const done = arguments[arguments.length - 1];
            const started = performance.now();
            let changed = performance.now();
            new MutationObserver(() => {{ changed = performance.now(); }})
                .observe(document.documentElement, {{ subtree: true, childList: true, characterData: true, attributes: true }});
            (function poll() {{
                const now = performance.now();
                if (document.querySelector("main h1") && now - changed > {QUIET_MS}) {{
                    // A copy: the page the browser shows stays as it is.
                    const page = document.documentElement.cloneNode(true);
                    page.querySelectorAll(
                        "script, noscript, link[rel=modulepreload], link[rel=preload], meta[http-equiv='Content-Security-Policy' i]"
                    ).forEach(element => element.remove());
                    done("<!doctype html>\n" + page.outerHTML);
                }} else if (now - started > {GIVE_UP_MS}) {{
                    done({{ error: "no quiet page with a main h1; main shows: " + (document.querySelector("main")?.innerText ?? "nothing").slice(0, 300) }});
                }} else {{
                    setTimeout(poll, 50);
                }}
            }})();"#
        ))
        .await;
    result
        .as_str()
        .map(str::to_string)
        .unwrap_or_else(|| panic!("floor page for /{route}: {result}"))
}

fn write(file: &Path, html: &str) {
    if let Some(folder) = file.parent() {
        std::fs::create_dir_all(folder)
            .unwrap_or_else(|error| panic!("create {}: {error}", folder.display()));
    }
    std::fs::write(file, html).unwrap_or_else(|error| panic!("write {}: {error}", file.display()));
}
