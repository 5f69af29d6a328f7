use crate::ui_text;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The id of the live region a new edition is announced in.
pub const EDITION_NOTICE_ID: &str = "edition-notice";

/// Where [`EditionNotice`] appears: an empty polite live region on every
/// page, there from the start so that screen readers announce what
/// comes into it (src/offline/ fills it in a release build).
#[component]
pub fn EditionNoticeRegion() -> impl IntoView {
    view! { <div id=EDITION_NOTICE_ID class="edition-notice-region" role="status"></div> }
}

/// Offers the new edition of the site that has been published since the
/// page was loaded: `take` switches to it (the page reloads), `not_now`
/// keeps the page as it is. It never takes the focus; after "Not now"
/// the focus goes to the page's main content instead of being lost.
#[component]
pub fn EditionNotice(take: Callback<()>, not_now: Callback<()>) -> impl IntoView {
    let dismissed = RwSignal::new(false);
    let dismiss = move |_| {
        dismissed.set(true);
        not_now.run(());
        if let Some(main) = crate::browser::element("main")
            .and_then(|main| main.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = main.focus();
        }
    };
    view! {
        <Show when=move || !dismissed.get()>
            <div class="edition-notice">
                <p class="edition-notice__text">{ui_text::NEW_EDITION}</p>
                <div class="edition-notice__actions">
                    <button type="button" class="button" on:click=move |_| take.run(())>
                        {ui_text::TAKE_NEW_EDITION}
                    </button>
                    <button type="button" class="button button--quiet" on:click=dismiss>
                        {ui_text::NOT_NOW}
                    </button>
                </div>
            </div>
        </Show>
    }
}
