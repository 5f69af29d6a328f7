//! One module per route.

mod home;
pub mod interviews;
mod not_found;
mod timeline;

pub use home::Home;
pub use interviews::{InterviewReader, InterviewsIndex};
pub use not_found::NotFound;
pub use timeline::TimelinePage;
