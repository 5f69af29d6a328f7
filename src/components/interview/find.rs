use super::search_field::SearchField;
use crate::browser::scroll_to;
use crate::hooks::use_address;
use crate::logic::interview::Block;
use crate::logic::search::{find_folded, fold_query, segments};
use crate::ui_text::interviews as text;
use leptos::prelude::*;
use std::ops::Range;
use std::sync::Arc;
use web_sys::ScrollLogicalPosition;

#[derive(Debug, Clone, PartialEq, Eq)]
struct Hit {
    /// [`Block::index`].
    block: usize,
    /// Bytes of the block's text.
    range: Range<usize>,
}

/// Find-in-text for one interview: what is searched for, every match in
/// reading order, and which one is current.
#[derive(Clone, Copy)]
pub struct FindState {
    blocks: StoredValue<Arc<Vec<Block>>>,
    query: RwSignal<String>,
    hits: Memo<Vec<Hit>>,
    /// Into `hits`.
    active: RwSignal<usize>,
}

impl FindState {
    /// Searches for `query` from a link (`?find=`): its first match at or
    /// after question `from` becomes current, so that the question the
    /// link led to stays in view.
    fn start(&self, query: String, from: Option<usize>) {
        let first = self
            .blocks
            .with_value(|blocks| first_match_from(blocks, &query, from));
        self.query.set(query);
        self.active.set(first);
    }

    /// Takes up a search the address brings later: a prerendered page's
    /// reader starts with none (as it was rendered) and then reads the
    /// browser's `?find=`; Back and Forward may bring another.
    pub fn follow_address(&self, from: Option<usize>) {
        let address = use_address();
        let wanted = Memo::new(move |_| address.query("find").unwrap_or_default());
        let state = *self;
        // Only a change of the address's search: the field's own search
        // (typed, maybe before the island ran) is not the address's.
        let initial = wanted.get_untracked();
        Effect::new(move |last: Option<String>| {
            let wanted = wanted.get();
            if wanted != last.unwrap_or_else(|| initial.clone()) {
                state.start(wanted.clone(), from);
            }
            wanted
        });
    }

    /// A new search: the first match becomes current.
    fn search(&self, query: String) {
        self.query.set(query);
        self.active.set(0);
    }

    /// Round to the first after the last.
    fn next(&self) {
        let count = self.hits.with_untracked(Vec::len);
        if count > 0 {
            self.active.update(|active| *active = (*active + 1) % count);
        }
    }

    /// Round to the last before the first.
    fn previous(&self) {
        let count = self.hits.with_untracked(Vec::len);
        if count > 0 {
            self.active
                .update(|active| *active = (*active + count - 1) % count);
        }
    }

    /// The matches in block `block`, each with its index among all matches.
    fn block_hits(&self, block: usize) -> Memo<Vec<(Range<usize>, usize)>> {
        let hits = self.hits;
        Memo::new(move |_| {
            hits.with(|hits| {
                hits.iter()
                    .enumerate()
                    .filter(|(_, hit)| hit.block == block)
                    .map(|(index, hit)| (hit.range.clone(), index))
                    .collect()
            })
        })
    }

    /// "2 of 5", "No matches", or nothing before a search.
    fn position_text(&self) -> String {
        let total = self.hits.with(Vec::len);
        if self.query.with(|query| query.trim().is_empty()) {
            String::new()
        } else if total == 0 {
            text::NO_MATCHES.to_string()
        } else {
            text::match_position(self.active.get().min(total - 1) + 1, total)
        }
    }
}

/// Find-in-text over `blocks`, provided to the parts below, starting with
/// `query` (from `?find=`) and its first match at or after question `from`,
/// so that the question a link led to stays in view.
pub fn provide_find_state(
    blocks: Arc<Vec<Block>>,
    query: String,
    from: Option<usize>,
) -> FindState {
    let first_active = first_match_from(&blocks, &query, from);
    let stored_blocks = StoredValue::new(Arc::clone(&blocks));
    let query = RwSignal::new(query);
    let hits = Memo::new(move |_| {
        let folded = query.with(|query| fold_query(query));
        blocks
            .iter()
            .flat_map(|block| {
                find_folded(&block.text, &folded)
                    .into_iter()
                    .map(move |range| Hit {
                        block: block.index,
                        range,
                    })
            })
            .collect::<Vec<_>>()
    });
    let state = FindState {
        blocks: stored_blocks,
        query,
        hits,
        active: RwSignal::new(first_active),
    };
    provide_context(state);
    state
}

