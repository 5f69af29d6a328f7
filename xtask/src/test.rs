//! `cargo xtask test`: every test layer, in order from fastest to slowest.

use crate::lost_browsers::LostBrowsers;
use crate::post_build::page_wasm::DEVELOPMENT_FEATURES;
use crate::process::{TestCounts, cargo, run_tests, run_tests_watching, step, workspace_root};
use crate::tools::{Engine, Need, Toolchain, VNU_JAR_VERSION};
use crate::{Failure, Outcome, dist, valid_html};
use std::path::Path;
use std::process::Command;

/// The sub-path the end-to-end suite hosts the built site under, like a
/// project site on GitHub Pages.
pub const E2E_BASE: &str = "/reports/micra/";
/// The second report the test command builds and reads end to end.
pub const EXAMPLE_REPORT: &str = "examples/tramway-atelier/report.json";
/// It is hosted at the root of its host, where the bundled one is not.
const EXAMPLE_BASE: &str = "/";
/// The end-to-end suites that hold for any report.
const EXAMPLE_SUITES: [&str; 7] = [
    "any_report_journeys",
    "without_javascript",
    "accessibility",
    "clean_console",
    "every_address",
    "report_language",
    "valid_html",
];

/// Firefox's binary from Debian's `firefox-esr`, for geckodriver.
const FIREFOX_BINARY: &str = "/usr/bin/firefox-esr";

/// Which test layers to run, and in which browser engines.
#[derive(Debug, Clone, Copy)]
pub struct Layers {
    native: bool,
    browser: bool,
    e2e: bool,
    engines: &'static [Engine],
}

impl Layers {
    /// Native, browser and end-to-end, in every engine.
    pub fn all() -> Self {
        Self {
            native: true,
            browser: true,
            e2e: true,
            engines: &Engine::ALL,
        }
    }

    /// Parses what follows `cargo xtask test`: an optional layer
    /// (`native`, `browser`, `e2e`) and an optional `--browser <engine>`.
    pub fn parse(args: &[&str]) -> Result<Self, String> {
        let mut layers = Self::all();
        let mut args = args.iter();
        let mut layer_named = false;
        while let Some(arg) = args.next() {
            match *arg {
                "--browser" => {
                    let key = args.next().ok_or("--browser needs an engine")?;
                    layers.engines = Engine::parse(key).ok_or_else(|| {
                        format!("unknown browser `{key}`: use chromium, firefox or webkit")
                    })?;
                }
                layer if !layer_named => {
                    layer_named = true;
                    let (native, browser, e2e) = match layer {
                        "native" => (true, false, false),
                        "browser" => (false, true, false),
                        "e2e" => (false, false, true),
                        _ => return Err(format!("unknown test layer `{layer}`")),
                    };
                    layers = Self {
                        native,
                        browser,
                        e2e,
                        ..layers
                    };
                }
                other => return Err(format!("unexpected `{other}`")),
            }
        }
        Ok(layers)
    }

    /// The engines the browser layer runs in: wasm-bindgen's test runner
    /// drives Chromium and Firefox, not WebKitGTK.
    fn browser_layer_engines(&self) -> impl Iterator<Item = Engine> + '_ {
        self.engines
            .iter()
            .copied()
            .filter(|engine| *engine != Engine::WebKit)
    }
}

/// Test counts by layer and engine, for the closing summary.
#[derive(Debug, Default)]
struct Tally {
    parts: Vec<(String, TestCounts)>,
}

impl Tally {
    /// A fresh count for one layer (in one engine).
    fn part(&mut self, label: String) -> &mut TestCounts {
        self.parts.push((label, TestCounts::default()));
        &mut self.parts.last_mut().expect("just pushed").1
    }

    fn total(&self) -> TestCounts {
        self.parts
            .iter()
            .fold(TestCounts::default(), |total, (_, counts)| TestCounts {
                passed: total.passed + counts.passed,
                failed: total.failed + counts.failed,
            })
    }

    /// `summary: 412 passed, 0 failed (native 170; browser in Chromium 52; …)`.
    fn summary(&self) -> String {
        let total = self.total();
        let parts: Vec<String> = self
            .parts
            .iter()
            .map(|(label, counts)| match counts.failed {
                0 => format!("{label} {}", counts.passed),
                failed => format!("{label} {} passed, {failed} failed", counts.passed),
            })
            .collect();
        format!(
            "summary: {} passed, {} failed ({})",
            total.passed,
            total.failed,
            parts.join("; ")
        )
    }
}

