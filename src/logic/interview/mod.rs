//! An interview's text as the reader's tools need it: the searchable blocks
//! in reading order, reading time, citations, the search across both
//! interviews and the single-key shortcuts.

mod keys;
mod search_results;
mod text;

pub use keys::{
    Shortcut, input_takes_text, next_question, previous_question, scrolls_the_page, shortcut,
};
pub use search_results::{SearchResult, search_interviews};
pub use text::{
    Block, BlockKind, WORDS_PER_MINUTE, citation, conversation_blocks, initials, interview_words,
    pull_quotes_after, reading_minutes, word_count,
};
