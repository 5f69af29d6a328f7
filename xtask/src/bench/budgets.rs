//! The performance budgets, checked against the figures: each one is
//! stated as met, or "not met: … because …" with the evidence (for
//! Lighthouse, the audits that scored below 1, so a reader sees why).

use super::lighthouse::{Audit, CATEGORIES, Category};
use super::results::{RoutePages, bytes, route_label};
use super::sizes::Sizes;
use std::collections::{BTreeMap, BTreeSet};

/// wasm + JS, brotli: at most 130,000 bytes. Decimal (130 kB, not
/// 130 × 1024 = 133,120 bytes): the stricter reading of "130 KB".
pub const WASM_JS_BROTLI_BYTES: u64 = 130_000;
/// Every category on every main route.
pub const LIGHTHOUSE_SCORE: u8 = 100;
/// The app's Largest Contentful Paint against its floor's, on every main
/// route: prerendered pages paint from their HTML, as the floor does.
pub const LCP_OVER_FLOOR: f64 = 1.2;

/// One Markdown list item per budget.
pub fn check(sizes: &Sizes, pages: &[RoutePages]) -> String {
    let mut lines = vec![size_budget(sizes), paint_budget(pages)];
    lines.extend(
        CATEGORIES
            .iter()
            .map(|category| lighthouse_budget(*category, pages)),
    );
    lines.join("\n")
}

fn size_budget(sizes: &Sizes) -> String {
    let total = sizes.wasm_and_js().brotli;
    let budget = format!(
        "wasm + JS at most {} brotli (130 kB, decimal, not 130 × 1024)",
        bytes(WASM_JS_BROTLI_BYTES)
    );
    if total <= WASM_JS_BROTLI_BYTES {
        format!("- met: {budget}: {}.", bytes(total))
    } else {
        format!(
            "- not met: {budget}, because wasm + JS are {} brotli ({} over): the wasm module {}, the JS {}. Where the wasm's bytes go and what was tried: [size.md](size.md).",
            bytes(total),
            bytes(total - WASM_JS_BROTLI_BYTES),
            bytes(sizes.wasm.brotli),
            bytes(sizes.js.brotli),
        )
    }
}

fn paint_budget(pages: &[RoutePages]) -> String {
    let budget = format!(
        "Largest Contentful Paint at most {LCP_OVER_FLOOR}× the floor's, and no layout shift (CLS 0), on every main route"
    );
    let misses: Vec<String> = pages
        .iter()
        .filter_map(|page| {
            let (app, floor) = (&page.app.median, &page.floor.median);
            let ratio = if floor.lcp_ms > 0.0 {
                app.lcp_ms / floor.lcp_ms
            } else {
                f64::INFINITY
            };
            let mut why = Vec::new();
            if ratio > LCP_OVER_FLOOR {
                why.push(format!(
                    "LCP {:.2} s against {:.2} s ({ratio:.2}×)",
                    app.lcp_ms / 1000.0,
                    floor.lcp_ms / 1000.0
                ));
            }
            if app.cls > 0.0 {
                why.push(format!("CLS {:.3}", app.cls));
            }
            (!why.is_empty()).then(|| format!("{} {}", route_label(&page.route), why.join(", ")))
        })
        .collect();
    if misses.is_empty() {
        format!("- met: {budget}.")
    } else {
        format!("- not met: {budget}, because of {}.", misses.join("; "))
    }
}

fn lighthouse_budget(category: Category, pages: &[RoutePages]) -> String {
    let budget = format!(
        "Lighthouse {} {LIGHTHOUSE_SCORE} on every main route",
        category.name
    );
    let below: Vec<&RoutePages> = pages
        .iter()
        .filter(|page| page.app.median.score(category.id) < LIGHTHOUSE_SCORE)
        .collect();
    if below.is_empty() {
        return format!("- met: {budget}.");
    }
    let scores: Vec<String> = below
        .iter()
        .map(|page| {
            format!(
                "{} {}",
                route_label(&page.route),
                page.app.median.score(category.id)
            )
        })
        .collect();
    let mut text = format!(
        "- not met: {budget}, because {} of {} routes score below {LIGHTHOUSE_SCORE} ({})",
        below.len(),
        pages.len(),
        scores.join(", ")
    );
    if category.id == "performance" {
        text.push_str(&floor_comparison(&below));
    }
    text.push_str("; the audits below 1 on those routes:");
    for (id, found) in audits_by_id(category, &below) {
        text.push_str(&format!(
            "\n  - {}",
            audit_line(id, &found, category, pages.len())
        ));
    }
    text
}

