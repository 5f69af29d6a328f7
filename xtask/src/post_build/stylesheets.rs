//! The site's styles inside each page: the files in `style/` (one per
//! component family, as trunk copies them and minifies them) joined in
//! their order into one `<style>` where the first was linked. A page then
//! paints from its HTML alone, without a round trip for a render-blocking
//! stylesheet; the policy allows the `<style>` by its hash (csp.rs).
//!
//! Each page carries the styles of its own family of pages only (story,
//! timeline, interviews) beside those of every page: the build's shell
//! holds them all, and [`PageStyles`] leaves each prerendered page its
//! family's, once the pages are written. A long timeline's thousands of
//! pages then carry no interview styles.
//!
//! Past [`INLINE_EVENT_PAGES_LIMIT`] events, the events' pages link their
//! family's styles instead, from one file with a hash of its content in
//! its name: 15 KB of styles inside each of 2,000 pages would be 31 MB of
//! the site, and the fetches that take the next events' pages ahead of a
//! reader would download them again each time. One file is fetched once
//! and kept (`_headers`, the offline copy), at the price of one round trip
//! before the first event page a reader opens paints. The timeline's own
//! page, where readers come in, keeps its styles inside.

use crate::site_files::{is_event_page, route_of_page};
use crate::{Failure, Outcome};
use report::routes::AppRoute;
use sha2::{Digest, Sha256};
use std::path::Path;

/// The most event pages that carry their styles inside them; a longer
/// timeline's link them (above). The bundled report's ten keep them
/// inside, the example report's thirty link them, so that the test
/// command reads both kinds of page.
pub const INLINE_EVENT_PAGES_LIMIT: usize = 20;

/// The families of pages with a stylesheet of their own in `style/`, by
/// its name; every other stylesheet is for every page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageFamily {
    /// The front page, about, accessibility and "Page not found".
    Story,
    /// The timeline and its events.
    Timeline,
    /// The interviews' list and each interview and question.
    Interviews,
}

impl PageFamily {
    const ALL: [PageFamily; 3] = [Self::Story, Self::Timeline, Self::Interviews];

    /// The name of this family's stylesheet in `style/`, without `.css`.
    fn stylesheet(self) -> &'static str {
        match self {
            Self::Story => "story",
            Self::Timeline => "timeline",
            Self::Interviews => "interview",
        }
    }

    /// The family of the page written at `file` in the site
    /// (`timeline/x/index.html`; `404.html`, the story's).
    pub fn of_page(file: &str) -> Self {
        match route_of_page(file) {
            Some(AppRoute::Timeline { .. }) => Self::Timeline,
            Some(AppRoute::Interviews | AppRoute::Interview { .. }) => Self::Interviews,
            _ => Self::Story,
        }
    }
}

/// The styles the build put in its shell, and what each family of pages
/// keeps of them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InlineStyles {
    /// Every stylesheet, as the shell holds them.
    pub every: String,
    /// Each family's styles: every page's and its own, in the links' order.
    pub families: Vec<(PageFamily, String)>,
}

impl InlineStyles {
    /// The styles of a page written at `file`.
    fn of_page(&self, file: &str) -> &str {
        self.of_family(PageFamily::of_page(file))
    }

    fn of_family(&self, family: PageFamily) -> &str {
        self.families
            .iter()
            .find(|(each, _)| *each == family)
            .map_or(&self.every, |(_, css)| css)
    }

    /// Every `<style>` contents a page of the build may have, for the
    /// policy's hashes.
    pub fn contents(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.every.as_str())
            .chain(self.families.iter().map(|(_, css)| css.as_str()))
    }
}

/// A `<link rel=stylesheet>` of the page, where it stands in the HTML.
#[derive(Debug, Clone, PartialEq, Eq)]
struct StylesheetLink {
    start: usize,
    end: usize,
    href: String,
}

