//! Where the reader's settings live while a page is open: on `<html>`, as
//! the data attributes the CSS reads (`data-theme`, `data-text-size`,
//! `data-shortcuts`), which every island asks when it needs to know; and
//! in localStorage between visits (index.html's inline script applies
//! them before the first paint). No island keeps a copy, so the page's
//! islands cannot disagree.

use super::prefs::{ReadingSettings, TextSize, Theme};
use crate::base_path::storage_key;
use leptos::prelude::document;

/// The localStorage key the settings are kept under, followed by the
/// site's path (`base_path::scoped_storage_key`; index.html's inline
/// script reads it too).
pub const STORAGE_KEY: &str = "micra-flins.reading-settings";

/// The stored settings (the defaults when none are stored, or what is
/// stored is damaged); `None` where storage cannot be read.
pub fn stored_settings() -> Option<ReadingSettings> {
    let stored = leptos::prelude::window()
        .local_storage()
        .ok()??
        .get_item(&storage_key(STORAGE_KEY))
        .ok()?;
    Some(
        stored
            .and_then(|text| text.parse().ok())
            .unwrap_or_default(),
    )
}

/// Keeps `settings` for the next visit and other tabs (which hear of it
/// through the `storage` event); where storage is refused, for this page.
pub fn store(settings: ReadingSettings) {
    if let Ok(Some(storage)) = leptos::prelude::window().local_storage() {
        let _ = storage.set_item(&storage_key(STORAGE_KEY), &settings.to_string());
    }
}

/// Shows `settings` on the page.
pub fn apply(settings: ReadingSettings) {
    let Some(root) = document().document_element() else {
        return;
    };
    let _ = match settings.theme.attribute() {
        Some(theme) => root.set_attribute("data-theme", theme),
        None => root.remove_attribute("data-theme"),
    };
    let _ = root.set_attribute("data-text-size", settings.text_size.key());
    let _ = if settings.shortcuts {
        root.remove_attribute("data-shortcuts")
    } else {
        root.set_attribute("data-shortcuts", "off")
    };
}

/// The settings the page shows now.
pub fn applied() -> ReadingSettings {
    let root = document().document_element();
    let attribute = |name: &str| root.as_ref().and_then(|root| root.get_attribute(name));
    let defaults = ReadingSettings::default();
    ReadingSettings {
        theme: attribute("data-theme")
            .and_then(|key| Theme::from_key(&key))
            .unwrap_or(defaults.theme),
        text_size: attribute("data-text-size")
            .and_then(|key| TextSize::from_key(&key))
            .unwrap_or(defaults.text_size),
        shortcuts: attribute("data-shortcuts").as_deref() != Some("off"),
    }
}

/// Whether single-key shortcuts are on (WCAG 2.1.4 asks that they can be
/// turned off).
pub fn shortcuts_on() -> bool {
    applied().shortcuts
}

/// Takes the settings off the page (when the island that applied them
/// goes, in the browser tests).
pub fn clear() {
    if let Some(root) = document().document_element() {
        for name in ["data-theme", "data-text-size", "data-shortcuts"] {
            let _ = root.remove_attribute(name);
        }
    }
}
