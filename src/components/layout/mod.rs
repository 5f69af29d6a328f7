//! The frame around every page: header with navigation, footer, the
//! region a new edition is announced in (the skip link is an island,
//! `crate::islands::SkipLink`).

mod edition_notice;
mod footer;
mod header;
mod site_meta;

pub use edition_notice::{EDITION_NOTICE_ID, EditionNoticeRegion, show_edition_notice};
pub use footer::SiteFooter;
pub use header::SiteHeader;
pub use site_meta::SiteMeta;
