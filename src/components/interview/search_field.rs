use crate::browser::{element, listen};
use crate::hooks::use_shortcut;
use crate::logic::interview::Shortcut;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;

/// One id on the list page and in the reader alike: a page has one search
/// field, and the tests find it by it.
const FIELD_ID: &str = "find-input";

/// A labelled search field, as markup: [`drive_search_field`] answers it.
/// `children` sit in a row beside the field when given (the find bar's
/// count and steps).
#[component]
pub fn SearchField(
    #[prop(into)] label: String,
    #[prop(optional)] described_by: Option<&'static str>,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    let input = view! {
        <input
            id=FIELD_ID
            class="find-bar__input"
            type="search"
            autocomplete="off"
            spellcheck="false"
            aria-describedby=described_by
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

/// Answers the page's [`SearchField`]: it shows `value`; every change is
/// told to `on_input` (the empty text of Escape included), Enter to
/// `on_enter` with whether Shift was held; `/` focuses it from anywhere on
/// the page and selects what it holds, so typing replaces the last search.
pub fn drive_search_field(
    value: Signal<String>,
    on_input: Callback<String>,
    on_enter: Option<Callback<bool>>,
) {
    let Some(field) = element(FIELD_ID).and_then(|field| field.dyn_into::<HtmlInputElement>().ok())
    else {
        return;
    };
    let shown = field.clone();
    Effect::new(move |_| {
        let value = value.get();
        if shown.value() != value {
            shown.set_value(&value);
        }
    });
    let typed = field.clone();
    listen(&field, "input", move |_| on_input.run(typed.value()));
    listen(&field, "keydown", move |event| {
        let event: web_sys::KeyboardEvent = event.unchecked_into();
        match event.key().as_str() {
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
        }
    });
    use_shortcut(Shortcut::Find, move || {
        let _ = field.focus();
        field.select();
    });
}
