use super::prefs::{ReadingSettings, TextSize, Theme};
use crate::say;
use leptos::prelude::*;

/// The header's "Display" control: a disclosure with text size, theme and
/// the single-key shortcuts switch, as native radio buttons and a checkbox
/// (keyboard and screen-reader support come with them).
///
/// Markup only, prerendered with the defaults ticked: what it does is
/// [`super::behaviour::run_settings_control`], run by the header's island,
/// so that no page's wasm carries this markup's code.
#[component]
pub fn SettingsControl() -> impl IntoView {
    let defaults = ReadingSettings::default();
    let sizes = TextSize::ALL
        .into_iter()
        .map(|size| {
            view! {
                <label class="settings__option">
                    <input
                        type="radio"
                        name="text-size"
                        value=size.key()
                        checked=size == defaults.text_size
                    />
                    {say!(settings.text_size_name(size))}
                </label>
            }
        })
        .collect_view();
    let themes = Theme::ALL
        .into_iter()
        .map(|theme| {
            view! {
                <label class="settings__option">
                    <input
                        type="radio"
                        name="theme"
                        value=theme.key()
                        checked=theme == defaults.theme
                    />
                    {say!(settings.theme_name(theme))}
                </label>
            }
        })
        .collect_view();

    view! {
        <details class="settings">
            <summary class="settings__toggle">
                <span class="settings__icon" aria-hidden="true">{say!(settings.summary_icon)}</span>
                {say!(settings.summary)}
            </summary>
            <div class="settings__panel">
                <fieldset class="settings__group">
                    <legend>{say!(settings.text_size)}</legend>
                    {sizes}
                </fieldset>
                <fieldset class="settings__group">
                    <legend>{say!(settings.theme)}</legend>
                    {themes}
                </fieldset>
                <label class="settings__option settings__option--check">
                    <input type="checkbox" name="shortcuts" checked=defaults.shortcuts/>
                    {say!(settings.shortcuts)}
                </label>
            </div>
        </details>
    }
}
