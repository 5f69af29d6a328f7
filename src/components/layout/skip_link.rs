use crate::ui_text;
use leptos::prelude::*;

/// "Skip to content": the first Tab stop, moves focus to `<main>`.
///
/// With `<base href>` set, `href="#main"` would resolve against the base and
/// lead to the front page, so the link names its own page (which also
/// works in a prerendered page before the app runs), and the click moves
/// focus itself.
#[component]
pub fn SkipLink() -> impl IntoView {
    let skip = |event: leptos::ev::MouseEvent| {
        event.prevent_default();
        if let Some(main) = document().get_element_by_id("main") {
            use wasm_bindgen::JsCast;
            if let Ok(main) = main.dyn_into::<web_sys::HtmlElement>() {
                let _ = main.focus();
            }
        }
    };
    let location = leptos_router::hooks::use_location();
    let href = move || format!("{}#main", location.pathname.get());
    view! { <a class="skip-link" href=href on:click=skip>{ui_text::SKIP_TO_CONTENT}</a> }
}
