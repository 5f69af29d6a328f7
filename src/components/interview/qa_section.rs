use super::copy_buttons::CopyButtons;
use super::find::find_block_value;
use super::timeline_links::TimelineLinks;
use crate::logic::interview::{Block, BlockKind, CitingEvent};
use crate::ui_text::content_lang;
use leptos::prelude::*;
use report::Question;

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
    question: Question,
    /// Its index in the interview.
    number: usize,
    /// The question's own blocks (question, speaker, paragraphs), without
    /// the pull quotes that follow it.
    blocks: Vec<Block>,
    events: Vec<CitingEvent>,
) -> impl IntoView {
    let heading_id = format!("{}-question", question.id);
    let find_block = find_block_value(Some(number));
    let heading = blocks
        .iter()
        .find(|block| block.kind == BlockKind::Question)
        .map(|block| block.text.clone());
    let answer = blocks
        .into_iter()
        .filter_map(|block| match block.kind {
            BlockKind::Speaker => Some(
                view! { <p class="qa__speaker" data-find-question=find_block.clone()>{block.text}</p> }
                    .into_any(),
            ),
            BlockKind::Paragraph(id) => Some(
                view! { <p id=id class="qa__paragraph" data-find-question=find_block.clone()>{block.text}</p> }
                    .into_any(),
            ),
            _ => None,
        })
        .collect_view();
    let section_id = question.id.clone();
    let answer_id = question.answer.id.clone();
    let (labelled_by, described_by) = (heading_id.clone(), heading_id.clone());
    view! {
        <section class="qa" lang=content_lang() id=section_id aria-labelledby=labelled_by tabindex="-1">
            <h2 class="qa__question" id=heading_id data-find-question=find_block>{heading}</h2>
            <div class="qa__answer" id=answer_id>{answer}</div>
            <TimelineLinks events/>
            <CopyButtons heading_id=described_by/>
        </section>
    }
}
