//! Reader behaviour that several components share, one concern each. They
//! touch the browser only in effects, timers and listeners, so the
//! prerender step can render the components that use them natively.

mod address;
mod announcer;
mod fragment_landing;
mod reading_position;
mod shortcut;

pub use address::{
    Address, MOVED_EVENT, browser_address, keep_in_page_links, provide_address, use_address,
};
pub use announcer::{Announcer, use_announcer};
pub use fragment_landing::use_fragment_landing;
pub use reading_position::{ReadingPosition, use_reading_position};
pub use shortcut::use_shortcut;
