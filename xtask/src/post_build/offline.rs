//! The reader's offline copy (src/offline/): the web app manifest and the
//! service worker with the build's files.
//!
//! - Every build gets `manifest.webmanifest` (the page loader links it
//!   after the first paint), named
//!   after the report's feature, with its scope at the site's base.
//! - Release builds name the worker in the page loader's settings
//!   (`page_loader.rs`), which registers it once the page's islands are
//!   hydrated, and get
//!   `service-worker.js`: Workbox's modules, then
//!   src/offline/service-worker.js with the files a first visit stores
//!   (the app's files, then pages up to [`PRECACHE_BUDGET`]), each with
//!   its SHA-256 (the worker checks each download against it, so that one
//!   reader's copy is never half of one build and half of the next) and a
//!   revision, so that a deploy downloads only what changed and every
//!   changed build is a new worker. The list is made here, after the
//!   pages are written, from what is in the folder: never by hand.
//! - `MICRA_OFFLINE=off` (`cargo xtask dist --offline off`): the loader
//!   registers nothing, and `service-worker.js` is the worker that
//!   removes an earlier build's offline copy from readers who have one.

use super::{read_text, short_hex, write};
use crate::process::workspace_root;
use crate::{Failure, Outcome};
use base64::Engine;
use sha2::{Digest, Sha256};
use std::path::Path;

/// The environment variable that turns the offline copy off (`off`).
pub const OFFLINE_VARIABLE: &str = "MICRA_OFFLINE";
/// The environment variable naming the file into which the build writes
/// what a first visit stores ([`first_visit`]), for `cargo xtask dist` to
/// say: the build has just measured every file for the worker.
pub const FIRST_VISIT_VARIABLE: &str = "MICRA_FIRST_VISIT_NOTE";
/// The worker's file, at the root of the site: its scope is the site.
pub const SERVICE_WORKER_FILE: &str = "service-worker.js";
/// The web app manifest's file, which index.html links.
pub const MANIFEST_FILE: &str = "manifest.webmanifest";

/// The worker that keeps a build, and the one that removes it.
const WORKER_TEMPLATE: &str = "src/offline/service-worker.js";
const WORKER_OFF: &str = "src/offline/service-worker-off.js";
/// The worker template's blanks.
const EDITION_BLANK: &str = "const EDITION = '';";
const PRECACHE_BLANK: &str = "const PRECACHE = [];";
const NOT_FOUND_BLANK: &str = "const NOT_FOUND_PAGE = '';";
const EVERY_PAGE_BLANK: &str = "const EVERY_PAGE_PRECACHED = true;";

/// A page's file in its folder.
const PAGE_FILE: &str = "index.html";
/// What Netlify and Cloudflare Pages read for the headers to send.
pub const HEADERS_FILE: &str = "_headers";

/// The page shown for an unknown address (src/prerender.rs writes it).
const NOT_FOUND_PAGE: &str = "404.html";

/// The manifest's icons (public/icons/, copied by index.html): what
/// browsers ask for to install a site, and a maskable one for launchers
/// that crop icons to their own shape.
pub const ICONS: [Icon; 4] = [
    Icon {
        file: "icons/icon.svg",
        sizes: "any",
        purpose: "any",
    },
    Icon {
        file: "icons/icon-192.png",
        sizes: "192x192",
        purpose: "any",
    },
    Icon {
        file: "icons/icon-512.png",
        sizes: "512x512",
        purpose: "any",
    },
    Icon {
        file: "icons/icon-maskable-512.png",
        sizes: "512x512",
        purpose: "maskable",
    },
];

/// The icon iOS puts on the home screen: index.html links it, the
/// manifest does not, so only the tests read this.
#[cfg(test)]
const APPLE_TOUCH_ICON: Icon = Icon {
    file: "icons/apple-touch-icon.png",
    sizes: "180x180",
    purpose: "any",
};

/// The light theme's page colour (style/tokens.css `--color-bg`), for the
/// installed app's window and splash screen; index.html's `theme-color`
/// metas give the dark one as well, which browsers prefer to the
/// manifest's.
const LIGHT_BACKGROUND: &str = "#ffffff";

/// One icon the manifest lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Icon {
    /// Under the site's base.
    pub file: &'static str,
    /// `192x192`, or `any` for the SVG.
    pub sizes: &'static str,
    pub purpose: &'static str,
}

