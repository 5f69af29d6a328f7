use crate::components::AppLink;
use crate::links::item_path;
use crate::say;
use crate::ui_text::content_lang;
use leptos::prelude::*;
use report::{Report, Teaser, TeaserKind};

/// A "read more" summary of the report, word for word, with a link to the
/// part of the app it announces.
#[component]
pub fn TeaserCard(
    teaser: Teaser,
    /// Link text: what the teaser leads to.
    link_text: String,
    /// Where it leads, as an in-app path.
    to: Option<String>,
) -> impl IntoView {
    let body = match teaser.kind {
        TeaserKind::Heading => {
            view! { <p class="teaser__text teaser__text--heading" lang=content_lang()>{teaser.text}</p> }.into_any()
        }
        TeaserKind::Summary => view! { <p class="teaser__text" lang=content_lang()>{teaser.text}</p> }.into_any(),
    };
    view! {
        <div class="teaser" id=teaser.id>
            {body}
            {to.map(|to| view! { <p class="teaser__link"><AppLink to>{link_text}</AppLink></p> })}
        </div>
    }
}

/// What a teaser's link says: who or what it leads to.
pub fn teaser_link_text(report: &Report, teaser: &Teaser) -> String {
    if let Some(interview) = report.interview(&teaser.target) {
        return say!(story.read_interview_with(&interview.interviewee.name));
    }
    if teaser.target == report.key_figures.id {
        return say!(story.see_key_figures).to_string();
    }
    say!(story.read_more).to_string()
}

/// The teasers of a report with their links, in the report's order.
pub fn teaser_cards(report: &Report) -> impl IntoView + use<> {
    report
        .teasers
        .iter()
        .map(|teaser| {
            let link_text = teaser_link_text(report, teaser);
            let to = item_path(report, &teaser.target);
            view! { <TeaserCard teaser=teaser.clone() link_text to/> }
        })
        .collect_view()
}
