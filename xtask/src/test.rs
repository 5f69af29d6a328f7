//! `cargo xtask test`: every test layer, in order from fastest to slowest.

use crate::process::{TestCounts, cargo, run_tests, step, workspace_root};
use crate::tools::{Need, Toolchain};
use crate::{Failure, Outcome, dist};

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

fn run_layers(layers: Layers, tools: &Toolchain, total: &mut TestCounts) -> Outcome {
    if layers.native {
        step("native tests (cargo test: model, logic, xtask)");
        run_tests(
            cargo().args(["test", "--no-fail-fast", "--workspace", "--exclude", "e2e"]),
            "the native tests",
            "run `cargo test` to see them alone",
            total,
        )?;
        step("prerendered pages (cargo test --features ssr: every address rendered natively)");
        run_tests(
            cargo().args([
                "test",
                "--no-fail-fast",
                "--no-default-features",
                "--features",
                "ssr",
                "--test",
                "prerender",
            ]),
            "the prerender tests",
            "run `cargo test --no-default-features --features ssr --test prerender` to see them alone",
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
