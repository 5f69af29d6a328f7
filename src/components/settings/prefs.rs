//! The reader's display choices as plain data: what they are, how they are
//! stored (a short `key=value` string in localStorage) and how they show on
//! `<html>` (data attributes the CSS reads). No web APIs, tested natively.

/// Colour theme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    /// Whatever the device prefers (`prefers-color-scheme`).
    #[default]
    System,
    /// Dark text on light.
    Light,
    /// Light text on dark.
    Dark,
}

/// Text size, in steps around the standard.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TextSize {
    /// A step smaller.
    Small,
    /// The design's size.
    #[default]
    Standard,
    /// A step larger.
    Large,
    /// Two steps larger.
    Larger,
}

/// Everything the reader can set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReadingSettings {
    /// Colour theme.
    pub theme: Theme,
    pub text_size: TextSize,
    /// Whether single-key shortcuts (`/`, `j`, `k`) are on. WCAG 2.1.4 asks
    /// that character-key shortcuts can be turned off.
    pub shortcuts: bool,
}

impl Default for ReadingSettings {
    fn default() -> Self {
        Self {
            theme: Theme::System,
            text_size: TextSize::Standard,
            shortcuts: true,
        }
    }
}

impl Theme {
    /// Every theme, in the order the control offers them.
    pub const ALL: [Theme; 3] = [Theme::System, Theme::Light, Theme::Dark];

    /// The stored and form value.
    pub fn key(self) -> &'static str {
        match self {
            Theme::System => "system",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    /// The theme stored as `key`.
    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|theme| theme.key() == key)
    }

    /// The value of `data-theme` on `<html>`; none for the system's choice,
    /// so the CSS media query decides.
    pub fn attribute(self) -> Option<&'static str> {
        match self {
            Theme::System => None,
            other => Some(other.key()),
        }
    }
}

impl TextSize {
    /// Every size, smallest first.
    pub const ALL: [TextSize; 4] = [
        TextSize::Small,
        TextSize::Standard,
        TextSize::Large,
        TextSize::Larger,
    ];

    /// The stored and form value, also the value of `data-text-size`.
    pub fn key(self) -> &'static str {
        match self {
            TextSize::Small => "small",
            TextSize::Standard => "standard",
            TextSize::Large => "large",
            TextSize::Larger => "larger",
        }
    }

    /// The size stored as `key`.
    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|size| size.key() == key)
    }
}

/// The stored form, `theme=dark;size=large;shortcuts=on`, which the inline
/// script in index.html also reads to apply the theme before the first paint.
impl std::fmt::Display for ReadingSettings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "theme={};size={};shortcuts={}",
            self.theme.key(),
            self.text_size.key(),
            if self.shortcuts { "on" } else { "off" }
        )
    }
}

/// Anything unknown or missing keeps its default, so an old or damaged
/// stored value never stops the app: parsing cannot fail.
impl std::str::FromStr for ReadingSettings {
    type Err = std::convert::Infallible;

    fn from_str(stored: &str) -> Result<Self, Self::Err> {
        let mut settings = Self::default();
        for pair in stored.split(';') {
            let Some((key, value)) = pair.split_once('=') else {
                continue;
            };
            match key.trim() {
                "theme" => {
                    if let Some(theme) = Theme::from_key(value.trim()) {
                        settings.theme = theme;
                    }
                }
                "size" => {
                    if let Some(size) = TextSize::from_key(value.trim()) {
                        settings.text_size = size;
                    }
                }
                "shortcuts" => match value.trim() {
                    "on" => settings.shortcuts = true,
                    "off" => settings.shortcuts = false,
                    _ => {}
                },
                _ => {}
            }
        }
        Ok(settings)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stored(text: &str) -> ReadingSettings {
        let Ok(settings) = text.parse();
        settings
    }

    #[test]
    fn every_combination_survives_a_round_trip() {
        for theme in Theme::ALL {
            for text_size in TextSize::ALL {
                for shortcuts in [true, false] {
                    let settings = ReadingSettings {
                        theme,
                        text_size,
                        shortcuts,
                    };
                    assert_eq!(stored(&settings.to_string()), settings);
                }
            }
        }
    }

    #[test]
    fn the_stored_form_is_short_and_readable() {
        let settings = ReadingSettings {
            theme: Theme::Dark,
            text_size: TextSize::Large,
            shortcuts: false,
        };
        assert_eq!(settings.to_string(), "theme=dark;size=large;shortcuts=off");
    }

    #[test]
    fn unknown_or_damaged_values_fall_back_to_defaults() {
        assert_eq!(stored(""), ReadingSettings::default());
        assert_eq!(
            stored("theme=purple;size=huge;shortcuts=maybe;x"),
            ReadingSettings::default()
        );
        let partial = stored("size=small; future=1");
        assert_eq!(partial.text_size, TextSize::Small);
        assert_eq!(partial.theme, Theme::System);
        assert!(partial.shortcuts);
    }

    #[test]
    fn only_a_chosen_theme_sets_the_attribute() {
        assert_eq!(Theme::System.attribute(), None);
        assert_eq!(Theme::Light.attribute(), Some("light"));
        assert_eq!(Theme::Dark.attribute(), Some("dark"));
    }
}
