//! The pinned tools the build needs, installed once into a cache outside
//! the clone (keyed by tool and version) so that later runs and CI on the
//! same machine reuse them, and a fresh machine installs them.
//!
//! Versions and why:
//! - trunk 0.21.14: 0.22 needs a newer rustc than the machine's 1.95.
//! - wasm-bindgen-cli: exactly the wasm-bindgen in Cargo.lock, installed
//!   without `--locked` (its lock file asks for a crate the registry lacks).
//! - wasm-opt from npm `binaryen@132.0.0`: Debian's binaryen 108 produces
//!   modules that fail in the browser, and trunk cannot download one here.
//! - terser 5.51.4 from npm: minifies wasm-bindgen's JS in release builds
//!   (post-build); pinned so the shipped bytes change only with the code.
//! - Workbox 7.4.1 from npm (`workbox-precaching` and the three modules it
//!   depends on): the offline copy's service worker is built on their
//!   ready-made `.prod.js` files, which the post-build step puts in front
//!   of src/offline/service-worker.js. `workbox-build` is not used: its
//!   manifest and bundling steps are done here already (the list with
//!   integrity and a budget, in Rust), and it would bring Babel and Rollup.
//! - The browsers from Debian, since no tool may download one: Chromium
//!   and chromedriver; Firefox ESR; WebKitGTK's MiniBrowser with
//!   WebKitWebDriver, and Xvfb with openbox for a display (it has no
//!   headless mode, and its window keeps the focus only when managed).
//! - geckodriver 0.37.1 from crates.io, the WebDriver server for Firefox:
//!   Debian does not package it.
//! - axe-core 4.14.1 from npm: the accessibility rules the end-to-end
//!   suite runs on every route; pinned so a rule change never turns a run
//!   red by itself.
//! - Lighthouse 12.8.2 from npm (`cargo xtask bench`), run with the `node`
//!   on PATH against Debian's Chromium: pinned so that scores from two runs
//!   differ because the site changed, not because the audits did.
//! - The Nu Html Checker from npm `vnu-jar` 26.9.27 (its `vnu.jar`), run
//!   with Debian's Java (`default-jre-headless`): the test command checks
//!   every built page with it. Pinned, since a new release may add
//!   checks. Its install script, which would download a Java runtime
//!   from GitHub where none is on PATH, is not run.

use crate::process::{run_quiet, step, workspace_root};
use crate::{Failure, Outcome};
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The npm `terser` release that minifies wasm-bindgen's JS in release builds.
pub const TERSER_VERSION: &str = "5.51.4";
/// The npm Workbox release the offline copy's worker is built on.
pub const WORKBOX_VERSION: &str = "7.4.1";
/// Workbox's modules the worker uses, in the order each needs the ones
/// before it (`workbox-<name>/build/workbox-<name>.prod.js`).
pub const WORKBOX_MODULES: [&str; 4] = ["core", "routing", "strategies", "precaching"];
/// The trunk release that works with the machine's rustc.
pub const TRUNK_VERSION: &str = "0.21.14";
/// The npm `binaryen` release whose wasm-opt produces working modules.
pub const BINARYEN_VERSION: &str = "132.0.0";
/// How trunk names that wasm-opt release in `[tools] wasm_opt`.
pub const TRUNK_WASM_OPT: &str = "version_132";
/// The crates.io release of Firefox's WebDriver server.
pub const GECKODRIVER_VERSION: &str = "0.37.1";
/// The npm `axe-core` release the end-to-end suite audits pages with.
pub const AXE_CORE_VERSION: &str = "4.14.1";
/// The npm `lighthouse` release `cargo xtask bench` audits the site with.
pub const LIGHTHOUSE_VERSION: &str = "12.8.2";
/// The npm `vnu-jar` release (the Nu Html Checker) the test command checks
/// the built pages with.
pub const VNU_JAR_VERSION: &str = "26.9.27";
/// Debian's Java, which runs the checker, and the package it comes from.
const JAVA: &str = "/usr/bin/java";
const JAVA_PACKAGE: &str = "default-jre-headless";
/// The timeline tools readers know, which `cargo xtask bench` renders the
/// same 2,000 events with (npm `vis-timeline`, `@knight-lab/timelinejs`).
pub const VIS_TIMELINE_VERSION: &str = "8.5.4";
pub const TIMELINEJS_VERSION: &str = "3.9.11";

