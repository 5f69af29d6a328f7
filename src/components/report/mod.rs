//! Getting the report on screen: loading it, the placeholder while it
//! loads, and the message when it cannot be shown.

mod load_failure;
mod loader;
mod skeleton;
mod with_report;

pub use load_failure::LoadFailure;
pub use loader::ReportLoader;
pub use skeleton::{PageShape, Skeleton};
pub use with_report::WithReport;
