use super::prefs::{TextSize, Theme};
use super::state::use_reading_settings;
use crate::browser::listen_to_document;
use crate::say;
use leptos::ev;
use leptos::html::Details;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The header's "Display" control: a disclosure with text size, theme and
/// the single-key shortcuts switch, as native radio buttons and a checkbox
/// (keyboard and screen-reader support come with them).
///
/// Escape, a click elsewhere or tabbing out closes it; Escape gives focus back to its
/// summary, so keyboard users are not left on a hidden control.
#[component]
pub fn SettingsControl() -> impl IntoView {
    let settings = use_reading_settings();
    let details = NodeRef::<Details>::new();

    let close_on_escape = move |event: ev::KeyboardEvent| {
        if event.key() != "Escape" {
            return;
        }
        if let Some(details) = details.get_untracked()
            && details.open()
        {
            event.prevent_default();
            details.set_open(false);
            if let Some(summary) = details
                .query_selector("summary")
                .ok()
                .flatten()
                .and_then(|summary| summary.dyn_into::<web_sys::HtmlElement>().ok())
            {
                let _ = summary.focus();
            }
        }
    };

    // Tabbing out closes the panel too: left open, it would cover the
    // controls the focus moves on to (WCAG 2.4.11, focus not obscured).
    let close_on_focus_out = move |event: ev::FocusEvent| {
        let Some(details) = details.get_untracked() else {
            return;
        };
        let next = event
            .related_target()
            .and_then(|target| target.dyn_into::<web_sys::Node>().ok());
        if details.open() && next.is_some() && !details.contains(next.as_ref()) {
            details.set_open(false);
        }
    };

    // A click outside closes the panel, as menus do.
    listen_to_document("click", move |event| {
        let Some(details) = details.get_untracked() else {
            return;
        };
        let target = event
            .target()
            .and_then(|target| target.dyn_into::<web_sys::Node>().ok());
        if details.open() && !details.contains(target.as_ref()) {
            details.set_open(false);
        }
    });

    let sizes = TextSize::ALL
        .into_iter()
        .map(|size| {
            view! {
                <label class="settings__option">
                    <input
                        type="radio"
                        name="text-size"
                        value=size.key()
                        prop:checked=move || settings.get().text_size == size
                        on:change=move |_| settings.update(|s| s.text_size = size)
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
                        prop:checked=move || settings.get().theme == theme
                        on:change=move |_| settings.update(|s| s.theme = theme)
                    />
                    {say!(settings.theme_name(theme))}
                </label>
            }
        })
        .collect_view();

    view! {
        <details
            class="settings"
            node_ref=details
            on:keydown=close_on_escape
            on:focusout=close_on_focus_out
        >
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
                    <input
                        type="checkbox"
                        name="shortcuts"
                        prop:checked=move || settings.get().shortcuts
                        on:change=move |event| {
                            let on = event_target_checked(&event);
                            settings.update(|s| s.shortcuts = on);
                        }
                    />
                    {say!(settings.shortcuts)}
                </label>
            </div>
        </details>
    }
}
