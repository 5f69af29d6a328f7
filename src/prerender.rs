//! The site's pages, rendered at build time by the app's own components.
//!
//! Each address of [`AppRoute::all`] (and `404.html`) becomes a copy of the
//! built `index.html` whose `<body>` holds the page as the app renders it
//! and whose `<head>` holds that page's title and descriptions, as the
//! page's components set them. A static host then answers every deep link
//! with status 200 and the whole text, readable before (or without) the
//! wasm; then only its islands come alive (`src/start.rs`).
//!
//! Native only (`--features ssr`); the browser build never contains it.

use crate::App;
use crate::base_path::site_href;
use futures::StreamExt;
use leptos::prelude::*;
use leptos::tachys::view::RenderHtml;
use leptos_meta::ServerMetaContext;
use leptos_router::location::RequestUrl;
use report::Report;
use report::routes::AppRoute;
use std::sync::Arc;

/// The file a plain static host answers unknown addresses with.
pub const NOT_FOUND_FILE: &str = "404.html";

/// The id of the element in `index.html` the pages are written into.
pub const APP_ROOT_ID: &str = "app";
/// Marks that element once it holds a prerendered page (the end-to-end
/// hydration test checks that the islands left it as it was).
pub const PRERENDERED_ATTRIBUTE: &str = "data-prerendered";

/// The built `index.html`, made ready to hold any page: the front page's
/// own title and descriptions removed (each page's come from its
/// components), and the place of the app's markup found.
#[derive(Debug, Clone)]
pub struct PageTemplate {
    /// Everything before the `<html>` start tag, which each page writes
    /// with its own `lang`.
    before_html: String,
    /// Everything after that tag up to the app's root element, its start
    /// tag included.
    before_app: String,
    /// The root's end tag and everything after it.
    after_app: String,
}

impl PageTemplate {
    /// Prepares the built `index.html`. Fails, naming what is missing,
    /// when it lacks a tag the pages need.
    pub fn from_index(html: &str) -> Result<Self, String> {
        let mut html = remove_element(html, "title")?;
        for attribute in [
            "name=description",
            "property=og:title",
            "property=og:description",
        ] {
            html = remove_meta(&html, attribute)?;
        }
        let root = [
            format!("<div id={APP_ROOT_ID}>"),
            format!("<div id=\"{APP_ROOT_ID}\">"),
        ]
        .into_iter()
        .find_map(|tag| html.find(&tag).map(|at| (at, tag.len())))
        .ok_or_else(|| format!("index.html has no <div id=\"{APP_ROOT_ID}\"></div>"))?;
        let (start, tag_len) = root;
        let close = html[start..]
            .find("</div>")
            .map(|offset| start + offset)
            .ok_or("index.html does not close its app root")?;
        if html[start + tag_len..close].trim() != "" {
            return Err("index.html's app root must be empty".to_string());
        }
        // leptos_meta writes the page's head tags before `</head>`, which
        // an HTML minifier may leave out (it is optional): put it back.
        let mut before_app = html[..start].to_string();
        if !before_app.contains("</head>") {
            let body = before_app.find("<body").unwrap_or(before_app.len());
            before_app.insert_str(body, "</head>");
        }
        before_app.push_str(&format!(
            "<div id=\"{APP_ROOT_ID}\" {PRERENDERED_ATTRIBUTE}>"
        ));
        let html_tag = before_app
            .find("<html")
            .ok_or("index.html has no <html> start tag")?;
        let html_tag_end = html_tag
            + before_app[html_tag..]
                .find('>')
                .ok_or("index.html does not close its <html> start tag")?
            + 1;
        Ok(Self {
            before_html: before_app[..html_tag].to_string(),
            before_app: before_app[html_tag_end..].to_string(),
            after_app: html[close..].to_string(),
        })
    }

    /// The page at in-app `path` (`/timeline/flins-chosen`) of a site
    /// hosted under `base` (`/reports/micra`, or empty), rendered from
    /// `report` by the app's components.
    pub fn render(&self, base: &str, path: &str, report: Arc<Report>) -> String {
        // The interface's language: the report's, when the interface
        // speaks it (its text is marked otherwise); a tag, so it needs no
        // escaping.
        let lang = crate::ui_text::Language::for_report(&report.source.language).tag();
        let base = base.to_string();
        let page = render_with_head(
            &site_href(&base, path),
            move || view! { <App base report/> },
            |body| {
                format!(
                    "{}<html lang=\"{lang}\">{}{body}{}",
                    self.before_html, self.before_app, self.after_app
                )
            },
        );
        with_empty_comments_in_full(&page)
    }
}

