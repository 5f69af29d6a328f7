//! A static file host that behaves like GitHub Pages for a project site:
//! files only, served under a sub-path, `404.html` (with status 404) for
//! anything missing, no rewrite rules; text and wasm gzip-compressed for a
//! browser that accepts it, so that the benchmark downloads what a reader would.
//! Started with [`Addresses::Clean`], it redirects as hosts with clean URLs
//! do (Cloudflare Pages by default); with a cut, it fails some files as a
//! deploy still uploading, or a dropped connection, would.
//!
//! Like a public host, it answers only GET and HEAD, refuses request bodies
//! over 16 KB, gives up on a request after 30 seconds, and never serves a
//! file that a symbolic link leads to outside the site.

use axum::Router;
use axum::extract::{Request, State};
use axum::http::header::{CONTENT_TYPE, ETAG, LAST_MODIFIED, LOCATION};
use axum::http::uri::PathAndQuery;
use axum::http::{Extensions, HeaderMap, Method, StatusCode, Version};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;
use tokio::sync::oneshot;
use tower_http::compression::CompressionLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::services::{ServeDir, ServeFile};
use tower_http::timeout::TimeoutLayer;

/// The largest request body the host reads: a static host takes none.
const REQUEST_BODY_LIMIT: usize = 16 * 1024;
/// How long one request may take, the slow wasm's delay included.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

/// A running static host on a loopback port; stops when dropped.
///
/// It runs on a runtime of its own in its own thread, so that it can be
/// started and dropped alike from plain code and from inside a test's runtime.
pub struct StaticHost {
    /// Every request answered with an error, as `URL (status)`, until
    /// [`StaticHost::failed_requests`] takes them.
    failures: Arc<Mutex<Vec<String>>>,
    /// The path of every request, in order.
    asked: Arc<Mutex<Vec<String>>>,
    stop: Option<oneshot::Sender<()>>,
    thread: Option<JoinHandle<()>>,
    origin: String,
    base: String,
}

/// How a host answers the addresses of a site's pages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Addresses {
    /// Every spelling of a page's address gets the page (`timeline`,
    /// `timeline/`, `timeline/index.html`): the host the tests grew up with.
    AsWritten,
    /// Clean URLs: `…/index.html` is redirected (308) to `…/`, `/x.html`
    /// to `/x` (which then gets `x.html`), and a folder without its slash
    /// to the folder with it, as Cloudflare Pages does by default.
    Clean,
}

/// Which paths (below the base) a host fails with 503 Service Unavailable.
pub type Cut = Arc<dyn Fn(&str) -> bool + Send + Sync>;

/// How a [`StaticHost`] behaves beyond serving files.
#[derive(Clone)]
pub struct HostOptions {
    /// The loopback port (0: any free port).
    pub port: u16,
    /// How long requests for the wasm modules wait.
    pub wasm_delay: Option<Duration>,
    pub addresses: Addresses,
    pub cut: Option<Cut>,
}

impl Default for HostOptions {
    fn default() -> Self {
        Self {
            port: 0,
            wasm_delay: None,
            addresses: Addresses::AsWritten,
            cut: None,
        }
    }
}

impl StaticHost {
    /// Serves `site` under `base` (for example `/reports/micra/`) on a free port.
    pub fn start(site: &Path, base: &str) -> Self {
        Self::start_on(site, base, 0)
    }

    /// Like [`StaticHost::start`], answering requests for the wasm module
    /// only after `delay`, as a slow connection would: the prerendered page
    /// is there to read (and scroll, and focus) well before the app starts.
    pub fn start_with_slow_wasm(site: &Path, base: &str, delay: Duration) -> Self {
        let options = HostOptions {
            wasm_delay: Some(delay),
            ..HostOptions::default()
        };
        Self::start_with(site, base, options)
    }

    /// Serves `site` under `base` on loopback `port` (0: any free port).
    pub fn start_on(site: &Path, base: &str, port: u16) -> Self {
        let options = HostOptions {
            port,
            ..HostOptions::default()
        };
        Self::start_with(site, base, options)
    }

