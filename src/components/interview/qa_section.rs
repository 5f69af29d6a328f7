use super::copy_buttons::CopyButtons;
use super::find::MarkedText;
use super::timeline_links::TimelineLinks;
use crate::links::question_path;
use crate::logic::interview::{Block, BlockKind};
use leptos::prelude::*;
use report::{Interviewee, Question};

/// One question and its answer, marked up as a turn of the conversation:
/// a `<section>` named by the question (an `<h2>`), the speaker's label as
/// the report prints it, the answer's paragraphs with their report ids
/// (the timeline links to them), the timeline events that cite the
/// answer, and the copy buttons.
///
/// The section's id is the question's id, the target of its address
/// (`/interviews/<interview>/<question>`); `tabindex="-1"` lets a link or a
/// key give it focus.
#[component]
pub fn QaSection(
    /// The interview's id.
    interview: String,
    /// The question and its answer.
    question: Question,
    /// This question's blocks (question, speaker, paragraphs), each with
    /// its index among all the interview's blocks, for find-in-text.
    blocks: Vec<(usize, Block)>,
    /// Timeline events citing this answer: (event id, title).
    events: Vec<(String, String)>,
    /// Who answers.
    who: Interviewee,
    /// The publication, for copied citations.
    publication: String,
) -> impl IntoView {
    let heading_id = format!("{}-question", question.id);
    let answer_texts = question
        .answer
        .paragraphs
        .iter()
        .map(|paragraph| paragraph.text.clone())
        .collect();
    let heading = blocks
        .iter()
        .find(|(_, block)| block.kind == BlockKind::Question)
        .map(|(index, block)| view! { <MarkedText block=*index text=block.text.clone()/> });
    let answer = blocks
        .iter()
        .filter_map(|(index, block)| match &block.kind {
            BlockKind::Speaker => Some(
                view! {
                    <p class="qa__speaker"><MarkedText block=*index text=block.text.clone()/></p>
                }
                .into_any(),
            ),
            BlockKind::Paragraph(id) => Some(
                view! {
                    <p id=id.clone() class="qa__paragraph">
                        <MarkedText block=*index text=block.text.clone()/>
                    </p>
                }
                .into_any(),
            ),
            _ => None,
        })
        .collect_view();
    let path = question_path(&interview, &question.id);
    let labelled_by = heading_id.clone();
    let heading_id_for_tools = heading_id.clone();
    view! {
        <section class="qa" id=question.id.clone() aria-labelledby=labelled_by tabindex="-1">
            <h2 class="qa__question" id=heading_id>{heading}</h2>
            <div class="qa__answer" id=question.answer.id.clone()>{answer}</div>
            <TimelineLinks events/>
            <CopyButtons
                path
                answer_id=question.answer.id
                answer=answer_texts
                who
                publication
                heading_id=heading_id_for_tools
            />
        </section>
    }
}
