//! Reports other than the bundled one, built into pages by the prerender
//! step and parsed as a browser parses them: the French example in
//! `examples/`, the same report labelled as German (a language the
//! interface does not speak), and the bundled report with markup in every
//! string field.
//! `cargo test --no-default-features --features ssr --test any_report`
#![cfg(feature = "ssr")]

use micra_flins::islands::data::{READER_DATA, SEARCH_DATA, TIMELINE_DATA};
use micra_flins::logic::timeline::{TimelineWindow, WINDOW_LENGTH, in_list_order};
use micra_flins::prerender::{PageTemplate, PrerenderedPage, init_executor, site_pages};
use report::{Report, TextRole};
use scraper::{ElementRef, Html, Node, Selector};
use serde_json::Value;
use std::collections::BTreeSet;
use std::sync::{Arc, Once};

const BASE: &str = "/reports/example";

/// A built index.html the way trunk writes it: the template every page
/// is made from, with the app's own two scripts.
const BUILT_INDEX: &str = "<!doctype html><html lang=en><meta charset=utf-8><base href=/reports/example/><title>micra-flins</title><meta content=\"\" name=description><meta content=article property=og:type><meta content=\"\" property=og:title><meta content=\"\" property=og:description><script>settings()</script><script type=module>start()</script><body><div id=app></div>";
/// The scripts every page has from the template.
const TEMPLATE_SCRIPTS: usize = 2;

const BUNDLED: &str = include_str!("../public/data/report.json");
const FRENCH_EXAMPLE: &str = include_str!("../examples/tramway-atelier/report.json");
const SCHEMA: &str = include_str!("../public/data/report.schema.json");

/// The pages of `report`, which must be valid.
fn build(report: Report) -> Vec<PrerenderedPage> {
    let problems = report.validate();
    assert!(problems.is_empty(), "the report is valid: {problems:#?}");
    build_unchecked(report)
}

fn parse(json: &str) -> Report {
    Report::from_json(json).expect("the report parses")
}

fn selector(css: &str) -> Selector {
    Selector::parse(css).expect("a valid selector")
}

/// The words only the bundled report has: its publisher, publication,
/// feature title, sites and people.
fn bundled_words() -> Vec<String> {
    let bundled = parse(BUNDLED);
    let mut words = vec![
        bundled.source.publisher.clone(),
        bundled.source.publication.clone(),
        bundled.feature.title.clone(),
    ];
    words.extend(bundled.sites.iter().map(|site| site.label.clone()));
    words.extend(
        bundled
            .interviews
            .iter()
            .map(|interview| interview.interviewee.name.clone()),
    );
    words.extend(["Micra", "Nissan"].map(String::from));
    words
}

#[test]
fn the_french_example_builds_in_french_with_none_of_the_bundled_reports_words() {
    let example = parse(FRENCH_EXAMPLE);
    let pages = build(example.clone());
    assert_eq!(
        pages.len(),
        example.timeline.events.len() + 7 + 1 + 5 + 1,
        "every event and the timeline, every question and the interview, the story, the interviews, about, accessibility and 404.html"
    );
    let forbidden = bundled_words();
    for page in &pages {
        let document = Html::parse_document(&page.html);
        let html = document.root_element();
        assert_eq!(html.attr("lang"), Some("fr"), "{}", page.file);
        for word in &forbidden {
            assert!(
                !page.html.contains(word.as_str()),
                "{} says “{word}”, which only the bundled report has",
                page.file
            );
        }
        let nav = text_of(&document, "nav.site-nav");
        assert!(
            nav.contains("Chronologie") && nav.contains("Entretiens"),
            "{}: {nav}",
            page.file
        );
        let skip = text_of(&document, ".skip-link");
        assert_eq!(skip, "Aller au contenu", "{}", page.file);
        assert!(
            text_of(&document, "title").contains(&example.feature.title),
            "{}",
            page.file
        );
    }
    let event = &example.timeline.events[5];
    let event_page = page_at(&pages, &format!("timeline/{}/index.html", event.id));
    let total = example.timeline.events.len();
    assert!(
        event_page.contains(&format!("Événement 6 sur {total}")),
        "the stepper speaks French"
    );
    let front = Html::parse_document(page_at(&pages, "index.html"));
    assert_eq!(
        text_of(&front, "title"),
        format!(
            "{}\u{202f}: {} · {}",
            example.feature.title,
            example.presentation.subtitle.as_deref().unwrap_or_default(),
            example.source.publication
        )
    );
    let timeline = Html::parse_document(page_at(&pages, "timeline/index.html"));
    let main = text_of(&timeline, "main");
    let words: BTreeSet<&str> = main.split(|c: char| !c.is_alphabetic()).collect();
    let french_month = report::FRENCH
        .months
        .iter()
        .any(|month| words.contains(month));
    assert!(french_month, "dates are written in French");
    let english_months: Vec<&str> = report::ENGLISH
        .months
        .iter()
        .filter(|month| words.contains(*month))
        .copied()
        .collect();
    assert!(
        english_months.is_empty(),
        "no English month on a French page: {english_months:?}"
    );
}

