//! The report's running text: the feature's header, articles, key figures.

mod article;
mod key_figures;
mod source_note;

pub use article::ArticleSection;
pub use key_figures::KeyFiguresBand;
pub use source_note::SourceNote;
