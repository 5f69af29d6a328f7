//! Reusable pieces of the interface, grouped by family.

mod app_link;
pub mod interview;
pub mod layout;
mod page_head;
mod report_context;
pub mod settings;
pub mod story;
pub mod timeline;

pub use app_link::{AppLink, SiteBase, provide_site_base, use_site_base};
pub use page_head::{PageHead, PageTitle, escape_title};
pub use report_context::{provide_report, use_report};
