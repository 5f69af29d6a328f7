use super::portrait::Portrait;
use super::question_links::question_links;
use crate::components::AppLink;
use crate::links::interview_path;
use crate::logic::interview::{interview_words, reading_minutes};
use crate::say;
use crate::ui_text::content_lang;
use leptos::prelude::*;
use report::Interview;

/// An interview on the list page: portrait, name, role and employer, the
/// interview's headline, its introduction where it has one, the reading
/// time and every question, each a link into the interview.
#[component]
pub fn InterviewCard(interview: Interview) -> impl IntoView {
    let minutes = reading_minutes(interview_words(&interview));
    let heading_id = format!("{}-card", interview.id);
    let labelled_by = heading_id.clone();
    let questions = question_links(&interview);
    let who = interview.interviewee;
    let name = who.name.clone();
    view! {
        <article class="interview-card" aria-labelledby=labelled_by>
            <Portrait name=who.name.clone()/>
            <div class="interview-card__body">
                <h2 class="interview-card__name" id=heading_id lang=content_lang()>
                    <AppLink to=interview_path(&interview.id)>{name}</AppLink>
                </h2>
                <p class="interview-card__role" lang=content_lang()>{say!(interviews.role_at(&who.role, &who.organisation))}</p>
                <p class="interview-card__headline" lang=content_lang()>{interview.headline}</p>
                {interview
                    .intro
                    .map(|intro| view! { <p class="interview-card__intro" lang=content_lang()>{intro.text}</p> })}
                <p class="interview-card__time">
                    <time datetime=crate::ui_text::reading_time_datetime(minutes)>{say!(interviews.reading_time(minutes))}</time>
                </p>
                <h3 class="interview-card__questions-heading">{say!(interviews.questions)}</h3>
                <ol class="interview-card__questions">{questions}</ol>
            </div>
        </article>
    }
}
