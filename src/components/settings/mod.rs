//! Reading comfort for every page: text size, colour theme and single-key
//! shortcuts, chosen in the header and remembered in localStorage.

mod control;
mod prefs;
mod state;

pub use control::SettingsControl;
pub use prefs::{ReadingSettings, TextSize, Theme};
pub use state::{
    ReadingSettingsState, STORAGE_KEY, provide_reading_settings, use_reading_settings,
};
