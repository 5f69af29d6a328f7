//! Benchmark (not a test): the timeline with 2,000 generated events in
//! headless Chromium. Prints on stdout, in Markdown, how it measures and the
//! medians of first renders, selection moves and focus moves; `cargo xtask
//! bench` builds the site from the generated report (its timeline pages
//! only) and puts the table into bench/. By hand:
//! `cargo run --release -p e2e --bin bench-timeline -- <site> <base>`.

use e2e::{Browser, StaticHost};
use serde_json::Value;
use std::path::Path;

const EVENTS: usize = 2_000;
/// The events a page of so long a timeline lists.
const LISTED: usize = micra_flins::logic::timeline::WINDOW_LENGTH;
/// Moves from the first event, all within its page's events.
const MOVES: usize = 10;
/// The least time between two moves, in ms: a held key's repeat (about 30
/// a second), the fastest a reader steps. Each move still starts on a
/// frame of its own.
const PACE_MS: u32 = 33;

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [site, base] = args.as_slice() else {
        eprintln!("usage: bench-timeline <built site> <base path>");
        std::process::exit(2);
    };
    let host = StaticHost::start(Path::new(site), base);
    let browser = Browser::start(1280, 900).await;

    let figures = measure_app(&browser, &host).await;
    let compared = compare(&browser, &host, Path::new(site)).await;
    browser.close().await;

    print!(
        "Release build, served by the end-to-end static host, headless Chromium at 1280x900;\n\
         the report is the bundled one with each event repeated to {EVENTS} events, and the pages\n\
         are prerendered from it. Each timeline page lists {LISTED} of the {EVENTS} events (those\n\
         around its own) and carries its own event's detail; another's comes from its page, taken\n\
         ahead of the reader (the next few the way they go). Moves are {PACE_MS} ms apart at least,\n\
         a held key's repeat. Times come from `performance.now()` and the app's User\n\
         Timing marks (src/perf.rs); the first render is the timeline island's hydration: the\n\
         prerendered list, axis and detail are put in step with the address.\n\n\
         | measure ({EVENTS} events) | median | target |\n| --- | ---: | ---: |\n"
    );
    let rows = [
        (
            "first render: island data read to list in step (5 loads)",
            "< 100 ms",
        ),
        (
            "first render: navigation start to list in step (5 loads)",
            "",
        ),
        (
            "selection move: \"Next event\" click to detail updated ({MOVES} moves)",
            "< 16 ms",
        ),
        (
            "focus move: ArrowRight to tab stop updated ({MOVES} moves)",
            "< 16 ms",
        ),
    ];
    for (index, (measure, target)) in rows.into_iter().enumerate() {
        println!(
            "| {} | {:.1} ms | {target} |",
            measure.replace("{MOVES}", &MOVES.to_string()),
            figures[index]
        );
    }
    let [load_to_render, navigation_to_render, selection, _] = figures;
    if !compared.is_empty() {
        print!(
            "\nThe same {EVENTS} events (ids, titles, summaries, dates) rendered by the timeline tools\n\
             readers know, each on a page of its own in the same site, host and Chromium\n\
             (npm packages, pinned; xtask/src/bench/comparisons.rs). First render: from the\n\
             page's script starting to the tool's own signal that it has drawn (vis-timeline's\n\
             first `changed`, TimelineJS's `loaded`). Selection move: from asking the tool for\n\
             the next event (`setSelection`, `goToNext`) to the element that shows it changing.\n\n\
             | tool ({EVENTS} events) | first render | navigation start to drawn | selection move |\n\
             | --- | ---: | ---: | ---: |\n\
             | this app (above) | {:.1} ms | {:.1} ms | {:.1} ms |\n",
            load_to_render, navigation_to_render, selection,
        );
        for tool in compared {
            println!(
                "| {} | {:.1} ms | {:.1} ms | {:.1} ms |",
                tool.name,
                median(tool.script_to_drawn),
                median(tool.navigation_to_drawn),
                median(tool.moves)
            );
        }
    }
}

/// The app's medians: first render (props to list, navigation to list),
/// selection move, focus move.
async fn measure_app(browser: &Browser, host: &StaticHost) -> [f64; 4] {
    let mut first_renders = Vec::new();
    for _ in 0..5 {
        browser.open(&host.url("timeline")).await;
        first_renders.push(first_render(browser).await);
    }
    let (load_to_render, navigation_to_render): (Vec<f64>, Vec<f64>) =
        first_renders.into_iter().unzip();
    let selection = selection_moves(browser, host).await;
    let focus = focus_moves(browser).await;
    [
        median(load_to_render),
        median(navigation_to_render),
        median(selection),
        median(focus),
    ]
}

