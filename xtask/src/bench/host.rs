//! The end-to-end static host (e2e/src/bin/static-host.rs) as a child
//! process, so that programs other than the Rust harness (Lighthouse) load
//! the site from the same host the end-to-end tests use.

use crate::{Failure, Outcome};
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Stdio};

/// A site being served on a free loopback port; the host stops when this is
/// dropped, also when the benchmark fails half-way.
pub struct ServedSite {
    child: Child,
    /// `http://127.0.0.1:<port><base>`.
    base_url: String,
}

impl ServedSite {
    /// Serves `site` under `base` and waits until the host says where.
    pub fn start(site: &Path, base: &str) -> Outcome<Self> {
        let hint =
            "run `cargo run --release -p e2e --bin static-host -- <site> <base> 0` to see why";
        // `cargo run` replaces itself with the host on Unix, so `child` is the host.
        let mut child = super::e2e_bin("static-host")
            .arg(site)
            .arg(base)
            .arg("0")
            .stdout(Stdio::piped())
            .spawn()
            .map_err(|error| {
                Failure::new(format!("could not start the static host: {error}"), hint)
            })?;
        let stdout = child.stdout.take().expect("stdout was piped");
        let mut line = String::new();
        let _ = BufReader::new(stdout).read_line(&mut line);
        let Some(base_url) = base_url_in(&line).map(str::to_string) else {
            let _ = child.kill();
            let _ = child.wait();
            return Err(Failure::new(
                format!("the static host did not say where it serves (it printed {line:?})"),
                hint,
            ));
        };
        Ok(Self { child, base_url })
    }

    /// The absolute URL of `path` below the base.
    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.base_url, path.trim_start_matches('/'))
    }
}

impl Drop for ServedSite {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The URL in the host's first line, `serving <site> at <url>`.
fn base_url_in(line: &str) -> Option<&str> {
    line.trim()
        .rsplit_once(" at ")
        .map(|(_, url)| url)
        .filter(|url| url.starts_with("http://"))
}

#[cfg(test)]
mod tests {
    use super::base_url_in;

    #[test]
    fn the_url_is_read_from_the_hosts_first_line() {
        assert_eq!(
            base_url_in("serving /x at work/site at http://127.0.0.1:4100/bench/\n"),
            Some("http://127.0.0.1:4100/bench/")
        );
        assert_eq!(base_url_in(""), None);
        assert_eq!(base_url_in("thread 'main' panicked at src/x.rs"), None);
    }
}
