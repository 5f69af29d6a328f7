//! leptos_meta 0.8 writes a `<Title>`'s text into server-rendered HTML as
//! it is: markup in it ends the title and becomes elements. The app
//! escapes its titles itself (`components::PageTitle`); this test shows the
//! upstream behaviour, so that the day leptos_meta escapes them (and ours
//! would be escaped twice, "&amp;lt;") it fails and says so.
//! `cargo test --no-default-features --features ssr --test title_escaping`
#![cfg(feature = "ssr")]

use leptos::prelude::*;
use leptos_meta::Title;
use micra_flins::components::PageTitle;
use micra_flins::prerender::{init_executor, render_with_head};

const TEXT: &str = "A & B</title><script>x()</script>";

/// The document leptos_meta writes for `view`, as the prerender step
/// renders a page.
fn head_of<V: IntoView + 'static>(view: impl FnOnce() -> V) -> String {
    static EXECUTOR: std::sync::Once = std::sync::Once::new();
    EXECUTOR.call_once(|| init_executor().expect("the executor starts"));
    render_with_head("/", view, |body| {
        format!("<html><head></head><body>{body}</body></html>")
    })
}

#[test]
fn leptos_meta_writes_a_title_raw_on_the_server() {
    let head = head_of(|| view! { <Title text=TEXT/> });
    assert!(
        head.contains(&format!("<title>{TEXT}</title>")),
        "leptos_meta now escapes <Title> text itself: PageTitle's own escaping \
         (src/components/page_head.rs) would escape it twice; remove it. Head: {head}"
    );
}

#[test]
fn the_apps_page_title_is_written_as_text() {
    let head = head_of(|| view! { <PageTitle text=TEXT/> });
    assert!(
        head.contains("<title>A &amp; B&lt;/title&gt;&lt;script&gt;x()&lt;/script&gt;</title>"),
        "{head}"
    );
    assert!(!head.contains("<script>"), "{head}");
}
