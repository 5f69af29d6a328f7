//! Reusable pieces of the interface, grouped by family.

mod app_link;
pub mod layout;
pub mod report;
pub mod story;
pub mod timeline;

pub use app_link::{AppLink, SiteBase, use_site_base};
