use super::prefs::{ReadingSettings, TextSize, Theme};
use super::state::{applied, apply, clear, store, stored_settings};
use crate::browser::{elements_in, listen, listen_to_document, listen_to_window};
use leptos::prelude::{document, on_cleanup};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlDetailsElement, HtmlElement, HtmlInputElement};

/// Runs the prerendered [`super::SettingsControl`]: shows the stored
/// settings in it, applies and stores what the reader chooses, follows
/// other tabs, and closes the panel on Escape (giving focus back to its
/// summary, so keyboard users are not left on a hidden control), on a
/// click elsewhere, or when the focus leaves it (left open, it would
/// cover the controls the focus moves on to: WCAG 2.4.11).
///
/// Plain DOM calls, no view: the control's markup comes with the page.
pub fn run_settings_control() {
    let Some(details) = document()
        .query_selector("details.settings")
        .ok()
        .flatten()
        .and_then(|element| element.dyn_into::<HtmlDetailsElement>().ok())
    else {
        return;
    };
    let shown = stored_settings().unwrap_or_else(applied);
    show(&details, shown);
    apply(shown);
    on_cleanup(clear);

    let control = details.clone();
    listen(&details, "change", move |_| {
        let chosen = chosen(&control);
        apply(chosen);
        store(chosen);
    });
    let control = details.clone();
    listen_to_window("storage", move |_| {
        if let Some(stored) = stored_settings() {
            show(&control, stored);
            apply(stored);
        }
    });

    let control = details.clone();
    listen(&details, "keydown", move |event| {
        let event: web_sys::KeyboardEvent = event.unchecked_into();
        if event.key() != "Escape" || !control.open() {
            return;
        }
        event.prevent_default();
        control.set_open(false);
        if let Some(summary) = control
            .query_selector("summary")
            .ok()
            .flatten()
            .and_then(|summary| summary.dyn_into::<HtmlElement>().ok())
        {
            let _ = summary.focus();
        }
    });
    let control = details.clone();
    listen(&details, "focusout", move |event| {
        let event: web_sys::FocusEvent = event.unchecked_into();
        let next = event
            .related_target()
            .and_then(|target| target.dyn_into::<web_sys::Node>().ok());
        if control.open() && next.is_some() && !control.contains(next.as_ref()) {
            control.set_open(false);
        }
    });
    listen_to_document("click", move |event| {
        let target = event
            .target()
            .and_then(|target| target.dyn_into::<web_sys::Node>().ok());
        if details.open() && !details.contains(target.as_ref()) {
            details.set_open(false);
        }
    });
}

fn inputs(control: &Element) -> impl Iterator<Item = HtmlInputElement> {
    elements_in(control, "input")
        .into_iter()
        .filter_map(|input| input.dyn_into::<HtmlInputElement>().ok())
}

/// Ticks what `settings` holds in the control.
fn show(control: &Element, settings: ReadingSettings) {
    for input in inputs(control) {
        let value = input.value();
        input.set_checked(match input.name().as_str() {
            "text-size" => value == settings.text_size.key(),
            "theme" => value == settings.theme.key(),
            "shortcuts" => settings.shortcuts,
            _ => input.checked(),
        });
    }
}

/// What the control has ticked.
fn chosen(control: &Element) -> ReadingSettings {
    let mut settings = ReadingSettings::default();
    for input in inputs(control) {
        let value = input.value();
        match input.name().as_str() {
            "text-size" if input.checked() => {
                settings.text_size = TextSize::from_key(&value).unwrap_or_default();
            }
            "theme" if input.checked() => {
                settings.theme = Theme::from_key(&value).unwrap_or_default();
            }
            "shortcuts" => settings.shortcuts = input.checked(),
            _ => {}
        }
    }
    settings
}
