//! One small break of the real report per rule, and the exact problem it
//! gets: rule, JSON path and message.

use std::fs;
use std::path::Path;

use report::{Problem, Report, Rule, is_kebab_case};
use serde_json::{Value, json};

fn real() -> Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../public/data/report.json");
    serde_json::from_str(&fs::read_to_string(path).unwrap()).unwrap()
}

/// Problems of the real report after `change`, which must keep it a report.
fn problems_after(change: impl FnOnce(&mut Value)) -> Vec<Problem> {
    let mut value = real();
    change(&mut value);
    Report::from_json(&value.to_string())
        .unwrap_or_else(|e| panic!("{e}"))
        .validate()
}

fn set(value: &mut Value, pointer: &str, new: Value) {
    *value
        .pointer_mut(pointer)
        .unwrap_or_else(|| panic!("no {pointer}")) = new;
}

/// The report's timeline events, to reorder or add to.
fn events(report: &mut Value) -> &mut Vec<Value> {
    report
        .pointer_mut("/timeline/events")
        .and_then(Value::as_array_mut)
        .expect("the report has timeline events")
}

#[track_caller]
fn assert_only(problems: &[Problem], rule: Rule, path: &str, message: &str) {
    assert_eq!(problems.len(), 1, "expected one problem, got {problems:#?}");
    let problem = &problems[0];
    assert_eq!(
        (
            problem.rule,
            problem.path.as_str(),
            problem.message.as_str()
        ),
        (rule, path, message)
    );
    assert!(!problem.hint.is_empty());
}

#[test]
fn duplicate_id() {
    let problems = problems_after(|r| set(r, "/articles/2/paragraphs/0/id", json!("why-flins")));
    assert_only(
        &problems,
        Rule::DuplicateId,
        "$.interviews[0].questions[0].id",
        "the id \"why-flins\" is already used by the paragraph at $.articles[2].paragraphs[0]",
    );
}

#[test]
fn id_not_kebab_case() {
    let problems = problems_after(|r| {
        set(
            r,
            "/key_figures/figures/2/id",
            json!("Fruitful_Partnerships"),
        )
    });
    assert_only(
        &problems,
        Rule::IdNotKebabCase,
        "$.key_figures.figures[2].id",
        "the id \"Fruitful_Partnerships\" is not kebab-case",
    );
    assert!(
        problems[0].hint.contains("\"fruitful-partnerships\""),
        "{}",
        problems[0].hint
    );
}

#[test]
fn kebab_case_definition() {
    for good in ["why-flins", "a", "2013", "le-mans-plant-1"] {
        assert!(is_kebab_case(good), "{good}");
    }
    for bad in [
        "",
        "-a",
        "a-",
        "a--b",
        "Why",
        "why_flins",
        "retourné",
        "a b",
    ] {
        assert!(!is_kebab_case(bad), "{bad}");
    }
}

#[test]
fn empty_text() {
    let problems = problems_after(|r| set(r, "/timeline/events/3/summary", json!("  \n")));
    assert_only(
        &problems,
        Rule::EmptyText,
        "$.timeline.events[3].summary",
        "the text is empty",
    );
}

#[test]
fn interview_without_questions() {
    let problems = problems_after(|r| set(r, "/interviews/1/questions", json!([])));
    assert_only(
        &problems,
        Rule::EmptyList,
        "$.interviews[1].questions",
        "interview \"nathalie-retourne\" has no questions",
    );
}

#[test]
fn article_without_paragraphs() {
    let problems = problems_after(|r| set(r, "/articles/2/paragraphs", json!([])));
    assert_only(
        &problems,
        Rule::EmptyList,
        "$.articles[2].paragraphs",
        "article \"city-car\" has no paragraphs",
    );
}

#[test]
fn source_cites_a_missing_passage() {
    let problems = problems_after(|r| {
        set(
            r,
            "/timeline/events/4/sources/0/passage",
            json!("recruitments-9"),
        )
    });
    assert_only(
        &problems,
        Rule::MissingReference,
        "$.timeline.events[4].sources[0].passage",
        "there is no passage with the id \"recruitments-9\"",
    );
}

