use crate::ui_text::content_lang;
use leptos::prelude::*;
use report::Article;

/// One article of the report: its heading and paragraphs, word for word.
/// Paragraph ids are the ones the timeline cites, so links can land on them.
#[component]
pub fn ArticleSection(article: Article) -> impl IntoView {
    let heading_id = format!("{}-heading", article.id);
    let labelled_by = heading_id.clone();
    view! {
        <section class="article" lang=content_lang() id=article.id aria-labelledby=labelled_by>
            <h2 id=heading_id>{article.heading}</h2>
            {article
                .paragraphs
                .into_iter()
                .map(|paragraph| view! { <p id=paragraph.id>{paragraph.text}</p> })
                .collect_view()}
        </section>
    }
}