#[test]
fn a_report_in_a_language_the_interface_does_not_speak_gets_english_with_its_text_marked() {
    let mut german = parse(FRENCH_EXAMPLE);
    german.source.language = "de".to_string();
    let texts: Vec<String> = german
        .texts()
        .into_iter()
        .filter(|field| field.role != TextRole::Citation)
        .map(|field| field.text.to_string())
        .collect();
    let pages = build(german.clone());
    let mut marked = 0;
    for page in &pages {
        let document = Html::parse_document(&page.html);
        assert_eq!(
            document.root_element().attr("lang"),
            Some("en"),
            "{}",
            page.file
        );
        let nav = text_of(&document, "nav.site-nav");
        assert!(nav.contains("Timeline"), "{}: {nav}", page.file);
        let body = document.select(&selector("body")).next().expect("a body");
        for (text, lang, context) in text_nodes_with_lang(body) {
            let text = text.trim();
            let is_report_text =
                text.chars().count() >= 20 && texts.iter().any(|field| field.contains(text));
            if is_report_text {
                assert_eq!(
                    lang.as_deref(),
                    Some("de"),
                    "{}: “{text}” is the report's German text, in {context}",
                    page.file,
                );
                marked += 1;
            }
        }
    }
    assert!(marked > 100, "report text was found and checked ({marked})");
}

/// Each text node of `root` and the `lang` of its nearest ancestor that
/// has one (`None` when it is the page's own).
fn text_nodes_with_lang(root: ElementRef<'_>) -> Vec<(String, Option<String>, String)> {
    root.descendants()
        .filter_map(|node| match node.value() {
            Node::Text(text) => {
                let ancestors: Vec<ElementRef> =
                    node.ancestors().filter_map(ElementRef::wrap).collect();
                let lang = ancestors
                    .iter()
                    .find_map(|element| element.attr("lang"))
                    .filter(|lang| *lang != "en")
                    .map(str::to_string);
                let context = ancestors
                    .iter()
                    .take(4)
                    .map(|element| format!("{:?}", element.value()))
                    .collect::<Vec<_>>()
                    .join(" < ");
                Some((text.to_string(), lang, context))
            }
            _ => None,
        })
        .collect()
}

fn text_of(document: &Html, css: &str) -> String {
    document
        .select(&selector(css))
        .next()
        .map(|element| element.text().collect::<String>())
        .unwrap_or_default()
        .trim()
        .to_string()
}

fn page_at<'a>(pages: &'a [PrerenderedPage], file: &str) -> &'a str {
    &pages
        .iter()
        .find(|page| page.file == file)
        .unwrap_or_else(|| panic!("no page {file}"))
        .html
}

/// Markup a report's text must never become: it would end the title,
/// run a script, redirect the page, open a comment, or leave an
/// attribute by either quote.
const HOSTILE: &str =
    "\"'</title><script>hostile()</script><meta http-equiv=refresh content=0><!--";