/// Runs the chosen layers; each engine of a layer runs even when another
/// failed, so that the summary counts every engine.
pub fn run(layers: Layers) -> Outcome {
    let tools = Toolchain::ensure(Need {
        build: layers.e2e,
        test_runner: layers.browser,
        engines: if layers.browser || layers.e2e {
            layers.engines
        } else {
            &[]
        },
        axe: layers.e2e,
        html_checker: layers.e2e,
        ..Need::default()
    })?;
    let mut tally = Tally::default();
    let outcome = run_layers(layers, &tools, &mut tally);
    // The closing line CI and readers look for, whatever happened above.
    println!("{}", tally.summary());
    outcome?;
    if tally.total().failed > 0 {
        return Err(Failure::new(
            "some tests failed",
            "see the failures listed above",
        ));
    }
    Ok(())
}

/// Counts as one test: the built site's wasm + JS against the ceiling.
fn check_download_size(site: &Path, tally: &mut Tally) -> Outcome {
    step("download size (wasm + JS, brotli -q 11, as `cargo xtask bench` measures it)");
    let (within, verdict) = download_size_verdict(site, crate::bench::results::wasm_js_budget)?;
    println!("{verdict}");
    let counts = tally.part("download size".to_string());
    if within {
        counts.passed += 1;
    } else {
        counts.failed += 1;
    }
    Ok(())
}

/// Counts each page of `site` as one test: the Nu Html Checker finds no
/// error in it, as a host serves it (the end-to-end suite's `valid_html`
/// checks the pages again after their islands have run).
fn check_valid_html(tools: &Toolchain, site: &Path, label: &str, tally: &mut Tally) -> Outcome {
    step(&format!(
        "valid HTML: every page of {} as served, Nu Html Checker {VNU_JAR_VERSION}",
        site.strip_prefix(workspace_root())
            .unwrap_or(site)
            .display()
    ));
    let checker = tools
        .html_checker()
        .expect("the Nu Html Checker was asked for");
    let verdict = valid_html::check_site(checker, site)?;
    println!("{}", verdict.text);
    let counts = tally.part(label.to_string());
    counts.passed += (verdict.pages - verdict.pages_with_errors) as u64;
    counts.failed += verdict.pages_with_errors as u64;
    Ok(())
}

/// Each kind of page's wasm and JS against its budget (`budget_of` its
/// position in the page loader's list), and every page served by one;
/// whether all are within, and what to print.
fn download_size_verdict(site: &Path, budget_of: impl Fn(usize) -> u64) -> Outcome<(bool, String)> {
    use crate::bench::sizes::Size;
    let sizes = crate::bench::sizes::measure(site)?;
    let figures = |size: Size| {
        format!(
            "{} raw, {} gzip, {} brotli",
            size.raw, size.gzip, size.brotli
        )
    };
    let mut lines = Vec::new();
    for (position, kind_wasm) in sizes.page_wasm.iter().enumerate() {
        lines.push(format!(
            "  {} ({} pages): wasm {}; JS {}; wasm + JS {} brotli (budget {})",
            kind_wasm.name,
            kind_wasm.pages,
            figures(kind_wasm.wasm),
            figures(kind_wasm.js),
            kind_wasm.code().brotli,
            budget_of(position)
        ));
    }
    lines.push(format!(
        "  CSS (inside each page, the family that has the most): {}",
        figures(sizes.css)
    ));
    let Some(largest) = sizes.largest_loaded() else {
        return Ok((
            false,
            "FAILED: no page of the site loads any wasm".to_string(),
        ));
    };
    let over = sizes.over_budget(&budget_of);
    let within = over.is_empty() && sizes.unserved.is_empty();
    if !sizes.unserved.is_empty() {
        lines.push(format!(
            "FAILED: no wasm holds every island of {}: give the page's islands one kind \
             (the `*-islands` features, src/islands/)",
            sizes.unserved.join(", ")
        ));
    }
    for (kind_wasm, budget) in &over {
        let shipped = kind_wasm.code().brotli;
        lines.push(format!(
            "FAILED: the {} pages load {shipped} bytes of wasm + JS brotli, {} over the \
             budget of {budget}: see where the bytes went with `twiggy top` (bench/size.md)",
            kind_wasm.name,
            shipped - budget
        ));
    }
    if within {
        lines.push(format!(
            "ok: every kind of page within its budget; the most a page loads is {} bytes of \
             wasm + JS brotli (the {} pages)",
            largest.code().brotli,
            largest.name
        ));
    }
    Ok((within, lines.join("\n")))
}

