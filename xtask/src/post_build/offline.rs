//! The reader's offline copy (src/offline/): the web app manifest, the
//! loader's service worker, and the worker itself with the build's files.
//!
//! - Every build gets `manifest.webmanifest` (index.html links it), named
//!   after the report's feature, with its scope at the site's base.
//! - Release builds name the worker in the page loader (`const
//!   serviceWorker = '';` in Trunk.toml's `pattern_script`), which
//!   registers it once the page's islands are hydrated, and get
//!   `service-worker.js`: src/offline/service-worker.js with every file of
//!   the build listed with its SHA-256 (the worker checks each download
//!   against it, so that one reader's copy is never half of one build and
//!   half of the next) and a hash of them all, so that each build is a new
//!   worker. The list is made here, after the pages are written,
//!   from what is in the folder: never by hand.
//! - `MICRA_OFFLINE=off` (`cargo xtask dist --offline off`): the loader
//!   registers nothing, and `service-worker.js` is the worker that
//!   removes an earlier build's offline copy from readers who have one.

use crate::process::workspace_root;
use crate::{Failure, Outcome};
use base64::Engine;
use sha2::{Digest, Sha256};
use std::path::Path;

/// The environment variable that turns the offline copy off (`off`).
pub const OFFLINE_VARIABLE: &str = "MICRA_OFFLINE";
/// The worker's file, at the root of the site: its scope is the site.
pub const SERVICE_WORKER_FILE: &str = "service-worker.js";
/// The web app manifest's file, which index.html links.
pub const MANIFEST_FILE: &str = "manifest.webmanifest";
/// What the loader says in a development build, and a release build
/// with an offline copy replaces.
pub const NO_SERVICE_WORKER: &str = "const serviceWorker = '';";

/// The worker that keeps a build, and the one that removes it.
const WORKER_TEMPLATE: &str = "src/offline/service-worker.js";
const WORKER_OFF: &str = "src/offline/service-worker-off.js";
/// The worker template's three blanks.
const EDITION_BLANK: &str = "const EDITION = '';";
const FILES_BLANK: &str = "const FILES = [];";
const NOT_FOUND_BLANK: &str = "const NOT_FOUND_PAGE = '';";

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

/// The loader of `html` with the worker's URL under `public_url` in
/// place of its empty one.
pub fn with_service_worker(html: &str, public_url: &str) -> Outcome<String> {
    if !html.contains(NO_SERVICE_WORKER) {
        return Err(Failure::new(
            format!("index.html's loader has no `{NO_SERVICE_WORKER}`"),
            "keep that line in Trunk.toml's pattern_script: the release build names the offline copy's worker there",
        ));
    }
    Ok(html.replacen(
        NO_SERVICE_WORKER,
        &format!("const serviceWorker = '{public_url}{SERVICE_WORKER_FILE}';"),
        1,
    ))
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

/// Writes `service-worker.js` into the finished site in `staging`: the
/// worker that keeps every file now in the folder, or, with the offline
/// copy off, the one that removes it.
pub fn write_service_worker(staging: &Path, public_url: &str, keep: bool) -> Outcome {
    let root = workspace_root();
    let worker = if keep {
        let files = site_files(staging)?;
        let edition = edition_of(&files);
        filled_worker(
            &read_text(&root.join(WORKER_TEMPLATE))?,
            public_url,
            &files,
            &edition,
        )?
    } else {
        read_text(&root.join(WORKER_OFF))?
    };
    write(&staging.join(SERVICE_WORKER_FILE), &worker)
}

/// The worker `template` with the build's files (as `[URL under
/// `public_url`, integrity]` pairs), its not-found page and its edition
/// filled in.
pub fn filled_worker(
    template: &str,
    public_url: &str,
    files: &[BuildFile],
    edition: &str,
) -> Outcome<String> {
    let urls: Vec<[String; 2]> = files
        .iter()
        .map(|file| [format!("{public_url}{}", file.path), file.integrity.clone()])
        .collect();
    let mut worker = template.to_string();
    for (blank, value) in [
        (EDITION_BLANK, serde_json::json!(edition)),
        (FILES_BLANK, serde_json::json!(urls)),
        (
            NOT_FOUND_BLANK,
            serde_json::json!(format!("{public_url}{NOT_FOUND_PAGE}")),
        ),
    ] {
        if !worker.contains(blank) {
            return Err(Failure::new(
                format!("{WORKER_TEMPLATE} has no `{blank}`"),
                "keep the three constants the build fills in at the top of the worker",
            ));
        }
        let (name, _) = blank.split_once(" = ").expect("a blank is a constant");
        worker = worker.replacen(blank, &format!("{name} = {value};"), 1);
    }
    Ok(worker)
}

/// One file of the build, as the worker downloads it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BuildFile {
    /// Relative to the site, with `/`.
    pub path: String,
    /// Its content's SHA-256 as a Subresource Integrity value
    /// (`sha256-` and base64), which the browser checks the download against.
    pub integrity: String,
}

