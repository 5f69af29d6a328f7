//! The prerendered pages: every address of the bundled report rendered by
//! the app's components, as a reader without JavaScript gets them.
//! `cargo test --no-default-features --features ssr --test prerender`
//! (`cargo xtask test native` runs it).
#![cfg(feature = "ssr")]

use micra_flins::prerender::{
    NOT_FOUND_FILE, PageTemplate, PrerenderedPage, file_within, init_executor, site_pages,
    with_empty_comments_in_full,
};
use report::routes::AppRoute;
use report::{Report, SourceRef};
use std::collections::BTreeSet;
use std::sync::{Arc, OnceLock};

const BASE: &str = "/reports/micra";

/// A built index.html as trunk writes it in a release build: minified,
/// without the optional `</head>`, with a policy and the loader script.
const BUILT_INDEX: &str = "<!doctype html><html lang=en><meta charset=utf-8><meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'\"><base href=/reports/micra/><title>The front page · Site</title><meta content=\"The front page's words.\" name=description><meta content=article property=og:type><meta content=Front property=og:title><meta content=\"Front words\" property=og:description><link rel=\"stylesheet\" href=\"/reports/micra/app-1.css\"><script type=module>start()</script><body><div id=app></div>";

fn report() -> Arc<Report> {
    let text = include_str!("../public/data/report.json");
    Arc::new(Report::from_json(text).expect("the bundled report parses"))
}

/// Rendered once for all tests: the executor can be started only once.
fn pages() -> &'static [PrerenderedPage] {
    static PAGES: OnceLock<Vec<PrerenderedPage>> = OnceLock::new();
    PAGES.get_or_init(|| {
        init_executor().expect("the executor starts");
        let template = PageTemplate::from_index(BUILT_INDEX).expect("the template is usable");
        site_pages(&template, BASE, &report())
    })
}

fn page(file: &str) -> &'static str {
    &pages()
        .iter()
        .find(|page| page.file == file)
        .unwrap_or_else(|| panic!("no page {file}"))
        .html
}

/// The text a reader sees in the page's body: tags dropped, entities
/// decoded, and elements marked `hidden` left out (the timeline has every
/// event's detail, and shows one).
fn body_text(html: &str) -> String {
    let mut rest = &html[html.find("<div id=\"app\"").expect("the app root")..];
    let mut text = String::new();
    while let Some(start) = rest.find('<') {
        text.push_str(&rest[..start]);
        let end = start + rest[start..].find('>').expect("a closed tag");
        let tag = &rest[start + 1..end];
        rest = &rest[end + 1..];
        let is_hidden = tag
            .split_whitespace()
            .skip(1)
            .any(|attribute| attribute == "hidden" || attribute.starts_with("hidden="));
        if is_hidden {
            let name = tag.split_whitespace().next().unwrap_or_default();
            rest = after_closing(rest, name);
        }
    }
    text.push_str(rest);
    decode(&text)
}

/// What follows the element named `name` whose start tag was just read.
fn after_closing<'a>(html: &'a str, name: &str) -> &'a str {
    let (open, close) = (format!("<{name}"), format!("</{name}>"));
    let mut depth = 1;
    let mut at = 0;
    while depth > 0 {
        let next_close = html[at..].find(&close).expect("a closing tag") + at;
        match html[at..next_close].find(&open) {
            Some(nested) => {
                depth += 1;
                at += nested + open.len();
            }
            None => {
                depth -= 1;
                at = next_close + close.len();
            }
        }
    }
    &html[at..]
}

