use crate::ui_text;
use leptos::prelude::*;
use report::SourceRef;

/// Where a value comes from, in one line: the publisher, the document and
/// its date for an external source; the report itself otherwise.
#[component]
pub fn SourceNote(source: SourceRef) -> impl IntoView {
    let text = match source {
        SourceRef::External(external) => {
            ui_text::external_source_note(&external.citation(ui_text::DATE_WORDS), &external.detail)
        }
        SourceRef::Report(_) => ui_text::SOURCE_THIS_REPORT.to_string(),
    };
    view! { <p class="source-note">{text}</p> }
}
