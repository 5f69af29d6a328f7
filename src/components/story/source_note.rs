use crate::say;
use leptos::prelude::*;
use report::SourceRef;

/// Where a value comes from, in one line: the publisher, the document and
/// its date for an external source; the report itself otherwise.
#[component]
pub fn SourceNote(source: SourceRef) -> impl IntoView {
    let text = match source {
        SourceRef::External(external) => {
            say!(external_source_note(
                &external.citation(crate::ui_text::date_words()),
                &external.detail
            ))
        }
        SourceRef::Report(_) => say!(source_this_report).to_string(),
    };
    view! { <p class="source-note">{text}</p> }
}