/// Whether the build keeps an offline copy (`MICRA_OFFLINE` is not `off`).
pub fn enabled() -> bool {
    std::env::var(OFFLINE_VARIABLE).map_or(true, |value| value != "off")
}

/// The worker's address, which the page loader registers.
pub fn worker_url(public_url: &str) -> String {
    format!("{public_url}{SERVICE_WORKER_FILE}")
}

/// 16 hex digits that tell this build's pages from another's: a hash of
/// the page shell (which names the app's hashed files) and the report in
/// `staging`. A page hands it to the worker registration, and the page
/// offers a waiting build only when its edition differs: a deploy that
/// changes only the worker is no news to a reader.
pub fn edition_of(shell: &str, staging: &Path) -> Outcome<String> {
    let report = std::fs::read(staging.join("data/report.json")).map_err(|error| {
        Failure::new(
            format!("cannot read the build's data/report.json: {error}"),
            "check the build",
        )
    })?;
    let mut hasher = Sha256::new();
    hasher.update(shell.as_bytes());
    hasher.update([0]);
    hasher.update(&report);
    Ok(short_hex(&hasher.finalize()))
}

/// Writes `manifest.webmanifest` into the site in `staging`, from the
/// report in it.
pub fn write_manifest(staging: &Path, public_url: &str) -> Outcome {
    let json = read_text(&staging.join("data/report.json"))?;
    let report = report::Report::from_json(&json).map_err(|error| {
        Failure::new(
            format!(
                "data/report.json does not parse ({}), so the manifest has no name",
                error.message
            ),
            "`cargo xtask check-report` tells more",
        )
    })?;
    let manifest = manifest(&report, public_url);
    write(
        &staging.join(MANIFEST_FILE),
        &serde_json::to_string_pretty(&manifest).expect("a manifest serializes"),
    )
}

/// The web app manifest of a site for `report` under `public_url`.
pub fn manifest(report: &report::Report, public_url: &str) -> serde_json::Value {
    let icons: Vec<serde_json::Value> = ICONS
        .iter()
        .map(|icon| {
            let kind = if icon.file.ends_with(".svg") {
                "image/svg+xml"
            } else {
                "image/png"
            };
            serde_json::json!({
                "src": format!("{public_url}{}", icon.file),
                "sizes": icon.sizes,
                "type": kind,
                "purpose": icon.purpose,
            })
        })
        .collect();
    serde_json::json!({
        "id": public_url,
        "name": format!("{} · {}", report.feature.title, report.source.publication),
        "short_name": report.feature.title,
        "description": report.feature.headline,
        "lang": report.source.language,
        "start_url": public_url,
        "scope": public_url,
        "display": "standalone",
        "background_color": LIGHT_BACKGROUND,
        "theme_color": LIGHT_BACKGROUND,
        "icons": icons,
    })
}

/// What a first visit stores at most, in bytes as a host sends them
/// (gzip): the app's own files always (every page needs them), then the
/// pages in the order readers reach them until the budget is spent. Pages
/// left out are kept as they are read. README "Offline reading" gives
/// what the bundled report and a 2,000-event report come to.
pub const PRECACHE_BUDGET: u64 = 1_000_000;

/// Files of the build no page asks for: the worker itself (the browser
/// keeps it apart), what a host reads, and the report and its schema,
/// which stay in the site for publishers and tools (every page carries
/// what it shows of the report).
const NEVER_PRECACHED: [&str; 4] = [
    SERVICE_WORKER_FILE,
    HEADERS_FILE,
    "data/report.json",
    "data/report.schema.json",
];

/// Writes `service-worker.js` into the finished site in `staging`: the
/// worker that keeps the build of `edition` (Workbox's modules, then
/// src/offline/service-worker.js with what to store), or, with the
/// offline copy off (`None`), the one that removes it.
pub fn write_service_worker(staging: &Path, public_url: &str, edition: Option<&str>) -> Outcome {
    let root = workspace_root();
    let worker = if let Some(edition) = edition {
        let files = site_files(staging)?;
        let plan = precache_plan(&files, PRECACHE_BUDGET);
        if let Some(note) = std::env::var_os(FIRST_VISIT_VARIABLE) {
            write(
                Path::new(&note),
                &first_visit(&files, &plan, PRECACHE_BUDGET),
            )?;
        }
        let mut worker = workbox_runtime()?;
        worker.push_str(&filled_worker(
            &read_text(&root.join(WORKER_TEMPLATE))?,
            public_url,
            &plan,
            edition,
        )?);
        worker
    } else {
        read_text(&root.join(WORKER_OFF))?
    };
    write(&staging.join(SERVICE_WORKER_FILE), &worker)
}

