//! Loading the report: where it comes from, how a response becomes a
//! validated [`Report`](report::Report), and every way that can fail.
//!
//! The decisions (which URL, what a response means) are plain functions
//! tested natively; only `fetch.rs` touches the network, and `state.rs`
//! holds the reactive seam the pages read the report through, so a
//! prerendered build can supply the report without fetching it.

mod error;
mod fetch;
mod location;
mod response;
mod state;

pub use error::LoadError;
pub use fetch::{load_report, load_report_within};
pub use location::{DEFAULT_REPORT_PATH, report_location};
pub use response::{REPORT_SIZE_LIMIT, REPORT_TIMEOUT, announced_too_large, report_from_response};
pub use state::{
    ReportState, provide_ready_report, provide_report_state, report_text, use_report_state,
};
