use crate::hooks::use_shortcut;
use crate::logic::interview::Shortcut;
use leptos::ev;
use leptos::html::Input;
use leptos::prelude::*;

/// One id on the list page and in the reader alike: a page has one search
/// field, and the tests find it by it.
const FIELD_ID: &str = "find-input";

/// A labelled search field: `/` focuses it from anywhere on the page (and
/// selects what it holds, so typing replaces the last search), Escape
/// clears it. `children` sit in a row beside the field when given (the find
/// bar's count and steps).
#[component]
pub fn SearchField(
    #[prop(into)] label: String,
    #[prop(into)] value: Signal<String>,
    /// Hears every change, the empty text of Escape included.
    on_input: Callback<String>,
    /// Hears Enter, told whether Shift was held.
    #[prop(optional)]
    on_enter: Option<Callback<bool>>,
    #[prop(optional)] described_by: Option<&'static str>,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    let field = NodeRef::<Input>::new();
    use_shortcut(Shortcut::Find, move || {
        if let Some(input) = field.get_untracked() {
            let _ = input.focus();
            input.select();
        }
    });
    let on_key = move |event: ev::KeyboardEvent| match event.key().as_str() {
        "Enter" => {
            if let Some(on_enter) = on_enter {
                event.prevent_default();
                on_enter.run(event.shift_key());
            }
        }
        "Escape" if !value.with_untracked(String::is_empty) => {
            event.prevent_default();
            on_input.run(String::new());
        }
        _ => {}
    };
    let input = view! {
        <input
            id=FIELD_ID
            class="find-bar__input"
            type="search"
            autocomplete="off"
            spellcheck="false"
            aria-describedby=described_by
            node_ref=field
            prop:value=move || value.get()
            on:input=move |event| on_input.run(event_target_value(&event))
            on:keydown=on_key
        />
    };
    let label = view! { <label class="find-bar__label" for=FIELD_ID>{label}</label> };
    match children {
        Some(beside) => view! {
            {label}
            <div class="find-bar__row">{input}{beside()}</div>
        }
        .into_any(),
        None => view! { {label}{input} }.into_any(),
    }
}
