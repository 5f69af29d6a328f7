use super::prefs::ReadingSettings;
use codee::string::FromToStringCodec;
use leptos::prelude::*;
use leptos_use_storage::{UseStorageOptions, use_local_storage_with_options};

/// The localStorage key the settings are kept under (index.html's inline
/// script reads it too).
pub const STORAGE_KEY: &str = "micra-flins.reading-settings";

/// The reader's settings, shared by the header's control and the pages.
#[derive(Debug, Clone, Copy)]
pub struct ReadingSettingsState {
    settings: Signal<ReadingSettings>,
    set_settings: WriteSignal<ReadingSettings>,
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
        self.set_settings.update(change);
    }
}

/// The settings for everything below, kept in localStorage (in step with
/// other tabs; for the visit only where storage is refused) and applied to
/// `<html>`'s `data-theme` / `data-text-size`.
///
/// The document is touched only in an effect, so the prerender step renders
/// the defaults without browser APIs. The attributes are removed when the
/// app goes away, leaving the page as it was found.
pub fn provide_reading_settings() -> ReadingSettingsState {
    // Hydrated with the defaults the page was prerendered with, then the
    // stored settings a frame later: index.html's inline script has
    // applied them to the page already.
    let (settings, set_settings, _) = use_local_storage_with_options::<
        ReadingSettings,
        FromToStringCodec,
    >(
        STORAGE_KEY,
        UseStorageOptions::default().delay_during_hydration(true),
    );
    Effect::new(move || apply(settings.get()));
    if !cfg!(feature = "ssr") {
        on_cleanup(clear);
    }
    let state = ReadingSettingsState {
        settings,
        set_settings,
    };
    provide_context(state);
    state
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