/// The app against its floor on the routes below the score: when the floor
/// (the same text without code) paints its largest text far sooner, the
/// time goes to downloading and running the app, not to the page itself.
fn floor_comparison(below: &[&RoutePages]) -> String {
    let slowest_app = below
        .iter()
        .map(|page| page.app.median.lcp_ms)
        .fold(0.0, f64::max);
    let slowest_floor = below
        .iter()
        .map(|page| page.floor.median.lcp_ms)
        .fold(0.0, f64::max);
    if slowest_floor <= 0.0 || slowest_app < 1.5 * slowest_floor {
        return String::new();
    }
    format!(
        "; the text is painted only once the app's code has downloaded and run: Largest Contentful Paint up to {:.2} s, against up to {:.2} s for the same text as a static page (the floor)",
        slowest_app / 1000.0,
        slowest_floor / 1000.0
    )
}

/// Where one audit fell below 1: the audit as each route reported it, with
/// whether the floor page of that route failed it too.
struct Found<'a> {
    route: &'a str,
    audit: &'a Audit,
    on_floor: bool,
}

/// The category's audits below 1 on `pages`' app runs, grouped by audit id.
fn audits_by_id<'a>(
    category: Category,
    pages: &[&'a RoutePages],
) -> BTreeMap<&'a str, Vec<Found<'a>>> {
    let mut by_id: BTreeMap<&str, Vec<Found>> = BTreeMap::new();
    for page in pages {
        let floor_failed = |id: &str| {
            page.floor
                .median
                .below_one
                .iter()
                .any(|audit| audit.id == id)
        };
        for audit in page.app.median.below_one.iter() {
            if audit.category == category.id {
                by_id.entry(&audit.id).or_default().push(Found {
                    route: &page.route,
                    audit,
                    on_floor: floor_failed(&audit.id),
                });
            }
        }
    }
    by_id
}

/// `` `id` Title — on every route (5.9 s); e.g. `<p class="…">` `` and
/// notes on its weight and the floor.
fn audit_line(id: &str, found: &[Found], category: Category, routes: usize) -> String {
    let first = found[0].audit;
    let mut line = format!("`{id}` {} — on {}", first.title, where_found(found, routes));
    if let Some(example) = &first.example {
        line.push_str(&format!("; e.g. `{example}`"));
    }
    // Performance diagnostics weigh 0 but explain the metrics, which do weigh.
    if first.weight == 0.0 && category.id != "performance" {
        line.push_str(" (weight 0: does not lower the score)");
    }
    let on_floor = found.iter().filter(|found| found.on_floor).count();
    if on_floor > 0 {
        line.push_str(&format!(
            "; also below 1 on the floor page of {on_floor} of these routes"
        ));
    }
    line
}

/// `every route (62 KiB)`, or the routes each with what Lighthouse showed
/// there when that differs.
fn where_found(found: &[Found], routes: usize) -> String {
    let every = found.len() == routes;
    let shown: BTreeSet<Option<&str>> = found
        .iter()
        .map(|found| found.audit.shown.as_deref())
        .collect();
    let labels = |with_value: bool| {
        let labels: Vec<String> = found
            .iter()
            .map(|found| match (&found.audit.shown, with_value) {
                (Some(value), true) => format!("{} ({value})", route_label(found.route)),
                _ => route_label(found.route),
            })
            .collect();
        labels.join(", ")
    };
    if let [value] = Vec::from_iter(shown)[..] {
        let place = if every {
            "every route".into()
        } else {
            labels(false)
        };
        return match value {
            Some(value) => format!("{place} ({value})"),
            None => place,
        };
    }
    if every {
        format!("every route: {}", labels(true))
    } else {
        labels(true)
    }
}

#[cfg(test)]
mod tests {
    use super::{Found, WASM_JS_BROTLI_BYTES, check, where_found};
    use crate::bench::lighthouse::{Audit, PageAudit, Report};
    use crate::bench::results::RoutePages;
    use crate::bench::sizes::{Size, Sizes};

    fn page(
        route: &str,
        accessibility: u8,
        app_audits: &[&str],
        floor_audits: &[&str],
    ) -> RoutePages {
        let report = |scores: [u8; 4], ids: &[&str]| Report {
            version: "12.8.2".into(),
            scores,
            fcp_ms: 1000.0,
            lcp_ms: 2000.0,
            tbt_ms: 0.0,
            cls: 0.0,
            transferred: 0,
            below_one: ids
                .iter()
                .map(|id| Audit {
                    category: "accessibility",
                    id: id.to_string(),
                    title: format!("Title of {id}"),
                    shown: None,
                    example: None,
                    weight: 1.0,
                })
                .collect(),
        };
        let audit = |report: Report| PageAudit {
            performance_runs: vec![report.scores[0]],
            median: report,
        };
        RoutePages {
            route: route.into(),
            app: audit(report([100, accessibility, 100, 100], app_audits)),
            floor: audit(report([100; 4], floor_audits)),
        }
    }

