//! `cargo xtask test`: every test layer, in order from fastest to slowest.

use crate::process::{TestCounts, cargo, run_tests, step, workspace_root};
use crate::tools::{Need, Toolchain};
use crate::{Failure, Outcome, dist};
use std::path::Path;

/// The sub-path the end-to-end suite hosts the built site under, like a
/// project site on GitHub Pages.
pub const E2E_BASE: &str = "/reports/micra/";

/// Which test layers to run.
#[derive(Debug, Clone, Copy)]
pub struct Layers {
    native: bool,
    browser: bool,
    e2e: bool,
}

impl Layers {
    /// Native, browser and end-to-end.
    pub fn all() -> Self {
        Self {
            native: true,
            browser: true,
            e2e: true,
        }
    }

    /// One layer by name.
    pub fn only(name: &str) -> Option<Self> {
        let none = Self {
            native: false,
            browser: false,
            e2e: false,
        };
        match name {
            "native" => Some(Self {
                native: true,
                ..none
            }),
            "browser" => Some(Self {
                browser: true,
                ..none
            }),
            "e2e" => Some(Self { e2e: true, ..none }),
            _ => None,
        }
    }
}

/// Runs the chosen layers, stopping at the first that fails.
pub fn run(layers: Layers) -> Outcome {
    let tools = Toolchain::ensure(Need {
        build: layers.e2e,
        test_runner: layers.browser,
        browser: layers.browser || layers.e2e,
        axe: layers.e2e,
        ..Need::default()
    })?;
    let mut total = TestCounts::default();
    let outcome = run_layers(layers, &tools, &mut total);
    // The closing line CI and readers look for, whatever happened above.
    println!("summary: {} passed, {} failed", total.passed, total.failed);
    outcome?;
    if total.failed > 0 {
        return Err(Failure::new(
            "some tests failed",
            "see the failures listed above",
        ));
    }
    Ok(())
}

/// Counts as one test: the built site's wasm + JS against the ceiling.
fn check_download_size(site: &Path, total: &mut TestCounts) -> Outcome {
    step("download size (wasm + JS, brotli -q 11, as `cargo xtask bench` measures it)");
    let budget = crate::bench::results::WASM_JS_BROTLI_BYTES;
    let (within, verdict) = download_size_verdict(site, budget)?;
    println!("{verdict}");
    if within {
        total.passed += 1;
    } else {
        total.failed += 1;
    }
    Ok(())
}

/// Each kind of page's wasm and JS, and the CSS, raw, gzip and brotli; then
/// whether the most a page loads (wasm + JS, brotli) is within `budget`.
fn download_size_verdict(site: &Path, budget: u64) -> Outcome<(bool, String)> {
    use crate::bench::sizes::Size;
    let sizes = crate::bench::sizes::measure(site)?;
    let figures = |size: Size| {
        format!(
            "{} raw, {} gzip, {} brotli",
            size.raw, size.gzip, size.brotli
        )
    };
    let mut lines = Vec::new();
    for bundle in &sizes.bundles {
        lines.push(format!(
            "  {} ({} pages): wasm {}; JS {}; wasm + JS {} brotli",
            bundle.name,
            bundle.pages,
            figures(bundle.wasm),
            figures(bundle.js),
            bundle.code().brotli
        ));
    }
    lines.push(format!("  CSS (every page): {}", figures(sizes.css)));
    let Some(largest) = sizes.largest_loaded() else {
        return Ok((
            false,
            "FAILED: no page of the site loads any wasm".to_string(),
        ));
    };
    let shipped = largest.code().brotli;
    let within = shipped <= budget && sizes.unserved.is_empty();
    lines.push(if !sizes.unserved.is_empty() {
        format!(
            "FAILED: no wasm holds every island of {}: give the page's islands one kind \
             (the `*-islands` features, src/islands/)",
            sizes.unserved.join(", ")
        )
    } else if within {
        format!(
            "ok: a page loads at most {shipped} bytes of wasm + JS brotli (the {} pages), \
             within the budget of {budget}",
            largest.name
        )
    } else {
        format!(
            "FAILED: the {} pages load {shipped} bytes of wasm + JS brotli, {} over the \
             budget of {budget}: see where the bytes went with `twiggy top` (bench/size.md)",
            largest.name,
            shipped - budget
        )
    });
    Ok((within, lines.join("\n")))
}

