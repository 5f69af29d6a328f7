//! Reading comfort for every page: text size, colour theme and single-key
//! shortcuts, chosen in the header and remembered in localStorage.

mod behaviour;
mod control;
mod prefs;
mod state;

pub use behaviour::run_settings_control;
pub use control::SettingsControl;
pub use prefs::{ReadingSettings, TextSize, Theme};
pub use state::{STORAGE_KEY, shortcuts_on};