#[test]
fn source_cites_something_that_is_not_a_passage() {
    let problems = problems_after(|r| {
        set(
            r,
            "/timeline/events/4/sources/0/passage",
            json!("why-flins"),
        )
    });
    assert_only(
        &problems,
        Rule::MissingReference,
        "$.timeline.events[4].sources[0].passage",
        "\"why-flins\" is a question, not a passage",
    );
}

#[test]
fn pull_quote_placed_after_a_question_of_another_interview() {
    let problems = problems_after(|r| set(r, "/pull_quotes/0/after", json!("nissan-processes")));
    assert_only(
        &problems,
        Rule::MissingReference,
        "$.pull_quotes[0].after",
        "\"nissan-processes\" is not a question of interview \"catherine-perez\"",
    );
}

#[test]
fn pull_quote_of_a_missing_interview() {
    let problems = problems_after(|r| set(r, "/pull_quotes/0/interview", json!("carlos-ghosn")));
    assert_only(
        &problems,
        Rule::MissingReference,
        "$.pull_quotes[0].interview",
        "there is no interview with the id \"carlos-ghosn\"",
    );
}

#[test]
fn teaser_leads_nowhere() {
    let problems = problems_after(|r| set(r, "/teasers/1/target", json!("key-numbers")));
    assert_only(
        &problems,
        Rule::MissingReference,
        "$.teasers[1].target",
        "the teaser leads to \"key-numbers\", which is not an id in the report",
    );
}

#[test]
fn event_phase_names_a_site() {
    let problems = problems_after(|r| set(r, "/timeline/events/0/phase", json!("flins")));
    assert_only(
        &problems,
        Rule::MissingReference,
        "$.timeline.events[0].phase",
        "\"flins\" is a site, not a phase",
    );
    assert_eq!(
        problems[0].hint,
        "known phases: \"site-choice\", \"preparation\", \"production\""
    );
}

#[test]
fn event_site_theme_and_person_must_exist() {
    let problems = problems_after(|r| {
        set(r, "/timeline/events/6/sites/0", json!("geneva"));
        set(r, "/timeline/events/6/themes/0", json!("markets"));
        set(r, "/timeline/events/5/people/0", json!("olivier-talabard"));
    });
    let found: Vec<(&str, &str)> = problems
        .iter()
        .map(|p| (p.path.as_str(), p.message.as_str()))
        .collect();
    assert_eq!(
        found,
        [
            (
                "$.timeline.events[5].people[0]",
                "there is no interview with the id \"olivier-talabard\""
            ),
            (
                "$.timeline.events[6].sites[0]",
                "there is no site with the id \"geneva\""
            ),
            (
                "$.timeline.events[6].themes[0]",
                "there is no theme with the id \"markets\""
            ),
        ]
    );
    assert!(problems.iter().all(|p| p.rule == Rule::MissingReference));
}

#[test]
fn interviewee_site_must_exist() {
    let problems = problems_after(|r| set(r, "/interviews/1/interviewee/site", json!("flin")));
    assert_only(
        &problems,
        Rule::MissingReference,
        "$.interviews[1].interviewee.site",
        "there is no site with the id \"flin\"",
    );
}

#[test]
fn quote_not_in_its_passage() {
    // The classic slip: a straight apostrophe where the report has ’.
    let problems = problems_after(|r| {
        set(
            r,
            "/timeline/events/5/sources/0/quote",
            json!("one of the 60 Flins employees to train at Nissan's Oppama site in Japan"),
        )
    });
    assert_only(
        &problems,
        Rule::QuoteNotInPassage,
        "$.timeline.events[5].sources[0].quote",
        "the quote does not occur in passage \"nathalie-retourne-intro\"",
    );
    assert!(
        problems[0]
            .hint
            .contains("it begins \"Nathalie Retourné, Head of the Paint Shop")
    );
}

#[test]
fn events_out_of_order() {
    let problems = problems_after(|r| {
        let events = events(r);
        events.swap(7, 8);
    });
    assert_only(
        &problems,
        Rule::OutOfOrder,
        "$.timeline.events[8].date",
        "event \"le-mans-chassis\" (end 2016) happened before \"production-starts\" (2017-01-11), which is listed earlier at $.timeline.events[7]",
    );
}

