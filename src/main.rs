//! Browser entry point: starts the app. Everything else lives in the library.

fn main() {
    console_error_panic_hook::set_once();
    micra_flins::start::start();
}
