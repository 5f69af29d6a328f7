use crate::components::AppLink;
use crate::links::question_path;
use crate::say;
use crate::ui_text::content_lang;
use leptos::prelude::*;
use report::Report;

/// The report's pull quotes, each attributed with `<cite lang=content_lang()>` and leading to
/// the answer it stands beside in the interview. The text carries the
/// report's own quotation marks, so none are added.
pub fn pull_quote_figures(report: &Report) -> impl IntoView + use<> {
    report
        .pull_quotes
        .iter()
        .filter_map(|quote| {
            let interview = report.interview(&quote.interview)?;
            let who = &interview.interviewee;
            let to = question_path(&interview.id, &quote.after);
            Some(view! {
                <figure class="story-quote">
                    <blockquote class="story-quote__text" lang=content_lang()>
                        <p>{quote.text.clone()}</p>
                    </blockquote>
                    <figcaption class="story-quote__source">
                        <cite lang=content_lang()>{who.name.clone()}</cite>
                        {say!(story.quote_role(&who.role, &who.organisation))}
                        " "
                        <AppLink to>{say!(story.read_in_interview)}</AppLink>
                    </figcaption>
                </figure>
            })
        })
        .collect_view()
}
