//! Where each piece of the report lives in the app: the one place that
//! turns ids into in-app paths, so links from the timeline, teasers and
//! citations agree with the pages they point at. All are in-app paths:
//! [`AppLink`](crate::components::AppLink) adds the base the site is hosted
//! under. The interviews' addresses:
//!
//! | address | shows |
//! | --- | --- |
//! | `/interviews` | the list of interviews |
//! | `/interviews?find=<words>` | the list, searching both interviews |
//! | `/interviews/<interview-id>` | one interview, from its start |
//! | `/interviews/<interview-id>/<question-id>` | the interview scrolled to that question, which gets focus |
//! | `/interviews/<interview-id>/<question-id>#<paragraph-id>` | the same, scrolled to that answer paragraph (marked for a moment) |
//! | `/interviews/<interview-id>#<element-id>` | the interview at its intro or a pull quote |
//! | any reader address with `?find=<words>` | the interview with find-in-text already searching |

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
use report::routes::AppRoute;
use report::{ItemKind, PassageLocation, Report};

/// The timeline, or one event on it: `/timeline/flins-chosen`.
pub fn event_path(event_id: Option<&str>) -> String {
    AppRoute::timeline(event_id).path()
}

/// The list of interviews: `/interviews`.
pub fn interviews_path() -> String {
    AppRoute::Interviews.path()
}

/// An interview: `/interviews/catherine-perez`.
pub fn interview_path(interview_id: &str) -> String {
    AppRoute::interview(interview_id, None).path()
}

/// One question of an interview: `/interviews/catherine-perez/why-flins`.
pub fn question_path(interview_id: &str, question_id: &str) -> String {
    AppRoute::interview(interview_id, Some(question_id)).path()
}

/// The page that shows passage `id`, with the passage's element id as the
/// fragment: `/#recruitments-1`, `/interviews/catherine-perez/why-flins#why-flins-1`.
/// `None` when the report has no such passage.
pub fn passage_path(report: &Report, id: &str) -> Option<String> {
    let passage = report.passage(id)?;
    let page = match passage.location {
        PassageLocation::Article { .. } | PassageLocation::Teaser => "/".to_string(),
        PassageLocation::Intro { interview } | PassageLocation::PullQuote { interview } => {
            interview_path(interview)
        }
        PassageLocation::Answer {
            interview,
            question,
        } => question_path(interview, question),
    };
    Some(format!("{page}#{id}"))
}

/// The page (and place on it) that shows the item `id`, whatever its kind:
/// what a teaser's `target` leads to. `None` when the report has no such id.
pub fn item_path(report: &Report, id: &str) -> Option<String> {
    let item = report.item(id)?;
    let question_of = |wanted: &dyn Fn(&report::Question) -> bool| {
        report.interviews.iter().find_map(|interview| {
            interview
                .questions
                .iter()
                .find(|question| wanted(question))
                .map(|question| question_path(&interview.id, &question.id))
        })
    };
    Some(match item.kind {
        ItemKind::Feature => "/".to_string(),
        ItemKind::Article | ItemKind::KeyFigures | ItemKind::KeyFigure => format!("/#{id}"),
        ItemKind::Paragraph
        | ItemKind::Intro
        | ItemKind::AnswerParagraph
        | ItemKind::PullQuote
        | ItemKind::Teaser => passage_path(report, id)?,
        ItemKind::Interview => interview_path(id),
        ItemKind::Question => question_of(&|question| question.id == id)?,
        ItemKind::Answer => question_of(&|question| question.answer.id == id)?,
        ItemKind::Timeline | ItemKind::Phase => event_path(None),
        ItemKind::Event => event_path(Some(id)),
        ItemKind::Site => format!("{}?site={id}", event_path(None)),
        ItemKind::Theme => format!("{}?theme={id}", event_path(None)),
    })
}

/// One paragraph of an answer:
/// `/interviews/catherine-perez/why-flins#why-flins-1`.
pub fn paragraph_path(interview: &str, question: &str, paragraph: &str) -> String {
    format!("{}#{paragraph}", question_path(interview, question))
}

