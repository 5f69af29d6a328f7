//! An X display in memory (Debian's `xvfb`) for WebKitGTK's MiniBrowser,
//! which has no headless mode, with a window manager (Debian's `openbox`):
//! without one the window loses the focus when it is resized narrower,
//! and a page without the focus matches no `:focus-visible`. One display
//! per browser session, so that sessions never share windows; it stops
//! when dropped.

use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// The screen: wider and taller than any window the suite opens.
const SCREEN: &str = "1920x1200x24";

/// A running Xvfb, its window manager and the display number it serves.
pub struct VirtualDisplay {
    server: Child,
    window_manager: Option<Child>,
    number: u32,
}

impl VirtualDisplay {
    /// Starts Xvfb on the first display number no other X server holds.
    pub fn start() -> Self {
        for number in 90..190 {
            let socket = format!("/tmp/.X11-unix/X{number}");
            if Path::new(&format!("/tmp/.X{number}-lock")).exists() || Path::new(&socket).exists() {
                continue;
            }
            let spawned = Command::new("Xvfb")
                .arg(format!(":{number}"))
                .args(["-screen", "0", SCREEN, "-nolisten", "tcp"])
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn();
            let mut server = spawned.unwrap_or_else(|error| {
                panic!("start Xvfb ({error}): WebKit needs Debian's xvfb, which `cargo xtask test e2e --browser webkit` installs")
            });
            let started = Instant::now();
            while started.elapsed() < Duration::from_secs(10) {
                if Path::new(&socket).exists() {
                    let mut display = Self {
                        server,
                        window_manager: None,
                        number,
                    };
                    display.manage_windows();
                    return display;
                }
                // Another server took the number first: try the next one.
                if server.try_wait().ok().flatten().is_some() {
                    break;
                }
                std::thread::sleep(Duration::from_millis(20));
            }
            let _ = server.kill();
            let _ = server.wait();
        }
        panic!("Xvfb started on none of the displays :90 to :189")
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
                started.elapsed() < Duration::from_secs(10),
                "openbox did not start on display {} within 10 s",
                self.name()
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

impl Drop for VirtualDisplay {
    fn drop(&mut self) {
        if let Some(manager) = &mut self.window_manager {
            let _ = manager.kill();
            let _ = manager.wait();
        }
        let _ = self.server.kill();
        let _ = self.server.wait();
    }
}