fn run_layers(layers: Layers, tools: &Toolchain, tally: &mut Tally) -> Outcome {
    let mut failures = Vec::new();
    if layers.native {
        step(
            "native tests (cargo test: model, logic, every page prerendered, a share of the \
             fuzzing, xtask, the end-to-end harness)",
        );
        let counts = tally.part("native".to_string());
        // The app's own tests with its default feature, `ssr`: the
        // prerendered pages too (every address rendered natively, for the
        // bundled report, the French example, a report in a language the
        // interface does not speak and markup in every text field).
        run_tests(
            cargo().args(["test", "--no-fail-fast", "--workspace", "--exclude", "e2e"]),
            "the native tests",
            "run `cargo test --workspace --exclude e2e` to see them alone",
            counts,
        )?;
        // The end-to-end harness's own tests (the static host, the engine
        // names) need no browser: once here, not once per engine.
        run_tests(
            cargo().args(["test", "--no-fail-fast", "-p", "e2e", "--lib"]),
            "the end-to-end harness's tests",
            "run `cargo test -p e2e --lib` to see them alone",
            counts,
        )?;
    }
    if layers.browser {
        if layers.engines == [Engine::WebKit] {
            step(
                "browser tests: none in WebKit (wasm-bindgen-test-runner drives Chromium and Firefox)",
            );
        }
        if layers.browser_layer_engines().next().is_some() {
            write_browser_fixtures()?;
        }
        for engine in layers.browser_layer_engines() {
            let name = engine.name();
            step(&format!(
                "browser tests in {name} (wasm-bindgen-test, headless)"
            ));
            let mut command = cargo();
            tools
                .apply(&mut command)
                .args([
                    "test",
                    "--no-fail-fast",
                    "--target",
                    "wasm32-unknown-unknown",
                    "--no-default-features",
                    "--features",
                    DEVELOPMENT_FEATURES,
                    "--test",
                    "web_*",
                ])
                .env(
                    "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER",
                    "wasm-bindgen-test-runner",
                )
                .env("WASM_BINDGEN_TEST_TIMEOUT", "60");
            choose_test_runner_driver(&mut command, engine, tools);
            // The runner's driver makes a browser profile in TMPDIR per test
            // file and leaves it there: give it a folder that goes after.
            let scratch = workspace_root()
                .join("target")
                .join(format!("browser-tests-tmp-{}", engine.key()));
            let _ = std::fs::remove_dir_all(&scratch);
            std::fs::create_dir_all(&scratch).map_err(|error| {
                Failure::new(
                    format!("cannot create {}: {error}", scratch.display()),
                    "check that target/ is writable",
                )
            })?;
            command.env("TMPDIR", &scratch);
            failures.extend(run_browser_layer_in_engine(&mut command, engine, tally));
            let _ = std::fs::remove_dir_all(&scratch);
        }
    }
    if layers.e2e {
        let site = workspace_root().join("target").join("e2e-dist");
        dist::build(E2E_BASE, &site)?;
        check_download_size(&site, tally)?;
        check_valid_html(tools, &site, "valid HTML", tally)?;
        // The same site published again with a word changed: the offline
        // tests' second deploy (e2e/tests/offline_reading.rs).
        let next_site = workspace_root().join("target").join("e2e-dist-next");
        dist::build_from(E2E_BASE, &next_edition_report()?, &next_site)?;
        for &engine in layers.engines {
            step(&format!(
                "end-to-end tests in {} (the built site under {E2E_BASE}, static server, WebDriver)",
                engine.name()
            ));
            let sites = E2eSites {
                site: &site,
                next_site: &next_site,
            };
            failures.extend(run_e2e_in_engine(tools, engine, sites, tally));
        }
        if layers.engines.contains(&Engine::Chromium) {
            failures.extend(run_example_report(tools, tally)?);
        }
    }
    match failures.len() {
        0 => Ok(()),
        1 => Err(failures.remove(0)),
        _ => Err(Failure::new(
            failures
                .iter()
                .map(|failure| failure.what.as_str())
                .collect::<Vec<_>>()
                .join("; "),
            "repeat each alone with the commands above",
        )),
    }
}

/// Where the browser tests' pages are written (tests/support/page.rs).
const BROWSER_FIXTURES: &str = "target/browser-fixtures";

