//! What the pages show and how they answer the reader, decided in plain
//! Rust: no Leptos signals and no web APIs here, so every rule is tested
//! natively with `cargo test` and the components only render its answers.
//!
//! - [`edition`]: when a page offers a newer build of the site.
//! - [`search`]: find in text, matching the way a reader types.
//! - [`timeline`]: filters, phase groups, keyboard moves in the event list.
//! - [`interview`]: an interview's text as the reader's tools see it, the
//!   search across interviews, the single-key shortcuts.

pub mod edition;
pub mod interview;
pub mod search;
pub mod timeline;
