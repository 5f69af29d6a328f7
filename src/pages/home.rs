use crate::components::story::{
    ArticleSection, EntryPoints, KeyFiguresBand, pull_quote_figures, teaser_cards,
};
use crate::components::{PageHead, use_report};
use crate::islands::FragmentLandingIsland;
use crate::ui_text::{FrameText, content_lang};
use leptos::prelude::*;

/// The front page: the feature's title and headline, the ways into the
/// timeline and interviews, its articles in the report's order, the pull
/// quotes, the "read more" teasers and the key figures.
#[component]
pub fn Home() -> impl IntoView {
    let report = use_report();
    view! {
        <PageHead title=FrameText(&report).front_page_title() description=FrameText(&report).front_page_description()/>
        <article class="story">
            <header class="story__header" lang=content_lang()>
                <h1>{report.feature.title.clone()}</h1>
                <p class="story__headline">{report.feature.headline.clone()}</p>
            </header>
            <EntryPoints report=report.clone()/>
            {report.articles.iter().cloned().map(|article| view! { <ArticleSection article/> }).collect_view()}
            {pull_quote_figures(&report)}
            <div class="teasers">{teaser_cards(&report)}</div>
            <KeyFiguresBand figures=report.key_figures.clone()/>
        </article>
        <FragmentLandingIsland/>
    }
}
