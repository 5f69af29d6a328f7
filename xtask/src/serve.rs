//! `cargo xtask serve`: trunk's dev server with live reload.

use crate::Outcome;
use crate::process::{self, step, workspace_root};
use crate::tools::{Need, Toolchain};
use std::process::Command;

/// Where `trunk serve` listens (Trunk.toml's `[serve]` section says the same).
pub const DEV_URL: &str = "http://127.0.0.1:8080/";

/// Builds the app and serves it until interrupted.
pub fn run() -> Outcome {
    let tools = Toolchain::ensure(Need {
        build: true,
        ..Need::default()
    })?;
    step(&format!(
        "build and serve the app at {DEV_URL} with live reload (Ctrl+C stops)"
    ));
    process::run(
        tools.apply(
            Command::new("trunk")
                .arg("serve")
                .current_dir(workspace_root()),
        ),
        "trunk serve",
        "read trunk's error above; `cargo xtask setup` reinstalls the pinned tools",
    )
}
