use super::search_field::{SearchField, drive_search_field};
use crate::browser::{element, elements_in, listen, scroll_to};
use crate::hooks::use_address;
use crate::logic::search::{find_folded, fold_query, segments};
use crate::say;
use leptos::prelude::*;
use std::ops::Range;
use web_sys::ScrollLogicalPosition;

/// The attribute that marks an element of the prerendered text as a block
/// find-in-text searches, in reading order: its value is the index of the
/// question it belongs to, empty for the introduction. Such an element
/// holds its text and nothing else, so that find can mark it in place.
/// (The views spell it out: `view!` takes attribute names literally.)
const FIND_BLOCK_ATTRIBUTE: &str = "data-find-question";

/// The value of [`FIND_BLOCK_ATTRIBUTE`] for a block of question `question`.
pub fn find_block_value(question: Option<usize>) -> String {
    question.map(|index| index.to_string()).unwrap_or_default()
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Hit {
    /// Into the blocks, in reading order.
    block: usize,
    /// Bytes of the block's text.
    range: Range<usize>,
}

/// A block of the text as the page has it: the question it belongs to and
/// its words.
#[derive(Debug, Clone, PartialEq, Eq)]
struct FindBlock {
    question: Option<usize>,
    text: String,
}

/// Find-in-text for one interview: what is searched for, every match in
/// reading order, and which one is current. The text is the page's own
/// (read once it is in the document); the matches are marked in it.
#[derive(Clone, Copy)]
pub struct FindState {
    blocks: RwSignal<Vec<FindBlock>>,
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
            .with_untracked(|blocks| first_match_from(blocks, &query, from));
        self.query.set(query);
        self.active.set(first);
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

    /// "2 of 5", "No matches", or nothing before a search.
    fn position_text(&self) -> String {
        let total = self.hits.with(Vec::len);
        if self.query.with(|query| query.trim().is_empty()) {
            String::new()
        } else if total == 0 {
            say!(interviews.no_matches).to_string()
        } else {
            say!(interviews.match_position(self.active.get().min(total - 1) + 1, total))
        }
    }
}

/// Find-in-text over the page's text, starting with the address's
/// `?find=` and its first match at or after question `from` (the question
/// the address names), and taking up the searches the address brings
/// later: Back and Forward, or a prerendered page's browser address.
pub fn start_find_state(from: Option<usize>) -> FindState {
    let address = use_address();
    let initial = address.query_untracked("find").unwrap_or_default();
    let blocks = RwSignal::new(Vec::<FindBlock>::new());
    let query = RwSignal::new(initial.clone());
    let hits = Memo::new(move |_| {
        let folded = query.with(|query| fold_query(query));
        blocks.with(|blocks| {
            blocks
                .iter()
                .enumerate()
                .flat_map(|(block, found)| {
                    find_folded(&found.text, &folded)
                        .into_iter()
                        .map(move |range| Hit { block, range })
                })
                .collect::<Vec<_>>()
        })
    });
    let state = FindState {
        blocks,
        query,
        hits,
        active: RwSignal::new(0),
    };
    let wanted = Memo::new(move |_| address.query("find").unwrap_or_default());
    Effect::new(move |last: Option<String>| {
        let wanted = wanted.get();
        if last.is_none() {
            // Once the page's text is in the document.
            blocks.set(read_blocks());
            if query.with_untracked(|query| *query == initial) {
                let first =
                    blocks.with_untracked(|blocks| first_match_from(blocks, &initial, from));
                state.active.set(first);
            }
        }
        // Only a change of the address's search: the field's own search
        // (typed, maybe before the island ran) is not the address's.
        if wanted != last.unwrap_or_else(|| initial.clone()) {
            state.start(wanted.clone(), from);
        }
        wanted
    });
    mark_matches(state);
    state
}

/// Which match (counted over every block) is the first at or after question
/// `from`; the first of all when there is none.
fn first_match_from(blocks: &[FindBlock], query: &str, from: Option<usize>) -> usize {
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

fn block_elements() -> Vec<web_sys::Element> {
    document()
        .document_element()
        .map(|root| elements_in(&root, &format!("[{FIND_BLOCK_ATTRIBUTE}]")))
        .unwrap_or_default()
}

fn read_blocks() -> Vec<FindBlock> {
    block_elements()
        .iter()
        .map(|element| FindBlock {
            question: element
                .get_attribute(FIND_BLOCK_ATTRIBUTE)
                .and_then(|question| question.parse().ok()),
            text: element.text_content().unwrap_or_default(),
        })
        .collect()
}

/// Marks the matches in the page's text as `<mark>`, the current one
/// `aria-current` and styled apart. Each block's text is split by the
/// match ranges into text nodes and elements: never parsed as markup.
fn mark_matches(find: FindState) {
    Effect::new(move |_| {
        let elements = block_elements();
        find.hits.with(|hits| {
            find.blocks.with_untracked(|blocks| {
                let mut first_hit = 0;
                for (index, (element, block)) in elements.iter().zip(blocks).enumerate() {
                    let count = hits[first_hit..]
                        .iter()
                        .take_while(|hit| hit.block == index)
                        .count();
                    let ranges: Vec<Range<usize>> = hits[first_hit..first_hit + count]
                        .iter()
                        .map(|hit| hit.range.clone())
                        .collect();
                    mark_block(element, &block.text, &ranges, first_hit);
                    first_hit += count;
                }
            })
        });
        show_current(find.active.get_untracked());
    });
    Effect::new(move |_| show_current(find.active.get()));
}

/// Writes `text` into `element` with `ranges` marked; the marks are
/// numbered from `first` in reading order.
fn mark_block(element: &web_sys::Element, text: &str, ranges: &[Range<usize>], first: usize) {
    if ranges.is_empty() {
        if element.child_element_count() > 0 {
            element.set_text_content(Some(text));
        }
        return;
    }
    element.set_text_content(None);
    for segment in segments(text, ranges) {
        let node: web_sys::Node = match segment.hit {
            None => document().create_text_node(segment.text).into(),
            Some(hit) => {
                let Ok(mark) = document().create_element("mark") else {
                    continue;
                };
                mark.set_class_name("find-mark");
                let _ = mark.set_attribute("data-find-index", &(first + hit).to_string());
                mark.set_text_content(Some(segment.text));
                mark.into()
            }
        };
        let _ = element.append_child(&node);
    }
}

/// Moves the "current" marking to match `active`.
fn show_current(active: usize) {
    if let Ok(Some(previous)) = document().query_selector(".find-mark--current") {
        let _ = previous.class_list().remove_1("find-mark--current");
        let _ = previous.remove_attribute("aria-current");
    }
    let selector = format!("[data-find-index=\"{active}\"]");
    if let Ok(Some(mark)) = document().query_selector(&selector) {
        let _ = mark.class_list().add_1("find-mark--current");
        let _ = mark.set_attribute("aria-current", "true");
    }
}

/// The reader's find field: type to highlight every match, Enter and
/// Shift+Enter to move between them, Escape to clear; "2 of 5" is said in
/// a polite live region. Markup, before any search: [`drive_find_bar`]
/// answers it.
#[component]
pub fn FindBar() -> impl IntoView {
    view! {
        <div class="find-bar" role="search">
            <SearchField label=say!(interviews.find_label) described_by="find-hint">
                <p id=COUNT_ID class="find-bar__count" role="status" aria-live="polite" aria-atomic="true"></p>
                <button
                    type="button"
                    class="find-bar__step"
                    data-find-step="previous"
                    aria-label=say!(interviews.previous_match)
                    title=say!(interviews.previous_match)
                    disabled=true
                >
                    <span aria-hidden="true">{say!(interviews.previous_match_glyph)}</span>
                </button>
                <button
                    type="button"
                    class="find-bar__step"
                    data-find-step="next"
                    aria-label=say!(interviews.next_match)
                    title=say!(interviews.next_match)
                    disabled=true
                >
                    <span aria-hidden="true">{say!(interviews.next_match_glyph)}</span>
                </button>
            </SearchField>
            <p id="find-hint" class="find-bar__hint">{say!(interviews.find_hint)}</p>
        </div>
    }
}

const COUNT_ID: &str = "find-count";

/// Answers the page's [`FindBar`] with `find`: its field, its steps, its
/// count, and the current match scrolled into view.
pub fn drive_find_bar(find: FindState) {
    drive_search_field(
        find.query.into(),
        Callback::new(move |query| find.search(query)),
        Some(Callback::new(move |backwards: bool| {
            if backwards {
                find.previous();
            } else {
                find.next();
            }
        })),
    );
    let steps = document()
        .document_element()
        .map(|root| elements_in(&root, "[data-find-step]"))
        .unwrap_or_default();
    for step in &steps {
        let backwards = step.get_attribute("data-find-step").as_deref() == Some("previous");
        listen(step, "click", move |_| {
            if backwards {
                find.previous();
            } else {
                find.next();
            }
        });
    }
    let count = element(COUNT_ID);
    Effect::new(move |_| {
        let text = find.position_text();
        if let Some(count) = &count
            && count.text_content().unwrap_or_default() != text
        {
            count.set_text_content(Some(&text));
        }
        let no_hits = find.hits.with(Vec::is_empty);
        for step in &steps {
            let _ = step.toggle_attribute_with_force("disabled", no_hits);
        }
    });

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
}