/// What a first visit to a site of `files` stores by `plan`, made for
/// `budget`, in a sentence for the publisher.
fn first_visit(files: &[BuildFile], plan: &PrecachePlan, budget: u64) -> String {
    let pages = files.iter().filter(|file| file.is_page()).count();
    let stored_pages = plan.files.iter().filter(|file| file.is_page()).count();
    let app: u64 = plan
        .files
        .iter()
        .filter(|file| !file.is_page())
        .map(|file| file.compressed)
        .sum();
    let which = if stored_pages == pages {
        format!("every page ({pages})")
    } else {
        format!("{stored_pages} of the {pages} pages; the others are kept as they are read")
    };
    format!(
        "offline copy: a first visit stores {} KB gzip (budget {} KB): the app ({} KB) and {which}",
        plan.bytes / 1000,
        budget / 1000,
        app / 1000
    )
}

/// Workbox's modules, one after the other, without their source map
/// comments (the maps are not shipped).
fn workbox_runtime() -> Outcome<String> {
    let mut runtime = format!(
        "// Workbox {} (MIT License, Google LLC): {}, production builds.\n",
        crate::tools::WORKBOX_VERSION,
        crate::tools::WORKBOX_MODULES
            .map(|name| format!("workbox-{name}"))
            .join(", ")
    );
    for module in crate::tools::workbox_modules()? {
        let code = read_text(&module)?;
        for line in code
            .lines()
            .filter(|line| !line.starts_with("//# sourceMappingURL="))
        {
            runtime.push_str(line);
            runtime.push('\n');
        }
    }
    Ok(runtime)
}

/// The worker `template` with its build's edition, what a first visit
/// stores (Workbox precache entries: URL under `public_url`, revision,
/// integrity), the not-found page, and whether every page is stored,
/// filled in.
pub fn filled_worker(
    template: &str,
    public_url: &str,
    plan: &PrecachePlan,
    edition: &str,
) -> Outcome<String> {
    let entries: Vec<serde_json::Value> = plan
        .files
        .iter()
        .map(|file| {
            serde_json::json!({
                "url": format!("{public_url}{}", address_of(&file.path)),
                "revision": file.revision,
                "integrity": file.integrity,
            })
        })
        .collect();
    let mut worker = template.to_string();
    for (blank, value) in [
        (EDITION_BLANK, serde_json::json!(edition)),
        (PRECACHE_BLANK, serde_json::json!(entries)),
        (
            NOT_FOUND_BLANK,
            serde_json::json!(format!("{public_url}{NOT_FOUND_PAGE}")),
        ),
        (EVERY_PAGE_BLANK, serde_json::json!(plan.every_page)),
    ] {
        if !worker.contains(blank) {
            return Err(Failure::new(
                format!("{WORKER_TEMPLATE} has no `{blank}`"),
                "keep the constants the build fills in at the top of the worker",
            ));
        }
        let (name, _) = blank.split_once(" = ").expect("a blank is a constant");
        worker = worker.replacen(blank, &format!("{name} = {value};"), 1);
    }
    Ok(worker)
}

/// The address a file is asked for by: a page by its folder (`timeline/`,
/// as links and hosts with clean URLs have it: such a host answers
/// `timeline/index.html` with a redirect), any other file by its path.
fn address_of(path: &str) -> &str {
    if path == PAGE_FILE {
        ""
    } else {
        path.strip_suffix(PAGE_FILE).unwrap_or(path)
    }
}

/// One file of the build, as the worker downloads it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BuildFile {
    /// Relative to the site, with `/`.
    pub path: String,
    /// Its content's SHA-256 as a Subresource Integrity value
    /// (`sha256-` and base64), which the browser checks the download against.
    pub integrity: String,
    /// 16 hex digits of the same hash: the worker stores a file again only
    /// when this changes.
    pub revision: String,
    /// Its size gzip-compressed, as a host sends it.
    pub compressed: u64,
}

impl BuildFile {
    fn is_page(&self) -> bool {
        self.path == NOT_FOUND_PAGE || self.path == PAGE_FILE || self.path.ends_with("/index.html")
    }
}