    fn sizes(wasm_brotli: u64) -> Sizes {
        let size = |brotli| Size {
            files: 1,
            raw: brotli * 4,
            gzip: brotli * 2,
            brotli,
        };
        Sizes {
            wasm: size(wasm_brotli),
            js: size(10_000),
            css: size(5_000),
        }
    }

    #[test]
    fn met_budgets_say_so_and_the_size_budget_is_decimal() {
        let text = check(
            &sizes(WASM_JS_BROTLI_BYTES - 10_000),
            &[page("", 100, &[], &[])],
        );
        assert!(
            text.contains("- met: wasm + JS at most 130,000 bytes brotli"),
            "{text}"
        );
        assert!(
            text.contains("- met: Lighthouse accessibility 100 on every main route."),
            "{text}"
        );
        assert!(
            text.contains("- met: Largest Contentful Paint at most 1.2× the floor's"),
            "{text}"
        );
        assert!(!text.contains("not met"), "{text}");
    }

    #[test]
    fn a_paint_far_behind_the_floor_or_a_layout_shift_is_named_with_its_route() {
        let mut slow = page("timeline", 100, &[], &[]);
        slow.app.median.lcp_ms = 3000.0;
        let mut shifting = page("about", 100, &[], &[]);
        shifting.app.median.cls = 0.05;
        let text = check(&sizes(100_000), &[page("", 100, &[], &[]), slow, shifting]);
        assert!(
            text.contains(
                "because of `/timeline` LCP 3.00 s against 2.00 s (1.50×); `/about` CLS 0.050."
            ),
            "{text}"
        );
    }

    #[test]
    fn unmet_budgets_name_the_failing_audits_and_their_routes() {
        let pages = [
            page("", 95, &["aria-allowed-role"], &[]),
            page(
                "timeline",
                90,
                &["aria-allowed-role", "color-contrast"],
                &["color-contrast"],
            ),
            page("about", 100, &[], &[]),
        ];
        let text = check(&sizes(200_000), &pages);
        assert!(
            text.contains("- not met: wasm + JS at most 130,000 bytes brotli (130 kB, decimal, not 130 × 1024), because wasm + JS are 210,000 bytes brotli"),
            "{text}"
        );
        assert!(
            text.contains("- not met: Lighthouse accessibility 100 on every main route, because 2 of 3 routes score below 100 (`/` 95, `/timeline` 90)"),
            "{text}"
        );
        assert!(
            text.contains(
                "  - `aria-allowed-role` Title of aria-allowed-role — on `/`, `/timeline`\n"
            ),
            "{text}"
        );
        assert!(
            text.contains("  - `color-contrast` Title of color-contrast — on `/timeline`; also below 1 on the floor page of 1 of these routes"),
            "{text}"
        );
    }

    #[test]
    fn a_slow_performance_score_says_how_far_the_app_is_from_its_floor() {
        let mut slow = page("", 100, &[], &[]);
        slow.app.median.scores[0] = 90;
        slow.app.median.lcp_ms = 3010.0;
        slow.floor.median.lcp_ms = 1060.0;
        let text = check(&sizes(200_000), &[slow.clone()]);
        assert!(
            text.contains("- not met: Lighthouse performance 100 on every main route, because 1 of 1 routes score below 100 (`/` 90); the text is painted only once the app's code has downloaded and run: Largest Contentful Paint up to 3.01 s, against up to 1.06 s for the same text as a static page (the floor); the audits below 1 on those routes:"),
            "{text}"
        );

        // A floor nearly as slow: the app's code is not what holds it back.
        slow.floor.median.lcp_ms = 2900.0;
        let text = check(&sizes(200_000), &[slow]);
        assert!(!text.contains("painted only once"), "{text}");
        assert!(text.contains("(`/` 90); the audits below 1"), "{text}");
    }

    #[test]
    fn an_audit_on_every_route_is_named_once_with_its_value_when_all_agree() {
        let audit = |shown: &str| Audit {
            category: "performance",
            id: "x".into(),
            title: "X".into(),
            shown: Some(shown.into()),
            example: None,
            weight: 0.0,
        };
        fn found<'a>(first: &'a Audit, second: &'a Audit) -> [Found<'a>; 2] {
            [("", first), ("about", second)].map(|(route, audit)| Found {
                route,
                audit,
                on_floor: false,
            })
        }
        let (kib, ms) = (&audit("62 KiB"), &audit("70 ms"));
        assert_eq!(where_found(&found(kib, kib), 2), "every route (62 KiB)");
        assert_eq!(
            where_found(&found(kib, ms), 2),
            "every route: `/` (62 KiB), `/about` (70 ms)"
        );
        assert_eq!(where_found(&found(kib, kib), 3), "`/`, `/about` (62 KiB)");
    }
}
