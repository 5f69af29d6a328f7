//! `cargo xtask dist --base /sub/path/`: the deployable static site.

use crate::process::{run_quiet, step, workspace_root};
use crate::tools::{Need, Toolchain};
use crate::{Failure, Outcome};
use std::path::Path;
use std::process::Command;

/// Builds `dist/` for hosting under `base` and says where it is.
pub fn run(base: &str) -> Outcome {
    let dist = workspace_root().join("dist");
    build(base, &dist)?;
    println!(
        "==> dist/ is ready for {}: copy the folder's contents to that path on any static host",
        normalise_base(base)?
    );
    Ok(())
}

/// Release build of the site into `dist`, with asset URLs under `base`.
pub fn build(base: &str, dist: &Path) -> Outcome {
    let base = normalise_base(base)?;
    let tools = Toolchain::ensure(Need {
        build: true,
        ..Need::default()
    })?;
    step(&format!(
        "build the release site for {base} into {}",
        dist.display()
    ));
    run_quiet(
        tools.apply(
            Command::new("trunk")
                .args(["build", "--release", "--public-url", &base, "--dist"])
                .arg(dist)
                .current_dir(workspace_root()),
        ),
        "the release build",
        "read trunk's error above; `cargo check --target wasm32-unknown-unknown` shows Rust errors faster",
    )?;
    // Trunk's post_build hook writes 404.html; without it deep links break on a static host.
    for required in ["index.html", "404.html", "data/report.json"] {
        if !dist.join(required).is_file() {
            return Err(Failure::new(
                format!("the build produced no {required}"),
                "check the hooks in Trunk.toml and the copy-dir links in index.html",
            ));
        }
    }
    Ok(())
}

/// `/reports/micra` and `reports/micra/` both mean `/reports/micra/`.
pub fn normalise_base(base: &str) -> Outcome<String> {
    let trimmed = base.trim().trim_matches('/');
    if trimmed.contains(['?', '#', ' ', '\\']) || trimmed.contains("//") || trimmed.contains("..") {
        return Err(Failure::new(
            format!("`{base}` is not a usable base path"),
            "give the path the site will live under, for example --base /reports/micra/",
        ));
    }
    Ok(if trimmed.is_empty() {
        "/".to_string()
    } else {
        format!("/{trimmed}/")
    })
}

#[cfg(test)]
mod tests {
    use super::normalise_base;

    #[test]
    fn base_paths_get_one_leading_and_one_trailing_slash() {
        assert_eq!(normalise_base("/").unwrap(), "/");
        assert_eq!(normalise_base("").unwrap(), "/");
        assert_eq!(normalise_base("reports/micra").unwrap(), "/reports/micra/");
        assert_eq!(
            normalise_base("/reports/micra/").unwrap(),
            "/reports/micra/"
        );
    }

    #[test]
    fn base_paths_that_cannot_be_served_are_refused_with_an_example() {
        let failure = normalise_base("/a/../b").unwrap_err();
        assert!(
            failure.hint.contains("--base /reports/micra/"),
            "{}",
            failure.hint
        );
        assert!(normalise_base("/a?b").is_err());
    }
}
