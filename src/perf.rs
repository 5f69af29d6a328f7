//! User Timing marks at the moments the benchmark (and DevTools) measure:
//! the timeline's data read, the islands hydrated, the timeline first in
//! step. A mark costs next to nothing and shows in every performance profile.

/// The timeline island has read its data: its events in hand.
pub const TIMELINE_DATA_READ: &str = "micra:timeline-data-read";
/// Every island of the page is hydrated: the page answers the reader.
pub const ISLANDS_HYDRATED: &str = "micra:islands-hydrated";
/// The timeline's event list has been rendered for the first time.
pub const TIMELINE_RENDERED: &str = "micra:timeline-rendered";

/// Records a User Timing mark; does nothing where there is no `performance`.
pub fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|window| window.performance()) {
        let _ = performance.mark(name);
    }
}
