use super::reader_state::ReaderState;
use crate::browser::element;
use crate::say;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

const PROGRESS_ID: &str = "reading-progress";

/// A thin bar across the top of the window showing how far through the
/// interview the reader is, exposed as a progressbar with its value in
/// words. Markup, at zero: [`drive_reading_progress`] moves it.
#[component]
pub fn ReadingProgress() -> impl IntoView {
    view! {
        <div
            id=PROGRESS_ID
            class="reading-progress"
            role="progressbar"
            aria-label=say!(interviews.reading_progress)
            aria-valuemin="0"
            aria-valuemax="100"
            aria-valuenow="0"
            aria-valuetext=say!(interviews.progress_text(0))
        >
            <div class="reading-progress__bar"></div>
        </div>
    }
}

/// Keeps the page's [`ReadingProgress`] at the reader's position.
pub fn drive_reading_progress(state: ReaderState) {
    let position = state.position;
    let Some(progress) = element(PROGRESS_ID) else {
        return;
    };
    Effect::new(move |_| {
        let progress_value = position.progress().clamp(0.0, 1.0);
        let percent = (progress_value * 100.0).round() as u32;
        let _ = progress.set_attribute("aria-valuenow", &percent.to_string());
        let _ = progress.set_attribute("aria-valuetext", &say!(interviews.progress_text(percent)));
        // Drawn through the CSSOM, not a `style` attribute: the page's
        // Content Security Policy refuses inline style attributes. In
        // thousandths, written with integers: formatting an f64 would
        // bring Rust's float printing (about 4 KB of wasm) in for one bar.
        let thousandths = (progress_value * 1000.0).round() as u32;
        if let Some(bar) = progress.first_element_child() {
            let scale = format!("scaleX({}.{:03})", thousandths / 1000, thousandths % 1000);
            let _ =
                web_sys::HtmlElement::style(bar.unchecked_ref()).set_property("transform", &scale);
        }
    });
}