fn decode(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// Fails unless each of `needles` is in `haystack`, each after the one before.
fn assert_in_order(haystack: &str, needles: &[String], what: &str) {
    let mut from = 0;
    for needle in needles {
        let at = haystack[from..].find(needle.as_str()).unwrap_or_else(|| {
            panic!("{what}: “{needle}” is not in the page after what came before")
        });
        from += at + needle.len();
    }
}

#[test]
fn every_address_and_the_not_found_page_get_a_page() {
    let files: BTreeSet<&str> = pages().iter().map(|page| page.file.as_str()).collect();
    let mut expected: BTreeSet<String> = AppRoute::all(&report())
        .iter()
        .map(AppRoute::file)
        .collect();
    expected.insert(NOT_FOUND_FILE.to_string());
    assert_eq!(files, expected.iter().map(String::as_str).collect());
    for page in pages() {
        assert!(
            page.html.contains("<div id=\"app\" data-prerendered>"),
            "{} is not marked as prerendered",
            page.file
        );
        let found = page.html.contains("Page not found");
        assert_eq!(found, page.file == NOT_FOUND_FILE, "{}", page.file);
    }
}

#[test]
fn each_page_has_its_own_title_and_description_once() {
    for page in pages() {
        let html = &page.html;
        let head = &html[..html.find("</head>").expect("a head")];
        assert_eq!(head.matches("<title>").count(), 1, "{}", page.file);
        assert_eq!(
            html.matches("name=\"description\"").count() + html.matches("name=description").count(),
            1,
            "{}",
            page.file
        );
        assert_eq!(html.matches("og:title").count(), 1, "{}", page.file);
        assert!(
            !html.contains("The front page"),
            "{}: the template's title is gone",
            page.file
        );
        let head_end = html.find("</head>").expect("a head");
        assert!(html.find("<title>").unwrap() < head_end, "{}", page.file);
    }
    let event_page = page("timeline/flins-chosen/index.html");
    assert!(event_page.contains(
        "<title>Flins chosen for the next Micra · Timeline · The Renault-Nissan Alliance</title>"
    ));
    assert!(event_page.contains(
        "content=\"26 April 2013: Renault and Nissan announce that Flins will build the next Micra from 2016, about 82,000 a year.\" name=\"description\""
    ) || event_page.contains(
        "name=\"description\" content=\"26 April 2013: Renault and Nissan announce that Flins will build the next Micra from 2016, about 82,000 a year.\""
    ), "an event's page carries its summary");
    assert!(page("interviews/catherine-perez/why-flins/index.html").contains(
        "<title>Why was Flins chosen to produce the new Nissan Micra? · Interview with Catherine Perez · The Renault-Nissan Alliance</title>"
    ));
    assert!(
        page("interviews/catherine-perez/index.html").contains(
            "<title>Interview with Catherine Perez · The Renault-Nissan Alliance</title>"
        )
    );
    assert!(
        page(NOT_FOUND_FILE)
            .contains("<title>Page not found · The Renault-Nissan Alliance</title>")
    );
    assert!(page("index.html").contains(
        "<title>The Renault-Nissan Alliance: the Nissan Micra built at Flins · Renault 2016-2017 Annual Report</title>"
    ));
}

#[test]
fn every_page_speaks_the_report_language_and_names_its_site() {
    for page in pages() {
        assert!(
            page.html.contains("<html lang=\"en\">"),
            "{}: {}",
            page.file,
            &page.html[..200]
        );
        assert_eq!(page.html.matches("<html").count(), 1, "{}", page.file);
        assert!(
            page.html
                .contains("property=\"og:site_name\" content=\"The Renault-Nissan Alliance\""),
            "{}",
            page.file
        );
    }
}

#[test]
fn the_template_keeps_its_policy_stylesheet_and_loader() {
    for page in pages() {
        for kept in [
            "<meta http-equiv=\"Content-Security-Policy\"",
            "<link rel=\"stylesheet\" href=\"/reports/micra/app-1.css\">",
            "<script type=module>start()</script>",
            "<meta content=article property=og:type>",
        ] {
            assert!(page.html.contains(kept), "{} keeps {kept}", page.file);
        }
        // The policy refuses inline style attributes.
        assert!(
            !page.html.contains(" style="),
            "{} has an inline style",
            page.file
        );
    }
}

#[test]
fn the_story_page_holds_the_feature_its_articles_and_key_figures() {
    let report = report();
    let text = body_text(page("index.html"));
    let mut expected = vec![
        report.feature.title.clone(),
        report.feature.headline.clone(),
    ];
    for article in &report.articles {
        expected.extend(
            article
                .paragraphs
                .iter()
                .map(|paragraph| paragraph.text.clone()),
        );
    }
    assert_in_order(&text, &expected, "the story");
    for figure in &report.key_figures.figures {
        assert!(text.contains(&figure.label), "key figure {}", figure.label);
    }
}

#[test]
fn the_timeline_lists_every_event_in_order_with_its_date() {
    let report = report();
    let text = body_text(page("timeline/index.html"));
    let titles: Vec<String> = report
        .timeline
        .events
        .iter()
        .map(|event| event.title.clone())
        .collect();
    assert_in_order(&text, &titles, "the timeline");
    for event in &report.timeline.events {
        assert!(
            text.contains(&event.date.format(micra_flins::ui_text::date_words())),
            "the date of {}",
            event.id
        );
    }
    // Without JavaScript the listbox selects nothing: each event is a link
    // too, outside the timeline's island (the wasm never renders it).
    let html = page("timeline/index.html");
    let list = html
        .find("class=\"event-pages\"")
        .expect("the list of event pages");
    let island_end = html
        .find("</leptos-island>")
        .expect("the timeline's island");
    assert!(
        island_end < list,
        "the list of event pages follows the island"
    );
    let links: Vec<String> = report
        .timeline
        .events
        .iter()
        .map(|event| format!("href=\"{BASE}/timeline/{}\"", event.id))
        .collect();
    assert_in_order(html, &links, "the links to the events");
}

#[test]
fn an_event_page_shows_that_event_with_its_sources() {
    let report = report();
    for event in &report.timeline.events {
        let text = body_text(page(&AppRoute::timeline(Some(&event.id)).file()));
        assert!(
            text.contains(&event.summary),
            "{} shows its summary",
            event.id
        );
        for source in &event.sources {
            let shown = match source {
                SourceRef::Report(cited) => cited.quote.clone(),
                SourceRef::External(external) => external.publisher.clone(),
            };
            assert!(text.contains(&shown), "{} cites “{shown}”", event.id);
        }
        // Every event's detail is in the page, for the island to show; the
        // others are hidden.
        for other in &report.timeline.events {
            if other.id != event.id && !event.summary.contains(&other.summary) {
                assert!(
                    !text.contains(&other.summary),
                    "{} shows {} too",
                    event.id,
                    other.id
                );
            }
        }
    }
}

#[test]
fn each_interview_page_holds_every_question_and_answer() {
    let report = report();
    for interview in &report.interviews {
        let text = body_text(page(&AppRoute::interview(&interview.id, None).file()));
        let mut expected = vec![interview.interviewee.name.clone()];
        for question in &interview.questions {
            expected.push(question.text.clone());
            expected.extend(
                question
                    .answer
                    .paragraphs
                    .iter()
                    .map(|paragraph| paragraph.text.clone()),
            );
        }
        assert_in_order(&text, &expected, &interview.id);
    }
}

#[test]
fn every_link_in_a_page_leads_to_a_prerendered_page() {
    let files: BTreeSet<&str> = pages().iter().map(|page| page.file.as_str()).collect();
    for page in pages() {
        for href in page
            .html
            .split("href=\"")
            .skip(1)
            .filter_map(|rest| rest.split('"').next())
        {
            let Some(path) = href.strip_prefix(BASE) else {
                assert!(
                    href.starts_with("https://") || href.starts_with("http://"),
                    "{}: {href} leaves the site",
                    page.file
                );
                continue;
            };
            let path = path.split(['#', '?']).next().unwrap_or_default();
            if path.ends_with(".css") {
                continue;
            }
            let file = match path.trim_matches('/') {
                "" => "index.html".to_string(),
                file if file.ends_with(".html") => file.to_string(),
                folder => format!("{folder}/index.html"),
            };
            assert!(
                files.contains(file.as_str()),
                "{}: {href} has no page",
                page.file
            );
        }
    }
}

#[test]
fn no_page_writes_an_empty_comment_the_invalid_short_way() {
    for page in pages() {
        // Leptos's markers, which the Nu Html Checker reports as "Bogus
        // comment" when written `<!>`.
        assert!(
            !page.html.contains("<!>"),
            "{} holds `<!>` at byte {}",
            page.file,
            page.html.find("<!>").unwrap_or_default()
        );
        assert!(page.html.contains("<!---->"), "{} has markers", page.file);
        // The islands hydrate the document the browser parses: the same
        // as from Leptos's own spelling.
        let as_written = scraper::Html::parse_document(&page.html);
        let as_leptos_wrote_it =
            scraper::Html::parse_document(&page.html.replace("<!---->", "<!>"));
        assert_eq!(
            as_written.root_element().html(),
            as_leptos_wrote_it.root_element().html(),
            "{} parses to another document",
            page.file
        );
    }
}

#[test]
fn only_markers_are_respelled_not_the_text_of_a_script_style_title_or_comment() {
    let html = concat!(
        "<p>a<!>b</p><!><script>if(a<!>b){}</script><STYLE media=all>a::after{content:\"<!>\"}</STYLE>",
        "<title>x<!>y</title><textarea>z<!>z</textarea><!-- a <!> in a comment --><!--><!--->",
        // SVG's title and style are markup.
        "<svg viewBox=\"0 0 1 1\"><title>mark<!>1</title><style>a<!>b</style></svg>",
        "<p title=\"&lt;!&gt;\">&lt;!&gt;<!></p><svg/><title>x<!>y</title>",
        "<scripts><!></scripts><script>unclosed<!>",
    );
    assert_eq!(
        with_empty_comments_in_full(html),
        concat!(
            "<p>a<!---->b</p><!----><script>if(a<!>b){}</script><STYLE media=all>a::after{content:\"<!>\"}</STYLE>",
            "<title>x<!>y</title><textarea>z<!>z</textarea><!-- a <!> in a comment --><!--><!--->",
            "<svg viewBox=\"0 0 1 1\"><title>mark<!---->1</title><style>a<!---->b</style></svg>",
            "<p title=\"&lt;!&gt;\">&lt;!&gt;<!----></p><svg/><title>x<!>y</title>",
            "<scripts><!----></scripts><script>unclosed<!>",
        )
    );
}

#[test]
fn a_template_without_an_app_root_is_refused_with_what_is_missing() {
    let error = PageTemplate::from_index("<title>x</title><meta name=description content=a><meta property=og:title content=b><meta property=og:description content=c><body></body>")
        .unwrap_err();
    assert_eq!(error, "index.html has no <div id=\"app\"></div>");
    let error = PageTemplate::from_index("<meta name=description content=a>").unwrap_err();
    assert_eq!(error, "index.html has no <title>");
}

#[test]
fn every_element_id_is_a_report_id_or_one_the_app_reserves() {
    let report = report();
    let report_ids: BTreeSet<&str> = report.items().iter().map(|item| item.id).collect();
    for page in pages() {
        let body = &page.html[page.html.find("<body").expect("a body")..];
        for (at, _) in body.match_indices(" id=\"") {
            let start = at + " id=\"".len();
            let id = &body[start..start + body[start..].find('"').unwrap()];
            assert!(
                report_ids.contains(id) || report::reserved::is_reserved(id),
                "{}: the element id {id:?} is neither a report id nor reserved \
                 (report/src/reserved.rs): report ids could take it",
                page.file
            );
        }
    }
}

#[test]
fn the_page_writer_never_leaves_the_site_folder() {
    let site = std::path::Path::new("/srv/site");
    assert_eq!(
        file_within(site, "timeline/flins-chosen/index.html").unwrap(),
        site.join("timeline")
            .join("flins-chosen")
            .join("index.html")
    );
    for file in [
        "../index.html",
        "timeline/../../x/index.html",
        "/etc/index.html",
        "timeline//index.html",
        "./index.html",
        "timeline/a:b/index.html",
    ] {
        let refused = file_within(site, file).unwrap_err();
        assert!(
            refused.contains("would not stay inside /srv/site"),
            "{file}: {refused}"
        );
    }
}

#[test]
fn the_timeline_is_drawn_to_scale_with_each_date_as_precise_as_it_is() {
    let report = report();
    let html = page("timeline/shared-processes/index.html");
    let axis = &html[html.find("id=\"timeline-axis\"").expect("the axis")..];
    let axis = &axis[..axis.find("</svg>").unwrap()];
    for event in &report.timeline.events {
        assert!(
            axis.contains(&format!("id=\"timeline-mark-{}\"", event.id)),
            "a mark for {}",
            event.id
        );
    }
    for year in 2013..=2017 {
        assert!(axis.contains(&format!(">{year}<")), "a tick for {year}");
    }
    // 2013/2016 is a span from the axis's first day to the first of 2017.
    let mark = &axis[axis.find("id=\"timeline-mark-shared-processes\"").unwrap()..];
    let mark = &mark[..mark.find("</g>").unwrap()];
    assert!(mark.contains("timeline-axis__mark--selected"), "{mark}");
    let span = mark
        .split('<')
        .find(|tag| tag.contains("class=\"timeline-axis__span\""))
        .expect("a span");
    assert!(
        span.contains("x=\"0.000%\""),
        "it starts on the axis's first day: {span}"
    );
    let start_2017 = axis.find(">2017<").unwrap();
    let tick_2017 = &axis[..start_2017];
    let x_2017 = tick_2017
        .rsplit("<text x=\"")
        .next()
        .unwrap()
        .split('"')
        .next()
        .unwrap();
    assert!(
        span.contains(&format!("width=\"{x_2017}\"")),
        "it ends at 2017 ({x_2017}): {span}"
    );
    // 26 April 2013 is a day: a point.
    let chosen = &axis[axis.find("id=\"timeline-mark-flins-chosen\"").unwrap()..];
    assert!(chosen[..chosen.find("</g>").unwrap()].contains("timeline-axis__point"));
}
