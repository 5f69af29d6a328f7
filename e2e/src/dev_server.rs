//! `cargo xtask serve`, started for a test on a port of its own: the
//! development server a publisher previews with.

use crate::TempFolder;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// How long the first build may take: a development wasm and the
/// prerender step, compiled on a cold machine.
const FIRST_BUILD: Duration = Duration::from_secs(20 * 60);

/// A running `cargo xtask serve`; it and everything it started (trunk,
/// cargo) stop when this is dropped.
pub struct DevServer {
    child: Child,
    port: u16,
    log: TempFolder,
}

impl DevServer {
    /// Starts the server for the bundled report's site under `base` and
    /// waits until it serves the front page, prerendered.
    pub fn start(base: &str) -> Self {
        Self::start_with(base, None)
    }

    /// Like [`DevServer::start`], for the report at `report`: the file a
    /// publisher edits while the server watches it.
    pub fn start_with_report(base: &str, report: &Path) -> Self {
        Self::start_with(base, Some(report))
    }

    fn start_with(base: &str, report: Option<&Path>) -> Self {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|listener| listener.local_addr())
            .expect("a free port")
            .port();
        let log = TempFolder::new("dev-server");
        let output = std::fs::File::create(log.join("output.txt")).expect("a log file");
        let workspace = Path::new(env!("CARGO_MANIFEST_DIR"))
            .parent()
            .expect("the workspace");
        let child = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
            .args([
                "xtask",
                "serve",
                "--base",
                base,
                "--port",
                &port.to_string(),
            ])
            .args(
                report
                    .iter()
                    .flat_map(|report| [Path::new("--report"), report]),
            )
            .current_dir(workspace)
            .stdout(output.try_clone().expect("the log file"))
            .stderr(output)
            .stdin(Stdio::null())
            .spawn()
            .expect("start cargo xtask serve");
        let mut server = Self { child, port, log };
        server.wait_for(
            base,
            "the front page, prerendered",
            FIRST_BUILD,
            |status, page| status == 200 && page.contains("data-prerendered"),
        );
        server
    }

    /// Polls `path` until its page contains `text`, for at most `limit`;
    /// how long that took.
    pub fn wait_until_page_says(&mut self, path: &str, text: &str, limit: Duration) -> Duration {
        self.wait_for(path, &format!("{text:?}"), limit, |_, page| {
            page.contains(text)
        })
    }

    /// Polls `path` until its answer (status, body) is what `awaited`
    /// accepts, for at most `limit`; how long that took. `what` names it
    /// in the failure, with what the server printed.
    fn wait_for(
        &mut self,
        path: &str,
        what: &str,
        limit: Duration,
        awaited: impl Fn(u16, &str) -> bool,
    ) -> Duration {
        let started = Instant::now();
        loop {
            if let Some((status, page)) = self.try_get(path)
                && awaited(status, &page)
            {
                return started.elapsed();
            }
            // A server that stopped will never answer: say so at once, not
            // after the whole allowance.
            if let Ok(Some(status)) = self.child.try_wait() {
                panic!(
                    "cargo xtask serve stopped ({status}) before {path} showed {what}; it said:\n{}",
                    self.output_tail()
                );
            }
            if started.elapsed() > limit {
                panic!(
                    "cargo xtask serve's {path} did not show {what} within {limit:?}; it said:\n{}",
                    self.output_tail()
                );
            }
            std::thread::sleep(Duration::from_millis(200));
        }
    }

    /// The server's answer to a GET of `path`: its status and body.
    pub fn get(&self, path: &str) -> (u16, String) {
        self.try_get(path).unwrap_or_else(|| {
            panic!(
                "cargo xtask serve did not answer {path}; it said:\n{}",
                self.output_tail()
            )
        })
    }

    fn try_get(&self, path: &str) -> Option<(u16, String)> {
        let address = format!("127.0.0.1:{}", self.port);
        let (head, body) = crate::http::get(&address, path, "").ok()?;
        let status = head.split(' ').nth(1)?.parse().ok()?;
        Some((status, String::from_utf8_lossy(&body).into_owned()))
    }

    /// The last lines the server wrote, for a failure's message.
    pub fn output_tail(&self) -> String {
        let output = std::fs::read_to_string(self.log.join("output.txt")).unwrap_or_default();
        let lines: Vec<&str> = output.lines().collect();
        lines[lines.len().saturating_sub(40)..].join("\n")
    }
}

impl Drop for DevServer {
    fn drop(&mut self) {
        // Cargo runs xtask in a process group of its own, so the group the
        // server was started in does not hold trunk: every process it
        // started is found by its parent instead.
        let processes = process_tree(self.child.id());
        let _ = Command::new("kill")
            .arg("-TERM")
            .args(processes.iter().map(u32::to_string))
            .status();
        let _ = self.child.wait();
    }
}

/// `root` and every process below it, from `/proc`.
fn process_tree(root: u32) -> Vec<u32> {
    let parent_of = |pid: u32| -> Option<u32> {
        let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
        // After the command's name, which may hold spaces: state, then parent.
        stat.rsplit_once(')')?
            .1
            .split_whitespace()
            .nth(1)?
            .parse()
            .ok()
    };
    let every_process: Vec<(u32, u32)> = std::fs::read_dir("/proc")
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|entry| entry.file_name().to_str()?.parse().ok())
        .filter_map(|pid| Some((pid, parent_of(pid)?)))
        .collect();
    let mut tree = vec![root];
    let mut at = 0;
    while at < tree.len() {
        let parent = tree[at];
        tree.extend(
            every_process
                .iter()
                .filter(|(_, of)| *of == parent)
                .map(|(pid, _)| *pid),
        );
        at += 1;
    }
    tree
}