/// The HTML elements tachys can write whose content the parser does not
/// read as markup: `<script>`, `<style>` and `<iframe>` (raw text),
/// `<textarea>` and `<title>` (text with entities), and `<noscript>` (raw
/// text where scripts run). In them `<!>` is text, not a comment.
const TEXT_ONLY_ELEMENTS: [&str; 6] =
    ["script", "style", "textarea", "title", "iframe", "noscript"];

/// The elements whose content is SVG or MathML, where no element is
/// text-only: an SVG `<title>` (the timeline's marks have one) holds
/// markup, and Leptos's markers.
const FOREIGN_ROOTS: [&str; 2] = ["svg", "math"];

/// `html` with each of Leptos's `<!>` markers written `<!---->`.
///
/// Leptos (tachys) marks where one text node ends and the next begins,
/// and where a view may later appear, with an empty comment written the
/// short way, `<!>`. A browser's parser reads `<!>` exactly as it reads
/// `<!---->`: an empty comment node (the tokenizer's "incorrectly opened
/// comment"), so the document the islands hydrate, and the one
/// `DOMParser` reads another event's detail from, are the same either
/// way. But the short way is a parse error, which the Nu Html Checker
/// reports on every marker ("Bogus comment"): the pages are written the
/// valid way instead.
///
/// Why only markers change: tachys escapes every text and attribute value
/// it writes (`<` and `>` become `&lt;` and `&gt;`, the report's text
/// included), so outside comments and text-only elements the characters
/// `<!>` can only be a marker. Inside an HTML `<script>`, `<style>`,
/// `<title>`… tachys writes text unescaped and `<!>` would be their text:
/// their content, and every comment, is copied as it is. (Inside an SVG's
/// `<foreignObject>`, HTML again, the app puts no text-only element.)
pub fn with_empty_comments_in_full(html: &str) -> String {
    const MARKER: &str = "<!>";
    const IN_FULL: &str = "<!---->";
    let mut written = String::with_capacity(html.len() + html.len() / 32);
    let mut rest = html;
    // How many <svg> and <math> elements the text at `rest` is inside.
    let mut foreign_depth = 0_usize;
    while let Some(at) = rest.find('<') {
        written.push_str(&rest[..at]);
        rest = &rest[at..];
        if let Some(after) = rest.strip_prefix(MARKER) {
            written.push_str(IN_FULL);
            rest = after;
            continue;
        }
        let text_only = match foreign_depth {
            0 => tag_at(rest, "<", &TEXT_ONLY_ELEMENTS),
            _ => None,
        };
        let copied = if rest.starts_with("<!--") {
            comment_length(rest)
        } else if let Some(name) = text_only {
            // Up to its end tag (or the end of the page, as the parser does).
            let content = 1 + name.len();
            content + tag_at_or_after(&rest[content..], "</", name).unwrap_or(rest.len() - content)
        } else if tag_at(rest, "<", &FOREIGN_ROOTS).is_some() {
            // Its start tag, whose attribute values hold no `>` (escaped).
            let tag = rest.find('>').map_or(rest.len(), |end| end + 1);
            if !rest[..tag].ends_with("/>") {
                foreign_depth += 1;
            }
            tag
        } else {
            if tag_at(rest, "</", &FOREIGN_ROOTS).is_some() {
                foreign_depth = foreign_depth.saturating_sub(1);
            }
            1
        };
        written.push_str(&rest[..copied]);
        rest = &rest[copied..];
    }
    written.push_str(rest);
    written
}

/// The length of the comment `html` starts with (`<!--`), its end
/// included: `-->`, `--!>`, or the abrupt `<!-->` and `<!--->`.
fn comment_length(html: &str) -> usize {
    let after_open = &html[4..];
    if after_open.starts_with('>') {
        return 5;
    }
    if after_open.starts_with("->") {
        return 6;
    }
    let end = ["-->", "--!>"]
        .iter()
        .filter_map(|close| after_open.find(close).map(|at| at + close.len()))
        .min()
        .unwrap_or(after_open.len());
    4 + end
}

/// Which of `names` the tag `html` starts with names, in any case: `<`
/// (a start tag) or `</` (an end tag), the name, then a space, `>` or `/`.
fn tag_at<'a>(html: &str, opening: &str, names: &[&'a str]) -> Option<&'a str> {
    let tag = html.strip_prefix(opening)?;
    names.iter().copied().find(|name| {
        tag.get(..name.len())
            .is_some_and(|start| start.eq_ignore_ascii_case(name))
            && tag[name.len()..]
                .chars()
                .next()
                .is_some_and(|after| after.is_ascii_whitespace() || after == '>' || after == '/')
    })
}