/// Which tools a command needs.
#[derive(Debug, Clone, Copy, Default)]
pub struct Need {
    /// trunk, wasm-bindgen and wasm-opt: building the app.
    pub build: bool,
    /// wasm-bindgen-test-runner: the browser test layer.
    pub test_runner: bool,
    /// The engines the browser tests run in, and their WebDriver servers.
    pub engines: &'static [Engine],
    /// Lighthouse (the benchmark); it runs in Chromium.
    pub lighthouse: bool,
    /// axe-core, the accessibility rules of the end-to-end suite.
    pub axe: bool,
    /// vis-timeline and TimelineJS, which the benchmark compares with.
    pub comparisons: bool,
    /// The Nu Html Checker and the Java that runs it.
    pub html_checker: bool,
}

impl Need {
    /// Everything the project uses.
    pub fn all() -> Self {
        Self {
            build: true,
            test_runner: true,
            engines: &Engine::ALL,
            lighthouse: true,
            axe: true,
            comparisons: true,
            html_checker: true,
        }
    }
}

/// A browser engine the tests run in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Engine {
    Chromium,
    Firefox,
    WebKit,
}

impl Engine {
    /// Every engine, in the order the tests run them.
    pub const ALL: [Engine; 3] = [Engine::Chromium, Engine::Firefox, Engine::WebKit];

    /// The engine `key` names (`--browser firefox`).
    pub fn parse(key: &str) -> Option<&'static [Engine]> {
        const ONE_EACH: [[Engine; 1]; 3] =
            [[Engine::Chromium], [Engine::Firefox], [Engine::WebKit]];
        ONE_EACH
            .iter()
            .find(|[engine]| engine.key() == key)
            .map(|one| one.as_slice())
    }

    /// How the command line and the end-to-end suite's `MICRA_E2E_BROWSER`
    /// spell it.
    pub fn key(self) -> &'static str {
        match self {
            Engine::Chromium => "chromium",
            Engine::Firefox => "firefox",
            Engine::WebKit => "webkit",
        }
    }

    /// As a reader knows it.
    pub fn name(self) -> &'static str {
        match self {
            Engine::Chromium => "Chromium",
            Engine::Firefox => "Firefox",
            Engine::WebKit => "WebKit",
        }
    }

    /// The Debian packages it takes, each with a file that shows it is
    /// installed.
    fn packages(self) -> &'static [(&'static str, &'static str)] {
        match self {
            Engine::Chromium => &[
                ("chromium", "/usr/bin/chromium"),
                ("chromium-driver", "/usr/bin/chromedriver"),
                // The end-to-end suite's nginx host (e2e/src/nginx.rs),
                // which runs with Chromium's suite.
                ("nginx-light", "/usr/sbin/nginx"),
            ],
            Engine::Firefox => &[("firefox-esr", "/usr/bin/firefox-esr")],
            Engine::WebKit => &[
                ("webkit2gtk-driver", "/usr/bin/WebKitWebDriver"),
                (
                    "libwebkit2gtk-4.1-0",
                    "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser",
                ),
                ("xvfb", "/usr/bin/Xvfb"),
                ("openbox", "/usr/bin/openbox"),
            ],
        }
    }
}

/// A timeline tool's script and stylesheet, for the benchmark's pages.
#[derive(Debug, Clone)]
pub struct ComparisonTool {
    /// `vis-timeline 8.5.4`.
    pub name: String,
    /// The page's file name in the benchmark's site: `vis-timeline`.
    pub slug: &'static str,
    pub script: PathBuf,
    pub stylesheet: PathBuf,
}

/// The Nu Html Checker: `java -jar vnu.jar`.
#[derive(Debug, Clone)]
pub struct HtmlChecker {
    pub java: PathBuf,
    pub jar: PathBuf,
}

impl HtmlChecker {
    /// `java -jar vnu.jar`, ready for its options and files.
    pub fn command(&self) -> Command {
        let mut command = Command::new(&self.java);
        command.arg("-jar").arg(&self.jar);
        command
    }
}

/// Where the installed tools are, ready to be put on a command's PATH.
#[derive(Debug, Default)]
pub struct Toolchain {
    bin_dirs: Vec<PathBuf>,
    wasm_bindgen_version: String,
    lighthouse_cli: Option<PathBuf>,
    axe_script: Option<PathBuf>,
    geckodriver: Option<PathBuf>,
    comparisons: Vec<ComparisonTool>,
    html_checker: Option<HtmlChecker>,
}