/// Which match (counted over every block) is the first at or after question
/// `from`; the first of all when there is none.
fn first_match_from(blocks: &[Block], query: &str, from: Option<usize>) -> usize {
    let folded = fold_query(query);
    blocks
        .iter()
        .flat_map(|block| {
            find_folded(&block.text, &folded)
                .into_iter()
                .map(move |_| block.question)
        })
        .position(|question| question >= from)
        .unwrap_or(0)
}

pub fn use_find_state() -> FindState {
    expect_context::<FindState>()
}

/// A text of the interview with find-in-text's matches as `<mark>`; the
/// current one is marked `aria-current` and styled apart. Split by the
/// match ranges into text and elements: never parsed as markup.
#[component]
pub fn MarkedText(
    /// [`Block::index`].
    block: usize,
    /// Word for word.
    text: String,
) -> impl IntoView {
    let find = use_find_state();
    let hits = find.block_hits(block);
    let active = find.active;
    move || {
        hits.with(|hits| {
            let ranges: Vec<Range<usize>> = hits.iter().map(|(range, _)| range.clone()).collect();
            segments(&text, &ranges)
                .into_iter()
                .map(|segment| match segment.hit {
                    None => segment.text.to_string().into_any(),
                    Some(hit) => {
                        let index = hits[hit].1;
                        let current = move || active.get() == index;
                        view! {
                            <mark
                                class="find-mark"
                                class:find-mark--current=current
                                aria-current=move || current().then_some("true")
                                data-find-index=index
                            >
                                {segment.text.to_string()}
                            </mark>
                        }
                        .into_any()
                    }
                })
                .collect_view()
        })
    }
}

/// The reader's find field: type to highlight every match, Enter and
/// Shift+Enter to move between them, Escape to clear; "2 of 5" is said in
/// a polite live region. The current match is scrolled into view.
#[component]
pub fn FindBar() -> impl IntoView {
    let find = use_find_state();

    // Bring the current match into view when it changes; not on the first
    // run, when the question the address names has the view.
    Effect::new(move |first: Option<()>| {
        let count = find.hits.with(Vec::len);
        let active = find.active.get();
        if first.is_none() || count == 0 {
            return;
        }
        request_animation_frame(move || {
            let selector = format!("[data-find-index=\"{active}\"]");
            if let Some(mark) = document().query_selector(&selector).ok().flatten() {
                scroll_to(&mark, ScrollLogicalPosition::Center, true);
            }
        });
    });

    let step = Callback::new(move |backwards: bool| {
        if backwards {
            find.previous();
        } else {
            find.next();
        }
    });
    let no_hits = move || find.hits.with(Vec::is_empty);

    view! {
        <div class="find-bar" role="search">
            <SearchField
                label=text::FIND_LABEL
                value=find.query
                on_input=Callback::new(move |query| find.search(query))
                on_enter=step
                described_by="find-hint"
            >
                <p class="find-bar__count" role="status" aria-live="polite" aria-atomic="true">
                    {move || find.position_text()}
                </p>
                <button
                    type="button"
                    class="find-bar__step"
                    aria-label=text::PREVIOUS_MATCH
                    title=text::PREVIOUS_MATCH
                    disabled=no_hits
                    on:click=move |_| find.previous()
                >
                    <span aria-hidden="true">{text::PREVIOUS_MATCH_GLYPH}</span>
                </button>
                <button
                    type="button"
                    class="find-bar__step"
                    aria-label=text::NEXT_MATCH
                    title=text::NEXT_MATCH
                    disabled=no_hits
                    on:click=move |_| find.next()
                >
                    <span aria-hidden="true">{text::NEXT_MATCH_GLYPH}</span>
                </button>
            </SearchField>
            <p id="find-hint" class="find-bar__hint">{text::FIND_HINT}</p>
        </div>
    }
}
