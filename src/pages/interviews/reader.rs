use crate::components::interview::{CopyStatus, FindBar, Reader, ReadingProgress};
use crate::components::{PageHead, use_report};
use crate::islands::data::{IslandData, READER_DATA};
use crate::islands::{FindBarIsland, ReaderIsland};
use crate::logic::interview::ReaderIndex;
use crate::pages::{NotFound, island_address};
use crate::say;
use crate::ui_text::FrameText;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use report::Report;
use report::routes::AppRoute;
use std::sync::Arc;

/// `/interviews/:id` and `/interviews/:id/:question`: one interview to read.
/// The whole address scheme, fragments and `?find=` included, is in
/// [`links`](crate::links).
///
/// A question's page is the interview's, landing on that question: the
/// reader island moves between questions within the page (links, j/k,
/// Back), keeping the find-in-text state and the focus. The build writes
/// a page for each id the report has; any other address is the host's
/// not-found page.
#[component]
pub fn InterviewReader() -> impl IntoView {
    let params = use_params_map().get_untracked();
    let id = params.get(AppRoute::INTERVIEW_PARAM).unwrap_or_default();
    let question = params.get(AppRoute::QUESTION_PARAM);
    let report = use_report();
    let known = report
        .interviews
        .iter()
        .position(|interview| interview.id == id)
        .filter(|&index| {
            question.as_ref().is_none_or(|asked| {
                report.interviews[index]
                    .questions
                    .iter()
                    .any(|known| known.id == *asked)
            })
        });
    match known {
        Some(index) => view! { <KnownInterview report index question/> }.into_any(),
        None => view! { <NotFound/> }.into_any(),
    }
}

/// The reader, titled by its interview or, on a question's address, by
/// that question.
#[component]
fn KnownInterview(report: Arc<Report>, index: usize, question: Option<String>) -> impl IntoView {
    let interview = &report.interviews[index];
    let who = &interview.interviewee;
    // A question's address is titled and described by its question, so
    // that a shared link to one answer says what it answers.
    let frame = FrameText(&report);
    let interview_title = say!(interviews.interview_title(&who.name));
    let asked = question
        .as_ref()
        .and_then(|id| interview.questions.iter().find(|known| known.id == *id));
    let (title, description) = match asked {
        Some(asked) => (
            frame.page_title(&format!("{} · {interview_title}", asked.text)),
            say!(descriptions.question(&who.name, &asked.text)),
        ),
        None => (
            frame.page_title(&interview_title),
            say!(descriptions.interview(&who.name, &who.role, frame.tagline())),
        ),
    };
    let (base, at) = island_address();
    let reader = IslandData {
        data: ReaderIndex::of(&report, index),
        base,
        at,
    };
    view! {
        <PageHead title description/>
        <ReadingProgress/>
        <CopyStatus/>
        {reader.block(READER_DATA)}
        <ReaderIsland/>
        <Reader report=report.clone() index>
            <FindBar/>
            <FindBarIsland/>
        </Reader>
    }
}
