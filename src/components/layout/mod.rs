//! The frame around every page: skip link, header with navigation, footer.

mod footer;
mod header;
mod skip_link;

pub use footer::SiteFooter;
pub use header::SiteHeader;
pub use skip_link::SkipLink;
