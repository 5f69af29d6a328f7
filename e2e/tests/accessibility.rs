//! Accessibility of every route of the built site: axe-core's WCAG 2.0,
//! 2.1 and 2.2 A and AA rules, and its best practices, in the light and
//! dark themes at phone and desktop widths; and a keyboard-only walk that
//! reaches every control with a visible focus style.

use e2e::audit::{axe_script_from_env, axe_violations, walk_with_tab};
use e2e::{Browser, StaticHost, every_kind_of_page, report_of, site_from_env};
use micra_flins::base_path::scoped_storage_key;
use micra_flins::components::settings::STORAGE_KEY as SETTINGS_KEY;

#[tokio::test(flavor = "multi_thread")]
async fn every_route_passes_the_wcag_a_and_aa_rules_and_best_practices_in_both_themes_at_both_widths()
 {
    let (site, base) = site_from_env();
    let host = StaticHost::start(&site, &base);
    let routes = every_kind_of_page(&report_of(&site));
    let axe = axe_script_from_env();
    let mut violations = Vec::new();
    let mut audits = 0;
    for (width, height) in [(375, 800), (1280, 900)] {
        let browser = Browser::start(width, height).await;
        for theme in ["light", "dark"] {
            browser.open(&host.url("")).await;
            browser
                .run_script(&format!(
                    "localStorage.setItem('{}', 'theme={theme}'); return true",
                    scoped_storage_key(SETTINGS_KEY, &base)
                ))
                .await;
            for route in &routes {
                browser.open_route(&host, route).await;
                let shown = browser
                    .run_script("return document.documentElement.dataset.theme ?? ''")
                    .await;
                assert_eq!(shown, theme, "the {theme} theme is on for /{}", route.path);
                for violation in axe_violations(&browser, &axe).await {
                    violations.push(format!(
                        "/{} at {width} px, {theme}: {violation}",
                        route.path
                    ));
                }
                audits += 1;
            }
        }
        browser.close().await;
    }
    assert_eq!(audits, routes.len() * 4);
    assert!(
        violations.is_empty(),
        "axe-core found {} violations:\n{}",
        violations.len(),
        violations.join("\n")
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn tab_alone_reaches_every_control_on_every_route_and_each_shows_its_focus() {
    let (site, base) = site_from_env();
    let host = StaticHost::start(&site, &base);
    let routes = every_kind_of_page(&report_of(&site));
    let mut problems = Vec::new();
    for (width, height) in [(375, 800), (1280, 900)] {
        let browser = Browser::start(width, height).await;
        for route in &routes {
            browser.open_route(&host, route).await;
            let walk = walk_with_tab(&browser).await;
            let place = format!("/{} at {width} px", route.path);
            if walk.stops < 5 {
                problems.push(format!("{place}: only {} Tab stops", walk.stops));
            }
            for element in walk.unreached {
                problems.push(format!("{place}: Tab never reaches {element}"));
            }
            for element in walk.without_focus_style {
                problems.push(format!("{place}: no visible focus on {element}"));
            }
        }
        browser.close().await;
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
