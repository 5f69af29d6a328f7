//! The benchmark's pages for the timeline tools readers know: the same
//! 2,000 events rendered by vis-timeline and by TimelineJS, in the same
//! site, host and Chromium as the app's timeline (e2e's bench-timeline
//! measures them). Each page marks `compare:start` before it builds the
//! timeline and `compare:rendered` once the tool says it has drawn it;
//! `window.selectNext()` moves the selection the tool's own way, and
//! `window.selectedMarker()` finds the element that shows it;
//! `compare/tools.json` names the tools.

use super::file_failure;
use crate::Outcome;
use crate::tools::ComparisonTool;
use report::Report;
use serde_json::{Value, json};
use std::path::Path;

/// The folder of the benchmark's site the pages go in.
pub const FOLDER: &str = "compare";

/// Writes `compare/<tool>.html` for each tool, with its script, its
/// stylesheet and `report`'s events.
pub fn write_pages(site: &Path, report: &Report, tools: &[ComparisonTool]) -> Outcome {
    let folder = site.join(FOLDER);
    std::fs::create_dir_all(&folder)
        .map_err(file_failure(format!("creating {}", folder.display())))?;
    let events: Vec<Value> = report
        .timeline
        .events
        .iter()
        .map(|event| {
            let (start, end) = (event.date.start(), event.date.end());
            json!({
                "id": event.id,
                "title": event.title,
                "summary": event.summary,
                "start": [u32::from(start.year), u32::from(start.month), u32::from(start.day)],
                "end": (end != start)
                    .then(|| [u32::from(end.year), u32::from(end.month), u32::from(end.day)]),
            })
        })
        .collect();
    let events = Value::Array(events).to_string();
    let events_file = folder.join("events.js");
    std::fs::write(&events_file, format!("window.EVENTS = {events};"))
        .map_err(file_failure(format!("writing {}", events_file.display())))?;
    let names: Vec<Value> = tools
        .iter()
        .map(|tool| json!({ "slug": tool.slug, "name": tool.name }))
        .collect();
    let list = folder.join("tools.json");
    std::fs::write(&list, Value::Array(names).to_string())
        .map_err(file_failure(format!("writing {}", list.display())))?;
    for tool in tools {
        for (from, to) in [(&tool.script, "js"), (&tool.stylesheet, "css")] {
            let target = folder.join(format!("{}.{to}", tool.slug));
            std::fs::copy(from, &target).map_err(file_failure(format!(
                "copying {} into the benchmark's site",
                from.display()
            )))?;
        }
        let page = folder.join(format!("{}.html", tool.slug));
        let html = page_html(tool.slug, script_for(tool.slug));
        std::fs::write(&page, html).map_err(file_failure(format!("writing {}", page.display())))?;
    }
    Ok(())
}

fn page_html(slug: &str, script: &str) -> String {
    format!(
        "<!doctype html><html lang=en><meta charset=utf-8><title>{slug}</title>\
         <link rel=stylesheet href=\"{slug}.css\">\
         <body style=\"margin:0\"><div id=timeline style=\"width:1280px;height:600px\"></div>\
         <script src=\"events.js\"></script><script src=\"{slug}.js\"></script>\
         <script>{script}</script>"
    )
}

/// How each tool is given the events and asked to select the next one.
fn script_for(slug: &str) -> &'static str {
    match slug {
        "vis-timeline" => {
            "const day = ([y, m, d]) => new Date(y, m - 1, d);
             performance.mark('compare:start');
             const items = new vis.DataSet(EVENTS.map((e) => e.end
               ? { id: e.id, content: e.title, start: day(e.start), end: day(e.end) }
               : { id: e.id, content: e.title, start: day(e.start) }));
             const timeline = new vis.Timeline(document.getElementById('timeline'), items, {});
             timeline.once('changed', () => performance.mark('compare:rendered'));
             let selected = 0;
             window.selectNext = () => { selected += 1; timeline.setSelection(EVENTS[selected].id); };
             window.selectedMarker = () => document.querySelector('.vis-item.vis-selected');"
        }
        _ => {
            "const date = ([year, month, day]) => ({ year, month, day });
             performance.mark('compare:start');
             const data = { events: EVENTS.map((e) => ({
               unique_id: e.id,
               start_date: date(e.start),
               end_date: e.end ? date(e.end) : undefined,
               text: { headline: e.title, text: e.summary },
             })) };
             const timeline = new TL.Timeline('timeline', data);
             timeline.on('loaded', () => performance.mark('compare:rendered'));
             window.selectNext = () => timeline.goToNext();
             window.selectedMarker = () => document.querySelector('.tl-timemarker-active');"
        }
    }
}
