use crate::components::settings::{SettingsControl, provide_reading_settings};
use leptos::prelude::*;

/// The header's display settings.
#[island]
pub fn SettingsIsland() -> impl IntoView {
    provide_reading_settings();
    view! { <SettingsControl/> }
}