impl Toolchain {
    /// Installs whatever of `need` is missing; quiet when all is there.
    pub fn ensure(need: Need) -> Outcome<Self> {
        let cache = cache_dir()?;
        let wasm_bindgen_version = wasm_bindgen_version_in_lock()?;
        let mut toolchain = Self {
            bin_dirs: Vec::new(),
            wasm_bindgen_version,
            lighthouse_cli: None,
            axe_script: None,
            geckodriver: None,
            comparisons: Vec::new(),
            html_checker: None,
        };
        ensure_wasm_target()?;
        if need.build || need.test_runner {
            toolchain.bin_dirs.push(ensure_wasm_bindgen_cli(
                &cache,
                &toolchain.wasm_bindgen_version,
            )?);
        }
        if need.build {
            check_trunk_toml_pins(&toolchain.wasm_bindgen_version)?;
            toolchain.bin_dirs.push(ensure_trunk(&cache)?);
            toolchain.bin_dirs.push(ensure_wasm_opt(&cache)?);
            let terser = npm_install(&cache, "terser", TERSER_VERSION, "terser/bin/terser")?;
            toolchain.bin_dirs.push(terser.join("node_modules/.bin"));
            workbox_modules()?;
        }
        let mut packages: Vec<(&str, &str)> = need
            .engines
            .iter()
            .flat_map(|engine| engine.packages())
            .copied()
            .collect();
        if need.html_checker {
            packages.push((JAVA_PACKAGE, JAVA));
        }
        ensure_debian_packages(&packages)?;
        if need.engines.contains(&Engine::Firefox) {
            let bin = cargo_install(
                &cache,
                "geckodriver",
                GECKODRIVER_VERSION,
                "geckodriver",
                true,
                5,
            )?;
            toolchain.geckodriver = Some(bin.join("geckodriver"));
        }
        if need.lighthouse {
            toolchain.lighthouse_cli = Some(ensure_lighthouse(&cache)?);
        }
        if need.axe {
            let script = "axe-core/axe.min.js";
            let root = npm_install(&cache, "axe-core", AXE_CORE_VERSION, script)?;
            toolchain.axe_script = Some(root.join("node_modules").join(script));
        }
        if need.html_checker {
            let jar = "vnu-jar/build/dist/vnu.jar";
            let root = npm_install(&cache, "vnu-jar", VNU_JAR_VERSION, jar)?;
            toolchain.html_checker = Some(HtmlChecker {
                java: PathBuf::from(JAVA),
                jar: root.join("node_modules").join(jar),
            });
        }
        if need.comparisons {
            toolchain.comparisons = vec![
                ensure_comparison(
                    &cache,
                    ComparisonPackage {
                        package: "vis-timeline",
                        version: VIS_TIMELINE_VERSION,
                        slug: "vis-timeline",
                        name: "vis-timeline",
                        script: "standalone/umd/vis-timeline-graph2d.min.js",
                        stylesheet: "styles/vis-timeline-graph2d.min.css",
                    },
                )?,
                ensure_comparison(
                    &cache,
                    ComparisonPackage {
                        package: "@knight-lab/timelinejs",
                        version: TIMELINEJS_VERSION,
                        slug: "timelinejs",
                        name: "TimelineJS",
                        script: "dist/js/timeline.js",
                        stylesheet: "dist/css/timeline.css",
                    },
                )?,
            ];
        }
        Ok(toolchain)
    }

    /// The timeline tools the benchmark compares with, when
    /// [`Need::comparisons`] asked for them.
    pub fn comparisons(&self) -> &[ComparisonTool] {
        &self.comparisons
    }

    /// axe-core's script, for injecting into pages, when [`Need::axe`]
    /// asked for it.
    pub fn axe_script(&self) -> Option<&Path> {
        self.axe_script.as_deref()
    }

    /// The Nu Html Checker, when [`Need::html_checker`] asked for it.
    pub fn html_checker(&self) -> Option<&HtmlChecker> {
        self.html_checker.as_ref()
    }

    /// geckodriver, when [`Need::engines`] named Firefox: the browser test
    /// runner and the end-to-end suite find it through `GECKODRIVER`.
    pub fn geckodriver(&self) -> Option<&Path> {
        self.geckodriver.as_deref()
    }

