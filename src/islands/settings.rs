use crate::components::settings::run_settings_control;
use leptos::prelude::*;

/// Runs the header's display settings ([`run_settings_control`]); their
/// markup is prerendered beside it (`SettingsControl`), so this island
/// renders nothing and its wasm holds no view.
#[island]
pub fn SettingsIsland() -> impl IntoView {
    if !cfg!(feature = "ssr") {
        run_settings_control();
    }
}
