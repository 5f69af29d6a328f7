//! A static file host that behaves like GitHub Pages for a project site:
//! files only, served under a sub-path, `404.html` (with status 404) for
//! anything missing, no rewrite rules; text and wasm gzip-compressed for a
//! browser that accepts it, so that the benchmark downloads what a reader would.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread::JoinHandle;
use std::time::Duration;

/// A running static host on a loopback port; stops when dropped.
///
/// One thread per connection and `Connection: close` on every answer: a
/// browser opens several connections at once, and a host must answer each
/// (a pooled server here once left a stylesheet request unanswered, and the
/// page never finished loading).
pub struct StaticHost {
    stopping: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
    port: u16,
    origin: String,
    base: String,
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
        Self::start_with(site, base, 0, Some(delay))
    }

    /// Serves `site` under `base` on loopback `port` (0: any free port).
    pub fn start_on(site: &Path, base: &str, port: u16) -> Self {
        Self::start_with(site, base, port, None)
    }

    fn start_with(site: &Path, base: &str, port: u16, wasm_delay: Option<Duration>) -> Self {
        let listener = TcpListener::bind(("127.0.0.1", port)).expect("bind a loopback port");
        let port = listener.local_addr().expect("a local address").port();
        let stopping = Arc::new(AtomicBool::new(false));
        let site = site.to_path_buf();
        let base_for_thread = base.to_string();
        let stop = stopping.clone();
        let thread = std::thread::spawn(move || {
            for stream in listener.incoming() {
                if stop.load(Ordering::SeqCst) {
                    break;
                }
                let Ok(stream) = stream else { continue };
                let (site, base) = (site.clone(), base_for_thread.clone());
                std::thread::spawn(move || answer(stream, &site, &base, wasm_delay));
            }
        });
        Self {
            stopping,
            thread: Some(thread),
            port,
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
        self.stopping.store(true, Ordering::SeqCst);
        // Wake the accept loop so that it sees the flag.
        let _ = TcpStream::connect(("127.0.0.1", self.port));
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// Reads one request from `stream` and answers it (GET and HEAD only).
fn answer(mut stream: TcpStream, site: &Path, base: &str, wasm_delay: Option<Duration>) {
    let mut reader = BufReader::new(match stream.try_clone() {
        Ok(clone) => clone,
        Err(_) => return,
    });
    let mut request_line = String::new();
    if reader.read_line(&mut request_line).is_err() {
        return;
    }
    // Of the headers, only whether the browser takes gzip matters here.
    let mut accepts_gzip = false;
    let mut header = String::new();
    while reader.read_line(&mut header).is_ok_and(|read| read > 2) {
        if let Some((name, value)) = header.split_once(':') {
            accepts_gzip |= name.eq_ignore_ascii_case("accept-encoding") && value.contains("gzip");
        }
        header.clear();
    }
    let mut parts = request_line.split_whitespace();
    let (method, url) = (
        parts.next().unwrap_or_default(),
        parts.next().unwrap_or_default(),
    );
    if let Some(delay) = wasm_delay.filter(|_| url.ends_with(".wasm")) {
        std::thread::sleep(delay);
    }
    let (status, body, mime) = if method != "GET" && method != "HEAD" {
        (
            405,
            b"Method Not Allowed".to_vec(),
            "text/plain; charset=utf-8",
        )
    } else {
        let (status, file) = resolve(site, base, url);
        match file.and_then(|path| {
            std::fs::read(&path)
                .ok()
                .map(|body| (body, content_type(&path)))
        }) {
            Some((body, mime)) => (status, body, mime),
            None => (404, b"Not Found".to_vec(), "text/plain; charset=utf-8"),
        }
    };
    if std::env::var_os("MICRA_E2E_LOG").is_some() {
        eprintln!("static-host: {status} {url}");
    }
    let reason = match status {
        200 => "OK",
        404 => "Not Found",
        _ => "Method Not Allowed",
    };
    let compress = accepts_gzip && compressible(mime);
    let body = if compress { gzip(&body) } else { body };
    let encoding = if compress {
        "Content-Encoding: gzip\r\nVary: Accept-Encoding\r\n"
    } else {
        ""
    };
    let head = format!(
        "HTTP/1.1 {status} {reason}\r\nContent-Type: {mime}\r\n{encoding}Content-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    let _ = stream.write_all(head.as_bytes());
    if method != "HEAD" {
        let _ = stream.write_all(&body);
    }
    let _ = stream.flush();
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

/// Whether a host compresses this type: text and wasm, not images.
fn compressible(mime: &str) -> bool {
    mime.starts_with("text/") || mime.starts_with("application/") || mime == "image/svg+xml"
}

/// `body` gzip-compressed at the default level, as hosts do on the fly.
fn gzip(body: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    encoder
        .write_all(body)
        .and_then(|()| encoder.finish())
        .expect("compressing into memory cannot fail")
}

fn content_type(path: &Path) -> &'static str {
    match path
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
    }
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

    /// The raw answer of the host to a GET of `path` with `headers`.
    fn get(host: &super::StaticHost, path: &str, headers: &str) -> Vec<u8> {
        use std::io::{Read, Write};
        let address = host.origin().trim_start_matches("http://");
        let mut stream = std::net::TcpStream::connect(address).unwrap();
        write!(
            stream,
            "GET {path} HTTP/1.1\r\nHost: {address}\r\n{headers}\r\n"
        )
        .unwrap();
        let mut answer = Vec::new();
        stream.read_to_end(&mut answer).unwrap();
        answer
    }

    #[test]
    fn text_is_gzipped_for_a_browser_that_accepts_it_and_plain_otherwise() {
        use std::io::Read;
        let site = site();
        let host = super::StaticHost::start(&site, "/reports/micra/");
        let path = "/reports/micra/data/report.json";

        let plain = get(&host, path, "");
        let plain = String::from_utf8(plain).unwrap();
        assert!(!plain.contains("Content-Encoding"), "{plain}");
        assert!(plain.ends_with("\r\n\r\n{}"), "{plain}");

        let zipped = get(&host, path, "Accept-Encoding: gzip, deflate, br\r\n");
        let split = zipped.windows(4).position(|w| w == b"\r\n\r\n").unwrap();
        let head = String::from_utf8_lossy(&zipped[..split]);
        assert!(head.contains("Content-Encoding: gzip"), "{head}");
        let mut body = String::new();
        flate2::read::GzDecoder::new(&zipped[split + 4..])
            .read_to_string(&mut body)
            .unwrap();
        assert_eq!(body, "{}");
    }
}
