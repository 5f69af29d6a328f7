//! Screenshots of the front page, the timeline and an interview at phone
//! width (375 px) in the light and dark themes, from the engine
//! `MICRA_E2E_BROWSER` names, for comparing the engines' layouts by eye:
//! `MICRA_E2E_BROWSER=webkit cargo run -p e2e --bin screenshots -- target/e2e-dist /reports/micra/ docs/screenshots`
//! (`cargo xtask test e2e` builds that site; Firefox also needs `GECKODRIVER`).
//!
//! Firefox's and MiniBrowser's windows cannot be 375 px wide, so each page
//! is shown in a 375 x 640 px frame, whose viewport is then a phone's,
//! without the frame's scroll bar (a phone's scroll bar takes no room).
//! The frame sits 160 px down a taller window, where every engine paints
//! it: WebKitWebDriver's screenshots leave the top and bottom of its
//! window black.

use e2e::{Browser, StaticHost};
use fantoccini::Locator;
use micra_flins::base_path::scoped_storage_key;
use micra_flins::components::settings::STORAGE_KEY as SETTINGS_KEY;
use std::path::Path;

/// The page each screenshot shows, and its name in the file: the front
/// page, the timeline at the report's event of the middle (the bundled
/// report's is Oppama's training) and its first interview.
fn pages(site: &Path) -> [(String, &'static str); 3] {
    let report = e2e::report_of(site);
    let events = &report.timeline.events;
    let event = events.get(events.len() / 2).map(|event| event.id.as_str());
    let interview = report
        .interviews
        .first()
        .map(|interview| interview.id.as_str());
    [
        (String::new(), "front"),
        (
            format!("timeline/{}", event.unwrap_or_default()),
            "timeline",
        ),
        (
            format!("interviews/{}", interview.unwrap_or_default()),
            "interview",
        ),
    ]
}

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [site, base, out] = args.as_slice() else {
        eprintln!("usage: screenshots <built site> <base path> <output folder>");
        std::process::exit(2);
    };
    let site = e2e::copy_of_site(Path::new(site), "screenshots");
    std::fs::write(
        site.join("phone-frame.html"),
        "<!doctype html><title>375 px</title>\
         <body style=\"margin:160px 0 0\"><iframe id=\"phone\" style=\"width:375px;height:640px;border:0\"></iframe>",
    )
    .expect("write the frame page");
    let host = StaticHost::start(&site, base);
    let browser = Browser::start(1280, 1000).await;
    let engine = browser.engine.key();
    let settings_key = scoped_storage_key(SETTINGS_KEY, base);
    std::fs::create_dir_all(out).expect("create the output folder");
    for theme in ["light", "dark"] {
        for (path, name) in pages(&site) {
            browser.open_as_served(&host.url("phone-frame.html")).await;
            browser
                .run_async_script(&format!(
                    "const done = arguments[0];
                     localStorage.setItem('{settings_key}', 'theme={theme}');
                     const frame = document.getElementById('phone');
                     frame.addEventListener('load', () => {{
                       frame.contentDocument.documentElement.style.scrollbarWidth = 'none';
                       setTimeout(() => done(true), 1500);
                     }}, {{ once: true }});
                     frame.src = {url:?};",
                    url = host.url(&path)
                ))
                .await;
            let frame = browser
                .client
                .find(Locator::Id("phone"))
                .await
                .expect("the frame");
            let png = frame.screenshot().await.expect("a screenshot of the frame");
            let file = Path::new(out).join(format!("{engine}-{name}-375-{theme}.png"));
            std::fs::write(&file, png).expect("write the screenshot");
            println!("{}", file.display());
        }
    }
    browser.close().await;
}
