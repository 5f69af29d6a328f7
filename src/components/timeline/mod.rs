//! The timeline: filter chips, the event list (a listbox with roving
//! focus), the selected event's detail with its sources, and the
//! previous/next stepper. The decisions live in `crate::logic::timeline`.
//!
//! The list and the details are rendered once, for the address the page
//! was rendered for ([`EventList`], [`EventDetails`]); the timeline's
//! islands render the parts whose content changes (the filters and the
//! stepper) and keep the rest in step by its
//! attributes ([`drive_event_list`], [`show_selected_detail`]).

mod axis;
mod context;
mod event_detail;
mod event_list;
mod event_pages;
mod filter_bar;
mod listbox;
mod live_title;
mod selected_detail;
mod source_list;
mod stepper;
mod window_nav;

pub use axis::{TimelineAxis, drive_axis};
pub use context::{TimelineContext, provide_timeline, use_timeline};
pub use event_detail::EventDetails;
pub use event_list::EventList;
pub use event_pages::EventPages;
pub use filter_bar::{FilterBar, drive_filter_bar};
pub use listbox::{drive_event_list, land_on_the_selected_event};
pub use live_title::{SelectedTitle, say_the_selected_title};
pub use selected_detail::show_selected_detail;
pub use stepper::{Stepper, drive_stepper};
pub use window_nav::WindowNav;