/// Where the model's strings are ids, dates, references or tags: the
/// parser or the validator refuses markup there (checked below), so it
/// never reaches a page.
fn is_checked_not_text(key: &str) -> bool {
    matches!(
        key,
        "$schema"
            | "id"
            | "date"
            | "kind"
            | "language"
            | "url"
            | "phase"
            | "passage"
            | "target"
            | "interview"
            | "after_question"
            | "after"
            | "site"
            | "sites"
            | "themes"
            | "people"
    )
}

/// Every string leaf of `value`: its JSON pointer and its key (or, in an
/// array, its parent's key).
fn string_leaves(value: &Value, pointer: String, key: &str, leaves: &mut Vec<(String, String)>) {
    match value {
        Value::String(_) => leaves.push((pointer, key.to_string())),
        Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                string_leaves(item, format!("{pointer}/{index}"), key, leaves);
            }
        }
        Value::Object(fields) => {
            for (name, field) in fields {
                string_leaves(field, format!("{pointer}/{name}"), name, leaves);
            }
        }
        _ => {}
    }
}

/// `source` (a report's JSON) with `HOSTILE` in every text field:
/// appended to each, and put in place of every space, so that a quote
/// stays inside the passage it cites (the same change made to both). A
/// phase first gets a source from outside the report, the one kind of text
/// neither report has. Returns the report and the paths of the fields
/// changed, array indices as `[]`.
fn hostile_report(source: &str) -> (Report, BTreeSet<String>) {
    let mut value: Value = serde_json::from_str(source).unwrap();
    if let Some(sources) = value.pointer_mut("/timeline/phases/0/sources") {
        sources.as_array_mut().unwrap().push(serde_json::json!({
            "kind": "external",
            "publisher": "A publisher",
            "title": "A title",
            "date": "2017-01",
            "detail": "What the source says.",
            "url": "https://example.org/source"
        }));
    }
    let mut leaves = Vec::new();
    string_leaves(&value, String::new(), "", &mut leaves);
    let mut changed = BTreeSet::new();
    for (pointer, key) in &leaves {
        if is_checked_not_text(key) {
            continue;
        }
        changed.insert(shape_of(pointer));
        let field = value.pointer_mut(pointer).unwrap();
        let text = field
            .as_str()
            .unwrap()
            .replace(' ', &format!(" {HOSTILE} "));
        // A quote must stay a part of its passage: only its spaces change.
        let whole = key == "quote" || key == "text" && pointer.contains("/pull_quotes/");
        *field = Value::String(if whole {
            text
        } else {
            format!("{text}{HOSTILE}")
        });
    }
    (
        Report::from_json(&value.to_string()).expect("still a report"),
        changed,
    )
}

/// `pointer` with its array indices as `[]`: the field, whichever item.
fn shape_of(pointer: &str) -> String {
    pointer
        .split('/')
        .map(|step| {
            if step.parse::<usize>().is_ok() {
                "[]"
            } else {
                step
            }
        })
        .collect::<Vec<_>>()
        .join("/")
}

/// Every string field the model has, by the report's JSON Schema (written
/// from the model's types): its path, arrays as `[]`, and its key.
fn model_string_fields() -> BTreeSet<(String, String)> {
    let schema: Value = serde_json::from_str(SCHEMA).unwrap();
    let mut fields = BTreeSet::new();
    schema_strings(
        &schema,
        &schema,
        String::new(),
        "",
        &mut Vec::new(),
        &mut fields,
    );
    fields
}

fn schema_strings(
    schema: &Value,
    node: &Value,
    path: String,
    key: &str,
    within: &mut Vec<String>,
    fields: &mut BTreeSet<(String, String)>,
) {
    if let Some(reference) = node["$ref"].as_str() {
        let name = reference.rsplit('/').next().unwrap().to_string();
        // A type that holds itself (none today) would loop: once is enough.
        if within.contains(&name) {
            return;
        }
        within.push(name.clone());
        schema_strings(schema, &schema["$defs"][&name], path, key, within, fields);
        within.pop();
        return;
    }
    for combined in ["anyOf", "oneOf", "allOf"] {
        for option in node[combined].as_array().into_iter().flatten() {
            schema_strings(schema, option, path.clone(), key, within, fields);
        }
    }
    let types: Vec<&str> = match &node["type"] {
        Value::String(one) => vec![one],
        Value::Array(many) => many.iter().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    };
    if types.contains(&"string") {
        fields.insert((path.clone(), key.to_string()));
    }
    for (name, property) in node["properties"].as_object().into_iter().flatten() {
        schema_strings(
            schema,
            property,
            format!("{path}/{name}"),
            name,
            within,
            fields,
        );
    }
    if node["items"].is_object() {
        schema_strings(
            schema,
            &node["items"],
            format!("{path}/[]"),
            key,
            within,
            fields,
        );
    }
}