    /// Serves `site` under `base` as `options` say.
    pub fn start_with(site: &Path, base: &str, options: HostOptions) -> Self {
        let HostOptions {
            port,
            wasm_delay,
            addresses,
            cut,
        } = options;
        // Bound here, so that the port takes connections once this returns.
        let listener =
            std::net::TcpListener::bind(("127.0.0.1", port)).expect("bind a loopback port");
        listener
            .set_nonblocking(true)
            .expect("a non-blocking listener");
        let port = listener.local_addr().expect("a local address").port();
        // A folder asked for without its slash (`timeline`, as the app's own
        // links are) gets its index.html at once, not a redirect.
        let files = ServeDir::new(site)
            .redirect_to_trailing_slash(false)
            .not_found_service(ServeFile::new(site.join("404.html")));
        let origin = format!("http://127.0.0.1:{port}");
        let failures = Arc::new(Mutex::new(Vec::new()));
        let asked = Arc::new(Mutex::new(Vec::new()));
        let place = Arc::new(Place {
            origin: origin.clone(),
            failures: failures.clone(),
            asked: asked.clone(),
            base: base.to_string(),
            root: site.canonicalize().expect("the site folder exists"),
            wasm_delay,
            addresses,
            cut,
        });
        let app = Router::new()
            .fallback_service(files)
            .layer(middleware::from_fn_with_state(place, under_base))
            .layer(CompressionLayer::new().compress_when(compressible))
            .layer(RequestBodyLimitLayer::new(REQUEST_BODY_LIMIT))
            .layer(TimeoutLayer::with_status_code(
                StatusCode::REQUEST_TIMEOUT,
                REQUEST_TIMEOUT,
            ));
        let (stop, stopped) = oneshot::channel::<()>();
        let thread = std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("a runtime for the static host");
            // Dropping the runtime after this ends the open connections too.
            runtime.block_on(async move {
                let listener =
                    tokio::net::TcpListener::from_std(listener).expect("an async listener");
                tokio::select! {
                    _ = axum::serve(listener, app) => {}
                    _ = stopped => {}
                }
            });
        });
        Self {
            failures,
            asked,
            stop: Some(stop),
            thread: Some(thread),
            origin,
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

    /// The requests answered with an error (status 400 or above) since
    /// the last call, each as `URL (status)`: what a browser's console
    /// would list as failed, told the same way whatever the engine.
    pub fn failed_requests(&self) -> Vec<String> {
        std::mem::take(&mut *self.failures.lock().expect("the failed requests"))
    }

    /// The paths asked for so far that end with `ending` (`.wasm`, say).
    pub fn asked_for(&self, ending: &str) -> Vec<String> {
        let asked = self.asked.lock().expect("the requests");
        asked
            .iter()
            .filter(|path| path.ends_with(ending))
            .cloned()
            .collect()
    }

    /// The loopback port it listens on: a host started again on it (see
    /// [`StaticHost::start_on`]) is the same site to a browser.
    pub fn port(&self) -> u16 {
        self.origin
            .rsplit(':')
            .next()
            .and_then(|port| port.parse().ok())
            .expect("the origin ends with its port")
    }

    /// The origin alone, e.g. `http://127.0.0.1:41234`.
    pub fn origin(&self) -> &str {
        &self.origin
    }
}