/// Where in `html` the first tag `opening` + `name` begins.
fn tag_at_or_after(html: &str, opening: &str, name: &str) -> Option<usize> {
    html.match_indices(opening)
        .map(|(at, _)| at)
        .find(|&at| tag_at(&html[at..], opening, &[name]).is_some())
}

/// `view`, rendered natively as the server renders a page at `url`, put
/// into its `document`, with the head tags its components set (leptos_meta:
/// `<Title>`, `<Meta>`) written into that document's `<head>`. Call
/// [`init_executor`] once first.
pub fn render_with_head<V: IntoView + 'static>(
    url: &str,
    view: impl FnOnce() -> V,
    document: impl FnOnce(String) -> String,
) -> String {
    let owner = Owner::new_root(Some(Arc::new(hydration_context::SsrSharedContext::new())));
    let page = owner.with(|| {
        provide_context(RequestUrl::new(url));
        let (meta, head) = ServerMetaContext::new();
        provide_context(meta);
        let document = document(view().into_view().to_html());
        futures::executor::block_on(async move {
            head.inject_meta_context(futures::stream::iter([document]))
                .await
                .collect::<String>()
                .await
        })
    });
    owner.cleanup();
    page
}

/// One file of the built site and its content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PrerenderedPage {
    /// Where it goes in the built site: `timeline/index.html`.
    pub file: String,
    /// The whole HTML document.
    pub html: String,
}

/// The environment variable that limits the pages written to a list of
/// in-app paths (`/,/timeline`): the benchmark's 2,000-event site needs
/// three of its 2,000 pages. Unset, every page is written.
pub const ONLY_VARIABLE: &str = "MICRA_PRERENDER_ONLY";

/// Every page of the site for `report`: one per [`AppRoute`], and the
/// not-found page. Call [`init_executor`] once first.
pub fn site_pages(
    template: &PageTemplate,
    base: &str,
    report: &Arc<Report>,
) -> Vec<PrerenderedPage> {
    pages_for(template, base, report, &AppRoute::all(report))
}

/// The pages of `routes`, and the not-found page.
pub fn pages_for(
    template: &PageTemplate,
    base: &str,
    report: &Arc<Report>,
    routes: &[AppRoute],
) -> Vec<PrerenderedPage> {
    let mut pages: Vec<PrerenderedPage> = routes
        .iter()
        .map(|route| PrerenderedPage {
            file: route.file(),
            html: template.render(base, &route.path(), Arc::clone(report)),
        })
        .collect();
    pages.push(PrerenderedPage {
        file: NOT_FOUND_FILE.to_string(),
        html: template.render(base, &format!("/{NOT_FOUND_FILE}"), Arc::clone(report)),
    });
    pages
}

/// Where page `file` (`timeline/flins-chosen/index.html`) goes in `site`,
/// refused unless it stays inside: every part of it a plain name, none
/// empty, `.`, `..` or absolute. The report's ids, which name the
/// folders, are checked before (kebab-case); this holds whatever a route
/// is made of.
pub fn file_within(site: &std::path::Path, file: &str) -> Result<std::path::PathBuf, String> {
    let parts: Vec<&str> = file.split('/').collect();
    let plain = |part: &&str| {
        !part.is_empty() && *part != "." && *part != ".." && !part.contains(['\\', ':', '\0'])
    };
    if parts.iter().all(plain) {
        Ok(parts
            .iter()
            .fold(site.to_path_buf(), |path, part| path.join(part)))
    } else {
        Err(format!(
            "refusing to write the page {file:?}: it would not stay inside {}",
            site.display()
        ))
    }
}

/// Starts the executor leptos_meta's head writer runs on; once per process.
pub fn init_executor() -> Result<(), String> {
    any_spawner::Executor::init_futures_executor()
        .map_err(|error| format!("cannot start the render executor: {error:?}"))
}

/// Removes `<tag>…</tag>` (its first occurrence).
fn remove_element(html: &str, tag: &str) -> Result<String, String> {
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
    Ok(format!("{}{}", &html[..start], &html[end..]))
}

/// Removes the `<meta>` tag that has the attribute `attribute` (written
/// `name=value`, quoted or not, as a minifier may leave it).
fn remove_meta(html: &str, attribute: &str) -> Result<String, String> {
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
            return Ok(format!("{}{}", &html[..start], &html[end..]));
        }
        from = end;
    }
    Err(format!("index.html has no <meta {attribute}>"))
}
