//! Benchmark (not a test): pages loaded as on a mid-range phone, with a
//! cold cache, in headless Chromium: the CPU 4× slower and the network at
//! 1.6 Mbit/s down with 150 ms a round trip (Chromium's own throttling,
//! applied while the page loads, so the page's clocks run under it).
//! For each run prints one JSON line: the address, the first contentful
//! paint, the largest contentful paint, when the page asked for its wasm
//! and when the wasm had arrived (its resource timing), and when the
//! islands were hydrated (src/perf.rs `ISLANDS_HYDRATED`), in ms from
//! navigation start.
//! `cargo xtask bench` takes the median of each page's runs into
//! bench/RESULTS.md. By hand:
//! `cargo run --release -p e2e --bin bench-mid-range -- <site> <base> <loads> <path>...`.

use e2e::{Browser, StaticHost};
use micra_flins::perf::ISLANDS_HYDRATED;
use micra_flins::start::HYDRATED_ATTRIBUTE;
use serde_json::json;
use std::path::Path;
use std::time::{Duration, Instant};

const CPU_SLOWDOWN: u32 = 4;
const DOWNLOAD_BITS_PER_SECOND: u64 = 1_600_000;
const UPLOAD_BITS_PER_SECOND: u64 = 750_000;
const ROUND_TRIP_MS: u64 = 150;
/// Long enough for a slow page; a page never hydrated says so.
const PATIENCE: Duration = Duration::from_secs(30);

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [site, base, loads, paths @ ..] = args.as_slice() else {
        eprintln!(
            "usage: bench-mid-range <built site> <base path> <loads of each page> <path below the base>..."
        );
        std::process::exit(2);
    };
    let Ok(loads) = loads.parse::<usize>() else {
        eprintln!("bench-mid-range: the loads of each page are a number, not `{loads}`");
        std::process::exit(2);
    };
    let host = StaticHost::start(Path::new(site), base);
    for path in paths {
        for _ in 0..loads {
            // A new browser each time: a new profile, so a cold cache and
            // no offline copy from the run before.
            let browser = Browser::start(412, 823).await;
            throttle(&browser).await;
            let url = host.url(path);
            browser.open_as_served(&url).await;
            let islands_ready_ms = wait_for_islands(&browser).await;
            let paints = browser
                .run_async_script(
                    "const done = arguments[arguments.length - 1];
                     const fcp = performance.getEntriesByName('first-contentful-paint')[0];
                     const wasm = performance.getEntriesByType('resource')
                         .find((entry) => entry.name.endsWith('.wasm'));
                     new PerformanceObserver((list) => {
                         const entries = list.getEntries();
                         done([fcp ? fcp.startTime : null, entries[entries.length - 1].startTime,
                               wasm ? wasm.startTime : null, wasm ? wasm.responseEnd : null]);
                     }).observe({ type: 'largest-contentful-paint', buffered: true });",
                )
                .await;
            println!(
                "{}",
                json!({
                    "path": path,
                    "fcp_ms": paints[0],
                    "lcp_ms": paints[1],
                    "wasm_requested_ms": paints[2],
                    "wasm_received_ms": paints[3],
                    "islands_ready_ms": islands_ready_ms,
                })
            );
            browser.close().await;
        }
    }
}

async fn throttle(browser: &Browser) {
    let commands = [
        ("Network.enable", json!({})),
        (
            "Network.emulateNetworkConditions",
            json!({
                "offline": false,
                "latency": ROUND_TRIP_MS,
                "downloadThroughput": DOWNLOAD_BITS_PER_SECOND / 8,
                "uploadThroughput": UPLOAD_BITS_PER_SECOND / 8,
            }),
        ),
        (
            "Emulation.setCPUThrottlingRate",
            json!({ "rate": CPU_SLOWDOWN }),
        ),
    ];
    for (command, params) in commands {
        if let Err(error) = browser.devtools(command, params).await {
            panic!("{error}");
        }
    }
}

/// The islands' mark, once `<html>` says they are hydrated; `None` when
/// they were not within [`PATIENCE`].
async fn wait_for_islands(browser: &Browser) -> Option<f64> {
    let started = Instant::now();
    let script = format!(
        "return document.documentElement.hasAttribute('{HYDRATED_ATTRIBUTE}')
             ? performance.getEntriesByName('{ISLANDS_HYDRATED}')[0]?.startTime ?? null
             : false"
    );
    while started.elapsed() < PATIENCE {
        match browser.run_script(&script).await {
            serde_json::Value::Bool(false) => {
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
            answer => return answer.as_f64(),
        }
    }
    None
}
