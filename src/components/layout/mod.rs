//! The frame around every page: the skip link, header with navigation,
//! footer, the region a new edition is announced in.

mod edition_notice;
mod footer;
mod header;
mod site_meta;
mod skip_link;

pub use edition_notice::{EDITION_NOTICE_ID, EditionNoticeRegion, show_edition_notice};
pub use footer::SiteFooter;
pub use header::SiteHeader;
pub use site_meta::SiteMeta;
pub use skip_link::SkipLink;
