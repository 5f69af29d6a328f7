use super::missing::{UnknownInterview, UnknownQuestion};
use crate::components::{PageHead, use_report};
use crate::components::interview::Reader;
use crate::islands::{FindBarIsland, ReaderIsland};
use crate::logic::interview::ReaderIndex;
use crate::pages::island_address;
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
/// One route with an optional question, so that going from question to
/// question (links, j/k, Back) keeps the page, the find-in-text state and
/// the focus; only another interview renders a new reader. Unknown ids get
/// a message with links back.
#[component]
pub fn InterviewReader() -> impl IntoView {
    let params = use_params_map();
    let id = Memo::new(move |_| {
        params.with(|params| params.get(AppRoute::INTERVIEW_PARAM).unwrap_or_default())
    });
    let question = Memo::new(move |_| params.with(|params| params.get(AppRoute::QUESTION_PARAM)));
    let report = use_report();
    view! {
        {
            move || {
                let id = id.get();
                match report.interviews.iter().position(|interview| interview.id == id) {
                    Some(index) => {
                        view! {
                            <KnownInterview report=report.clone() index question/>
                        }
                            .into_any()
                    }
                    None => view! { <UnknownInterview report=report.clone() id/> }.into_any(),
                }
            }
        }
    }
}

/// The reader, or the message for a question the interview does not have.
#[component]
fn KnownInterview(
    report: Arc<Report>,
    index: usize,
    question: Memo<Option<String>>,
) -> impl IntoView {
    let interview = report.interviews[index].clone();
    let who = interview.interviewee.clone();
    let known = {
        let interview = interview.clone();
        Memo::new(move |_| {
            question.with(|question| {
                question
                    .as_ref()
                    .is_none_or(|id| interview.questions.iter().any(|known| known.id == *id))
            })
        })
    };
    // A question's address is titled and described by its question, so
    // that a shared link to one answer says what it answers.
    let head = {
        let report = report.clone();
        let interview = interview.clone();
        move || {
            let frame = FrameText(&report);
            let interview_title = say!(interviews.interview_title(&who.name));
            let asked = question.with(|id| {
                let id = id.as_ref()?;
                let asked = interview.questions.iter().find(|known| known.id == *id)?;
                Some(asked.text.clone())
            });
            let (title, description) = match asked {
                Some(text) => (
                    frame.page_title(&format!("{text} · {interview_title}")),
                    say!(descriptions.question(&who.name, &text)),
                ),
                None => (
                    frame.page_title(&interview_title),
                    say!(descriptions.interview(&who.name, &who.role, frame.tagline())),
                ),
            };
            view! { <PageHead title description/> }
        }
    };
    let reader = move || {
        if known.get() {
            // Another question of the same interview is a move within the
            // island, not a new reader: only the interview is read here.
            let (base, at) = island_address();
            let reader = ReaderIndex::of(&report, index);
            let questions = reader.question_ids.clone();
            view! {
                <ReaderIsland reader base=base.clone() at=at.clone()/>
                <Reader report=report.clone() index>
                    <FindBarIsland questions base=base.clone() at=at.clone()/>
                </Reader>
            }
            .into_any()
        } else {
            let id = question.get_untracked().unwrap_or_default();
            view! { <UnknownQuestion interview=interview.clone() site=report.feature.title.clone() id/> }.into_any()
        }
    };
    view! {
        {head}
        {reader}
    }
}
