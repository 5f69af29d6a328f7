//! An interview's text as the reader's tools need it: the searchable blocks
//! in reading order, reading time, citations, the timeline events citing an
//! answer, the search across both interviews and the single-key shortcuts.

mod events;
mod keys;
mod reader_index;
mod search_results;
mod text;

pub use events::{CitingEvent, events_citing};
pub use keys::{
    Shortcut, input_takes_text, next_question, previous_question, scrolls_the_page, shortcut,
};
pub use reader_index::ReaderIndex;
pub use search_results::{QuestionText, SearchResult, SearchableInterview, search_interviews};
pub use text::{
    Block, BlockKind, citation, conversation_blocks, initials, interview_words, reading_minutes,
};