#[test]
fn the_hostile_reports_change_every_text_field_the_model_has() {
    let changed: BTreeSet<String> = [BUNDLED, FRENCH_EXAMPLE]
        .into_iter()
        .flat_map(|source| hostile_report(source).1)
        .collect();
    let fields = model_string_fields();
    assert!(
        fields.len() > 60,
        "the schema's string fields, {}: {fields:#?}",
        fields.len()
    );
    let untouched: Vec<String> = fields
        .into_iter()
        .filter(|(path, key)| !is_checked_not_text(key) && !changed.contains(path))
        .map(|(path, _)| path)
        .collect();
    assert!(
        untouched.is_empty(),
        "text fields of the model that no hostile report changes (give one of them a value): {untouched:#?}"
    );
}

#[test]
fn markup_in_every_text_field_reaches_every_page_as_text() {
    for source in [BUNDLED, FRENCH_EXAMPLE] {
        let (hostile, _) = hostile_report(source);
        let pages = build(hostile);
        assert_no_markup_from_the_report(&pages);
    }
}

/// Every page shows `HOSTILE` as text, in its body and its head, and
/// nowhere as markup.
fn assert_no_markup_from_the_report(pages: &[PrerenderedPage]) {
    let title_selector = selector("head > title");
    for page in pages {
        let document = Html::parse_document(&page.html);
        // The template's scripts, and the islands' data blocks.
        let data_blocks = [READER_DATA, TIMELINE_DATA, SEARCH_DATA];
        let scripts = document
            .select(&selector("script"))
            .filter(|script| {
                !script
                    .value()
                    .id()
                    .is_some_and(|id| data_blocks.contains(&id))
            })
            .count();
        assert_eq!(
            scripts, TEMPLATE_SCRIPTS,
            "{}: no script from the report",
            page.file
        );
        let refresh = document.select(&selector("meta[http-equiv]")).count();
        assert_eq!(refresh, 0, "{}: no meta from the report", page.file);
        let comments = document
            .tree
            .nodes()
            .filter(|node| matches!(node.value(), Node::Comment(comment) if comment.contains("hostile")))
            .count();
        assert_eq!(
            comments, 0,
            "{}: no comment opened by the report",
            page.file
        );
        let titles: Vec<String> = document
            .select(&title_selector)
            .map(|title| title.text().collect())
            .collect();
        assert_eq!(titles.len(), 1, "{}: one title", page.file);
        assert!(
            titles[0].contains(HOSTILE),
            "{}: the title shows the text: {}",
            page.file,
            titles[0]
        );
        // The about and accessibility pages describe themselves in the
        // interface's words only.
        let described_by_report =
            !page.file.starts_with("about/") && !page.file.starts_with("accessibility/");
        let properties: &[&str] = if described_by_report {
            &["og:title", "og:description", "og:site_name", "description"]
        } else {
            &["og:title", "og:site_name"]
        };
        for property in properties {
            let attribute = if property.starts_with("og:") {
                "property"
            } else {
                "name"
            };
            let meta = document
                .select(&selector(&format!("meta[{attribute}=\"{property}\"]")))
                .next()
                .unwrap_or_else(|| panic!("{}: {property}", page.file));
            assert!(
                meta.attr("content").unwrap_or_default().contains(HOSTILE),
                "{}: {property} holds the text whole",
                page.file
            );
        }
        for block in document.select(&selector("script[type=\"application/json\"]")) {
            let json: String = block.text().collect();
            assert!(
                !json.contains('<'),
                "{}: a data block holds `<`, which could end it: {json}",
                page.file
            );
            let data: Value = serde_json::from_str(&json)
                .unwrap_or_else(|error| panic!("{}: a data block parses: {error}", page.file));
            assert!(data.is_object(), "{}", page.file);
        }
        let text: String = document.root_element().text().collect();
        assert!(
            text.contains(HOSTILE),
            "{}: the report's text is shown",
            page.file
        );
    }
}