/// `path` with `?find=<query>` (percent-encoded) so the page opens
/// searching for it; `path` unchanged for an empty query.
pub fn with_find(path: &str, query: &str) -> String {
    let query = query.trim();
    if query.is_empty() {
        return path.to_string();
    }
    let (path, fragment) = match path.split_once('#') {
        Some((path, fragment)) => (path, format!("#{fragment}")),
        None => (path, String::new()),
    };
    format!("{path}?find={}{fragment}", query_value(query))
}

/// Everything but the characters RFC 3986 leaves unreserved.
const QUERY_VALUE: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~');

/// `text` percent-encoded to stand as one value in a query string: what the
/// reader typed or an id comes back from the router's query map unchanged.
pub fn query_value(text: &str) -> String {
    utf8_percent_encode(text, QUERY_VALUE).to_string()
}

/// The value of `name` in the query of in-app `url`
/// (`/timeline?site=flins#x`), decoded as a browser's form would encode it
/// (`+` is a space); the first one when there are several.
pub fn query_param(url: &str, name: &str) -> Option<String> {
    let without_fragment = url.split('#').next().unwrap_or_default();
    let (_, query) = without_fragment.split_once('?')?;
    query.split('&').find_map(|pair| {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        (key == name).then(|| {
            percent_encoding::percent_decode_str(&value.replace('+', " "))
                .decode_utf8_lossy()
                .into_owned()
        })
    })
}

/// The in-app address (`/timeline/x?site=flins#y`) of what the browser
/// shows as `path` (`/reports/micra/timeline/x`), `query` and `fragment`
/// (each with or without its `?` or `#`, as `Location` and the router give
/// them) for a site hosted under `base` (`/reports/micra`, or empty);
/// `None` for a path outside the site.
pub fn in_app_url(base: &str, path: &str, query: &str, fragment: &str) -> Option<String> {
    let rest = path.strip_prefix(base)?;
    let mut url = match rest.chars().next() {
        None => "/".to_string(),
        Some('/') => rest.to_string(),
        Some(_) => return None,
    };
    let query = query.trim_start_matches('?');
    if !query.is_empty() {
        url.push('?');
        url.push_str(query);
    }
    let fragment = fragment.trim_start_matches('#');
    if !fragment.is_empty() {
        url.push('#');
        url.push_str(fragment);
    }
    Some(url)
}

