use crate::components::AppLink;
use crate::links::event_path;
use crate::ui_text::interviews as text;
use leptos::prelude::*;
use report::{Report, SourceRef};

/// The timeline events whose sources cite one of `paragraph_ids`, as
/// (event id, title), in the timeline's order.
pub fn events_citing(report: &Report, paragraph_ids: &[&str]) -> Vec<(String, String)> {
    report
        .timeline
        .events
        .iter()
        .filter(|event| {
            event.sources.iter().any(|source| {
                matches!(source, SourceRef::Report(cited) if paragraph_ids.contains(&cited.passage.as_str()))
            })
        })
        .map(|event| (event.id.clone(), event.title.clone()))
        .collect()
}

/// "In the timeline:" and a link to each event that cites the answer;
/// nothing when none does.
#[component]
pub fn TimelineLinks(
    /// (event id, title) pairs, see [`events_citing`].
    events: Vec<(String, String)>,
) -> impl IntoView {
    (!events.is_empty()).then(|| {
        let links = events
            .into_iter()
            .map(|(id, title)| {
                view! { <li><AppLink to=event_path(Some(&id))>{title}</AppLink></li> }
            })
            .collect_view();
        view! {
            <div class="qa__timeline">
                <p class="qa__timeline-label">{text::IN_THE_TIMELINE}</p>
                <ul class="qa__timeline-list">{links}</ul>
            </div>
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_answer_links_to_the_events_that_cite_its_paragraphs() {
        let report = crate::bundled_report();
        let ids: Vec<String> = events_citing(&report, &["takeaways-1", "takeaways-2"])
            .into_iter()
            .map(|(id, _)| id)
            .collect();
        assert_eq!(ids, ["shared-processes"]);
        assert!(events_citing(&report, &["experience-gained-1"]).is_empty());
    }
}
