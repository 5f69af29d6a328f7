//! The site's addresses as files: one copy of the app's page for each
//! address a report gives the app, with that page's title and description.
//!
//! A static host answers only files. Without these, a deep link (a shared
//! question, a reloaded timeline event) is answered by `404.html`: the app
//! still starts, but with a 404 status that link previews, crawlers and
//! the browser's console treat as an error, and with the front page's title.

use crate::links::{event_path, interview_path, interviews_path, question_path};
use crate::model::Report;
use crate::ui_text;

/// One address of the site and what its page says about itself before the
/// app starts: the same title and description the app then sets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SitePage {
    /// In-app path, without the site's base: `/timeline/flins-chosen`.
    pub path: String,
    /// The document title.
    pub title: String,
    /// The meta description (and the Open Graph one).
    pub description: String,
}

/// Every address of the app for `report` but the front page (which is
/// `index.html` itself): the fixed pages, each timeline event, each
/// interview and each of its questions.
pub fn site_pages(report: &Report) -> Vec<SitePage> {
    let page = |path: String, heading: &str, description: &str| SitePage {
        path,
        title: ui_text::page_title(heading),
        description: description.to_string(),
    };
    let timeline = |path: String| {
        page(
            path,
            ui_text::timeline::HEADING,
            ui_text::descriptions::TIMELINE,
        )
    };
    let mut pages = vec![timeline(event_path(None))];
    pages.extend(
        report
            .timeline
            .events
            .iter()
            .map(|event| timeline(event_path(Some(&event.id)))),
    );
    pages.push(page(
        interviews_path(),
        ui_text::interviews::HEADING,
        ui_text::descriptions::INTERVIEWS,
    ));
    for interview in &report.interviews {
        let who = &interview.interviewee;
        let heading = ui_text::interviews::interview_title(&who.name);
        let description = ui_text::descriptions::interview(&who.name, &who.role);
        pages.push(page(interview_path(&interview.id), &heading, &description));
        pages.extend(interview.questions.iter().map(|question| {
            page(
                question_path(&interview.id, &question.id),
                &heading,
                &description,
            )
        }));
    }
    pages.push(page(
        "/about".to_string(),
        ui_text::about::HEADING,
        ui_text::descriptions::ABOUT,
    ));
    pages.push(page(
        "/accessibility".to_string(),
        ui_text::accessibility::HEADING,
        ui_text::descriptions::ACCESSIBILITY,
    ));
    pages
}

/// Where `page` is written in the built site: `timeline/flins-chosen/index.html`,
/// which every static host serves for `/timeline/flins-chosen` (some after
/// a redirect to `/timeline/flins-chosen/`, which the app's router accepts).
pub fn file_of(page: &SitePage) -> String {
    format!("{}/index.html", page.path.trim_matches('/'))
}

/// The built `index.html` with `page`'s title and descriptions in place of
/// the front page's. Fails, naming the tag, when the template lacks one.
pub fn page_html(template: &str, page: &SitePage) -> Result<String, String> {
    let title = escape(&page.title);
    let description = escape(&page.description);
    let html = replace_element(template, "title", &format!("<title>{title}</title>"))?;
    let html = replace_meta(
        &html,
        "name=description",
        &format!("<meta name=\"description\" content=\"{description}\">"),
    )?;
    let html = replace_meta(
        &html,
        "property=og:title",
        &format!("<meta property=\"og:title\" content=\"{title}\">"),
    )?;
    replace_meta(
        &html,
        "property=og:description",
        &format!("<meta property=\"og:description\" content=\"{description}\">"),
    )
}

/// Replaces `<tag>…</tag>` (its first occurrence) with `with`.
fn replace_element(html: &str, tag: &str, with: &str) -> Result<String, String> {
    let open = format!("<{tag}>");
    let close = format!("</{tag}>");
    let start = html
        .find(&open)
        .ok_or_else(|| format!("index.html has no {open}"))?;
    let end = start
        + html[start..]
            .find(&close)
            .ok_or_else(|| format!("index.html has no {close}"))?
        + close.len();
    Ok(format!("{}{with}{}", &html[..start], &html[end..]))
}

/// Replaces the `<meta>` tag that has the attribute `attribute` (written
/// `name=value`, quoted or not, as a minifier may leave it) with `with`.
fn replace_meta(html: &str, attribute: &str, with: &str) -> Result<String, String> {
    let (name, value) = attribute
        .split_once('=')
        .expect("attributes are given as name=value");
    let spellings = [
        format!("{name}={value}"),
        format!("{name}=\"{value}\""),
        format!("{name}='{value}'"),
    ];
    let mut from = 0;
    while let Some(offset) = html[from..].find("<meta") {
        let start = from + offset;
        let end = start
            + html[start..]
                .find('>')
                .ok_or("index.html has an unclosed <meta")?
            + 1;
        let tag = &html[start..end];
        let names_it = spellings.iter().any(|spelling| {
            tag.match_indices(spelling.as_str()).any(|(at, _)| {
                let before = tag[..at].chars().next_back();
                let after = tag[at + spelling.len()..].chars().next();
                before.is_some_and(char::is_whitespace)
                    && after.is_some_and(|c| c.is_whitespace() || c == '>' || c == '/')
            })
        });
        if names_it {
            return Ok(format!("{}{with}{}", &html[..start], &html[end..]));
        }
        from = end;
    }
    Err(format!("index.html has no <meta {attribute}>"))
}

