//! The interview pages: the list (`/interviews`) and the reader
//! (`/interviews/:id/:question?`). See [`crate::links`] for the URL scheme.

mod index;
mod reader;

pub use index::InterviewsIndex;
pub use reader::InterviewReader;
