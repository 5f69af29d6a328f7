//! Reusable pieces of the interface, grouped by family.

mod app_link;
pub mod interview;
pub mod layout;
mod page_head;
pub mod report;
pub mod settings;
pub mod story;
pub mod timeline;

pub use app_link::{AppLink, SiteBase, provide_site_base, use_site_base};
pub use page_head::{PageHead, PageTitle, escape_title};
