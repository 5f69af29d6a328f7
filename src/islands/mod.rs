//! The parts of a page that run in the browser.
//!
//! Every page is prerendered whole by the app's components (`src/prerender.rs`);
//! the reader can read it and follow its links before any wasm has run.
//! Only these components, Leptos islands, are then hydrated in place: the
//! wasm holds their code and nothing else, no router and no page that
//! only shows text. They render nothing: the markup they answer is
//! prerendered beside them, and they drive it with
//! DOM calls, so the wasm holds no code to render it (bench/size.md). An
//! island takes no props: what it needs, and the in-app address the page
//! was rendered for, it reads from a data block the page carries as JSON
//! (`data.rs`; the story pages' islands need none and read the address
//! from the document); then it follows the browser's address (`?find=`,
//! `?site=`, Back and Forward).
//!
//! An island provides the contexts its components read: islands share
//! nothing with the page around them.
//!
//! A `hydrate` build holds the islands of one kind of page (the
//! `*-islands` features): the others are compiled as plain components,
//! which nothing in the browser calls, and leave the wasm. Each page loads
//! the build that holds its islands (src/page_loader.js).

pub mod data;
mod interviews;
mod page;
mod settings;
mod timeline;

pub use interviews::{FindBarIsland, InterviewSearchIsland, ReaderIsland};
pub use page::{FragmentLandingIsland, SkipLinkIsland};
pub use settings::SettingsIsland;
pub use timeline::{TimelineIsland, enter_timeline};

use crate::components::provide_site_base;
use crate::hooks::{Address, provide_address};

/// The contexts every island starts with.
fn enter_island(base: &str, at: String) -> Address {
    provide_site_base(base);
    provide_address(base, at)
}

/// In the browser, an island's data from the page's block `id`, and the
/// island's contexts entered with the base and address the block names;
/// `None` on the server, where these islands render nothing, and where the
/// block does not read (`IslandData::read` says so in the console).
fn enter_with_data<T: data::FromJson>(id: &str) -> Option<(T, Address)> {
    if cfg!(feature = "ssr") {
        return None;
    }
    let data::IslandData { data, base, at } = data::IslandData::read(id)?;
    Some((data, enter_island(&base, at)))
}