/// Replaces the stylesheets `html` links to with one `<style>` holding
/// them all, in their order, where the first was, and removes their files
/// from `staging`. `public_url` is the prefix trunk gave the links
/// (`/reports/micra/`). Returns the page and its styles, whole and by
/// family of pages.
pub fn inline(html: &str, staging: &Path, public_url: &str) -> Outcome<(String, InlineStyles)> {
    let links = stylesheet_links(html);
    let Some(first) = links.first() else {
        let none = InlineStyles {
            every: String::new(),
            families: Vec::new(),
        };
        return Ok((html.to_string(), none));
    };
    let file_of = |link: &StylesheetLink| {
        let path = link.href.strip_prefix(public_url).unwrap_or(&link.href);
        staging.join(path.trim_start_matches('/'))
    };
    let mut css = String::new();
    let mut families: Vec<(PageFamily, String)> = PageFamily::ALL
        .iter()
        .map(|&family| (family, String::new()))
        .collect();
    for link in &links {
        let file = file_of(link);
        let text = std::fs::read_to_string(&file).map_err(|error| {
            Failure::new(
                format!("cannot read the stylesheet {}: {error}", file.display()),
                "check the <link data-trunk rel=\"css\"> tags in index.html",
            )
        })?;
        if text.to_ascii_lowercase().contains("</style") {
            return Err(Failure::new(
                format!(
                    "{} holds `</style`, which would end the page's <style> early",
                    file.display()
                ),
                "write it another way (an escape such as `\\3c /style` in a string)",
            ));
        }
        let text = text.trim();
        css.push_str(text);
        let for_family = family_of_stylesheet(&link.href);
        for (family, family_css) in &mut families {
            if for_family.is_none_or(|only| only == *family) {
                family_css.push_str(text);
            }
        }
    }
    for link in &links {
        let _ = std::fs::remove_file(file_of(link));
    }
    let html = replace_links(html, &links, first, &format!("<style>{css}</style>"));
    Ok((
        html,
        InlineStyles {
            every: css,
            families,
        },
    ))
}

/// The family a stylesheet is for, by its name as trunk wrote it
/// (`timeline-0123abcd.css`); `None`: every page.
fn family_of_stylesheet(href: &str) -> Option<PageFamily> {
    let name = href.rsplit('/').next().unwrap_or(href);
    let stem = name.rsplit_once('-').map_or(name, |(stem, _)| stem);
    let stem = stem.strip_suffix(".css").unwrap_or(stem);
    PageFamily::ALL
        .into_iter()
        .find(|family| family.stylesheet() == stem)
}

/// How each prerendered page comes to keep its own family's styles only,
/// where the shell's were (the module's doc): set once for the site,
/// then applied to each page (pages.rs).
pub struct PageStyles<'a> {
    styles: &'a InlineStyles,
    /// The `<style>` the build wrote into its shell, hence every page.
    whole: String,
    /// The link that stands in for the events' styles, past the limit.
    linked_events: Option<String>,
}

impl<'a> PageStyles<'a> {
    /// For the site at `site` whose pages are `pages` (as written there:
    /// `timeline/x/index.html`). Past the limit, writes the events'
    /// stylesheet into the site, named for `public_url`.
    pub fn for_site(
        site: &Path,
        pages: &[String],
        styles: &'a InlineStyles,
        public_url: &str,
    ) -> Outcome<Self> {
        let event_pages = pages.iter().filter(|page| is_event_page(page)).count();
        let linked_events = if event_pages > INLINE_EVENT_PAGES_LIMIT {
            let css = styles.of_family(PageFamily::Timeline);
            let name = format!(
                "{}-{}.css",
                PageFamily::Timeline.stylesheet(),
                super::short_hex(&Sha256::digest(css))
            );
            super::write(&site.join(&name), css)?;
            Some(format!(
                "<link rel=\"stylesheet\" href=\"{public_url}{name}\">"
            ))
        } else {
            None
        };
        Ok(Self {
            styles,
            whole: format!("<style>{}</style>", styles.every),
            linked_events,
        })
    }

    /// `html`, the page written at `page`, with its own styles; `None`
    /// when it does not hold the shell's.
    pub fn narrow(&self, html: &str, page: &str) -> Option<String> {
        if !html.contains(&self.whole) {
            return None;
        }
        let own = match &self.linked_events {
            Some(link) if is_event_page(page) => link.clone(),
            _ => format!("<style>{}</style>", self.styles.of_page(page)),
        };
        Some(html.replacen(&self.whole, &own, 1))
    }
}

fn replace_links(
    html: &str,
    links: &[StylesheetLink],
    first: &StylesheetLink,
    with: &str,
) -> String {
    let mut out = String::with_capacity(html.len());
    let mut from = 0;
    for link in links {
        out.push_str(&html[from..link.start]);
        if link == first {
            out.push_str(with);
        }
        from = link.end;
    }
    out.push_str(&html[from..]);
    out
}

