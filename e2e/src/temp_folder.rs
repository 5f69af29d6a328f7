//! Temporary folders that go when they are dropped: a browser session's
//! `TMPDIR` (chromedriver's profile, about 15 MB, and Chromium's singleton
//! socket, which a driver that is killed leaves behind) and the copies of
//! the site that tests change. A run leaves nothing in /tmp, on a machine
//! that CI reuses run after run.

use std::ops::Deref;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};

pub struct TempFolder {
    path: PathBuf,
}

impl TempFolder {
    /// An empty folder; `name` says what it is for, in case it is looked at.
    pub fn new(name: &str) -> Self {
        static MADE: AtomicU32 = AtomicU32::new(0);
        let path = std::env::temp_dir().join(format!(
            "micra-e2e-{name}-{}-{}",
            std::process::id(),
            MADE.fetch_add(1, Ordering::Relaxed)
        ));
        let _ = std::fs::remove_dir_all(&path);
        std::fs::create_dir_all(&path)
            .unwrap_or_else(|error| panic!("create {}: {error}", path.display()));
        Self { path }
    }
}

impl Deref for TempFolder {
    type Target = Path;

    fn deref(&self) -> &Path {
        &self.path
    }
}

impl Drop for TempFolder {
    fn drop(&mut self) {
        // A browser process still ending may write a file meanwhile: try
        // again for a moment rather than leave the folder.
        for _ in 0..20 {
            if std::fs::remove_dir_all(&self.path).is_ok() || !self.path.exists() {
                return;
            }
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::TempFolder;

    #[test]
    fn each_folder_is_its_own_and_none_outlives_its_owner() {
        let first = TempFolder::new("session");
        let second = TempFolder::new("session");
        assert_ne!(&*first, &*second);
        let kept = first.to_path_buf();
        std::fs::create_dir_all(kept.join("Default")).unwrap();
        std::fs::write(kept.join("Default").join("Preferences"), "{}").unwrap();
        drop(first);
        assert!(!kept.exists(), "{} outlived its owner", kept.display());
        assert!(second.is_dir());
    }
}
