use super::prefs::ReadingSettings;
use leptos::prelude::*;

/// The localStorage key the settings are kept under.
pub const STORAGE_KEY: &str = "micra-flins.reading-settings";

/// The reader's settings, shared by the header's control and the pages.
#[derive(Debug, Clone, Copy)]
pub struct ReadingSettingsState(RwSignal<ReadingSettings>);

impl ReadingSettingsState {
    /// The current settings; tracked.
    pub fn get(&self) -> ReadingSettings {
        self.0.get()
    }

    /// The current settings, untracked (for event handlers).
    pub fn get_untracked(&self) -> ReadingSettings {
        self.0.get_untracked()
    }

    /// Changes the settings; they are applied and stored at once.
    pub fn update(&self, change: impl FnOnce(&mut ReadingSettings)) {
        self.0.update(change);
    }
}

/// Creates the settings for everything below, restores the stored ones and
/// keeps `<html>`'s `data-theme` / `data-text-size` and localStorage in step.
///
/// Storage and the document are touched only in an effect, after the first
/// render, so rendering stays free of browser APIs (for prerendering). The
/// attributes are removed when the app goes away, so the page is left as
/// it was found.
pub fn provide_reading_settings() -> ReadingSettingsState {
    let settings = RwSignal::new(ReadingSettings::default());
    Effect::new(move |restored: Option<()>| {
        if restored.is_none() {
            if let Some(stored) = load() {
                settings.set(stored);
            }
            // Subscribe without saving: the first run must not overwrite
            // the stored choice with the defaults.
            settings.track();
            apply(settings.get_untracked());
            return;
        }
        let current = settings.get();
        apply(current);
        save(current);
    });
    if !cfg!(feature = "ssr") {
        // A prerender has no document to restore.
        on_cleanup(clear);
    }
    let state = ReadingSettingsState(settings);
    provide_context(state);
    state
}

/// The settings provided by the App; defaults outside it (tests of parts).
pub fn use_reading_settings() -> ReadingSettingsState {
    use_context().unwrap_or_else(|| ReadingSettingsState(RwSignal::new(ReadingSettings::default())))
}

fn storage() -> Option<web_sys::Storage> {
    // localStorage can be missing or refused (privacy modes): then the
    // choice lasts for the visit only.
    window().local_storage().ok().flatten()
}

fn load() -> Option<ReadingSettings> {
    let stored = storage()?.get_item(STORAGE_KEY).ok().flatten()?;
    Some(ReadingSettings::from_storage(&stored))
}

fn save(settings: ReadingSettings) {
    if let Some(storage) = storage() {
        let _ = storage.set_item(STORAGE_KEY, &settings.to_storage());
    }
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
