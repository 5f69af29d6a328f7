//! One module per route.

mod about;
mod accessibility;
mod home;
pub mod interviews;
mod not_found;
mod timeline;

pub use about::AboutPage;
pub use accessibility::AccessibilityPage;
pub use home::Home;
pub use interviews::{InterviewReader, InterviewsIndex};
pub use not_found::NotFound;
pub use timeline::TimelinePage;