/// The pages the browser tests open: the bundled report's site
/// prerendered for a host's root and for `/reports/micra/`, each page
/// named by its address in `pages.rs`, which the tests include.
fn write_browser_fixtures() -> Outcome {
    step("the pages the browser tests open (the bundled report, prerendered)");
    let fixtures = workspace_root().join(BROWSER_FIXTURES);
    let unwritable = |error: std::io::Error| {
        Failure::new(
            format!("cannot write {}: {error}", fixtures.display()),
            "check that target/ is writable",
        )
    };
    let _ = std::fs::remove_dir_all(&fixtures);
    let mut pages = Vec::new();
    for (folder, base) in [("root", ""), ("sub-path", "/reports/micra")] {
        let site = fixtures.join(folder);
        std::fs::create_dir_all(site.join("data")).map_err(unwritable)?;
        // The page template as written: the tests take each page's body.
        std::fs::copy(workspace_root().join("index.html"), site.join("index.html"))
            .map_err(unwritable)?;
        std::fs::copy(
            workspace_root().join(dist::BUNDLED_REPORT),
            site.join("data/report.json"),
        )
        .map_err(unwritable)?;
        crate::post_build::prerender(&site, base)?;
        for page in crate::site_files::html_files(&site).map_err(unwritable)? {
            let relative = page.strip_prefix(&site).expect("a page within its site");
            let relative = relative.to_string_lossy().replace('\\', "/");
            let address = format!("{base}/{}", relative.trim_end_matches("index.html"));
            pages.push(format!("    ({address:?}, include_str!({:?})),", page));
        }
    }
    pages.sort();
    let list = format!(
        "// Written by `cargo xtask test browser` (xtask/src/test.rs).\n\
         pub const PAGES: &[(&str, &str)] = &[\n{}\n];\n",
        pages.join("\n")
    );
    std::fs::write(fixtures.join("pages.rs"), list).map_err(unwritable)
}

/// The French example report (`examples/`), built for the root of a host,
/// through the suites that hold for any report: every address without
/// JavaScript, axe, a clean console, every address's status, and the
/// report's language. In Chromium only: the engines' differences are the
/// bundled report's runs' to find, the example adds a report and a base.
fn run_example_report(tools: &Toolchain, tally: &mut Tally) -> Outcome<Option<Failure>> {
    let site = workspace_root().join("target").join("e2e-dist-example");
    dist::build_from(EXAMPLE_BASE, &workspace_root().join(EXAMPLE_REPORT), &site)?;
    check_valid_html(tools, &site, "valid HTML, example report", tally)?;
    step(&format!(
        "end-to-end tests of the example report ({EXAMPLE_REPORT}) in Chromium, under {EXAMPLE_BASE}"
    ));
    let mut command = cargo();
    command
        .args(["test", "--no-fail-fast", "-p", "e2e"])
        .args(EXAMPLE_SUITES.iter().flat_map(|suite| ["--test", suite]))
        .args(["--", "--test-threads=1"])
        .env("MICRA_E2E_SITE", &site)
        .env(
            "MICRA_AXE_SCRIPT",
            tools.axe_script().expect("axe-core was asked for"),
        )
        .env("MICRA_E2E_BASE", EXAMPLE_BASE)
        .env("MICRA_E2E_BROWSER", Engine::Chromium.key());
    give_the_html_checker(&mut command, tools);
    Ok(run_tests(
        &mut command,
        "the example report's end-to-end tests in Chromium",
        "run `cargo xtask test e2e --browser chromium` to repeat them, after the bundled report's",
        tally.part("end-to-end, example report, in Chromium".to_string()),
    )
    .err())
}

/// Tells the end-to-end suite's `valid_html` how to run the Nu Html
/// Checker on the pages as their islands left them.
fn give_the_html_checker(command: &mut Command, tools: &Toolchain) {
    let checker = tools
        .html_checker()
        .expect("the Nu Html Checker was asked for");
    command
        .env("MICRA_JAVA", &checker.java)
        .env("MICRA_VNU_JAR", &checker.jar);
}

