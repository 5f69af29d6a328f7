//! Reusable pieces of the interface, grouped by family.

mod app_link;
pub mod interview;
mod land_on_fragment;
pub mod layout;
mod page_head;
pub mod report;
pub mod settings;
pub mod story;
pub mod timeline;

pub use app_link::{AppLink, SiteBase, provide_site_base, use_app_navigate, use_site_base};
pub use land_on_fragment::LandOnFragment;
pub use page_head::PageHead;
