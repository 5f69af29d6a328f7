use crate::hooks::use_fragment_landing;
use leptos::prelude::*;

/// Lands on the passage the address's `#fragment` names, as the reader
/// does (see [`use_fragment_landing`]). Render it with the content it
/// lands in, so that it goes with it.
#[component]
pub fn LandOnFragment() -> impl IntoView {
    use_fragment_landing(None, |_| {});
}