/// The path of in-app `url`, without its query or fragment.
pub fn path_of(url: &str) -> &str {
    url.split(['?', '#']).next().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_values_come_back_as_they_were_written() {
        for value in ["Flins", "a#b", "a&b=c", "été 2017", "+", "100%"] {
            let url = format!("/interviews?x=1&find={}#top", query_value(value));
            assert_eq!(query_param(&url, "find").as_deref(), Some(value), "{url}");
        }
        assert_eq!(
            query_param("/timeline?site=a+b", "site").as_deref(),
            Some("a b")
        );
        assert_eq!(query_param("/timeline#site=flins", "site"), None);
        assert_eq!(query_param("/timeline?sites=flins", "site"), None);
    }

    #[test]
    fn browser_paths_become_in_app_paths_under_the_base() {
        assert_eq!(
            in_app_url("", "/timeline/x", "?site=a", "").as_deref(),
            Some("/timeline/x?site=a")
        );
        assert_eq!(in_app_url("/sub", "/sub", "", "").as_deref(), Some("/"));
        assert_eq!(
            in_app_url("/sub", "/sub", "?find=a", "").as_deref(),
            Some("/?find=a")
        );
        assert_eq!(
            in_app_url("/sub", "/sub/timeline", "site=a", "#top").as_deref(),
            Some("/timeline?site=a#top")
        );
        assert_eq!(
            in_app_url("/sub", "/sub/timeline", "", "top").as_deref(),
            Some("/timeline#top")
        );
        assert_eq!(in_app_url("/sub", "/subway/timeline", "", ""), None);
        assert_eq!(in_app_url("/sub", "/timeline", "", ""), None);
    }

    #[test]
    fn the_path_of_an_address_leaves_out_its_query_and_fragment() {
        assert_eq!(path_of("/timeline/x?site=a#top"), "/timeline/x");
        assert_eq!(path_of("/timeline#top"), "/timeline");
        assert_eq!(path_of("/"), "/");
    }

    #[test]
    fn passages_link_to_the_page_that_shows_them() {
        let report = crate::bundled_report();
        assert_eq!(
            passage_path(&report, "recruitments-1").as_deref(),
            Some("/#recruitments-1")
        );
        assert_eq!(
            passage_path(&report, "why-flins-1").as_deref(),
            Some("/interviews/catherine-perez/why-flins#why-flins-1")
        );
        assert_eq!(
            passage_path(&report, "nathalie-retourne-intro").as_deref(),
            Some("/interviews/nathalie-retourne#nathalie-retourne-intro")
        );
        assert_eq!(
            passage_path(&report, "flins-co-production").as_deref(),
            Some("/#flins-co-production")
        );
        assert_eq!(passage_path(&report, "no-such-passage"), None);
    }

    #[test]
    fn teaser_targets_and_other_items_lead_to_their_page() {
        let report = crate::bundled_report();
        assert_eq!(
            item_path(&report, "catherine-perez").as_deref(),
            Some("/interviews/catherine-perez")
        );
        assert_eq!(
            item_path(&report, "key-figures").as_deref(),
            Some("/#key-figures")
        );
        assert_eq!(
            item_path(&report, "why-flins").as_deref(),
            Some("/interviews/catherine-perez/why-flins")
        );
        assert_eq!(
            item_path(&report, "flins-chosen").as_deref(),
            Some("/timeline/flins-chosen")
        );
        assert_eq!(
            item_path(&report, "oppama").as_deref(),
            Some("/timeline?site=oppama")
        );
        assert_eq!(item_path(&report, "nope"), None);
        for teaser in &report.teasers {
            assert!(
                item_path(&report, &teaser.target).is_some(),
                "{}",
                teaser.id
            );
        }
    }

    #[test]
    fn every_timeline_source_links_somewhere() {
        let report = crate::bundled_report();
        for event in &report.timeline.events {
            for source in &event.sources {
                if let report::SourceRef::Report(cited) = source {
                    assert!(
                        passage_path(&report, &cited.passage).is_some(),
                        "{} cites {}",
                        event.id,
                        cited.passage
                    );
                }
            }
        }
        assert_eq!(event_path(Some("flins-chosen")), "/timeline/flins-chosen");
        assert_eq!(event_path(None), "/timeline");
    }

    #[test]
    fn paths_follow_the_documented_scheme() {
        assert_eq!(interviews_path(), "/interviews");
        assert_eq!(
            paragraph_path("catherine-perez", "why-flins", "why-flins-1"),
            "/interviews/catherine-perez/why-flins#why-flins-1"
        );
    }

    #[test]
    fn every_answer_paragraph_has_a_question_address_with_its_fragment() {
        let report = crate::bundled_report();
        for interview in &report.interviews {
            for question in &interview.questions {
                for paragraph in &question.answer.paragraphs {
                    assert_eq!(
                        passage_path(&report, &paragraph.id),
                        Some(paragraph_path(&interview.id, &question.id, &paragraph.id))
                    );
                }
            }
        }
    }

    #[test]
    fn a_find_query_is_encoded_before_the_fragment() {
        assert_eq!(
            with_find("/interviews/catherine-perez/why-flins", "Nissan’s plant"),
            "/interviews/catherine-perez/why-flins?find=Nissan%E2%80%99s%20plant"
        );
        assert_eq!(
            with_find("/interviews/x#p", "a&b"),
            "/interviews/x?find=a%26b#p"
        );
        assert_eq!(with_find("/interviews", "  "), "/interviews");
    }
}
