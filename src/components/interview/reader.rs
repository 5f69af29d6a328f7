use super::find::find_block_value;
use super::{Portrait, PullQuoteFigure, QaSection, QuestionIndex};
use crate::components::AppLink;
use crate::links::{interview_path, interviews_path};
use crate::logic::interview::{
    Block, BlockKind, conversation_blocks, events_citing, interview_words, reading_minutes,
};
use crate::say;
use crate::ui_text::{self, content_lang};
use leptos::prelude::*;
use report::Report;
use std::sync::Arc;

/// The interview itself: header, question index, find bar, the
/// conversation with its pull quotes, and a way on to the other interview.
///
/// Rendered once: the reader's islands (the find bar, given as `children`,
/// and the one before the article) mark matches, follow the reading
/// position and answer the copy buttons in this markup.
#[component]
pub fn Reader(report: Arc<Report>, index: usize, children: Children) -> impl IntoView {
    let interview = report.interviews[index].clone();
    let who = interview.interviewee.clone();
    let blocks = conversation_blocks(&interview, &report.pull_quotes);

    let minutes = reading_minutes(interview_words(&interview));
    let role = interview
        .credit
        .clone()
        .unwrap_or_else(|| say!(interviews.role_at(&who.role, &who.organisation)));
    let intro = blocks.iter().find_map(|block| match &block.kind {
        BlockKind::Intro(id) => Some(view! {
            <p id=id.clone() class="interview__intro" lang=content_lang() data-find-question=find_block_value(None)>
                {block.text.clone()}
            </p>
        }),
        _ => None,
    });
    let sections = interview
        .questions
        .iter()
        .enumerate()
        .map(|(number, question)| {
            let (quotes, own): (Vec<Block>, Vec<Block>) = blocks
                .iter()
                .filter(|block| block.question == Some(number))
                .cloned()
                .partition(|block| matches!(block.kind, BlockKind::PullQuote(_)));
            let quotes = quotes
                .into_iter()
                .filter_map(|quote| match quote.kind {
                    BlockKind::PullQuote(id) => Some(view! {
                        <PullQuoteFigure id text=quote.text question=number speaker=who.name.clone()/>
                    }),
                    _ => None,
                })
                .collect_view();
            let paragraph_ids: Vec<&str> = question
                .answer
                .paragraphs
                .iter()
                .map(|paragraph| paragraph.id.as_str())
                .collect();
            let events = events_citing(&report, &paragraph_ids);
            view! {
                <QaSection question=question.clone() number blocks=own events/>
                {quotes}
            }
        })
        .collect_view();
    let count = report.interviews.len();
    let other = report
        .interviews
        .get((index + 1) % count)
        .filter(|other| other.id != interview.id)
        .map(|other| {
            let to = interview_path(&other.id);
            let name = other.interviewee.name.clone();
            view! {
                <p class="interview__other-label">{say!(interviews.next_interview(count))}</p>
                <p class="interview__other">
                    <AppLink to>{name}</AppLink>
                    <span class="interview__other-headline" lang=content_lang()>{other.headline.clone()}</span>
                </p>
            }
        });

    let question_index = view! { <QuestionIndex interview=interview.clone()/> };
    view! {
        <article class="interview" aria-labelledby="interview-name">
            <header class="interview__header">
                {interview.kicker.map(|kicker| view! { <p class="interview__kicker" lang=content_lang()>{kicker}</p> })}
                {interview
                    .standfirst
                    .map(|standfirst| view! { <p class="interview__standfirst" lang=content_lang()>{standfirst}</p> })}
                <div class="interview__who">
                    <Portrait name=who.name.clone() large=true/>
                    <div>
                        <h1 id="interview-name" class="interview__name" lang=content_lang()>{who.name.clone()}</h1>
                        <p class="interview__role" lang=content_lang()>{role}</p>
                    </div>
                </div>
                <p class="interview__headline" lang=content_lang()>{interview.headline}</p>
                {interview.label.map(|label| view! { <p class="interview__label" lang=content_lang()>{label}</p> })}
                <p class="interview__time">
                    <time datetime=ui_text::reading_time_datetime(minutes)>{say!(interviews.reading_time(minutes))}</time>
                </p>
            </header>
            <div class="interview__layout">
                {question_index}
                <div class="interview__text">
                    {children()}
                    {intro}
                    {sections}
                    <footer class="interview__end">
                        {other}
                        <p><AppLink to=interviews_path()>{say!(interviews.all_interviews)}</AppLink></p>
                    </footer>
                </div>
            </div>
        </article>
    }
}
