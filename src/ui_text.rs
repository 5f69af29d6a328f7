//! Every string the interface itself says (not the report's words), in one
//! place, so that a French edition can supply its own.

/// The site's name in the header and in page titles.
pub const SITE_NAME: &str = "The Renault-Nissan Alliance";
/// What the site is, under its name.
pub const SITE_TAGLINE: &str = "Renault 2016-2017 Annual Report";
/// The skip link's text.
pub const SKIP_TO_CONTENT: &str = "Skip to content";
/// Accessible name of the main navigation.
pub const MAIN_NAVIGATION: &str = "Main";
/// Navigation: the front page.
pub const NAV_STORY: &str = "Story";
/// Footer: where the text comes from.
pub const FOOTER_SOURCE: &str = "Source: Renault 2016-2017 Annual Report, “The Renault-Nissan Alliance” (extract). Values the extract lost are restored from public sources and marked as such.";
/// Heading of the page for an unknown address.
pub const NOT_FOUND_HEADING: &str = "Page not found";
/// Explanation on the page for an unknown address.
pub const NOT_FOUND_BODY: &str = "There is no page at this address. It may have moved, or the link may be mistyped.";
/// Link back to the front page.
pub const BACK_TO_STORY: &str = "Back to the story";