/// What a first visit stores.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PrecachePlan {
    pub files: Vec<BuildFile>,
    /// Whether every page of the build is among them.
    pub every_page: bool,
    /// Their size as a host sends them.
    pub bytes: u64,
}

/// The app's files, then the front page, the not-found page, the other
/// pages by depth (an interview before its questions) and the timeline's
/// events last, then the report's data, while `budget` lasts; the app's
/// files even beyond it, since no page works offline without them.
pub fn precache_plan(files: &[BuildFile], budget: u64) -> PrecachePlan {
    let stored: Vec<&BuildFile> = files
        .iter()
        .filter(|file| !NEVER_PRECACHED.contains(&file.path.as_str()))
        .collect();
    let (mut pages, rest): (Vec<&BuildFile>, Vec<&BuildFile>) =
        stored.into_iter().partition(|file| file.is_page());
    let (data, app): (Vec<&BuildFile>, Vec<&BuildFile>) = rest
        .into_iter()
        .partition(|file| file.path.starts_with("data/"));
    // A timeline may have thousands of events: its events' pages come
    // after every other page (the interviews' questions included).
    pages.sort_by_key(|page| {
        let path = page.path.as_str();
        let rank = match path {
            PAGE_FILE => 0,
            NOT_FOUND_PAGE => 1,
            _ if crate::site_files::is_event_page(path) => 3,
            _ => 2,
        };
        (rank, path.matches('/').count(), page.path.clone())
    });
    let mut plan = PrecachePlan {
        files: app.into_iter().cloned().collect(),
        every_page: true,
        bytes: 0,
    };
    plan.bytes = plan.files.iter().map(|file| file.compressed).sum();
    for (index, file) in pages.iter().chain(&data).enumerate() {
        if plan.bytes + file.compressed > budget {
            plan.every_page &= index >= pages.len();
            continue;
        }
        plan.bytes += file.compressed;
        plan.files.push((*file).clone());
    }
    plan
}

/// Every file of the site, sorted by path.
pub fn site_files(staging: &Path) -> Outcome<Vec<BuildFile>> {
    fn walk(folder: &Path, prefix: &str, files: &mut Vec<BuildFile>) -> Outcome {
        let unreadable = |error: std::io::Error| {
            Failure::new(
                format!("cannot list {}: {error}", folder.display()),
                "check the build",
            )
        };
        for entry in std::fs::read_dir(folder).map_err(unreadable)? {
            let entry = entry.map_err(unreadable)?;
            let name = entry.file_name().to_string_lossy().into_owned();
            let path = format!("{prefix}{name}");
            if entry.file_type().map_err(unreadable)?.is_dir() {
                walk(&entry.path(), &format!("{path}/"), files)?;
            } else {
                let content = std::fs::read(entry.path()).map_err(unreadable)?;
                files.push(build_file(path, &content));
            }
        }
        Ok(())
    }
    let mut files = Vec::new();
    walk(staging, "", &mut files)?;
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(files)
}

