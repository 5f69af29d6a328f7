//! The interview reader's pieces: the list page's cards and search, and
//! the reader's question index, question-and-answer sections, pull
//! quotes, find bar, copy buttons and reading progress.
//!
//! What the reader's tools decide (text blocks, reading time, citations,
//! search results, shortcut keys) lives in `crate::logic::interview`; the
//! behaviour they share with other pages (reading position, shortcuts,
//! fragment landing, the live region) in `crate::hooks`.

mod card;
mod copy_buttons;
mod find;
mod portrait;
mod progress;
mod pull_quote;
mod qa_section;
mod question_index;
mod question_links;
mod reader;
mod reader_state;
mod search_all;
mod search_field;
mod timeline_links;

pub use card::InterviewCard;
pub use copy_buttons::{CopyStatus, answer_copy_buttons, drive_copy_status};
pub use find::{FindBar, drive_find_bar, start_find_state};
pub use portrait::Portrait;
pub use progress::{ReadingProgress, drive_reading_progress};
pub use pull_quote::PullQuoteFigure;
pub use qa_section::QaSection;
pub use question_index::{QuestionIndex, drive_question_index};
pub use question_links::question_links;
pub use reader::Reader;
pub use reader_state::start_reader_state;
pub use search_all::{SearchAll, drive_search_all};
