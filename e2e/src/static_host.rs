//! A static file host that behaves like GitHub Pages for a project site:
//! files only, served under a sub-path, `404.html` (with status 404) for
//! anything missing, no rewrite rules.

use std::path::{Component, Path, PathBuf};
use std::thread::JoinHandle;
use tiny_http::{Header, Response, Server};

/// A running static host on a free loopback port; stops when dropped.
pub struct StaticHost {
    server: std::sync::Arc<Server>,
    thread: Option<JoinHandle<()>>,
    origin: String,
    base: String,
}

impl StaticHost {
    /// Serves `site` under `base` (for example `/reports/micra/`).
    pub fn start(site: &Path, base: &str) -> Self {
        let server =
            std::sync::Arc::new(Server::http("127.0.0.1:0").expect("bind a loopback port"));
        let port = server.server_addr().to_ip().expect("an IP address").port();
        let site = site.to_path_buf();
        let base_for_thread = base.to_string();
        let serving = server.clone();
        let thread = std::thread::spawn(move || {
            for request in serving.incoming_requests() {
                let (status, file) = resolve(&site, &base_for_thread, request.url());
                let response = match file
                    .and_then(|path| std::fs::read(&path).ok().map(|body| (path, body)))
                {
                    Some((path, body)) => Response::from_data(body)
                        .with_status_code(status)
                        .with_header(content_type(&path)),
                    None => Response::from_string("Not Found").with_status_code(404),
                };
                let _ = request.respond(response);
            }
        });
        Self {
            server,
            thread: Some(thread),
            origin: format!("http://127.0.0.1:{port}"),
            base: base.to_string(),
        }
    }

    /// The absolute URL of `path` below the base, e.g. `url("timeline")`.
    pub fn url(&self, path: &str) -> String {
        format!(
            "{}{}{}",
            self.origin,
            self.base,
            path.trim_start_matches('/')
        )
    }

    /// The origin alone, e.g. `http://127.0.0.1:41234`.
    pub fn origin(&self) -> &str {
        &self.origin
    }
}

impl Drop for StaticHost {
    fn drop(&mut self) {
        self.server.unblock();
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// What a static host answers for `url`: a status and the file to send.
pub fn resolve(site: &Path, base: &str, url: &str) -> (u16, Option<PathBuf>) {
    let path = url.split(['?', '#']).next().unwrap_or_default();
    let not_found = (
        404,
        Some(site.join("404.html")).filter(|page| page.is_file()),
    );
    let Some(relative) = path
        .strip_prefix(base)
        .or_else(|| (path.to_string() + "/" == base).then_some(""))
    else {
        return (404, None);
    };
    let relative = Path::new(relative);
    if relative
        .components()
        .any(|part| !matches!(part, Component::Normal(_)))
    {
        return not_found;
    }
    let candidate = site.join(relative);
    if candidate.is_file() {
        return (200, Some(candidate));
    }
    let index = candidate.join("index.html");
    if candidate.is_dir() && index.is_file() {
        return (200, Some(index));
    }
    not_found
}

fn content_type(path: &Path) -> Header {
    let mime = match path
        .extension()
        .and_then(|ext| ext.to_str())
        .unwrap_or_default()
    {
        "html" => "text/html; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "css" => "text/css; charset=utf-8",
        "json" => "application/json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        _ => "application/octet-stream",
    };
    Header::from_bytes("Content-Type", mime).expect("a valid header")
}

#[cfg(test)]
mod tests {
    use super::resolve;
    use std::path::Path;

    fn site() -> std::path::PathBuf {
        let dir = std::env::temp_dir().join(format!("micra-static-host-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("data")).unwrap();
        std::fs::write(dir.join("index.html"), "index").unwrap();
        std::fs::write(dir.join("404.html"), "app").unwrap();
        std::fs::write(dir.join("data/report.json"), "{}").unwrap();
        dir
    }

    #[test]
    fn files_and_folders_under_the_base_are_served_and_misses_get_404_html() {
        let site = site();
        let base = "/reports/micra/";
        assert_eq!(
            resolve(&site, base, "/reports/micra/"),
            (200, Some(site.join("index.html")))
        );
        assert_eq!(
            resolve(&site, base, "/reports/micra"),
            (200, Some(site.join("index.html")))
        );
        assert_eq!(
            resolve(&site, base, "/reports/micra/data/report.json?x=1"),
            (200, Some(site.join("data/report.json")))
        );
        assert_eq!(
            resolve(&site, base, "/reports/micra/timeline/x"),
            (404, Some(site.join("404.html")))
        );
        assert_eq!(
            resolve(&site, base, "/reports/micra/../secret"),
            (404, Some(site.join("404.html")))
        );
        assert_eq!(resolve(&site, base, "/elsewhere/"), (404, None));
        assert!(!Path::new("/reports/micra/timeline/x").is_file());
    }
}
