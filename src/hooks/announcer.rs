use leptos::prelude::*;
use leptos_use_timeout_fn::{UseTimeoutFnReturn, use_timeout_fn};

/// Long enough to read a short message, short enough not to linger.
const SHOWN_FOR_MS: f64 = 6000.0;
/// The region is emptied first and the message follows a moment later, so
/// that assistive technology notices a change even when the same message
/// comes twice.
const EMPTY_FOR_MS: f64 = 50.0;

/// What a polite live region says: a message that shows, is announced
/// without moving focus, and goes away by itself.
#[derive(Clone, Copy)]
pub struct Announcer {
    message: RwSignal<String>,
    say: Callback<String>,
}

impl Announcer {
    pub fn message(&self) -> String {
        self.message.get()
    }

    pub fn is_silent(&self) -> bool {
        self.message.with(String::is_empty)
    }

    /// Only the latest message is shown and cleared. Safe to call after
    /// the region has gone (an answer that comes back asynchronously).
    pub fn say(&self, message: impl Into<String>) {
        self.say.try_run(message.into());
    }
}

/// The timers are removed with the owner, so nothing fires after the page
/// has gone.
pub fn use_announcer() -> Announcer {
    let message = RwSignal::new(String::new());
    let UseTimeoutFnReturn { start: show, .. } =
        use_timeout_fn(move |text: String| message.set(text), EMPTY_FOR_MS);
    let UseTimeoutFnReturn { start: clear, .. } =
        use_timeout_fn(move |()| message.set(String::new()), SHOWN_FOR_MS);
    let say = Callback::new(move |text: String| {
        message.set(String::new());
        show(text);
        clear(());
    });
    Announcer { message, say }
}