/// A timeline tool's figures, from its page in `compare/`.
struct Compared {
    name: String,
    script_to_drawn: Vec<f64>,
    navigation_to_drawn: Vec<f64>,
    moves: Vec<f64>,
}

/// Measures each tool `compare/tools.json` names, when the site has them.
async fn compare(browser: &Browser, host: &StaticHost, site: &Path) -> Vec<Compared> {
    let Ok(list) = std::fs::read_to_string(site.join("compare/tools.json")) else {
        return Vec::new();
    };
    let tools: Vec<Value> = serde_json::from_str(&list).expect("compare/tools.json is a list");
    let mut compared = Vec::new();
    for tool in tools {
        let (slug, name) = (
            tool["slug"].as_str().unwrap(),
            tool["name"].as_str().unwrap(),
        );
        let mut drawn = Vec::new();
        for _ in 0..3 {
            // Not the app: no islands to wait for.
            browser
                .open_as_served(&host.url(&format!("compare/{slug}.html")))
                .await;
            let result = browser
                .run_async_script(
                    r#"const done = arguments[arguments.length - 1];
                    const started = performance.now();
                    (function poll() {
                        const start = performance.getEntriesByName("compare:start")[0];
                        const drawn = performance.getEntriesByName("compare:rendered")[0];
                        if (start && drawn) done([drawn.startTime - start.startTime, drawn.startTime]);
                        else if (performance.now() - started > 60000) done("timed out");
                        else setTimeout(poll, 20);
                    })();"#,
                )
                .await;
            let times = times(&result, &format!("{name}: first render"));
            drawn.push((times[0], times[1]));
        }
        let moves = timed_moves(
            browser,
            &format!("{name}: selection moves"),
            "window.selectedMarker()",
            "window.selectNext()",
            r#"document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ["class"] }"#,
        )
        .await;
        let (script_to_drawn, navigation_to_drawn) = drawn.into_iter().unzip();
        compared.push(Compared {
            name: name.to_string(),
            script_to_drawn,
            navigation_to_drawn,
            moves,
        });
    }
    compared
}

/// Waits for the list and returns (report parsed → rendered, navigation → rendered) in ms.
async fn first_render(browser: &Browser) -> (f64, f64) {
    let result = browser
        .run_async_script(&format!(
            r#"const done = arguments[arguments.length - 1];
            const started = performance.now();
            (function poll() {{
                const rendered = performance.getEntriesByName("micra:timeline-rendered")[0];
                const loaded = performance.getEntriesByName("micra:timeline-data-read")[0];
                const options = document.querySelectorAll("[role=option]").length;
                if (rendered && loaded && options === {LISTED}) {{
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
    timed_moves(
        browser,
        "selection moves",
        r#"document.querySelector(".event-detail:not([hidden]) h2")?.textContent"#,
        r#"document.querySelector("button[aria-label='Next event']").click()"#,
        r#"document.querySelector("main"), { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ["hidden"] }"#,
    )
    .await
}

/// Does `act` (JS) `MOVES` times, [`PACE_MS`] apart, timing each from the act
/// until `shown` (a JS expression) gives something new, as seen by a
/// MutationObserver on `observed` (its node and options, as JS); a move
/// that shows nothing within 10 s counts as NaN.
async fn timed_moves(
    browser: &Browser,
    what: &str,
    shown: &str,
    act: &str,
    observed: &str,
) -> Vec<f64> {
    let result = browser
        .run_async_script(&format!(
            r#"const done = arguments[arguments.length - 1];
            const times = [];
            const shown = () => {shown};
            const frame = () => new Promise(requestAnimationFrame);
            let lastAct = -Infinity;
            (async () => {{
                for (let i = 0; i < {MOVES}; i++) {{
                    await new Promise(resolve => setTimeout(resolve, Math.max(0, lastAct + {PACE_MS} - performance.now())));
                    await frame();
                    const before = shown();
                    const changed = new Promise(resolve => {{
                        const observer = new MutationObserver(() => {{
                            const now = shown();
                            if (now != null && now !== before) {{ observer.disconnect(); resolve(performance.now()); }}
                        }});
                        observer.observe({observed});
                    }});
                    const start = performance.now();
                    lastAct = start;
                    {act};
                    const end = await Promise.race([changed, new Promise(r => setTimeout(() => r(NaN), 10000))]);
                    times.push(end - start);
                }}
                done(times);
            }})();"#
        ))
        .await;
    times(&result, what)
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
        // A move that timed out comes back as null.
        .map(|time| time.as_f64().unwrap_or(f64::NAN))
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
