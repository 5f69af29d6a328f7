//! The X displays WebKit's sessions draw on: a run opens dozens, one after
//! another, and CI reuses machines, so a display must start whatever
//! earlier runs left in /tmp and leave nothing there itself. Ignored
//! outside the WebKit pass, the only one that installs Xvfb; `cargo xtask
//! test e2e --browser webkit` includes them.

use e2e::VirtualDisplay;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// The tests take display numbers in turn: each expects the lowest free one.
static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

fn number_of(name: &str) -> &str {
    name.trim_start_matches(':')
}

/// The socket a client of display `name` (":7") connects to.
fn socket_of(name: &str) -> PathBuf {
    PathBuf::from(format!("/tmp/.X11-unix/X{}", number_of(name)))
}

fn wait_for(path: &Path) {
    let started = Instant::now();
    while !path.exists() {
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "{} did not appear within 10 s",
            path.display()
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
#[ignore = "needs Xvfb, which only the WebKit pass installs"]
fn two_displays_at_once_are_two_and_neither_leaves_its_socket_behind() {
    let _turn = ONE_AT_A_TIME.lock();
    let first = VirtualDisplay::start();
    let second = VirtualDisplay::start();
    let (first_name, second_name) = (first.name(), second.name());
    assert_ne!(first_name, second_name, "two sessions would share a window");
    for name in [&first_name, &second_name] {
        assert!(socket_of(name).exists(), "display {name} has no socket");
    }
    drop(first);
    drop(second);
    for name in [&first_name, &second_name] {
        assert!(
            !socket_of(name).exists(),
            "display {name} left {} behind",
            socket_of(name).display()
        );
    }
}

#[test]
#[ignore = "needs Xvfb, which only the WebKit pass installs"]
fn what_a_killed_server_left_behind_does_not_keep_its_display_from_the_next_session() {
    let _turn = ONE_AT_A_TIME.lock();
    let name = VirtualDisplay::start().name();
    // A server on that display killed outright, as a crashed run's is: its
    // lock and its socket stay in /tmp.
    let mut killed = Command::new("Xvfb")
        .args([&name, "-nolisten", "tcp"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start Xvfb");
    wait_for(&socket_of(&name));
    killed.kill().expect("kill Xvfb");
    killed.wait().expect("Xvfb ends");
    let lock = PathBuf::from(format!("/tmp/.X{}-lock", number_of(&name)));
    assert!(
        lock.exists() && socket_of(&name).exists(),
        "a killed Xvfb left nothing behind: this test no longer shows the case"
    );

    let display = VirtualDisplay::start();
    let taken = display.name();
    drop(display);
    let _ = std::fs::remove_file(&lock);
    assert_eq!(
        taken, name,
        "the display a killed server left its files on was skipped: runs would use up the displays"
    );
}