fn build_file(path: String, content: &[u8]) -> BuildFile {
    use std::io::Write;
    let digest = Sha256::digest(content);
    let mut gzip = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gzip.write_all(content).expect("gzip into memory");
    BuildFile {
        path,
        integrity: format!(
            "sha256-{}",
            base64::engine::general_purpose::STANDARD.encode(digest)
        ),
        revision: short_hex(&digest),
        compressed: gzip.finish().expect("gzip into memory").len() as u64,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site(name: &str, files: &[(&str, &str)]) -> std::path::PathBuf {
        let root =
            std::env::temp_dir().join(format!("micra-offline-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        for (file, content) in files {
            let path = root.join(file);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, content).unwrap();
        }
        root
    }

    #[test]
    fn the_worker_stores_the_app_then_pages_under_the_base_by_their_folders() {
        let root = site(
            "list",
            &[
                ("index.html", "front"),
                ("timeline/flins-chosen/index.html", "event"),
                ("timeline/index.html", "timeline"),
                ("data/report.json", "{}"),
                ("data/report.schema.json", "{}"),
                ("micra-flins-0123_bg.wasm", "wasm"),
                ("404.html", "missing"),
                (HEADERS_FILE, "/*"),
                (SERVICE_WORKER_FILE, "an older worker"),
            ],
        );
        let plan = precache_plan(&site_files(&root).unwrap(), PRECACHE_BUDGET);
        let paths: Vec<&str> = plan.files.iter().map(|file| file.path.as_str()).collect();
        assert_eq!(
            paths,
            [
                "micra-flins-0123_bg.wasm",
                "index.html",
                "404.html",
                "timeline/index.html",
                "timeline/flins-chosen/index.html",
            ]
        );
        assert!(plan.every_page);
        let template = std::fs::read_to_string(workspace_root().join(WORKER_TEMPLATE)).unwrap();
        let worker = filled_worker(&template, "/reports/micra/", &plan, "abc").unwrap();
        assert!(worker.contains("const EDITION = \"abc\";"), "{worker}");
        // `printf event | openssl dgst -sha256 -binary | base64`, and its first 8 bytes in hex
        assert!(
            worker.contains(
                r#"{"integrity":"sha256-uOH4C9cK4HhMeFWkUXMbdF/dtndJ0j9je+kIK3XpV1s=","revision":"b8e1f80bd70ae078","url":"/reports/micra/timeline/flins-chosen/"}"#
            ),
            "{worker}"
        );
        assert!(
            worker.contains(r#""url":"/reports/micra/""#),
            "the front page by its folder"
        );
        assert!(worker.contains(r#"const NOT_FOUND_PAGE = "/reports/micra/404.html";"#));
        assert!(worker.contains("const EVERY_PAGE_PRECACHED = true;"));
        assert!(!worker.contains(PRECACHE_BLANK));
        std::fs::remove_dir_all(root).unwrap();
    }

    fn file(path: &str, compressed: u64) -> BuildFile {
        BuildFile {
            path: path.to_string(),
            integrity: String::new(),
            revision: String::new(),
            compressed,
        }
    }

    #[test]
    fn pages_beyond_the_budget_are_left_to_be_kept_as_read_but_the_app_is_always_stored() {
        let files = [
            file("app_bg.wasm", 600),
            file("index.html", 100),
            file("404.html", 100),
            file("timeline/index.html", 100),
            file("timeline/a/index.html", 100),
            file("timeline/b/index.html", 100),
            file("interviews/x/q/index.html", 100),
        ];
        let plan = precache_plan(&files, 1_000);
        let paths: Vec<&str> = plan.files.iter().map(|file| file.path.as_str()).collect();
        assert_eq!(
            paths,
            [
                "app_bg.wasm",
                "index.html",
                "404.html",
                "timeline/index.html",
                "interviews/x/q/index.html",
            ],
            "an interview's question before the timeline's events"
        );
        assert!(!plan.every_page);
        assert_eq!(plan.bytes, 1_000);
        let plan = precache_plan(&files, 100);
        assert_eq!(plan.files.len(), 1, "the app's files whatever the budget");
        assert!(precache_plan(&files, 2_000).every_page);
        assert!(!precache_plan(&files, 1_000).every_page);
    }

    #[test]
    fn the_publisher_is_told_what_a_first_visit_stores() {
        let files = [
            file("app_bg.wasm", 300_000),
            file("index.html", 20_000),
            file("404.html", 20_000),
            file("timeline/index.html", 20_000),
            file("timeline/a/index.html", 20_000),
        ];
        let said = |budget| first_visit(&files, &precache_plan(&files, budget), budget);
        assert_eq!(
            said(1_000_000),
            "offline copy: a first visit stores 380 KB gzip (budget 1000 KB): the app (300 KB) and every page (4)"
        );
        assert_eq!(
            said(350_000),
            "offline copy: a first visit stores 340 KB gzip (budget 350 KB): the app (300 KB) and 2 of the 4 pages; the others are kept as they are read"
        );
    }

    #[test]
    fn one_changed_word_changes_the_worker_and_only_that_files_revision() {
        let before = site("before", &[("index.html", "the Micra"), ("a.js", "x")]);
        let after = site("after", &[("index.html", "the Micra!"), ("a.js", "x")]);
        let template = std::fs::read_to_string(workspace_root().join(WORKER_TEMPLATE)).unwrap();
        let worker = |root: &Path| {
            let files = site_files(root).unwrap();
            let worker = filled_worker(
                &template,
                "/",
                &precache_plan(&files, PRECACHE_BUDGET),
                "abc",
            );
            (files, worker.unwrap())
        };
        let ((old_files, old_worker), (new_files, new_worker)) = (worker(&before), worker(&after));
        assert_ne!(old_worker, new_worker);
        assert_eq!(
            old_files[0].revision, new_files[0].revision,
            "a.js is unchanged"
        );
        assert_ne!(
            old_files[1].revision, new_files[1].revision,
            "index.html changed"
        );
        assert_eq!(old_files[1].revision.len(), 16);
        for root in [before, after] {
            std::fs::remove_dir_all(root).unwrap();
        }
    }

    #[test]
    fn a_template_without_its_blanks_is_refused_by_name() {
        let plan = precache_plan(&[], PRECACHE_BUDGET);
        let failure = filled_worker("const PRECACHE = [];", "/", &plan, "abc").unwrap_err();
        assert!(failure.what.contains(EDITION_BLANK), "{}", failure.what);
    }

    #[test]
    fn the_worker_is_at_the_root_of_the_site() {
        assert_eq!(
            worker_url("/reports/micra/"),
            "/reports/micra/service-worker.js"
        );
    }

    #[test]
    fn the_manifest_is_the_reports_and_stays_within_the_base() {
        let json =
            std::fs::read_to_string(workspace_root().join("public/data/report.json")).unwrap();
        let report = report::Report::from_json(&json).unwrap();
        let manifest = manifest(&report, "/reports/micra/");
        assert_eq!(manifest["start_url"], "/reports/micra/");
        assert_eq!(manifest["scope"], "/reports/micra/");
        assert_eq!(manifest["short_name"], "The Renault-Nissan Alliance");
        assert_eq!(
            manifest["name"],
            "The Renault-Nissan Alliance · Renault 2016-2017 Annual Report"
        );
        assert_eq!(manifest["display"], "standalone");
        assert_eq!(
            manifest["icons"][1]["src"],
            "/reports/micra/icons/icon-192.png"
        );
    }

    #[test]
    fn the_example_reports_manifest_is_its_own_in_its_language_and_holds_markup_as_text() {
        let read = |path: &str| {
            let json = std::fs::read_to_string(workspace_root().join(path)).unwrap();
            report::Report::from_json(&json).unwrap()
        };
        let bundled = read("public/data/report.json");
        let mut example = read(crate::test::EXAMPLE_REPORT);
        let written = manifest(&example, "/");
        let text = written.to_string();
        for word in [
            &bundled.source.publisher,
            &bundled.source.publication,
            &bundled.feature.title,
        ] {
            assert!(!text.contains(word.as_str()), "the manifest says {word}");
        }
        assert_eq!(written["lang"], "fr");
        assert_eq!(written["short_name"], example.feature.title.as_str());
        // Every text of the report the manifest shows.
        let hostile = "\"'</title><script>hostile()</script><!--\\";
        example.feature.title.push_str(hostile);
        example.feature.headline.push_str(hostile);
        example.source.publication.push_str(hostile);
        let written = manifest(&example, "/").to_string();
        let read_back: serde_json::Value = serde_json::from_str(&written).unwrap();
        for field in ["name", "short_name", "description"] {
            let text = read_back[field].as_str().unwrap();
            assert!(text.ends_with(hostile), "{field}: {text}");
        }
        assert_eq!(read_back["lang"], "fr");
    }

    #[test]
    fn every_icon_the_manifest_names_is_in_the_repository_at_its_size() {
        let index = std::fs::read_to_string(workspace_root().join("index.html")).unwrap();
        assert!(index.contains(&format!("href=\"{}\"", APPLE_TOUCH_ICON.file)));
        for icon in ICONS.iter().chain([&APPLE_TOUCH_ICON]) {
            let path = workspace_root().join("public").join(icon.file);
            let bytes =
                std::fs::read(&path).unwrap_or_else(|error| panic!("{}: {error}", path.display()));
            if let Some((width, height)) = icon.sizes.split_once('x') {
                // A PNG's IHDR chunk: width and height, big-endian, at bytes 16 and 20.
                assert_eq!(&bytes[1..4], b"PNG", "{} is a PNG", icon.file);
                let size = |at: usize| {
                    u32::from_be_bytes(bytes[at..at + 4].try_into().unwrap()).to_string()
                };
                assert_eq!(
                    (size(16), size(20)),
                    (width.to_string(), height.to_string()),
                    "{}",
                    icon.file
                );
            } else {
                assert!(
                    String::from_utf8_lossy(&bytes).contains("<svg"),
                    "{}",
                    icon.file
                );
            }
        }
    }
}