fn run_layers(layers: Layers, tools: &Toolchain, total: &mut TestCounts) -> Outcome {
    if layers.native {
        step("native tests (cargo test: model, logic, xtask)");
        run_tests(
            cargo().args(["test", "--no-fail-fast", "--workspace", "--exclude", "e2e"]),
            "the native tests",
            "run `cargo test` to see them alone",
            total,
        )?;
        step(
            "prerendered pages and a share of the fuzzing (cargo test --features reliability: \
             every address rendered natively; generated reports, hostile addresses, faults)",
        );
        run_tests(
            cargo().args([
                "test",
                "--no-fail-fast",
                "--no-default-features",
                "--features",
                "reliability",
                "--test",
                "prerender",
                "--test",
                "reliability",
            ]),
            "the prerender and reliability tests",
            "run `cargo test --no-default-features --features reliability --test prerender --test reliability` to see them alone",
            total,
        )?;
    }
    if layers.browser {
        step("browser tests (wasm-bindgen-test in headless Chromium)");
        run_tests(
            tools
                .apply(&mut cargo())
                .args([
                    "test",
                    "--no-fail-fast",
                    "--target",
                    "wasm32-unknown-unknown",
                    "--test",
                    "web_*",
                ])
                .env(
                    "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER",
                    "wasm-bindgen-test-runner",
                )
                .env("WASM_BINDGEN_TEST_TIMEOUT", "60"),
            "the browser tests",
            "run `cargo xtask test browser` to repeat them alone",
            total,
        )?;
    }
    if layers.e2e {
        let site = workspace_root().join("target").join("e2e-dist");
        dist::build(E2E_BASE, &site)?;
        check_download_size(&site, total)?;
        step(&format!(
            "end-to-end tests (the built site under {E2E_BASE}, static server, Chromium)"
        ));
        run_tests(
            cargo()
                .args([
                    "test",
                    "--no-fail-fast",
                    "-p",
                    "e2e",
                    "--",
                    "--test-threads=1",
                ])
                .env("MICRA_E2E_SITE", &site)
                .env(
                    "MICRA_AXE_SCRIPT",
                    tools.axe_script().expect("axe-core was asked for"),
                )
                .env("MICRA_E2E_BASE", E2E_BASE),
            "the end-to-end tests",
            "run `cargo xtask test e2e` to repeat them alone",
            total,
        )?;
    }

    Ok(())
}

#[cfg(test)]
mod tests {
    use super::download_size_verdict;

    #[test]
    fn the_size_gate_fails_a_site_over_its_budget_and_names_the_excess() {
        let site = std::env::temp_dir().join(format!("micra-size-gate-{}", std::process::id()));
        std::fs::create_dir_all(site.join("timeline")).unwrap();
        // Bytes brotli cannot shrink much, so the figure is near their count.
        let mut state = 0x2545_f491_u32;
        let noise: Vec<u8> = (0..4_000)
            .map(|_| {
                state ^= state << 13;
                state ^= state >> 17;
                state ^= state << 5;
                state as u8
            })
            .collect();
        std::fs::write(site.join("app-1_bg.wasm"), &noise).unwrap();
        std::fs::write(site.join("app-1.js"), "export default function start() {}").unwrap();
        std::fs::write(site.join("reader-2_bg.wasm"), &noise[..100]).unwrap();
        std::fs::write(
            site.join("reader-2.js"),
            "export default function start() {}",
        )
        .unwrap();
        let loader = r#"<script type=module>
const bundles = [{"files":["/app-1.js","/app-1_bg.wasm"],"islands":["SkipLink_1"]},{"files":["/reader-2.js","/reader-2_bg.wasm"],"islands":["SkipLink_1","ReaderIsland_2"]}];
</script>"#;
        let page = |islands: &[&str]| {
            let islands: String = islands
                .iter()
                .map(|name| format!(r#"<leptos-island data-component="{name}"></leptos-island>"#))
                .collect();
            format!("<html>{loader}<body>{islands}")
        };
        std::fs::write(site.join("index.html"), page(&["SkipLink_1"])).unwrap();
        std::fs::write(
            site.join("timeline/index.html"),
            page(&["SkipLink_1", "ReaderIsland_2"]),
        )
        .unwrap();

        let (within, verdict) = download_size_verdict(&site, 1_000).unwrap();
        assert!(!within);
        assert!(
            verdict.contains("FAILED: the app pages load 4"),
            "{verdict}"
        );
        assert!(verdict.contains("over the budget of 1000"), "{verdict}");
        assert!(
            verdict.contains("reader (1 pages): wasm 100 raw"),
            "{verdict}"
        );
        let (within, verdict) = download_size_verdict(&site, 10_000).unwrap();
        assert!(within, "{verdict}");

        std::fs::write(
            site.join("timeline/index.html"),
            page(&["TimelineIsland_3"]),
        )
        .unwrap();
        let (within, verdict) = download_size_verdict(&site, 10_000).unwrap();
        assert!(!within);
        assert!(
            verdict.contains("no wasm holds every island of timeline/index.html"),
            "{verdict}"
        );
        std::fs::remove_dir_all(&site).unwrap();
    }
}