#[test]
fn markup_where_the_model_wants_an_id_a_date_or_a_reference_is_refused_before_any_page() {
    let value: Value = serde_json::from_str(BUNDLED).unwrap();
    let mut leaves = Vec::new();
    string_leaves(&value, String::new(), "", &mut leaves);
    let mut refused = BTreeSet::new();
    for (pointer, key) in leaves.iter().filter(|(_, key)| is_checked_not_text(key)) {
        if key == "$schema" {
            continue;
        }
        let mut changed = value.clone();
        let field = changed.pointer_mut(pointer).unwrap();
        let text = field.as_str().unwrap().to_string();
        *field = Value::String(format!("{text}{HOSTILE}"));
        let accepted = Report::from_json(&changed.to_string())
            .map(|report| report.validate().is_empty())
            .unwrap_or(false);
        assert!(!accepted, "{pointer}: markup in a {key} is refused");
        refused.insert(key.clone());
    }
    assert!(
        refused.len() >= 8,
        "ids, dates, references and tags: {refused:?}"
    );
}

/// The bundled report with its events repeated, each under its own id,
/// until it has `count` (the benchmark's long timelines are made the same
/// way).
fn long_report(count: usize) -> Report {
    let mut report = parse(BUNDLED);
    let events = report.timeline.events.clone();
    report.timeline.events = (0..count)
        .map(|n| {
            let mut event = events[n % events.len()].clone();
            event.id = format!("{}-{n}", event.id);
            event
        })
        .collect();
    // Repeated, the events are no longer in date order: that is the
    // validator's business, not the pages'.
    report
}

/// The pages of `report`, valid or not.
fn build_unchecked(report: Report) -> Vec<PrerenderedPage> {
    // Once per process, whichever test builds first.
    static EXECUTOR: Once = Once::new();
    EXECUTOR.call_once(|| init_executor().expect("the executor starts"));
    let template = PageTemplate::from_index(BUILT_INDEX).expect("the template is usable");
    site_pages(&template, BASE, &Arc::new(report))
}

#[test]
fn a_long_timelines_pages_do_not_grow_with_it() {
    let largest_event_page = |count: usize| {
        let pages = build_unchecked(long_report(count));
        let event_pages: Vec<&PrerenderedPage> = pages
            .iter()
            .filter(|page| page.file.starts_with("timeline/"))
            .collect();
        assert_eq!(
            event_pages.len(),
            count + 1,
            "a page per event, and the timeline's"
        );
        event_pages
            .iter()
            .map(|page| page.html.len())
            .max()
            .unwrap()
    };
    let (at_60, at_240) = (largest_event_page(60), largest_event_page(240));
    assert!(
        at_240 < at_60 + at_60 / 20,
        "the largest timeline page is {at_60} bytes at 60 events and {at_240} at 240"
    );
}

#[test]
fn a_long_timelines_event_page_lists_the_events_around_it_and_carries_its_own_detail() {
    let report = long_report(100);
    let pages = build_unchecked(report.clone());
    let order = in_list_order(&report);
    let shown = &order[50];
    let document = Html::parse_document(page_at(
        &pages,
        &format!("timeline/{}/index.html", shown.id),
    ));
    let options = document.select(&selector("[role=option]")).count();
    assert_eq!(options, WINDOW_LENGTH, "the list holds the window");
    let details: Vec<String> = document
        .select(&selector("article.event-detail"))
        .filter_map(|detail| detail.attr("id").map(str::to_string))
        .collect();
    assert_eq!(
        details,
        [format!("timeline-detail-{}", shown.id)],
        "one detail: its own"
    );
    let selected = document
        .select(&selector("[role=option][aria-selected=true]"))
        .next()
        .expect("a selected option");
    assert_eq!(
        selected.attr("id"),
        Some(format!("timeline-option-{}", shown.id).as_str())
    );
    let position = text_of(&document, ".stepper__position");
    assert_eq!(position, "Event 51 of 100");
    let start = 50 - WINDOW_LENGTH / 2;
    let window = text_of(&document, ".timeline-window__position");
    assert_eq!(
        window,
        format!("Events {}–{} of 100", start + 1, start + WINDOW_LENGTH)
    );
    let earlier = document
        .select(&selector(".timeline-window__earlier"))
        .next()
        .and_then(|link| link.attr("href"))
        .expect("a link to the earlier events");
    assert_eq!(earlier, format!("{BASE}/timeline/{}", order[start - 1].id));
    assert_eq!(
        document.select(&selector(".filters")).count(),
        0,
        "no filters on a page that lists part of the timeline"
    );
}

