use crate::components::story::SourceNote;
use crate::components::{AppLink, PageHead, use_report};
use crate::links::event_path;
use crate::say;
use crate::ui_text::FrameText;
use crate::ui_text::content_lang;
use leptos::prelude::*;
use report::{Report, SourceRef};

/// "About this edition": what is the report's own text, which numbers were
/// restored and from where, which timeline facts come from outside the
/// report, and what was written for this edition.
#[component]
pub fn AboutPage() -> impl IntoView {
    let report = use_report();
    view! {
        <PageHead title=FrameText(&report).page_title(say!(about.heading)) description=say!(descriptions.about)/>
        <article class="prose">
            <h1>{say!(about.heading)}</h1>
            <h2>{say!(about.from_the_report_heading)}</h2>
            <p>{say!(about.from_the_report(&report.feature.title, &report.source.publication))}</p>
            {report.source.note.clone().map(|note| view! { <p lang=content_lang()>{note}</p> })}
            <h2>{say!(about.restored)}</h2>
            <p>{say!(about.restored_intro)}</p>
            <ul class="about__list">{restored_values(&report)}</ul>
            <h2>{say!(about.outside_sources)}</h2>
            <p>{say!(about.outside_sources_intro)}</p>
            <ul class="about__list">{outside_sources(&report)}</ul>
            <h2>{say!(about.written_here)}</h2>
            <p>{say!(about.written_here_body)}</p>
        </article>
    }
}

fn restored_values(report: &Report) -> impl IntoView + use<> {
    report
        .key_figures
        .figures
        .iter()
        .filter_map(|figure| {
            figure
                .value
                .clone()
                .filter(|value| value.restored)
                .map(|value| (figure, value))
        })
        .map(|(figure, value)| {
            let words = [
                figure.lead.as_deref(),
                Some(value.text.as_str()),
                Some(figure.label.as_str()),
            ]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" ");
            view! {
                <li>
                    <p class="about__item" lang=content_lang()>{words}</p>
                    <SourceNote source=value.source/>
                </li>
            }
        })
        .collect_view()
}

/// Every external source the timeline cites, once, with the events citing it.
fn outside_sources(report: &Report) -> impl IntoView + use<> {
    let mut sources: Vec<(String, Vec<(String, String)>)> = Vec::new();
    for event in &report.timeline.events {
        for source in &event.sources {
            if let SourceRef::External(external) = source {
                let name = external.citation(crate::ui_text::date_words());
                let citing = (event.id.clone(), event.title.clone());
                match sources.iter_mut().find(|(known, _)| *known == name) {
                    Some((_, events)) => events.push(citing),
                    None => sources.push((name, vec![citing])),
                }
            }
        }
    }
    sources
        .into_iter()
        .map(|(name, events)| {
            view! {
                <li>
                    <p class="about__item">{name}</p>
                    <p class="about__events">
                        {say!(about.cited_by)}" "
                        {events
                            .into_iter()
                            .map(|(id, title)| view! { <AppLink to=event_path(Some(&id))><span lang=content_lang()>{title}</span></AppLink>" " })
                            .collect_view()}
                    </p>
                </li>
            }
        })
        .collect_view()
}
