use crate::say;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

/// The id of the live region a new edition is announced in.
pub const EDITION_NOTICE_ID: &str = "edition-notice";

/// The id of the notice's markup, which [`show_edition_notice`] copies
/// into the live region.
const TEMPLATE_ID: &str = "edition-notice-template";

/// Where a new edition is announced: an empty polite live region on every
/// page, there from the start so that screen readers announce what comes
/// into it, and the notice's markup beside it in a `<template>`. The page
/// carries the notice as HTML so that the wasm only copies it and wires
/// its two buttons: rendering it there would bring Leptos's client-side
/// mounting into every release wasm for this one notice.
#[component]
pub fn EditionNoticeRegion() -> impl IntoView {
    view! {
        <div id=EDITION_NOTICE_ID class="edition-notice-region" role="status"></div>
        <template id=TEMPLATE_ID>
            <div class="edition-notice">
                <p class="edition-notice__text">{say!(new_edition)}</p>
                <div class="edition-notice__actions">
                    <button type="button" class="button edition-notice__take">
                        {say!(take_new_edition)}
                    </button>
                    <button type="button" class="button button--quiet edition-notice__not-now">
                        {say!(not_now)}
                    </button>
                </div>
            </div>
        </template>
    }
}

/// Offers the new edition of the site that has been published since the
/// page was loaded: `take` switches to it (the page reloads), `not_now`
/// keeps the page as it is and takes the notice away. The notice never
/// takes the focus; after "Not now" the focus goes to the page's main
/// content instead of being lost. Does nothing on a page without the
/// region and its template.
pub fn show_edition_notice(take: impl Fn() + 'static, not_now: impl Fn() + 'static) {
    let document = document();
    let (Some(region), Some(notice)) = (
        document.get_element_by_id(EDITION_NOTICE_ID),
        document
            .get_element_by_id(TEMPLATE_ID)
            .and_then(|template| notice_in(&template)),
    ) else {
        return;
    };
    let Ok(notice) = notice
        .clone_node_with_deep(true)
        .map(JsCast::unchecked_into::<web_sys::Element>)
    else {
        return;
    };
    on_click(&notice, ".edition-notice__take", take);
    let shown = notice.clone();
    on_click(&notice, ".edition-notice__not-now", move || {
        shown.remove();
        not_now();
        crate::browser::focus_main();
    });
    let _ = region.append_child(&notice);
}

/// The notice in its template's content.
fn notice_in(template: &web_sys::Element) -> Option<web_sys::Element> {
    template
        .dyn_ref::<web_sys::HtmlTemplateElement>()
        .and_then(|template| template.content().first_element_child())
}

fn on_click(notice: &web_sys::Element, selector: &str, action: impl Fn() + 'static) {
    let Ok(Some(button)) = notice.query_selector(selector) else {
        return;
    };
    let listener = Closure::<dyn Fn()>::new(action);
    let _ = button.add_event_listener_with_callback("click", listener.as_ref().unchecked_ref());
    // The notice lives as long as the page, or is removed with its buttons.
    listener.forget();
}
