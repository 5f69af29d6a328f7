//! The interview pages: the list (`/interviews`) and the reader
//! (`/interviews/:id/:question?`). See [`links`] for the URL scheme.

// Public items say what they are for: other parts of the app build on them.
#![warn(missing_docs)]

mod index;
mod missing;
mod reader;

pub use index::InterviewsIndex;
pub use reader::InterviewReader;
