use crate::components::interview::question_links;
use crate::components::{AppLink, PageTitle};
use crate::links::interview_path;
use crate::links::interviews_path;
use crate::say;
use crate::ui_text::{self, FrameText};
use leptos::prelude::*;
use report::{Interview, Report};

/// The page for an interview id the report does not have: says so and
/// lists the interviews it does have.
#[component]
pub fn UnknownInterview(
    report: std::sync::Arc<Report>,
    /// From the address.
    id: String,
) -> impl IntoView {
    let heading = say!(interviews.no_such_interview(&id));
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
        <PageTitle text=FrameText(&report).page_title(&heading)/>
        <section class="page page--message interview-missing">
            <h1>{heading}</h1>
            <p>{say!(interviews.no_such_interview_body)}</p>
            <p>{say!(interviews.the_interviews)}</p>
            <ul>{interviews}</ul>
            <p>
                <AppLink to=interviews_path()>{say!(interviews.all_interviews)}</AppLink>
                " · "
                <AppLink to="/">{say!(back_to_story)}</AppLink>
            </p>
        </section>
    }
}

/// The page for a question id an interview does not have: says so, links
/// to the interview's start and lists its questions.
#[component]
pub fn UnknownQuestion(
    interview: Interview,
    /// The site's name, for the page title.
    site: String,
    /// From the address.
    id: String,
) -> impl IntoView {
    let heading = say!(interviews.no_such_question(&id));
    let name = interview.interviewee.name.clone();
    let questions = question_links(&interview);
    view! {
        <PageTitle text=ui_text::page_title(&heading, &site)/>
        <section class="page page--message interview-missing">
            <h1>{heading}</h1>
            <p>{say!(interviews.no_such_question_body(&name))}</p>
            <ul>{questions}</ul>
            <p>
                <AppLink to=interview_path(&interview.id)>{say!(interviews.read_from_start(&name))}</AppLink>
                " · "
                <AppLink to=interviews_path()>{say!(interviews.all_interviews)}</AppLink>
            </p>
        </section>
    }
}