/// Every `<link>` with `rel=stylesheet`, in document order.
fn stylesheet_links(html: &str) -> Vec<StylesheetLink> {
    html.match_indices("<link")
        .filter_map(|(start, _)| {
            let end = start + html[start..].find('>')? + 1;
            let tag = &html[start..end];
            (attribute(tag, "rel")? == "stylesheet").then(|| StylesheetLink {
                start,
                end,
                href: attribute(tag, "href").unwrap_or_default().to_string(),
            })
        })
        .filter(|link| !link.href.is_empty())
        .collect()
}

/// The value of attribute `name` in a start tag, quoted or not.
fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let mut rest = tag;
    while let Some(at) = rest.find(name) {
        let before = rest[..at].chars().next_back();
        let after = &rest[at + name.len()..];
        rest = after;
        if !before.is_some_and(char::is_whitespace) {
            continue;
        }
        let Some(value) = after.strip_prefix('=') else {
            continue;
        };
        return Some(match value.chars().next() {
            Some(quote @ ('"' | '\'')) => {
                let value = &value[1..];
                &value[..value.find(quote)?]
            }
            _ => {
                // Bare values may hold slashes (`href=/sub/a.css`); only a
                // `/>` that ends the tag is not part of them.
                let end = value
                    .find(|c: char| c.is_whitespace() || c == '>')
                    .unwrap_or(value.len());
                let closes_the_tag = value[end..].starts_with('>');
                let value = &value[..end];
                match value.strip_suffix('/') {
                    Some(bare) if closes_the_tag => bare,
                    _ => value,
                }
            }
        });
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attributes_are_read_quoted_or_bare() {
        let tag = "<link rel=stylesheet href=\"/a/b-1.css\" data-x='y'>";
        assert_eq!(attribute(tag, "rel"), Some("stylesheet"));
        assert_eq!(attribute(tag, "href"), Some("/a/b-1.css"));
        assert_eq!(attribute(tag, "data-x"), Some("y"));
        assert_eq!(attribute("<link data-rel=x>", "rel"), None);
        let minified = "<link href=/reports/micra/a-1.css integrity=sha384-x rel=stylesheet>";
        assert_eq!(attribute(minified, "href"), Some("/reports/micra/a-1.css"));
        assert_eq!(attribute(minified, "rel"), Some("stylesheet"));
        assert_eq!(
            attribute("<link rel=stylesheet href=/a.css/>", "href"),
            Some("/a.css")
        );
    }

    #[test]
    fn the_stylesheets_become_one_style_element_where_the_first_was_linked() {
        let staging = std::env::temp_dir().join(format!("micra-css-{}", std::process::id()));
        std::fs::create_dir_all(&staging).unwrap();
        std::fs::write(staging.join("tokens-1.css"), ":root{--a:1}\n").unwrap();
        std::fs::write(staging.join("base-2.css"), "body{color:red}").unwrap();
        let html = "<head><meta charset=utf-8><link rel=stylesheet href=/sub/tokens-1.css integrity=sha384-x><link rel=icon href=/sub/f.svg><link rel=\"stylesheet\" href=\"/sub/base-2.css\"><script type=module>go()</script></head>";
        assert_eq!(
            inline(html, &staging, "/sub/").unwrap().0,
            "<head><meta charset=utf-8><style>:root{--a:1}body{color:red}</style><link rel=icon href=/sub/f.svg><script type=module>go()</script></head>",
            "in the order of the links, and nothing else moves"
        );
        assert!(!staging.join("tokens-1.css").exists() && !staging.join("base-2.css").exists());
        std::fs::remove_dir_all(staging).unwrap();
    }

    #[test]
    fn each_family_of_pages_keeps_every_pages_styles_and_its_own_in_order() {
        let staging = std::env::temp_dir().join(format!("micra-css-family-{}", std::process::id()));
        std::fs::create_dir_all(staging.join("site/timeline/a")).unwrap();
        for (file, css) in [
            ("tokens-1.css", "T"),
            ("story-2.css", "S"),
            ("timeline-3.css", "L"),
            ("interview-4.css", "I"),
            ("print-5.css", "P"),
        ] {
            std::fs::write(staging.join(file), css).unwrap();
        }
        let links: String = [
            "tokens-1",
            "story-2",
            "timeline-3",
            "interview-4",
            "print-5",
        ]
        .map(|name| format!("<link rel=stylesheet href=/{name}.css>"))
        .concat();
        let (shell, styles) = inline(&format!("<head>{links}</head>"), &staging, "/").unwrap();
        assert_eq!(shell, "<head><style>TSLIP</style></head>");
        let site = staging.join("site");
        for file in ["index.html", "404.html", "timeline/a/index.html"] {
            std::fs::write(site.join(file), &shell).unwrap();
        }
        std::fs::create_dir_all(site.join("interviews/x/q")).unwrap();
        std::fs::write(site.join("interviews/x/q/index.html"), &shell).unwrap();
        crate::post_build::pages::finish(&site, &styles, "/").unwrap();
        let page = |file: &str| std::fs::read_to_string(site.join(file)).unwrap();
        assert_eq!(page("index.html"), "<head><style>TSP</style></head>");
        assert_eq!(page("404.html"), "<head><style>TSP</style></head>");
        assert_eq!(
            page("timeline/a/index.html"),
            "<head><style>TLP</style></head>"
        );
        assert_eq!(
            page("interviews/x/q/index.html"),
            "<head><style>TIP</style></head>"
        );
        assert_eq!(
            styles.contents().collect::<Vec<_>>(),
            ["TSLIP", "TSP", "TLP", "TIP"],
            "the policy allows each"
        );
        std::fs::remove_dir_all(staging).unwrap();
    }

    #[test]
    fn past_the_limit_the_events_pages_link_one_file_and_the_timelines_own_keeps_its_styles() {
        let styles = InlineStyles {
            every: "TSLIP".to_string(),
            families: vec![
                (PageFamily::Story, "TSP".to_string()),
                (PageFamily::Timeline, "TLP".to_string()),
                (PageFamily::Interviews, "TIP".to_string()),
            ],
        };
        let shell = "<head><style>TSLIP</style></head>";
        let site_with = |events: usize| {
            let site = std::env::temp_dir()
                .join(format!("micra-css-linked-{events}-{}", std::process::id()));
            let _ = std::fs::remove_dir_all(&site);
            for event in 0..events {
                let folder = site.join(format!("timeline/e{event}"));
                std::fs::create_dir_all(&folder).unwrap();
                std::fs::write(folder.join("index.html"), shell).unwrap();
            }
            std::fs::write(site.join("timeline/index.html"), shell).unwrap();
            std::fs::write(site.join("index.html"), shell).unwrap();
            crate::post_build::pages::finish(&site, &styles, "/sub/").unwrap();
            site
        };
        let page = |site: &Path, file: &str| std::fs::read_to_string(site.join(file)).unwrap();

        let short = site_with(INLINE_EVENT_PAGES_LIMIT);
        assert_eq!(
            page(&short, "timeline/e0/index.html"),
            "<head><style>TLP</style></head>"
        );
        assert!(!std::fs::read_dir(&short).unwrap().any(|entry| {
            entry
                .unwrap()
                .file_name()
                .to_string_lossy()
                .ends_with(".css")
        }));

        let long = site_with(INLINE_EVENT_PAGES_LIMIT + 1);
        let name = format!(
            "timeline-{}.css",
            crate::post_build::short_hex(&Sha256::digest("TLP"))
        );
        assert_eq!(std::fs::read_to_string(long.join(&name)).unwrap(), "TLP");
        for event in [0, INLINE_EVENT_PAGES_LIMIT] {
            assert_eq!(
                page(&long, &format!("timeline/e{event}/index.html")),
                format!("<head><link rel=\"stylesheet\" href=\"/sub/{name}\"></head>")
            );
        }
        assert_eq!(
            page(&long, "timeline/index.html"),
            "<head><style>TLP</style></head>"
        );
        assert_eq!(page(&long, "index.html"), "<head><style>TSP</style></head>");
        for site in [short, long] {
            std::fs::remove_dir_all(site).unwrap();
        }
    }

    #[test]
    fn a_stylesheet_that_would_end_the_style_element_is_refused() {
        let staging = std::env::temp_dir().join(format!("micra-css-end-{}", std::process::id()));
        std::fs::create_dir_all(&staging).unwrap();
        std::fs::write(staging.join("a.css"), "p::after{content:'</STYLE>'}").unwrap();
        let failure = inline("<link rel=stylesheet href=/a.css>", &staging, "/").unwrap_err();
        assert!(failure.what.contains("`</style`"), "{}", failure.what);
        std::fs::remove_dir_all(staging).unwrap();
    }
}
