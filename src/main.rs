//! Browser entry point: mounts the app. Everything else lives in the library.

use leptos::prelude::*;
use micra_flins::{App, base_path_from_document};

fn main() {
    console_error_panic_hook::set_once();
    let base = base_path_from_document();
    mount_to_body(move || view! { <App base=base/> });
}
