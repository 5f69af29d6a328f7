//! The interview reader's pieces: the list page's cards and search, and
//! the reader's question index, question-and-answer sections, pull
//! quotes, find bar, copy buttons and reading progress.
//!
//! What the reader's tools decide (text blocks, reading time, citations,
//! search results, shortcut keys) lives in `crate::logic::interview`;
//! `dom` holds the few browser calls, made only from effects and event
//! handlers.

// Public items say what they are for: other parts of the app build on them.
#![warn(missing_docs)]

mod card;
mod copy_buttons;
mod dom;
mod find;
mod portrait;
mod progress;
mod pull_quote;
mod qa_section;
mod question_index;
mod question_links;
mod reader_state;
mod search_all;
mod timeline_links;

pub use card::InterviewCard;
pub use copy_buttons::{CopyButtons, CopyStatus};
pub use dom::FIND_FIELD_ID;
pub use find::{FindBar, FindState, Hit, MarkedText};
pub use portrait::Portrait;
pub use progress::ReadingProgress;
pub use pull_quote::PullQuoteFigure;
pub use qa_section::QaSection;
pub use question_index::QuestionIndex;
pub use question_links::question_links;
pub use reader_state::{ReaderState, use_reader_state, watch_reader};
pub use search_all::SearchAll;
pub use timeline_links::{TimelineLinks, events_citing};
