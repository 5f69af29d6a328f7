//! The bundled report and the documented example are valid, and the
//! helpers the UI uses find what they should.

use std::fs;
use std::path::Path;

use report::{ItemKind, PassageLocation, Precision, Report, SourceRef, TeaserKind, YearPart};

fn read(relative: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(relative);
    fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

fn report() -> Report {
    Report::from_json(&read("../public/data/report.json")).unwrap_or_else(|e| panic!("{e}"))
}

fn assert_valid(report: &Report) {
    let problems = report.validate();
    let listed: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert!(problems.is_empty(), "problems:\n{}", listed.join("\n"));
}

#[test]
fn bundled_report_parses_and_validates() {
    assert_valid(&report());
}

#[test]
fn bundled_report_points_at_its_schema() {
    assert_eq!(report().schema.as_deref(), Some("report.schema.json"));
}

#[test]
fn report_round_trips_through_json() {
    let report = report();
    assert_eq!(Report::from_json(&report.to_json()).unwrap(), report);
}

#[test]
fn structure_follows_the_report() {
    let report = report();
    assert_eq!(report.source.publication, "Renault 2016-2017 Annual Report");
    assert_eq!(report.feature.title, "The Renault-Nissan Alliance");
    assert_eq!(
        report.feature.headline,
        "Employees know how important the Alliance is and why"
    );
    let headings: Vec<&str> = report.articles.iter().map(|a| a.heading.as_str()).collect();
    assert_eq!(
        headings,
        [
            "Nearly 600 recruitments",
            "Combining tradition and innovation at Le Mans",
            "Designed for the city"
        ]
    );
    let ids: Vec<&str> = report.interviews.iter().map(|i| i.id.as_str()).collect();
    assert_eq!(ids, ["catherine-perez", "nathalie-retourne"]);

    let perez = &report.interviews[0];
    assert_eq!(
        perez.label.as_deref(),
        Some("— Interview with Catherine Perez")
    );
    assert_eq!(
        perez.questions[0].answer.speaker_label.as_deref(),
        Some("Catherine Perez —")
    );
    assert!(
        perez.questions[1..]
            .iter()
            .all(|q| q.answer.speaker_label.is_none())
    );
    assert_eq!(perez.questions[2].answer.paragraphs.len(), 2);

    let retourne = &report.interviews[1];
    assert_eq!(retourne.kicker.as_deref(), Some("Challenge met"));
    assert_eq!(
        retourne.standfirst.as_deref(),
        Some("New Micra produced at a French plant.")
    );
    assert!(retourne.intro.is_some());

    let kinds: Vec<TeaserKind> = report.teasers.iter().map(|t| t.kind).collect();
    assert_eq!(kinds, [TeaserKind::Summary, TeaserKind::Heading]);
}

#[test]
fn restored_figures_cite_external_sources() {
    let report = report();
    assert_eq!(report.key_figures.figures.len(), 4);
    for figure in &report.key_figures.figures {
        if let Some(value) = &figure.value {
            assert!(
                value.restored,
                "{}: the extract lost every number",
                figure.id
            );
            assert!(
                matches!(value.source, SourceRef::External(_)),
                "{}",
                figure.id
            );
        }
    }
    assert!(
        report.key_figures.figures[2].value.is_none(),
        "the partnerships have no number"
    );
}

#[test]
fn timeline_has_the_phases_and_honest_dates() {
    let report = report();
    let phases: Vec<String> = report
        .timeline
        .phases
        .iter()
        .map(|p| p.date.canonical())
        .collect();
    assert_eq!(phases, ["2013", "2013/2016", "2017"]);
    let events = &report.timeline.events;
    assert!((9..=12).contains(&events.len()), "{} events", events.len());
    let precision = |id: &str| events.iter().find(|e| e.id == id).unwrap().date.precision();
    assert_eq!(precision("production-starts"), Precision::Day);
    assert_eq!(
        precision("oppama-training"),
        Precision::PartOfYear(YearPart::Late)
    );
    assert_eq!(precision("recruitment"), Precision::YearRange);
    assert_eq!(precision("european-sales"), Precision::Month);
}

#[test]
fn contradicting_start_dates_are_both_kept_with_their_sources() {
    let report = report();
    let event = report
        .timeline
        .events
        .iter()
        .find(|e| e.id == "production-starts")
        .unwrap();
    let quotes: Vec<&str> = event
        .sources
        .iter()
        .filter_map(|s| match s {
            SourceRef::Report(r) => Some(r.quote.as_str()),
            SourceRef::External(_) => None,
        })
        .collect();
    assert!(quotes.contains(&"This led to the production of the first cars in early 2017."));
    assert!(quotes.contains(&"Renault's Flins plant has been producing Micra since 2016."));
    assert!(event.note.as_deref().unwrap_or("").contains("since 2016"));
}

#[test]
fn passages_say_where_they_live() {
    let report = report();
    let answer = report.passage("why-flins-1").expect("answer paragraph");
    assert_eq!(
        answer.location,
        PassageLocation::Answer {
            interview: "catherine-perez",
            question: "why-flins"
        }
    );
    assert!(answer.text.starts_with("The fifth-generation model"));
    assert_eq!(
        answer.path,
        "$.interviews[0].questions[0].answer.paragraphs[0]"
    );

    let paragraph = report.passage("le-mans-plant-1").unwrap();
    assert_eq!(
        paragraph.location,
        PassageLocation::Article {
            article: "le-mans-plant"
        }
    );
    let intro = report.passage("nathalie-retourne-intro").unwrap();
    assert_eq!(
        intro.location,
        PassageLocation::Intro {
            interview: "nathalie-retourne"
        }
    );
    let quote = report.passage("customers-cannot-wait").unwrap();
    assert_eq!(
        quote.location,
        PassageLocation::PullQuote {
            interview: "catherine-perez"
        }
    );
    assert_eq!(
        report.passage("flins-co-production").unwrap().location,
        PassageLocation::Teaser
    );

    assert!(
        report.passage("why-flins").is_none(),
        "a question is not a passage"
    );
    assert!(report.passage("nowhere").is_none());
    // 3 article paragraphs, 7 answer paragraphs, 1 intro, 1 pull quote, 2 teasers.
    assert_eq!(report.passages().count(), 14);
}

#[test]
fn items_resolve_teaser_targets() {
    let report = report();
    let kinds: Vec<ItemKind> = report
        .teasers
        .iter()
        .map(|t| report.item(&t.target).expect("target exists").kind)
        .collect();
    assert_eq!(kinds, [ItemKind::Interview, ItemKind::KeyFigures]);
    assert_eq!(
        report.item("why-flins").unwrap().path,
        "$.interviews[0].questions[0]"
    );
    assert!(report.item("nowhere").is_none());
}

/// The example in docs/authoring.md is this fixture, so the guide cannot
/// show a report that fails the check.
#[test]
fn documented_example_is_the_minimal_fixture_and_valid() {
    let fixture = read("tests/fixtures/minimal-report.json");
    let guide = read("../docs/authoring.md");
    let start = guide.find("```json\n").expect("a json block in the guide") + "```json\n".len();
    let length = guide[start..].find("```").expect("closed block");
    assert_eq!(
        &guide[start..start + length],
        fixture,
        "docs/authoring.md's example differs from tests/fixtures/minimal-report.json"
    );
    let minimal = Report::from_json(&fixture).unwrap_or_else(|e| panic!("{e}"));
    assert_valid(&minimal);
}