impl Drop for StaticHost {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// Where the site sits on the host and how fast it comes, for [`under_base`].
struct Place {
    origin: String,
    failures: Arc<Mutex<Vec<String>>>,
    asked: Arc<Mutex<Vec<String>>>,
    base: String,
    /// The site folder, with its own links resolved.
    root: std::path::PathBuf,
    wasm_delay: Option<Duration>,
    addresses: Addresses,
    cut: Option<Cut>,
}

impl Place {
    /// Whether the file at `relative` (as the request names it) is a
    /// link to somewhere outside the site.
    fn leads_outside(&self, relative: &str) -> bool {
        let decoded = percent_encoding::percent_decode_str(relative).decode_utf8_lossy();
        let file = self.root.join(decoded.trim_start_matches('/'));
        file.symlink_metadata().is_ok()
            && file
                .canonicalize()
                .map_or(true, |resolved| !resolved.starts_with(&self.root))
    }
}

/// Takes the base off the request's path for the file service, and answers
/// a path outside the base with a bare 404, as the rest of a domain would.
async fn under_base(State(place): State<Arc<Place>>, request: Request, next: Next) -> Response {
    let asked = request
        .uri()
        .path_and_query()
        .map_or_else(|| request.uri().path().to_string(), ToString::to_string);
    place
        .asked
        .lock()
        .expect("the requests")
        .push(request.uri().path().to_string());
    let response = serve_under_base(&place, request, next).await;
    if response.status().as_u16() >= 400 {
        place
            .failures
            .lock()
            .expect("the failed requests")
            .push(format!(
                "{}{asked} ({})",
                place.origin,
                response.status().as_u16()
            ));
    }
    response
}

async fn serve_under_base(place: &Place, mut request: Request, next: Next) -> Response {
    let path = request.uri().path().to_string();
    let not_found = || (StatusCode::NOT_FOUND, "Not Found").into_response();
    if request.method() != Method::GET && request.method() != Method::HEAD {
        return (StatusCode::METHOD_NOT_ALLOWED, "Method Not Allowed").into_response();
    }
    let Some(relative) = path
        .strip_prefix(&place.base)
        .or_else(|| (path == place.base.trim_end_matches('/')).then_some(""))
    else {
        return not_found();
    };
    if let Some(delay) = place.wasm_delay.filter(|_| path.ends_with(".wasm")) {
        tokio::time::sleep(delay).await;
    }
    if place.leads_outside(relative) {
        return not_found();
    }
    if place.cut.as_ref().is_some_and(|cut| cut(relative)) {
        return (StatusCode::SERVICE_UNAVAILABLE, "Service Unavailable").into_response();
    }
    let mut relative = relative.to_string();
    if place.addresses == Addresses::Clean {
        match clean_address(&place.root, &relative) {
            CleanAddress::Redirect(to) => {
                let location = format!("{}{to}", place.base);
                return (StatusCode::PERMANENT_REDIRECT, [(LOCATION, location)]).into_response();
            }
            CleanAddress::File(file) => relative = file,
            CleanAddress::AsAsked => {}
        }
    }
    let Ok(inside) = format!("/{relative}").parse::<PathAndQuery>() else {
        return not_found();
    };
    *request.uri_mut() = inside.into();
    let mut response = next.run(request).await;
    // Without a validator the browser never reuses a file from its cache:
    // a test may change a file of the site between two loads.
    response.headers_mut().remove(LAST_MODIFIED);
    response.headers_mut().remove(ETAG);
    if std::env::var_os("MICRA_E2E_LOG").is_some() {
        eprintln!("static-host: {} {path}", response.status().as_u16());
    }
    response
}

/// What a host with clean URLs does with a path below the base.
#[derive(Debug, PartialEq, Eq)]
enum CleanAddress {
    /// Redirects to this path below the base.
    Redirect(String),
    /// Serves this file (below the base) at the address asked for.
    File(String),
    AsAsked,
}

fn clean_address(root: &Path, relative: &str) -> CleanAddress {
    if relative == "index.html" {
        return CleanAddress::Redirect(String::new());
    }
    if let Some(folder) = relative.strip_suffix("/index.html") {
        return CleanAddress::Redirect(format!("{folder}/"));
    }
    if let Some(page) = relative.strip_suffix(".html") {
        return CleanAddress::Redirect(page.to_string());
    }
    let last = relative.rsplit('/').next().unwrap_or_default();
    if relative.is_empty() || relative.ends_with('/') || last.contains('.') {
        return CleanAddress::AsAsked;
    }
    if root.join(relative).join("index.html").is_file() {
        CleanAddress::Redirect(format!("{relative}/"))
    } else if root.join(format!("{relative}.html")).is_file() {
        CleanAddress::File(format!("{relative}.html"))
    } else {
        CleanAddress::AsAsked
    }
}

/// Text and wasm are compressed, whatever their size, but not images.
fn compressible(_: StatusCode, _: Version, headers: &HeaderMap, _: &Extensions) -> bool {
    headers
        .get(CONTENT_TYPE)
        .and_then(|mime| mime.to_str().ok())
        .is_some_and(|mime| {
            mime.starts_with("text/") || mime.starts_with("application/") || mime == "image/svg+xml"
        })
}

#[cfg(test)]
mod tests {
    use super::StaticHost;
    use std::io::{Read, Write};

