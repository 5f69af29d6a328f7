//! What the timeline shows, decided in plain Rust: which events pass the
//! filters, how they group into phases, where the keyboard moves the focus,
//! where each event falls on the axis drawn to scale.
//! The components in `components/timeline/` only render these answers.

mod ahead;
mod axis;
mod filters;
mod groups;
mod index;
mod keys;
mod window;

pub use ahead::taken_ahead;
pub use axis::{Axis, Band, EventMark, MOST_MARKS, YearTick};
pub use filters::{Facet, FacetCount, Faceted, TimelineFilters};
pub use groups::{PhaseGroup, group_by_phase};
pub use index::{FacetLabel, IndexedEvent, TimelineIndex};
pub use keys::{ListMove, list_move, move_within};
pub use window::{TimelineWindow, WHOLE_TIMELINE_LIMIT, WINDOW_LENGTH, in_list_order};
