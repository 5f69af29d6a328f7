//! The report's running text: the feature's header, articles, key figures,
//! teasers, and the ways into the timeline and interviews.

mod article;
mod entry_points;
mod key_figures;
mod pull_quotes;
mod source_note;
mod teaser;

pub use article::ArticleSection;
pub use entry_points::EntryPoints;
pub use key_figures::KeyFiguresBand;
pub use pull_quotes::pull_quote_figures;
pub use source_note::SourceNote;
pub use teaser::{TeaserCard, teaser_cards, teaser_link_text};