    /// Lighthouse's command-line script (run it with `node`), when
    /// [`Need::lighthouse`] asked for it.
    pub fn lighthouse_cli(&self) -> Option<&Path> {
        self.lighthouse_cli.as_deref()
    }

    /// Puts the tools on `command`'s PATH and keeps trunk offline and on
    /// the pinned versions, even for someone who runs trunk with other defaults.
    pub fn apply<'a>(&self, command: &'a mut Command) -> &'a mut Command {
        let mut dirs = self.bin_dirs.clone();
        if let Some(path) = std::env::var_os("PATH") {
            dirs.extend(std::env::split_paths(&path));
        }
        let path: OsString = std::env::join_paths(dirs).expect("tool paths hold no separator");
        command
            .env("PATH", path)
            .env("TRUNK_OFFLINE", "true")
            .env("TRUNK_TOOLS_WASM_BINDGEN", &self.wasm_bindgen_version)
            .env("TRUNK_TOOLS_WASM_OPT", TRUNK_WASM_OPT)
    }
}

fn cache_dir() -> Outcome<PathBuf> {
    if let Some(dir) = std::env::var_os("MICRA_TOOLS_DIR") {
        return Ok(PathBuf::from(dir));
    }
    let base = std::env::var_os("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| Path::new(&home).join(".cache")))
        .ok_or_else(|| Failure::new("no cache folder for tools", "set MICRA_TOOLS_DIR or HOME"))?;
    Ok(base.join("micra-flins").join("tools"))
}

/// The wasm-bindgen version Cargo.lock resolved: the CLI must match it exactly.
pub fn wasm_bindgen_version_in_lock() -> Outcome<String> {
    let lock_path = workspace_root().join("Cargo.lock");
    let lock = std::fs::read_to_string(&lock_path).map_err(|error| {
        Failure::new(
            format!("cannot read {}: {error}", lock_path.display()),
            "run `cargo generate-lockfile`",
        )
    })?;
    version_of_package(&lock, "wasm-bindgen").ok_or_else(|| {
        Failure::new(
            "Cargo.lock names no wasm-bindgen package",
            "check the app's Cargo.toml dependencies",
        )
    })
}

fn version_of_package(lock: &str, name: &str) -> Option<String> {
    let wanted = format!("name = \"{name}\"");
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line.trim() == wanted {
            let version = lines
                .next()?
                .trim()
                .strip_prefix("version = \"")?
                .strip_suffix('"')?;
            return Some(version.to_string());
        }
    }
    None
}

fn check_trunk_toml_pins(wasm_bindgen_version: &str) -> Outcome {
    let trunk_toml =
        std::fs::read_to_string(workspace_root().join("Trunk.toml")).map_err(|error| {
            Failure::new(
                format!("cannot read Trunk.toml: {error}"),
                "restore Trunk.toml from git",
            )
        })?;
    let expected = [
        format!("wasm_bindgen = \"{wasm_bindgen_version}\""),
        format!("wasm_opt = \"{TRUNK_WASM_OPT}\""),
    ];
    for pin in expected {
        if !trunk_toml.lines().any(|line| line.trim() == pin) {
            return Err(Failure::new(
                format!("Trunk.toml's [tools] section does not pin `{pin}`"),
                "set it there: wasm-bindgen must match Cargo.lock, wasm-opt the binaryen xtask installs",
            ));
        }
    }
    Ok(())
}

fn ensure_wasm_target() -> Outcome {
    let output = Command::new("rustc").args(["--print", "sysroot"]).output();
    let sysroot = output
        .ok()
        .filter(|output| output.status.success())
        .map(|output| PathBuf::from(String::from_utf8_lossy(&output.stdout).trim()))
        .ok_or_else(|| Failure::new("rustc not found", "install Rust with rustup"))?;
    if sysroot
        .join("lib/rustlib/wasm32-unknown-unknown/lib")
        .is_dir()
    {
        return Ok(());
    }
    step("install the wasm32-unknown-unknown target (rustup)");
    run_quiet(
        Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown"]),
        "installing the wasm32 target",
        "run `rustup target add wasm32-unknown-unknown` yourself",
    )
}

