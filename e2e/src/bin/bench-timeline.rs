//! Benchmark (not a test): the timeline with 2,000 generated events in
//! headless Chromium. Prints on stdout, in Markdown, how it measures and the
//! medians of first renders, selection moves and focus moves; `cargo xtask
//! bench` puts that into bench/. By hand:
//! `cargo run --release -p e2e --bin bench-timeline -- <site> <base>`.

use e2e::{Browser, StaticHost};
use serde_json::{Value, json};
use std::path::Path;

const EVENTS: usize = 2_000;
const MOVES: usize = 20;

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [site, base] = args.as_slice() else {
        eprintln!("usage: bench-timeline <built site> <base path>");
        std::process::exit(2);
    };
    // Release builds show the report they carry: a copy of the site carries
    // the big one (its prerendered pages, of the bundled report, are taken
    // over by the app rendering the big one).
    let site = e2e::copy_of_site(Path::new(site), "bench-timeline");
    write_big_report(&site);
    let host = StaticHost::start(&site, base);
    let browser = Browser::start(1280, 900).await;

    let mut first_renders = Vec::new();
    for _ in 0..5 {
        browser.open(&host.url("timeline")).await;
        first_renders.push(first_render(&browser).await);
    }
    let (load_to_render, navigation_to_render): (Vec<f64>, Vec<f64>) =
        first_renders.into_iter().unzip();
    let selection = selection_moves(&browser, &host).await;
    let focus = focus_moves(&browser).await;
    browser.close().await;
    let _ = std::fs::remove_dir_all(&site);

    print!(
        "Release build, served by the end-to-end static host, headless Chromium at 1280x900;\n\
         the report is the bundled one with each event repeated to {EVENTS} events. Times come from\n\
         `performance.now()` and the app's User Timing marks (src/perf.rs).\n\n\
         | measure ({EVENTS} events) | median | target |\n| --- | ---: | ---: |\n\
         | first render: report parsed to list on screen (5 loads) | {:.1} ms | < 100 ms |\n\
         | first render: navigation start to list on screen (5 loads) | {:.1} ms | |\n\
         | selection move: \"Next event\" click to detail updated ({MOVES} moves) | {:.1} ms | < 16 ms |\n\
         | focus move: ArrowRight to tab stop updated ({MOVES} moves) | {:.1} ms | < 16 ms |\n",
        median(load_to_render),
        median(navigation_to_render),
        median(selection),
        median(focus),
    );
}

/// The bundled report with every event repeated until there are `EVENTS`,
/// kept in date order inside their phases.
fn write_big_report(site: &Path) {
    let file = site.join("data/report.json");
    let text = std::fs::read_to_string(&file).expect("the built site has data/report.json");
    let mut report: Value = serde_json::from_str(&text).expect("the bundled report is JSON");
    let events = report["timeline"]["events"]
        .as_array()
        .expect("events")
        .clone();
    let copies = EVENTS.div_ceil(events.len());
    let generated = events.iter().flat_map(|event| {
        (0..copies).map(move |copy| {
            let mut event = event.clone();
            let id = format!("{}-{copy}", event["id"].as_str().expect("an id"));
            let title = event["title"].as_str().unwrap_or_default();
            event["title"] = json!(format!("{title} ({})", copy + 1));
            event["id"] = json!(id);
            event
        })
    });
    report["timeline"]["events"] = generated.take(EVENTS).collect();
    std::fs::write(&file, report.to_string()).expect("write the generated report");
}

/// Waits for the list and returns (report parsed → rendered, navigation → rendered) in ms.
async fn first_render(browser: &Browser) -> (f64, f64) {
    let result = browser
        .run_async_script(&format!(
            r#"const done = arguments[arguments.length - 1];
            const started = performance.now();
            (function poll() {{
                const rendered = performance.getEntriesByName("micra:timeline-rendered")[0];
                const loaded = performance.getEntriesByName("micra:report-loaded")[0];
                const options = document.querySelectorAll("[role=option]").length;
                if (rendered && loaded && options === {EVENTS}) {{
                    done([rendered.startTime - loaded.startTime, rendered.startTime]);
                }} else if (performance.now() - started > 30000) {{
                    done("timed out: " + options + " options; " + document.querySelector("main").innerText.slice(0, 300));
                }} else {{
                    setTimeout(poll, 20);
                }}
            }})();"#
        ))
        .await;
    let times = times(&result, "first render");
    (times[0], times[1])
}

/// Clicks "Next event" `MOVES` times, timing each until the detail shows the new event.
async fn selection_moves(browser: &Browser, host: &StaticHost) -> Vec<f64> {
    browser.open(&host.url("timeline/flins-chosen-0")).await;
    first_render(browser).await;
    let result = browser
        .run_async_script(&format!(
            r#"const done = arguments[arguments.length - 1];
            const times = [];
            const title = () => document.getElementById("event-detail-title")?.textContent;
            const next = document.querySelector("button[aria-label='Next event']");
            const frame = () => new Promise(requestAnimationFrame);
            (async () => {{
                for (let i = 0; i < {MOVES}; i++) {{
                    await frame();
                    const before = title();
                    const changed = new Promise(resolve => {{
                        const observer = new MutationObserver(() => {{
                            if (title() !== before) {{ observer.disconnect(); resolve(performance.now()); }}
                        }});
                        observer.observe(document.querySelector("main"), {{ subtree: true, childList: true, characterData: true }});
                    }});
                    const start = performance.now();
                    next.click();
                    times.push((await changed) - start);
                }}
                done(times);
            }})();"#
        ))
        .await;
    times(&result, "selection moves")
}

/// Presses ArrowRight `MOVES` times on the focused option, timing each until
/// the new option holds the tab stop.
async fn focus_moves(browser: &Browser) -> Vec<f64> {
    let result = browser
        .run_async_script(&format!(
            r#"const done = arguments[arguments.length - 1];
            const times = [];
            const frame = () => new Promise(requestAnimationFrame);
            (async () => {{
                document.querySelector("[role=option][tabindex='0']").focus();
                for (let i = 0; i < {MOVES}; i++) {{
                    await frame();
                    const from = document.activeElement;
                    const start = performance.now();
                    from.dispatchEvent(new KeyboardEvent("keydown", {{ key: "ArrowRight", bubbles: true, cancelable: true }}));
                    const to = document.activeElement;
                    while (to.getAttribute("tabindex") !== "0") {{ await Promise.resolve(); await new Promise(r => setTimeout(r, 0)); }}
                    times.push(performance.now() - start);
                }}
                done(times);
            }})();"#
        ))
        .await;
    times(&result, "focus moves")
}

fn times(result: &Value, what: &str) -> Vec<f64> {
    result
        .as_array()
        .unwrap_or_else(|| panic!("{what}: {result}"))
        .iter()
        .map(|time| time.as_f64().expect("ms"))
        .collect()
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    let middle = values.len() / 2;
    if values.len().is_multiple_of(2) {
        (values[middle - 1] + values[middle]) / 2.0
    } else {
        values[middle]
    }
}