    /// A folder per test: tests run at once, and some add files.
    fn site() -> crate::TempFolder {
        let dir = crate::TempFolder::new("static-host");
        std::fs::create_dir_all(dir.join("data")).unwrap();
        std::fs::create_dir_all(dir.join("timeline")).unwrap();
        std::fs::write(dir.join("index.html"), "index").unwrap();
        std::fs::write(dir.join("timeline/index.html"), "timeline").unwrap();
        std::fs::write(dir.join("404.html"), "app").unwrap();
        std::fs::write(dir.join("data/report.json"), "{}").unwrap();
        std::fs::write(dir.join("app.wasm"), "wasm").unwrap();
        dir
    }

    /// The host's answer to a GET of `path` with `headers`: its head and body.
    fn get(host: &StaticHost, path: &str, headers: &str) -> (String, Vec<u8>) {
        let address = host.origin().trim_start_matches("http://");
        crate::http::get(address, path, headers).unwrap()
    }

    #[test]
    fn files_and_folders_under_the_base_are_served_and_misses_get_404_html() {
        let site = site();
        let host = StaticHost::start(&site, "/reports/micra/");
        let answer = |path: &str| {
            let (head, body) = get(&host, path, "");
            let status = head.split(' ').nth(1).unwrap().to_string();
            (status, String::from_utf8(body).unwrap())
        };
        let expect = |status: &str, body: &str| (status.to_string(), body.to_string());
        assert_eq!(answer("/reports/micra/"), expect("200", "index"));
        assert_eq!(answer("/reports/micra"), expect("200", "index"));
        assert_eq!(answer("/reports/micra/timeline"), expect("200", "timeline"));
        assert_eq!(
            answer("/reports/micra/timeline/"),
            expect("200", "timeline")
        );
        assert_eq!(
            answer("/reports/micra/data/report.json?x=1"),
            expect("200", "{}")
        );
        assert_eq!(answer("/reports/micra/timeline/x"), expect("404", "app"));
        assert_eq!(answer("/reports/micra/../secret"), expect("404", "app"));
        assert_eq!(answer("/elsewhere/"), expect("404", "Not Found"));

        let origin = host.origin();
        assert_eq!(
            host.failed_requests(),
            [
                format!("{origin}/reports/micra/timeline/x (404)"),
                format!("{origin}/reports/micra/../secret (404)"),
                format!("{origin}/elsewhere/ (404)"),
            ]
        );
        assert!(
            host.failed_requests().is_empty(),
            "each failure is told once"
        );
        assert_eq!(host.asked_for(".json"), ["/reports/micra/data/report.json"]);
    }

    #[test]
    fn a_host_with_clean_urls_redirects_to_them_and_serves_them() {
        let site = site();
        let options = super::HostOptions {
            addresses: super::Addresses::Clean,
            ..Default::default()
        };
        let host = StaticHost::start_with(&site, "/reports/micra/", options);
        let answer = |path: &str| {
            let (head, body) = get(&host, path, "");
            let status = head.split(' ').nth(1).unwrap().to_string();
            let location = head
                .lines()
                .find_map(|line| line.strip_prefix("location: "))
                .unwrap_or_default()
                .to_string();
            (status, location, String::from_utf8(body).unwrap())
        };
        let redirect = |to: &str| ("308".to_string(), to.to_string(), String::new());
        let page = |body: &str| ("200".to_string(), String::new(), body.to_string());
        assert_eq!(
            answer("/reports/micra/index.html"),
            redirect("/reports/micra/")
        );
        assert_eq!(
            answer("/reports/micra/timeline/index.html"),
            redirect("/reports/micra/timeline/")
        );
        assert_eq!(
            answer("/reports/micra/timeline"),
            redirect("/reports/micra/timeline/")
        );
        assert_eq!(
            answer("/reports/micra/404.html"),
            redirect("/reports/micra/404")
        );
        assert_eq!(answer("/reports/micra/404"), page("app"));
        assert_eq!(answer("/reports/micra/timeline/"), page("timeline"));
        assert_eq!(answer("/reports/micra/"), page("index"));
        assert_eq!(answer("/reports/micra/data/report.json"), page("{}"));
    }

    #[test]
    fn a_cut_host_fails_the_files_it_is_told_to() {
        let site = site();
        let options = super::HostOptions {
            cut: Some(std::sync::Arc::new(|path: &str| path.ends_with(".wasm"))),
            ..Default::default()
        };
        let host = StaticHost::start_with(&site, "/sub/", options);
        let (head, _) = get(&host, "/sub/app.wasm", "");
        assert!(head.contains(" 503 "), "{head}");
        let (head, _) = get(&host, "/sub/data/report.json", "");
        assert!(head.contains(" 200 "), "{head}");
    }