/// `cargo install` into `<cache>/<name>-<version>`, once.
fn cargo_install(
    cache: &Path,
    krate: &str,
    version: &str,
    binary: &str,
    locked: bool,
    minutes: u32,
) -> Outcome<PathBuf> {
    let root = cache.join(format!("{krate}-{version}"));
    let bin = root.join("bin");
    if bin.join(binary).is_file() {
        return Ok(bin);
    }
    step(&format!(
        "install {krate} {version} into {} (first time only, about {minutes} min)",
        root.display()
    ));
    let mut command = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()));
    command
        .args(["install", "--quiet", "--root"])
        .arg(&root)
        .args([krate, "--version", version]);
    if locked {
        command.arg("--locked");
    }
    run_quiet(
        &mut command,
        &format!("installing {krate} {version}"),
        "check that crates.io is reachable, then run the command again",
    )?;
    Ok(bin)
}

fn ensure_trunk(cache: &Path) -> Outcome<PathBuf> {
    cargo_install(cache, "trunk", TRUNK_VERSION, "trunk", true, 12)
}

fn ensure_wasm_bindgen_cli(cache: &Path, version: &str) -> Outcome<PathBuf> {
    cargo_install(
        cache,
        "wasm-bindgen-cli",
        version,
        "wasm-bindgen-test-runner",
        false,
        4,
    )
}

fn ensure_wasm_opt(cache: &Path) -> Outcome<PathBuf> {
    let root = npm_install(cache, "binaryen", BINARYEN_VERSION, "binaryen/bin/wasm-opt")?;
    Ok(root.join("node_modules/binaryen/bin"))
}

fn ensure_lighthouse(cache: &Path) -> Outcome<PathBuf> {
    if !on_path("node") {
        return Err(Failure::new(
            "Lighthouse needs Node.js, and `node` is not on PATH",
            "install Node.js 18.20 or later (Debian: apt-get install nodejs npm)",
        ));
    }
    let cli = "lighthouse/cli/index.js";
    let root = npm_install(cache, "lighthouse", LIGHTHOUSE_VERSION, cli)?;
    Ok(root.join("node_modules").join(cli))
}

/// Installs npm `package` at `version` into `<cache>/<package>-<version>`
/// once (`installed`, below `node_modules`, tells whether it is there)
/// and returns that folder. From its lockfile (`xtask/npm/<package>/`,
/// which pins every dependency) with `npm ci`, so that two machines get
/// the same tree; without install scripts, which none of the tools needs
/// (vnu-jar's would fetch a Java runtime from GitHub). Where a dependency
/// asks for another at `latest` (lighthouse's trace engine does), its
/// package.json overrides it with the locked version: npm 11 otherwise
/// compares `latest` with the registry's newest and refuses the lockfile.
fn npm_install(cache: &Path, package: &str, version: &str, installed: &str) -> Outcome<PathBuf> {
    let root = cache.join(format!("{package}-{version}"));
    if root.join("node_modules").join(installed).is_file() {
        return Ok(root);
    }
    step(&format!(
        "install npm {package}@{version} into {} from its lockfile (first time only)",
        root.display()
    ));
    std::fs::create_dir_all(&root).map_err(|error| {
        Failure::new(
            format!("cannot create {}: {error}", root.display()),
            "check permissions",
        )
    })?;
    let locked = npm_lock_folder(package);
    for file in ["package.json", "package-lock.json"] {
        std::fs::copy(locked.join(file), root.join(file)).map_err(|error| {
            Failure::new(
                format!(
                    "cannot copy {} into {}: {error}",
                    locked.join(file).display(),
                    root.display()
                ),
                "the lockfiles are part of the repository: check out xtask/npm/ again",
            )
        })?;
    }
    run_quiet(
        Command::new("npm")
            .args([
                "ci",
                "--ignore-scripts",
                "--no-audit",
                "--no-fund",
                "--prefix",
            ])
            .arg(&root),
        &format!("installing {package} from npm"),
        "install Node.js and npm (Debian: apt-get install nodejs npm), then run the command again",
    )?;
    Ok(root)
}

/// Workbox's modules for the offline copy's worker, in [`WORKBOX_MODULES`]
/// order; installed first if they are not yet.
pub fn workbox_modules() -> Outcome<Vec<PathBuf>> {
    let path = |name: &str| format!("workbox-{name}/build/workbox-{name}.prod.js");
    let root = npm_install(
        &cache_dir()?,
        "workbox-precaching",
        WORKBOX_VERSION,
        &path("precaching"),
    )?;
    Ok(WORKBOX_MODULES
        .iter()
        .map(|name| root.join("node_modules").join(path(name)))
        .collect())
}

/// Where `package`'s package.json and package-lock.json are kept.
fn npm_lock_folder(package: &str) -> PathBuf {
    workspace_root().join("xtask/npm").join(package)
}

