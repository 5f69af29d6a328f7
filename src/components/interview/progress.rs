use super::reader_state::use_reader_state;
use crate::say;
use leptos::prelude::*;

/// A thin bar across the top of the window showing how far through the
/// interview the reader is, exposed as a progressbar with its value in words.
#[component]
pub fn ReadingProgress() -> impl IntoView {
    let position = use_reader_state().position;
    let percent = move || (position.progress() * 100.0).round() as u32;
    // Drawn through the CSSOM, not a `style` attribute: the prerendered
    // page's Content Security Policy refuses inline style attributes, and
    // the stylesheet already starts the bar at zero.
    let bar = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        // In thousandths, written with integers: formatting an f64 would
        // bring Rust's float printing (about 4 KB of wasm) in for one bar.
        let thousandths = (position.progress().clamp(0.0, 1.0) * 1000.0).round() as u32;
        if let Some(bar) = bar.get() {
            let scale = format!("scaleX({}.{:03})", thousandths / 1000, thousandths % 1000);
            let _ = web_sys::HtmlElement::style(&bar).set_property("transform", &scale);
        }
    });
    view! {
        <div
            class="reading-progress"
            role="progressbar"
            aria-label=say!(interviews.reading_progress)
            aria-valuemin="0"
            aria-valuemax="100"
            aria-valuenow=move || percent().to_string()
            aria-valuetext=move || say!(interviews.progress_text(percent()))
        >
            <div class="reading-progress__bar" node_ref=bar></div>
        </div>
    }
}
