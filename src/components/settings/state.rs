use super::prefs::ReadingSettings;
use crate::base_path::storage_key;
use crate::browser::listen_to_window;
use leptos::prelude::*;

/// The localStorage key the settings are kept under, followed by the
/// site's path (`base_path::scoped_storage_key`; index.html's inline
/// script reads it too).
pub const STORAGE_KEY: &str = "micra-flins.reading-settings";

/// Told on the window when one island changes the settings, so that the
/// page's other islands (the reader's shortcuts) follow; other tabs hear
/// of it through the `storage` event.
const CHANGED_EVENT: &str = "micra-flins-settings";

/// The reader's settings, shared by the header's control and the pages.
#[derive(Debug, Clone, Copy)]
pub struct ReadingSettingsState {
    settings: RwSignal<ReadingSettings>,
}

impl ReadingSettingsState {
    pub fn get(&self) -> ReadingSettings {
        self.settings.get()
    }

    /// For event handlers, which must not subscribe.
    pub fn get_untracked(&self) -> ReadingSettings {
        self.settings.get_untracked()
    }

    /// Changes the settings; they are applied and stored at once.
    pub fn update(&self, change: impl FnOnce(&mut ReadingSettings)) {
        self.settings.update(change);
        store(self.settings.get_untracked());
    }
}

/// The settings for everything below, kept in localStorage (in step with
/// the page's other islands and other tabs; for the visit only where
/// storage is refused) and applied to `<html>`'s `data-theme` /
/// `data-text-size`.
///
/// Rendered, and hydrated, with the defaults the page was prerendered
/// with; the stored settings follow at once (index.html's inline script
/// has applied them to the page already). Hand-written rather than
/// leptos-use's `use_local_storage`: on the island every page has, that
/// measured 6.7 KB of the download (bench/size.md).
pub fn provide_reading_settings() -> ReadingSettingsState {
    let settings = RwSignal::new(ReadingSettings::default());
    let read_stored = move || {
        if let Some(stored) = stored_settings()
            && settings.get_untracked() != stored
        {
            settings.set(stored);
        }
    };
    if !cfg!(feature = "ssr") {
        // An effect runs once the island is in place, after hydration.
        Effect::new(move |_| read_stored());
        on_cleanup(clear);
    }
    listen_to_window("storage", move |_| read_stored());
    listen_to_window(CHANGED_EVENT, move |_| read_stored());
    Effect::new(move || apply(settings.get()));
    let state = ReadingSettingsState { settings };
    provide_context(state);
    state
}

/// The stored settings (the defaults when none are stored, or what is
/// stored is damaged); `None` where storage cannot be read.
fn stored_settings() -> Option<ReadingSettings> {
    let stored = window()
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

/// Keeps `settings` and tells the page's other islands.
fn store(settings: ReadingSettings) {
    if let Ok(Some(storage)) = window().local_storage() {
        let _ = storage.set_item(&storage_key(STORAGE_KEY), &settings.to_string());
    }
    if let Ok(event) = web_sys::Event::new(CHANGED_EVENT) {
        let _ = window().dispatch_event(&event);
    }
}

pub fn use_reading_settings() -> ReadingSettingsState {
    expect_context::<ReadingSettingsState>()
}

fn apply(settings: ReadingSettings) {
    let Some(root) = document().document_element() else {
        return;
    };
    let _ = match settings.theme.attribute() {
        Some(theme) => root.set_attribute("data-theme", theme),
        None => root.remove_attribute("data-theme"),
    };
    let _ = root.set_attribute("data-text-size", settings.text_size.key());
}

fn clear() {
    if let Some(root) = document().document_element() {
        let _ = root.remove_attribute("data-theme");
        let _ = root.remove_attribute("data-text-size");
    }
}
