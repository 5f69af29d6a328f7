//! The interactive timeline: filter chips, the event list (a listbox with
//! roving focus), the selected event's detail with its sources, and the
//! previous/next stepper. The decisions live in `crate::logic::timeline`.

mod context;
mod event_detail;
mod event_list;
mod event_pages;
mod explorer;
mod filter_bar;
mod source_list;
mod stepper;

pub use context::{TimelineContext, provide_timeline, use_timeline};
pub use event_detail::EventDetail;
pub use event_list::EventList;
pub use event_pages::EventPages;
pub use explorer::TimelineExplorer;
pub use filter_bar::FilterBar;
pub use source_list::SourceList;
pub use stepper::Stepper;