/// A timeline tool on npm, and its files inside the package.
struct ComparisonPackage {
    package: &'static str,
    version: &'static str,
    slug: &'static str,
    name: &'static str,
    script: &'static str,
    stylesheet: &'static str,
}

fn ensure_comparison(cache: &Path, tool: ComparisonPackage) -> Outcome<ComparisonTool> {
    let script = format!("{}/{}", tool.package, tool.script);
    let root = npm_install(cache, tool.package, tool.version, &script)?;
    let package = root.join("node_modules").join(tool.package);
    Ok(ComparisonTool {
        name: format!("{} {}", tool.name, tool.version),
        slug: tool.slug,
        script: package.join(tool.script),
        stylesheet: package.join(tool.stylesheet),
    })
}

fn on_path(program: &str) -> bool {
    std::env::var_os("PATH")
        .map(|path| std::env::split_paths(&path).any(|dir| dir.join(program).is_file()))
        .unwrap_or(false)
}

/// Installs the Debian `packages` that are missing (each given with a
/// file that shows it is installed): through apt when run as root,
/// otherwise a message naming them.
fn ensure_debian_packages(packages: &[(&str, &str)]) -> Outcome {
    let missing: Vec<&str> = packages
        .iter()
        .filter(|(_, installed)| !Path::new(installed).exists())
        .map(|(package, _)| *package)
        .collect();
    if missing.is_empty() {
        return Ok(());
    }
    let missing = missing.join(" ");
    let is_root = Command::new("id")
        .arg("-u")
        .output()
        .map(|output| String::from_utf8_lossy(&output.stdout).trim() == "0")
        .unwrap_or(false);
    if !is_root {
        return Err(Failure::new(
            format!("Debian packages the command needs are not installed: {missing}"),
            format!(
                "install Debian's packages: sudo apt-get install --no-install-recommends {missing}"
            ),
        ));
    }
    step(&format!("install {missing} (apt, first time only)"));
    let hint = format!("install them yourself: apt-get install --no-install-recommends {missing}");
    run_quiet(
        Command::new("apt-get").args(["update", "-q"]),
        "apt-get update",
        &hint,
    )?;
    run_quiet(
        Command::new("apt-get")
            .args(["install", "-y", "-q", "--no-install-recommends"])
            .args(missing.split(' '))
            .env("DEBIAN_FRONTEND", "noninteractive"),
        "installing Debian's packages",
        &hint,
    )
}

#[cfg(test)]
mod tests {
    use super::{
        AXE_CORE_VERSION, BINARYEN_VERSION, LIGHTHOUSE_VERSION, TERSER_VERSION, TIMELINEJS_VERSION,
        VIS_TIMELINE_VERSION, VNU_JAR_VERSION, WORKBOX_VERSION, npm_lock_folder,
        version_of_package,
    };

    #[test]
    fn reads_the_exact_package_version_from_a_lock_file() {
        let lock = "[[package]]\nname = \"wasm-bindgen-macro\"\nversion = \"0.2.1\"\n\n[[package]]\nname = \"wasm-bindgen\"\nversion = \"0.2.130\"\n";
        assert_eq!(
            version_of_package(lock, "wasm-bindgen").as_deref(),
            Some("0.2.130")
        );
        assert_eq!(version_of_package(lock, "leptos"), None);
    }

    #[test]
    fn each_npm_tool_is_locked_at_the_version_xtask_names() {
        for (package, version) in [
            ("terser", TERSER_VERSION),
            ("workbox-precaching", WORKBOX_VERSION),
            ("binaryen", BINARYEN_VERSION),
            ("axe-core", AXE_CORE_VERSION),
            ("lighthouse", LIGHTHOUSE_VERSION),
            ("vis-timeline", VIS_TIMELINE_VERSION),
            ("@knight-lab/timelinejs", TIMELINEJS_VERSION),
            ("vnu-jar", VNU_JAR_VERSION),
        ] {
            let lock = std::fs::read_to_string(npm_lock_folder(package).join("package-lock.json"))
                .unwrap_or_else(|error| panic!("{package}'s lockfile: {error}"));
            let lock: serde_json::Value = serde_json::from_str(&lock).unwrap();
            let locked = &lock["packages"][format!("node_modules/{package}")]["version"];
            assert_eq!(locked.as_str(), Some(version), "{package}");
        }
    }
}
