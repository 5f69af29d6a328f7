use crate::components::AppLink;
use crate::components::interview::question_links;
use crate::links::interview_path;
use crate::links::interviews_path;
use crate::ui_text::{self, interviews as text};
use leptos::prelude::*;
use leptos_meta::Title;
use report::{Interview, Report};

/// The page for an interview id the report does not have: says so and
/// lists the interviews it does have.
#[component]
pub fn UnknownInterview(
    report: std::sync::Arc<Report>,
    /// From the address.
    id: String,
) -> impl IntoView {
    let heading = text::no_such_interview(&id);
    let interviews = report
        .interviews
        .iter()
        .map(|interview| {
            let to = interview_path(&interview.id);
            let name = interview.interviewee.name.clone();
            view! { <li><AppLink to>{name}</AppLink></li> }
        })
        .collect_view();
    view! {
        <Title text=ui_text::page_title(&heading)/>
        <section class="page page--message interview-missing">
            <h1>{heading}</h1>
            <p>{text::NO_SUCH_INTERVIEW_BODY}</p>
            <p>{text::THE_INTERVIEWS}</p>
            <ul>{interviews}</ul>
            <p>
                <AppLink to=interviews_path()>{text::ALL_INTERVIEWS}</AppLink>
                " · "
                <AppLink to="/">{ui_text::BACK_TO_STORY}</AppLink>
            </p>
        </section>
    }
}

/// The page for a question id an interview does not have: says so, links
/// to the interview's start and lists its questions.
#[component]
pub fn UnknownQuestion(
    interview: Interview,
    /// From the address.
    id: String,
) -> impl IntoView {
    let heading = text::no_such_question(&id);
    let name = interview.interviewee.name.clone();
    let questions = question_links(&interview);
    view! {
        <Title text=ui_text::page_title(&heading)/>
        <section class="page page--message interview-missing">
            <h1>{heading}</h1>
            <p>{text::no_such_question_body(&name)}</p>
            <ul>{questions}</ul>
            <p>
                <AppLink to=interview_path(&interview.id)>{text::read_from_start(&name)}</AppLink>
                " · "
                <AppLink to=interviews_path()>{text::ALL_INTERVIEWS}</AppLink>
            </p>
        </section>
    }
}