#[test]
fn a_loose_date_does_not_hide_a_misplaced_event() {
    // 2016-09, then 2013/2016 (overlaps, fine), then 2014-01-30: before 2016-09.
    let problems = problems_after(|r| {
        let events = events(r);
        let volume = events.remove(3); // 2014-01-30
        let investment = events.remove(2); // 2013/2016
        events.insert(5, investment); // after paris-motor-show (2016-09)
        events.insert(6, volume);
    });
    assert_only(
        &problems,
        Rule::OutOfOrder,
        "$.timeline.events[6].date",
        "event \"volume-raised\" (2014-01-30) happened before \"paris-motor-show\" (2016-09), which is listed earlier at $.timeline.events[4]",
    );
}

#[test]
fn phases_out_of_order() {
    let problems = problems_after(|r| {
        r.pointer_mut("/timeline/phases")
            .unwrap()
            .as_array_mut()
            .unwrap()
            .swap(1, 2);
    });
    assert_only(
        &problems,
        Rule::OutOfOrder,
        "$.timeline.phases[2].date",
        "phase \"preparation\" (2013/2016) happened before \"production\" (2017), which is listed earlier at $.timeline.phases[1]",
    );
}

#[test]
fn event_outside_its_phase() {
    let problems = problems_after(|r| set(r, "/timeline/events/9/date", json!("2018-03")));
    assert_only(
        &problems,
        Rule::OutsidePhase,
        "$.timeline.events[9].date",
        "event \"european-sales\" (2018-03) is outside its phase \"production\" (2017)",
    );
    assert_eq!(
        problems[0].hint,
        "change the date or the phase; \"2017\" runs from 2017-01-01 to 2017-12-31"
    );
}

#[test]
fn event_without_source() {
    let problems = problems_after(|r| set(r, "/timeline/events/2/sources", json!([])));
    assert_only(
        &problems,
        Rule::MissingSource,
        "$.timeline.events[2].sources",
        "event \"flins-investment\" has no source",
    );
}

#[test]
fn restored_value_needs_an_external_source() {
    let problems = problems_after(|r| {
        set(
            r,
            "/key_figures/figures/0/value/source",
            json!({"kind": "report", "passage": "le-mans-plant-1", "quote": "Le Mans"}),
        )
    });
    assert_only(
        &problems,
        Rule::RestoredFlag,
        "$.key_figures.figures[0].value.restored",
        "a restored value must cite an external source",
    );
}

#[test]
fn external_value_must_be_marked_restored() {
    let problems =
        problems_after(|r| set(r, "/key_figures/figures/0/value/restored", json!(false)));
    assert_only(
        &problems,
        Rule::RestoredFlag,
        "$.key_figures.figures[0].value.restored",
        "a value taken from an external source must be marked restored",
    );
}

#[test]
fn every_problem_is_reported_at_once() {
    let problems = problems_after(|r| {
        set(r, "/feature/id", json!("Feature"));
        set(r, "/articles/0/heading", json!(""));
        set(r, "/teasers/0/target", json!("olivier-talabard"));
        set(r, "/timeline/events/9/date", json!("2018"));
        set(
            r,
            "/timeline/events/4/sources/0/quote",
            json!("600 recruits"),
        );
    });
    let rules: Vec<Rule> = problems.iter().map(|p| p.rule).collect();
    assert_eq!(
        rules,
        [
            Rule::IdNotKebabCase,
            Rule::EmptyText,
            Rule::MissingReference,
            Rule::QuoteNotInPassage,
            Rule::OutsidePhase,
        ]
    );
}

#[test]
fn problem_display_has_path_message_rule_and_hint() {
    let problems = problems_after(|r| set(r, "/timeline/events/2/sources", json!([])));
    let shown = problems[0].to_string();
    assert!(shown.starts_with(
        "$.timeline.events[2].sources: event \"flins-investment\" has no source [missing-source]\n  hint: "
    ), "{shown}");
}

