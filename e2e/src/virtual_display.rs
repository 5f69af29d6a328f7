//! An X display in memory (Debian's `xvfb`) for WebKitGTK's MiniBrowser,
//! which has no headless mode, with a window manager (Debian's `openbox`):
//! without one the window loses the focus when it is resized narrower,
//! and a page without the focus matches no `:focus-visible`. One display
//! per browser session, so that sessions never share windows; it stops
//! when dropped.

use std::io::{BufRead, BufReader, Read};
use std::process::{Child, ChildStderr, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// The screen: wider and taller than any window the suite opens.
const SCREEN: &str = "1920x1200x24";

/// How long Xvfb and openbox each have to start, and Xvfb to stop.
const PATIENCE: Duration = Duration::from_secs(10);

/// A running Xvfb, its window manager and the display number it serves.
pub struct VirtualDisplay {
    server: Child,
    window_manager: Option<Child>,
    number: u32,
}

impl VirtualDisplay {
    /// Starts Xvfb on a display number no other X server holds. Xvfb picks
    /// the number itself (`-displayfd`) and writes it once it accepts
    /// connections. It decides by binding the display's abstract socket,
    /// which only a live server holds, so parallel suites never collide and
    /// the lock file and socket a killed server left in /tmp do not count.
    pub fn start() -> Self {
        let mut server = Command::new("Xvfb")
            .args(["-displayfd", "1", "-screen", "0", SCREEN, "-nolisten", "tcp"])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap_or_else(|error| {
                panic!("start Xvfb ({error}): WebKit needs Debian's xvfb, which `cargo xtask test e2e --browser webkit` installs")
            });
        let stdout = server.stdout.take().expect("Xvfb's piped stdout");
        let stderr = server.stderr.take().expect("Xvfb's piped stderr");
        let (sender, receiver) = mpsc::channel();
        // Both pipes are read to their end, so that Xvfb never blocks
        // on a full one.
        std::thread::spawn(move || {
            let mut lines = BufReader::new(stdout).lines().map_while(Result::ok);
            let _ = sender.send(lines.next().unwrap_or_default());
            lines.for_each(drop);
        });
        let said = std::thread::spawn(move || what_it_said(stderr));
        let announced = receiver.recv_timeout(PATIENCE).unwrap_or_default();
        let Ok(number) = announced.trim().parse() else {
            let _ = server.kill();
            let _ = server.wait();
            panic!(
                "Xvfb named no display within {} s; it said: {}",
                PATIENCE.as_secs(),
                said.join().unwrap_or_default()
            );
        };
        let mut display = Self {
            server,
            window_manager: None,
            number,
        };
        display.manage_windows();
        display
    }

    /// Starts openbox and waits until it manages the display, so that the
    /// browser's window is managed (and focused) from the start.
    fn manage_windows(&mut self) {
        let ready = std::env::temp_dir().join(format!(
            "micra-e2e-openbox-{}-{}",
            std::process::id(),
            self.number
        ));
        let _ = std::fs::remove_file(&ready);
        let manager = Command::new("openbox")
            .arg("--startup")
            .arg(format!("touch {}", ready.display()))
            .env("DISPLAY", self.name())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|error| {
                panic!("start openbox ({error}): WebKit's window needs Debian's openbox, which `cargo xtask test e2e --browser webkit` installs")
            });
        self.window_manager = Some(manager);
        let started = Instant::now();
        while !ready.exists() {
            assert!(
                started.elapsed() < PATIENCE,
                "openbox did not start on display {} within {} s",
                self.name(),
                PATIENCE.as_secs()
            );
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = std::fs::remove_file(&ready);
    }

    /// The value of `DISPLAY` for a program that draws on it.
    pub fn name(&self) -> String {
        format!(":{}", self.number)
    }
}

/// The last lines of Xvfb's error output, where it says why it stopped.
fn what_it_said(mut stderr: ChildStderr) -> String {
    let mut bytes = Vec::new();
    let _ = stderr.read_to_end(&mut bytes);
    let said = String::from_utf8_lossy(&bytes);
    let lines: Vec<&str> = said
        .lines()
        .filter(|line| !line.trim().is_empty())
        .collect();
    match lines.len() {
        0 => "nothing".to_owned(),
        count => lines[count.saturating_sub(5)..].join(" / "),
    }
}

impl Drop for VirtualDisplay {
    fn drop(&mut self) {
        if let Some(manager) = &mut self.window_manager {
            let _ = manager.kill();
            let _ = manager.wait();
        }
        // SIGTERM, not `Child::kill`'s SIGKILL: Xvfb then removes its lock
        // file and socket, so runs leave nothing behind in /tmp.
        let terminated = Command::new("kill")
            .args(["-TERM", &self.server.id().to_string()])
            .status()
            .is_ok_and(|status| status.success());
        let started = Instant::now();
        while terminated && started.elapsed() < PATIENCE {
            if let Ok(Some(_)) = self.server.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = self.server.kill();
        let _ = self.server.wait();
    }
}
