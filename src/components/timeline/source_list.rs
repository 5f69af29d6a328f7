use crate::components::AppLink;
use crate::links::passage_path;
use crate::say;
use crate::ui_text::content_lang;
use leptos::prelude::*;
use report::{ExternalSource, PassageLocation, Report, ReportSource, SourceRef};

/// An event's sources: quotes from the report, each linking to the passage
/// it comes from; sources outside the report, named as such.
#[component]
pub fn SourceList(
    report: std::sync::Arc<Report>,
    /// The sources, in the order the data gives them.
    sources: Vec<SourceRef>,
    /// Unique on the page: each event's detail has a source list, and a
    /// page may hold several details.
    heading_id: String,
) -> impl IntoView {
    let items = sources
        .into_iter()
        .map(|source| match source {
            SourceRef::Report(cited) => report_source(&report, cited).into_any(),
            SourceRef::External(external) => external_source(external).into_any(),
        })
        .collect_view();
    let labelled_by = heading_id.clone();
    view! {
        <section class="sources" aria-labelledby=labelled_by>
            <h3 id=heading_id>{say!(timeline.sources)}</h3>
            <ul class="sources__list" role="list">{items}</ul>
        </section>
    }
}

fn report_source(report: &Report, cited: ReportSource) -> impl IntoView + use<> {
    let place = place_of(report, &cited.passage);
    let path = passage_path(report, &cited.passage);
    view! {
        <li class="source source--report">
            <p class="source__kind">{say!(timeline.from_the_report)}</p>
            <blockquote class="source__quote" lang=content_lang()>
                <p>{cited.quote}</p>
            </blockquote>
            {path.map(|path| {
                view! {
                    <p class="source__link">
                        <AppLink to=path>{say!(timeline.read_in_context(&place))}</AppLink>
                    </p>
                }
            })}
        </li>
    }
}

fn external_source(external: ExternalSource) -> impl IntoView + use<> {
    let named = external.citation(crate::ui_text::date_words());
    view! {
        <li class="source source--external">
            <p class="source__kind">{say!(timeline.outside_the_report)}</p>
            <p class="source__name">{named}</p>
            <p class="source__detail" lang=content_lang()>{external.detail}</p>
            {external.quote.map(|quote| view! { <blockquote class="source__quote" lang=content_lang()><p>{quote}</p></blockquote> })}
        </li>
    }
}

/// Where a passage stands, for the link text: an article's heading, an
/// interview's question...
fn place_of(report: &Report, passage_id: &str) -> String {
    let Some(passage) = report.passage(passage_id) else {
        return String::new();
    };
    let interviewee = |id: &str| {
        report
            .interview(id)
            .map(|interview| interview.interviewee.name.clone())
            .unwrap_or_default()
    };
    match passage.location {
        PassageLocation::Article { article } => {
            let heading = report
                .article(article)
                .map(|article| article.heading.clone())
                .unwrap_or_default();
            say!(timeline.place_article(&heading))
        }
        PassageLocation::Intro { interview } => say!(timeline.place_intro(&interviewee(interview))),
        PassageLocation::Answer {
            interview,
            question,
        } => {
            let asked = report
                .interview(interview)
                .and_then(|interview| {
                    interview
                        .questions
                        .iter()
                        .find(|asked| asked.id == question)
                })
                .map(|asked| asked.text.clone())
                .unwrap_or_default();
            say!(timeline.place_answer(&interviewee(interview), &asked))
        }
        PassageLocation::PullQuote { interview } => {
            say!(timeline.place_intro(&interviewee(interview)))
        }
        PassageLocation::Teaser => say!(timeline.place_front_page).to_string(),
    }
}