/// The bundled report with its headline (on the front page) one word
/// longer, written into `target/`.
fn next_edition_report() -> Outcome<std::path::PathBuf> {
    let bundled = workspace_root().join(dist::BUNDLED_REPORT);
    let unusable = |what: String| Failure::new(what, "check public/data/report.json");
    let text = std::fs::read_to_string(&bundled)
        .map_err(|error| unusable(format!("cannot read {}: {error}", bundled.display())))?;
    let mut report: serde_json::Value = serde_json::from_str(&text)
        .map_err(|error| unusable(format!("{} does not parse: {error}", bundled.display())))?;
    let headline = report["feature"]["headline"]
        .as_str()
        .ok_or_else(|| unusable("the report has no feature.headline".to_string()))?;
    report["feature"]["headline"] = format!("{headline}, revised").into();
    let next = workspace_root().join("target").join("e2e-next-report.json");
    std::fs::write(&next, report.to_string())
        .map_err(|error| unusable(format!("cannot write {}: {error}", next.display())))?;
    Ok(next)
}

/// The two builds the end-to-end tests read: the site, and the same site
/// published again with a word changed (e2e/tests/offline_reading.rs).
#[derive(Clone, Copy)]
struct E2eSites<'a> {
    site: &'a Path,
    next_site: &'a Path,
}

/// `cargo test` for the end-to-end tests in `engine`, one at a time;
/// `filter` names the tests to run (all when empty).
fn e2e_command(tools: &Toolchain, engine: Engine, sites: E2eSites, filter: &[&str]) -> Command {
    let mut command = cargo();
    command
        .args(["test", "--no-fail-fast", "-p", "e2e", "--test", "*", "--"])
        .arg("--test-threads=1")
        .args(filter)
        .env("MICRA_E2E_SITE", sites.site)
        .env("MICRA_E2E_NEXT_SITE", sites.next_site)
        .env(
            "MICRA_AXE_SCRIPT",
            tools.axe_script().expect("axe-core was asked for"),
        )
        .env("MICRA_E2E_BASE", E2E_BASE)
        .env("MICRA_E2E_BROWSER", engine.key());
    give_the_html_checker(&mut command, tools);
    if engine == Engine::WebKit {
        // The X display's own tests (e2e/tests/virtual_display.rs),
        // ignored where Xvfb is not installed.
        command.arg("--include-ignored");
    }
    if let Some(geckodriver) = tools.geckodriver() {
        command.env("GECKODRIVER", geckodriver);
    }
    command
}

/// Runs the end-to-end tests in `engine`. When every failure is a test
/// whose browser went away under it (lost_browsers.rs), those run
/// once more, alone; the summary says how many did.
fn run_e2e_in_engine(
    tools: &Toolchain,
    engine: Engine,
    sites: E2eSites,
    tally: &mut Tally,
) -> Option<Failure> {
    let (name, key) = (engine.name(), engine.key());
    let what = format!("the end-to-end tests in {name}");
    let hint = format!("run `cargo xtask test e2e --browser {key}` to repeat them alone");
    let mut lost = LostBrowsers::default();
    let mut counts = TestCounts::default();
    let outcome = run_tests_watching(
        &mut e2e_command(tools, engine, sites, &[]),
        &what,
        &hint,
        &mut counts,
        &mut |line| lost.read_line(line),
    );
    let lost = lost.tests();
    let mut label = format!("end-to-end in {name}");
    let outcome = if outcome.is_err() && !lost.is_empty() && lost.len() as u64 == counts.failed {
        step(&format!(
            "{} again in {name}: the browser went away under {} (WebDriver: invalid session id)",
            lost.join(", "),
            if lost.len() == 1 { "it" } else { "them" },
        ));
        let mut filter: Vec<&str> = lost.iter().map(String::as_str).collect();
        filter.push("--exact");
        let mut again = TestCounts::default();
        let outcome = run_tests(
            &mut e2e_command(tools, engine, sites, &filter),
            &format!("{what}, run again"),
            &hint,
            &mut again,
        );
        counts.failed = again.failed;
        counts.passed += again.passed;
        label.push_str(&format!(" ({} run again)", lost.len()));
        outcome
    } else {
        outcome
    };
    *tally.part(label) = counts;
    outcome.err()
}

