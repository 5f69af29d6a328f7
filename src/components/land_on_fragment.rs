use crate::components::browser::land_on_fragment;
use leptos::prelude::*;
use leptos_router::hooks::use_location;

/// Lands on the passage the address's `#fragment` names once the page around
/// it is on screen, and again whenever the fragment changes. Render it after
/// the content: the browser's own jump happened before the content existed.
#[component]
pub fn LandOnFragment() -> impl IntoView {
    let location = use_location();
    Effect::new(move |first: Option<()>| {
        location.hash.track();
        if first.is_none() && crate::start::reader_moved_first() {
            // A prerendered page the reader had already moved in.
            return;
        }
        request_animation_frame(|| {
            land_on_fragment();
        });
    });
}
