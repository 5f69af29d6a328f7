//! The reader's offline copy: after a first visit, every page of the site,
//! its wasm, styles and report open without a network.
//!
//! A service worker (`service-worker.js`, on Workbox, which the release
//! build fills in with the build's files: xtask/src/post_build/offline.rs)
//! keeps one build: pages come from the network first (online, a reader
//! always gets the newest deployed build), and from the copy offline or
//! when the network is slow; the app's hashed files from the copy. A
//! release page registers it once its islands are hydrated (the page
//! loader, src/page_loader.js, calls `keep_offline_copy`); development
//! builds never do, so what is being edited is never cached.
//!
//! A newer build, published while the reader has the site open or found
//! on a later visit, is fetched in the background and waits: pages
//! already open keep the build they were loaded with (a page never mixes
//! one build's HTML with another's wasm). A page of an older edition than
//! the waiting build's offers it in a notice
//! (`components::layout::show_edition_notice`; `logic::edition` decides
//! when) until the reader takes it or says "not now".

#[cfg(feature = "hydrate")]
mod registration;

/// What the page tells the waiting worker when the reader takes the new
/// edition (service-worker.js listens for it).
pub const TAKE_NEW_EDITION: &str = "read-the-new-edition";

/// What the page asks a waiting worker, which answers with its build's
/// edition.
pub const WHICH_EDITION: &str = "which-edition";

/// The session-storage entry that remembers, for one tab, that the reader
/// said "not now": the notice does not come back on every page they open
/// there, and the new edition arrives once all the site's tabs are closed.
/// Followed by the site's path (`base_path::scoped_storage_key`).
pub const DISMISSED_KEY: &str = "micra-flins.new-edition-dismissed";

#[cfg(feature = "hydrate")]
pub use registration::keep_offline_copy;