/// Runs the browser layer's tests in one engine, counted apart; a failure
/// is handed back, not raised, so that the other engines still run. A run
/// that fails with no failing test, its test runner having lost the
/// browser (a renderer that went away mid-file), runs once more; the
/// summary says so.
fn run_browser_layer_in_engine(
    command: &mut Command,
    engine: Engine,
    tally: &mut Tally,
) -> Option<Failure> {
    let (name, key) = (engine.name(), engine.key());
    let what = format!("the browser tests in {name}");
    let hint = format!("run `cargo xtask test browser --browser {key}` to repeat them alone");
    let mut counts = TestCounts::default();
    let mut label = format!("browser in {name}");
    let mut outcome = run_tests(command, &what, &hint, &mut counts);
    if outcome.is_err() && counts.failed == 0 {
        step(&format!(
            "the browser tests in {name} again: the test runner failed with no failing test"
        ));
        counts = TestCounts::default();
        outcome = run_tests(command, &format!("{what}, run again"), &hint, &mut counts);
        label.push_str(" (run again)");
    }
    *tally.part(label) = counts;
    outcome.err()
}

/// Points wasm-bindgen-test-runner at `engine`'s WebDriver server: it
/// takes geckodriver when `GECKODRIVER` is set, chromedriver otherwise.
fn choose_test_runner_driver(command: &mut Command, engine: Engine, tools: &Toolchain) {
    match engine {
        Engine::Firefox => {
            command
                .env(
                    "GECKODRIVER",
                    tools.geckodriver().expect("geckodriver was asked for"),
                )
                .env("GECKODRIVER_ARGS", format!("--binary {FIREFOX_BINARY}"));
        }
        _ => {
            command
                .env_remove("GECKODRIVER")
                .env("CHROMEDRIVER", "chromedriver");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Layers, Tally, download_size_verdict};
    use crate::tools::Engine;

    #[test]
    fn the_command_line_picks_a_layer_and_an_engine_in_either_order() {
        let all = Layers::parse(&[]).unwrap();
        assert!(all.native && all.browser && all.e2e);
        assert_eq!(all.engines, Engine::ALL);
        let e2e_firefox = Layers::parse(&["e2e", "--browser", "firefox"]).unwrap();
        assert!(!e2e_firefox.native && !e2e_firefox.browser && e2e_firefox.e2e);
        assert_eq!(e2e_firefox.engines, [Engine::Firefox]);
        let webkit_first = Layers::parse(&["--browser", "webkit", "browser"]).unwrap();
        assert!(webkit_first.browser && !webkit_first.e2e);
        assert_eq!(webkit_first.browser_layer_engines().count(), 0);
        assert_eq!(
            Layers::parse(&["e2e", "--browser", "safari"]).unwrap_err(),
            "unknown browser `safari`: use chromium, firefox or webkit"
        );
        assert!(Layers::parse(&["e2e", "native"]).is_err());
        assert!(Layers::parse(&["--browser"]).is_err());
    }

    #[test]
    fn the_summary_counts_each_layer_in_each_engine() {
        let mut tally = Tally::default();
        tally.part("native".into()).passed = 170;
        let firefox = tally.part("end-to-end in Firefox".into());
        firefox.passed = 20;
        firefox.failed = 2;
        assert_eq!(
            tally.summary(),
            "summary: 190 passed, 2 failed (native 170; end-to-end in Firefox 20 passed, 2 failed)"
        );
    }

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
        let loader = r#"<script type="application/json" id="page-loader-settings">{"wasm":[{"files":["/app-1.js","/app-1_bg.wasm"],"islands":["SkipLink_1"]},{"files":["/reader-2.js","/reader-2_bg.wasm"],"islands":["SkipLink_1","ReaderIsland_2"]}]}</script>"#;
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

        let (within, verdict) = download_size_verdict(&site, |_| 1_000).unwrap();
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
        let (within, verdict) = download_size_verdict(&site, |_| 10_000).unwrap();
        assert!(within, "{verdict}");
        // The first listed (the story pages') has a budget of its own.
        let (within, verdict) =
            download_size_verdict(&site, |position| if position == 0 { 1_000 } else { 10_000 })
                .unwrap();
        assert!(!within);
        assert!(
            verdict.contains("FAILED: the app pages load 4"),
            "{verdict}"
        );
        assert!(!verdict.contains("FAILED: the reader pages"), "{verdict}");
        assert!(verdict.contains("(budget 1000)"), "{verdict}");

        std::fs::write(
            site.join("timeline/index.html"),
            page(&["TimelineIsland_3"]),
        )
        .unwrap();
        let (within, verdict) = download_size_verdict(&site, |_| 10_000).unwrap();
        assert!(!within);
        assert!(
            verdict.contains("no wasm holds every island of timeline/index.html"),
            "{verdict}"
        );
        std::fs::remove_dir_all(&site).unwrap();
    }
}
