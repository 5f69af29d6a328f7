use crate::logic::interview::initials;
use leptos::prelude::*;

/// A portrait card with the person's initials (the report has no photo).
/// Decorative: the name is always written beside it, so it is hidden from
/// assistive technology.
#[component]
pub fn Portrait(
    name: String,
    /// A larger card, for the reader's header.
    #[prop(optional)]
    large: bool,
) -> impl IntoView {
    view! {
        <span class="portrait" class:portrait--large=large aria-hidden="true">
            {initials(&name)}
        </span>
    }
}
