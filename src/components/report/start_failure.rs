use crate::data::LoadError;
use crate::start::load_and_take_over;
use crate::ui_text;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// Over a prerendered page whose report did not load: why, that the page
/// is still there to read, and a button that asks for the report again.
#[component]
pub fn StartFailure(
    /// Why the report did not load.
    error: LoadError,
) -> impl IntoView {
    let error = RwSignal::new(error);
    let trying = RwSignal::new(false);
    let try_again = move |_| {
        if trying.get_untracked() {
            return;
        }
        trying.set(true);
        spawn_local(async move {
            if let Err(failure) = load_and_take_over().await {
                error.set(failure);
                trying.set(false);
            }
        });
    };
    view! {
        <section class="start-failure" role="status" aria-labelledby="start-failure-title">
            <h2 id="start-failure-title">{ui_text::START_FAILURE_TITLE}</h2>
            <p>{move || error.with(LoadError::detail)}" "{ui_text::START_FAILURE_STILL_READABLE}</p>
            <button type="button" class="button" on:click=try_again aria-disabled=move || trying.get().then_some("true")>
                {move || if trying.get() { ui_text::TRYING_AGAIN } else { ui_text::TRY_AGAIN }}
            </button>
        </section>
    }
}
