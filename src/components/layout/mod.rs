//! The frame around every page: header with navigation, footer (the skip
//! link is an island, `crate::islands::SkipLink`).

mod footer;
mod header;

pub use footer::SiteFooter;
pub use header::SiteHeader;
