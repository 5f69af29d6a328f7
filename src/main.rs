//! Browser entry point: starts the app. Everything else lives in the library.

fn main() {
    // Panic messages in the console while developing; a release build
    // aborts on a panic anyway (`panic = "abort"`), and the hook's
    // formatting code would only add to the download.
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    micra_flins::start::start();
}