/// Every file of the site, sorted by path; the worker itself left out
/// (the browser keeps it apart).
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
            } else if path != SERVICE_WORKER_FILE {
                let content = std::fs::read(entry.path()).map_err(unreadable)?;
                let digest =
                    base64::engine::general_purpose::STANDARD.encode(Sha256::digest(content));
                files.push(BuildFile {
                    path,
                    integrity: format!("sha256-{digest}"),
                });
            }
        }
        Ok(())
    }
    let mut files = Vec::new();
    walk(staging, "", &mut files)?;
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(files)
}

/// 16 hex digits of the files' names and contents: another build, even
/// one that changed a single word, is another edition.
pub fn edition_of(files: &[BuildFile]) -> String {
    let mut hasher = Sha256::new();
    for file in files {
        hasher.update(file.path.as_bytes());
        hasher.update([0]);
        hasher.update(file.integrity.as_bytes());
        hasher.update([0]);
    }
    hasher.finalize()[..8]
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect()
}

fn read_text(path: &Path) -> Outcome<String> {
    std::fs::read_to_string(path).map_err(|error| {
        Failure::new(
            format!("cannot read {}: {error}", path.display()),
            "check the build",
        )
    })
}

fn write(path: &Path, text: &str) -> Outcome {
    std::fs::write(path, text).map_err(|error| {
        Failure::new(
            format!("cannot write {}: {error}", path.display()),
            "check permissions",
        )
    })
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
    fn the_worker_lists_every_file_of_the_build_under_the_base_but_itself() {
        let root = site(
            "list",
            &[
                ("index.html", "front"),
                ("timeline/flins-chosen/index.html", "event"),
                ("data/report.json", "{}"),
                ("micra-flins-0123_bg.wasm", "wasm"),
                ("404.html", "missing"),
                (SERVICE_WORKER_FILE, "an older worker"),
            ],
        );
        let files = site_files(&root).unwrap();
        let paths: Vec<&str> = files.iter().map(|file| file.path.as_str()).collect();
        assert_eq!(
            paths,
            [
                "404.html",
                "data/report.json",
                "index.html",
                "micra-flins-0123_bg.wasm",
                "timeline/flins-chosen/index.html"
            ]
        );
        let template = std::fs::read_to_string(workspace_root().join(WORKER_TEMPLATE)).unwrap();
        let worker = filled_worker(&template, "/reports/micra/", &files, "abc").unwrap();
        assert!(worker.contains("const EDITION = \"abc\";"), "{worker}");
        // `printf event | openssl dgst -sha256 -binary | base64`
        assert!(
            worker.contains(
                r#"["/reports/micra/timeline/flins-chosen/index.html","sha256-uOH4C9cK4HhMeFWkUXMbdF/dtndJ0j9je+kIK3XpV1s="]"#
            ),
            "{worker}"
        );
        assert!(worker.contains(r#"const NOT_FOUND_PAGE = "/reports/micra/404.html";"#));
        assert!(!worker.contains(FILES_BLANK));
        std::fs::remove_dir_all(root).unwrap();
    }

    #[test]
    fn one_changed_word_makes_another_edition() {
        let before = site("before", &[("index.html", "the Micra"), ("a.js", "x")]);
        let after = site("after", &[("index.html", "the Micra!"), ("a.js", "x")]);
        let edition = edition_of(&site_files(&before).unwrap());
        assert_eq!(edition.len(), 16);
        assert_eq!(edition, edition_of(&site_files(&before).unwrap()));
        assert_ne!(edition, edition_of(&site_files(&after).unwrap()));
        for root in [before, after] {
            std::fs::remove_dir_all(root).unwrap();
        }
    }

    #[test]
    fn a_template_without_its_blanks_is_refused_by_name() {
        let failure = filled_worker("const FILES = [];", "/", &[], "abc").unwrap_err();
        assert!(failure.what.contains(EDITION_BLANK), "{}", failure.what);
    }

    #[test]
    fn the_loader_names_the_worker_under_the_base() {
        let html = format!("<script type=module>{NO_SERVICE_WORKER}</script>");
        let written = with_service_worker(&html, "/reports/micra/").unwrap();
        assert!(written.contains("const serviceWorker = '/reports/micra/service-worker.js';"));
        assert!(with_service_worker("<script></script>", "/").is_err());
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
        let hostile = "\"</script><!--";
        example.feature.title.push_str(hostile);
        let written = manifest(&example, "/").to_string();
        let read_back: serde_json::Value = serde_json::from_str(&written).unwrap();
        assert!(read_back["short_name"].as_str().unwrap().ends_with(hostile));
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