/// Text as it may stand in an element or a double-quoted attribute.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINIFIED: &str = "<!doctype html><html lang=en><meta charset=utf-8><title>Front · Site</title><meta content=\"The front page's words.\" name=description><meta content=article property=og:type><meta content=\"Front\" property=og:title><meta content=\"Front words\" property=og:description><meta content=summary name=twitter:card><script type=module>go()</script>";

    fn bundled_report() -> Report {
        let text = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/public/data/report.json"
        ))
        .expect("the bundled report");
        Report::from_json(&text).expect("it parses")
    }

    fn sample_page() -> SitePage {
        SitePage {
            path: "/interviews/catherine-perez/why-flins".into(),
            title: "Interview with Catherine Perez · The Renault-Nissan Alliance".into(),
            description: "Perez on \"Flins\" & <Micra>".into(),
        }
    }

    #[test]
    fn a_page_gets_its_title_and_descriptions_and_keeps_everything_else() {
        let html = page_html(MINIFIED, &sample_page()).unwrap();
        assert!(html.contains(
            "<title>Interview with Catherine Perez · The Renault-Nissan Alliance</title>"
        ));
        assert!(html.contains(
            "<meta name=\"description\" content=\"Perez on &quot;Flins&quot; &amp; &lt;Micra&gt;\">"
        ));
        assert!(
            html.contains("<meta property=\"og:title\" content=\"Interview with Catherine Perez")
        );
        assert!(html.contains("<meta property=\"og:description\" content=\"Perez on &quot;Flins"));
        assert!(!html.contains("Front"), "{html}");
        for kept in [
            "<meta content=article property=og:type>",
            "<meta content=summary name=twitter:card>",
            "<script type=module>go()</script>",
            "<meta charset=utf-8>",
        ] {
            assert!(html.contains(kept), "{kept} is kept: {html}");
        }
    }

    #[test]
    fn quoted_attributes_are_found_as_well_as_bare_ones() {
        let html = page_html(
            "<title>x</title><meta name=\"description\" content=\"a\"><meta property='og:title' content=b><meta property=\"og:description\" content=\"c\">",
            &sample_page(),
        )
        .unwrap();
        assert_eq!(html.matches("<meta").count(), 3);
        assert!(!html.contains("content=\"a\"") && !html.contains("content=b"));
    }

    #[test]
    fn a_similar_attribute_is_not_taken_for_the_one_wanted() {
        let failure = page_html(
            "<title>x</title><meta name=description-extra content=a>",
            &sample_page(),
        )
        .unwrap_err();
        assert_eq!(failure, "index.html has no <meta name=description>");
    }

    #[test]
    fn a_template_without_a_title_is_refused_with_what_is_missing() {
        let failure = page_html("<meta name=description content=a>", &sample_page()).unwrap_err();
        assert_eq!(failure, "index.html has no <title>");
    }

    #[test]
    fn the_bundled_report_gives_a_page_per_event_interview_and_question() {
        let report = bundled_report();
        let pages = site_pages(&report);
        let paths: Vec<&str> = pages.iter().map(|page| page.path.as_str()).collect();
        for expected in [
            "/timeline",
            "/timeline/oppama-training",
            "/interviews",
            "/interviews/catherine-perez",
            "/interviews/catherine-perez/why-flins",
            "/interviews/nathalie-retourne/micra-arrival",
            "/about",
            "/accessibility",
        ] {
            assert!(paths.contains(&expected), "{expected} in {paths:?}");
        }
        let questions: usize = report.interviews.iter().map(|i| i.questions.len()).sum();
        assert_eq!(
            pages.len(),
            1 + report.timeline.events.len() + 1 + report.interviews.len() + questions + 2
        );
        let mut unique = paths.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), paths.len(), "no address is written twice");
    }

    #[test]
    fn a_question_page_is_titled_like_its_interview_and_lives_in_its_own_folder() {
        let pages = site_pages(&bundled_report());
        let question = pages
            .iter()
            .find(|page| page.path == "/interviews/catherine-perez/why-flins")
            .unwrap();
        assert_eq!(
            question.title,
            "Interview with Catherine Perez · The Renault-Nissan Alliance"
        );
        assert!(
            question
                .description
                .starts_with("Interview with Catherine Perez, ")
        );
        assert_eq!(
            file_of(question),
            "interviews/catherine-perez/why-flins/index.html"
        );
    }
}