    #[test]
    fn text_is_gzipped_for_a_browser_that_accepts_it_and_plain_otherwise() {
        let site = site();
        let host = StaticHost::start(&site, "/reports/micra/");
        let path = "/reports/micra/data/report.json";

        let (head, body) = get(&host, path, "");
        assert!(!head.contains("content-encoding"), "{head}");
        assert_eq!(body, b"{}");

        let (head, body) = get(&host, path, "Accept-Encoding: gzip, deflate, br\r\n");
        assert!(head.contains("content-encoding: gzip"), "{head}");
        let mut text = String::new();
        flate2::read::GzDecoder::new(body.as_slice())
            .read_to_string(&mut text)
            .unwrap();
        assert_eq!(text, "{}");
    }

    /// As the end-to-end tests use it: inside a test's runtime, the wasm
    /// held back while the page itself comes at once.
    #[tokio::test(flavor = "multi_thread")]
    async fn only_the_wasm_is_slow_and_the_host_stops_inside_a_runtime() {
        use std::time::{Duration, Instant};
        let delay = Duration::from_millis(500);
        let site = site();
        let host = std::sync::Arc::new(StaticHost::start_with_slow_wasm(
            &site,
            "/reports/micra/",
            delay,
        ));
        let started = Instant::now();
        let wasm = tokio::task::spawn_blocking({
            let host = host.clone();
            move || (get(&host, "/reports/micra/app.wasm", ""), started.elapsed())
        });
        let (_, page) = get(&host, "/reports/micra/", "");
        assert_eq!(page, b"index");
        assert!(started.elapsed() < delay, "{:?}", started.elapsed());
        let ((head, body), waited) = wasm.await.unwrap();
        assert!(head.contains("content-type: application/wasm"), "{head}");
        assert_eq!(body, b"wasm");
        assert!(waited >= delay, "{waited:?}");
        drop(host);
    }

    /// The host's status line for `request`, sent as it is.
    fn status_of(host: &StaticHost, request: &str) -> String {
        let address = host.origin().trim_start_matches("http://");
        let mut stream = std::net::TcpStream::connect(address).unwrap();
        stream
            .write_all(request.replace("{host}", address).as_bytes())
            .unwrap();
        let mut answer = Vec::new();
        stream.read_to_end(&mut answer).unwrap();
        String::from_utf8_lossy(&answer)
            .lines()
            .next()
            .unwrap_or_default()
            .to_string()
    }

    #[test]
    fn only_reads_are_answered_and_large_bodies_refused() {
        let site = site();
        let host = StaticHost::start(&site, "/sub/");
        let post = status_of(
            &host,
            "POST /sub/index.html HTTP/1.0\r\nHost: {host}\r\nContent-Length: 2\r\n\r\nhi",
        );
        assert!(post.contains(" 405 "), "{post}");
        let big = "x".repeat(20_000);
        let put = status_of(
            &host,
            &format!(
                "GET /sub/index.html HTTP/1.0\r\nHost: {{host}}\r\nContent-Length: {}\r\n\r\n{big}",
                big.len()
            ),
        );
        assert!(put.contains(" 413 "), "{put}");
        let get = status_of(
            &host,
            "GET /sub/index.html HTTP/1.0\r\nHost: {host}\r\n\r\n",
        );
        assert!(get.contains(" 200 "), "{get}");
    }

    #[cfg(unix)]
    #[test]
    fn a_link_out_of_the_site_is_not_followed() {
        let site = site();
        let elsewhere = crate::TempFolder::new("outside");
        let outside = elsewhere.join("secret.txt");
        std::fs::write(&outside, "secret").unwrap();
        let link = site.join("leak.txt");
        std::os::unix::fs::symlink(&outside, &link).unwrap();
        let inside = site.join("inside.html");
        std::os::unix::fs::symlink(site.join("index.html"), &inside).unwrap();
        let host = StaticHost::start(&site, "/sub/");
        let (head, body) = get(&host, "/sub/leak.txt", "");
        assert!(head.contains(" 404 "), "{head}");
        assert_ne!(body, b"secret");
        let (head, body) = get(&host, "/sub/inside.html", "");
        assert!(head.contains(" 200 "), "{head}");
        assert_eq!(body, b"index");
    }
}
