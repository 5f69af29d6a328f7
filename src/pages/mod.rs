//! One module per route.

mod home;
mod not_found;
mod timeline;

pub use home::Home;
pub use not_found::NotFound;
pub use timeline::TimelinePage;
