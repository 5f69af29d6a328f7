//! Debian's nginx as a host, configured as a typical static site is
//! (README "Hosting" has the same lines): `try_files $uri $uri/ =404` and
//! the site's `404.html` as its error page. Unlike the test host, it
//! redirects a folder asked for without its slash (301), and it sends
//! `ETag`s and `Last-Modified`, so the browser's cache revalidates.

use crate::TempFolder;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// Where Debian's nginx-light puts it (`cargo xtask setup` installs it).
pub const NGINX: &str = "/usr/sbin/nginx";

/// A running nginx serving a site under a base path on a loopback port;
/// stops when dropped.
pub struct NginxHost {
    process: Child,
    port: u16,
    base: String,
    /// nginx's prefix: its configuration, logs, and the document root in
    /// which the base path leads to the site.
    _prefix: TempFolder,
}

impl NginxHost {
    /// Serves `site` under `base` (`/reports/micra/`) on `port` (0: a free one).
    pub fn start(site: &Path, base: &str, port: u16) -> Self {
        let port = if port == 0 { free_port() } else { port };
        let prefix = TempFolder::new("nginx");
        let root = prefix.join("root");
        let site_place = root.join(base.trim_matches('/'));
        std::fs::create_dir_all(site_place.parent().expect("the base has a parent"))
            .expect("create nginx's document root");
        std::os::unix::fs::symlink(
            site.canonicalize().expect("the site folder exists"),
            &site_place,
        )
        .expect("link the site under its base");
        std::fs::create_dir_all(prefix.join("logs")).expect("create nginx's log folder");
        let config = configuration(&root, base, port);
        std::fs::write(prefix.join("nginx.conf"), config).expect("write nginx's configuration");
        let process = Command::new(NGINX)
            .arg("-p")
            .arg(&*prefix)
            .arg("-c")
            .arg(prefix.join("nginx.conf"))
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()
            .unwrap_or_else(|error| {
                panic!("cannot start {NGINX} ({error}): `cargo xtask setup` installs nginx-light")
            });
        let started = Instant::now();
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(
                started.elapsed() < Duration::from_secs(10),
                "nginx did not listen on port {port} within 10 s"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        Self {
            process,
            port,
            base: base.to_string(),
            _prefix: prefix,
        }
    }

    /// The absolute URL of `path` below the base.
    pub fn url(&self, path: &str) -> String {
        format!(
            "http://127.0.0.1:{}{}{}",
            self.port,
            self.base,
            path.trim_start_matches('/')
        )
    }

    pub fn port(&self) -> u16 {
        self.port
    }
}

impl Drop for NginxHost {
    fn drop(&mut self) {
        let _ = self.process.kill();
        let _ = self.process.wait();
    }
}

/// The configuration: one server on loopback, in the foreground, logging
/// to its prefix, gzip on as a host's would be.
fn configuration(root: &Path, base: &str, port: u16) -> String {
    format!(
        "daemon off;
master_process off;
error_log stderr error;
pid nginx.pid;
events {{ worker_connections 64; }}
http {{
  include /etc/nginx/mime.types;
  types {{ application/wasm wasm; application/manifest+json webmanifest; }}
  access_log off;
  client_body_temp_path tmp;
  gzip on;
  gzip_types text/css application/javascript application/json application/wasm application/manifest+json image/svg+xml;
  server {{
    listen 127.0.0.1:{port};
    root {root};
    location {base} {{
      try_files $uri $uri/ =404;
      error_page 404 {base}404.html;
    }}
  }}
}}
",
        root = root.display()
    )
}

fn free_port() -> u16 {
    std::net::TcpListener::bind(("127.0.0.1", 0))
        .and_then(|listener| listener.local_addr())
        .map(|address| address.port())
        .expect("a free loopback port")
}