// Which events a long timeline's page lists (src/logic/timeline/window.rs).

#[test]
fn a_long_timeline_page_holds_the_events_around_its_own() {
    let report = long_report(2_000);
    let order: Vec<String> = in_list_order(&report)
        .iter()
        .map(|event| event.id.clone())
        .collect();
    let middle = &order[1_000];
    let window = TimelineWindow::of(&report, Some(middle));
    assert_eq!(window.length, WINDOW_LENGTH);
    assert_eq!(window.total, 2_000);
    let ids: Vec<&str> = window
        .events(&report)
        .iter()
        .map(|event| event.id.as_str())
        .collect();
    assert!(ids.contains(&middle.as_str()));
    assert_eq!(ids[WINDOW_LENGTH / 2], middle);
    assert_eq!(
        window.earlier.as_deref(),
        Some(order[window.start - 1].as_str())
    );
    assert_eq!(
        window.later.as_deref(),
        Some(order[window.start + WINDOW_LENGTH].as_str())
    );
}

#[test]
fn the_windows_at_the_ends_stay_whole_and_the_timeline_page_opens_on_the_first() {
    let report = long_report(100);
    let order = in_list_order(&report);
    let first = TimelineWindow::of(&report, Some(&order[1].id));
    assert_eq!((first.start, first.earlier.as_deref()), (0, None));
    let last = TimelineWindow::of(&report, Some(&order[99].id));
    assert_eq!(
        (last.start + last.length, last.later.as_deref()),
        (100, None)
    );
    assert_eq!(TimelineWindow::of(&report, None).start, 0);
    assert_eq!(TimelineWindow::of(&report, Some("no-such-event")).start, 0);
}

#[test]
fn a_window_survives_the_trip_through_the_props() {
    let report = long_report(100);
    for selected in [None, Some(in_list_order(&report)[50].id.clone())] {
        let window = TimelineWindow::of(&report, selected.as_deref());
        let json = serde_json::to_string(&window).unwrap();
        assert_eq!(
            serde_json::from_str::<TimelineWindow>(&json).unwrap(),
            window
        );
    }
}

#[test]
fn a_report_without_presentation_gets_neutral_words_built_from_what_it_has() {
    let mut value: Value = serde_json::from_str(FRENCH_EXAMPLE).unwrap();
    let presentation = value
        .as_object_mut()
        .unwrap()
        .remove("presentation")
        .expect("the example presents itself");
    let report = parse(&value.to_string());
    let pages = build(report.clone());
    let presented: Vec<&str> = presentation
        .as_object()
        .unwrap()
        .values()
        .filter_map(Value::as_str)
        .collect();
    for page in &pages {
        let document = Html::parse_document(&page.html);
        let title = text_of(&document, "head > title");
        assert!(!title.trim().is_empty(), "{}: a title", page.file);
        if page.file != "404.html" {
            let description = document
                .select(&selector("meta[name=description]"))
                .next()
                .and_then(|meta| meta.attr("content"))
                .unwrap_or_default();
            assert!(
                !description.trim().is_empty(),
                "{}: a description",
                page.file
            );
        }
        for words in &presented {
            assert!(
                !page.html.contains(words),
                "{}: {words:?} came from the presentation it no longer has",
                page.file
            );
        }
    }
    let front = Html::parse_document(page_at(&pages, "index.html"));
    assert_eq!(text_of(&front, "main h1"), report.feature.title);
}