#[test]
fn an_id_the_app_gives_its_own_parts_is_refused() {
    for (id, reserved) in [
        ("main", true),
        ("timeline-list", true),
        ("why-flins-question", true),
        ("why-flins-2", false),
    ] {
        let problems = problems_after(|r| set(r, "/sites/0/id", json!(id)));
        let refused = problems.iter().any(|problem| {
            problem.rule == Rule::ReservedId
                && problem.path == "$.sites[0].id"
                && problem.message == format!("the id \"{id}\" is one the app gives its own parts")
        });
        assert_eq!(refused, reserved, "{id}: {problems:#?}");
    }
}

#[test]
fn a_source_link_must_be_a_web_address() {
    for (url, safe) in [
        ("https://www.nissan.co.uk/", true),
        ("http://example.org/page?x=1", true),
        ("javascript:alert(1)", false),
        ("JavaScript:alert(1)", false),
        ("data:text/html,<p>hi</p>", false),
        ("https://", false),
        ("//example.org/", false),
    ] {
        let problems = problems_after(|r| {
            r.pointer_mut("/timeline/events/0/sources/2").unwrap()["url"] = json!(url);
        });
        let unsafe_url = problems.iter().any(|problem| {
            problem.rule == Rule::UnsafeUrl && problem.path == "$.timeline.events[0].sources[2].url"
        });
        assert_eq!(!unsafe_url, safe, "{url}: {problems:#?}");
        if safe {
            assert!(problems.is_empty(), "{url}: {problems:#?}");
        }
    }
}

#[test]
fn a_hint_lists_twenty_known_ids_and_counts_the_others() {
    let problems = problems_after(|r| {
        let sites = r.pointer_mut("/sites").unwrap().as_array_mut().unwrap();
        for n in 0..30 {
            sites.push(json!({"id": format!("site-{n}"), "label": format!("Site {n}")}));
        }
        set(r, "/timeline/events/0/sites/0", json!("geneva"));
    });
    let problem = problems
        .iter()
        .find(|problem| problem.rule == Rule::MissingReference)
        .expect("the unknown site");
    let listed = problem.hint.matches('"').count() / 2;
    assert_eq!(listed, report::HINT_IDS, "{}", problem.hint);
    assert!(problem.hint.ends_with(" and 15 more"), "{}", problem.hint);
}

#[test]
fn many_problems_are_all_found_and_a_hundred_shown() {
    let problems = problems_after(|r| {
        let events = events(r);
        let first = events[0].clone();
        for n in 0..150 {
            let mut copy = first.clone();
            copy["id"] = json!(format!("copy-{n}"));
            copy["sites"] = json!([format!("nowhere-{n}")]);
            events.insert(1, copy);
        }
    });
    let unknown_sites = problems
        .iter()
        .filter(|problem| problem.message.starts_with("there is no site"))
        .count();
    assert_eq!(unknown_sites, 150);
    let (shown, more) = report::shown_problems(&problems);
    assert_eq!(shown.len(), report::SHOWN_PROBLEMS);
    assert_eq!(more, problems.len() - report::SHOWN_PROBLEMS);
}

#[test]
fn the_language_must_be_a_tag_a_page_can_carry() {
    for (tag, valid) in [
        ("fr", true),
        ("pt-BR", true),
        ("French", false),
        ("en_GB", false),
        ("fr ", false),
        ("english language", false),
    ] {
        let problems = problems_after(|r| set(r, "/source/language", json!(tag)));
        if valid {
            assert!(problems.is_empty(), "{tag}: {problems:#?}");
        } else {
            assert_only(
                &problems,
                Rule::LanguageTag,
                "$.source.language",
                &format!("\"{tag}\" is not a language tag"),
            );
        }
    }
}

#[test]
fn presentation_texts_are_optional_but_never_empty() {
    assert!(
        problems_after(|r| {
            r.as_object_mut().unwrap().remove("presentation");
        })
        .is_empty()
    );
    let problems = problems_after(|r| set(r, "/presentation/timeline_intro", json!(" ")));
    assert_only(
        &problems,
        Rule::EmptyText,
        "$.presentation.timeline_intro",
        "the text is empty",
    );
}
