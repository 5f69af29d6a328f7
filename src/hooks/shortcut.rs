use crate::browser::{listen_to_window, may_be_shortcut};
use crate::components::settings::shortcuts_on;
use crate::logic::interview::{Shortcut, shortcut};
use wasm_bindgen::JsCast;

/// Runs `action` when the reader presses `wanted`'s key where a single key
/// may act (see [`may_be_shortcut`]), unless the reader switched shortcuts
/// off in the display settings (WCAG 2.1.4). The key's own effect is
/// prevented. The listener goes with the component that called this.
pub fn use_shortcut(wanted: Shortcut, action: impl Fn() + 'static) {
    listen_to_window("keydown", move |event| {
        let event: web_sys::KeyboardEvent = event.unchecked_into();
        if may_be_shortcut(&event) && shortcut(&event.key()) == Some(wanted) && shortcuts_on() {
            event.prevent_default();
            action();
        }
    });
}
