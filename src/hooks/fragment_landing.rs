use crate::browser::{focus_quietly, fragment_target, scroll_to};
use crate::hooks::use_address;
use leptos::prelude::*;
use leptos_use_timeout_fn::{UseTimeoutFnReturn, use_timeout_fn};
use std::cell::RefCell;
use std::rc::Rc;
use web_sys::{Element, ScrollLogicalPosition};

/// Long enough to find the passage on screen; an outline, not an
/// animation, so it also suits readers who ask for reduced motion.
const MARKED_FOR_MS: f64 = 2500.0;
/// style/base.css.
const TARGET_CLASS: &str = "is-target";

/// Lands on the passage the address's `#fragment` names (decoded, see
/// [`fragment_target`]): scrolls it to the top, marks it for a moment and
/// moves focus to it, so that reading goes on from there. The browser
/// could not do it itself: the page was rendered after it read the address.
///
/// Lands in the first frame after the page around it is rendered, and again
/// whenever the fragment changes; but not at first on a prerendered page
/// the reader had already moved in, which it would take them away from.
/// Focus goes to the closest element matching `focus_within` that holds the
/// passage, when there is one (the reader's question), and `on_landed` is
/// told which element took it.
pub fn use_fragment_landing(
    focus_within: Option<&'static str>,
    on_landed: impl Fn(&Element) + 'static,
) {
    let address = use_address();
    let fragment = Memo::new(move |_| address.fragment());
    let marked: Rc<RefCell<Option<Element>>> = Rc::default();
    let UseTimeoutFnReturn {
        start: unmark_later,
        ..
    } = use_timeout_fn(
        {
            let marked = Rc::clone(&marked);
            move |()| unmark(&marked)
        },
        MARKED_FOR_MS,
    );
    let on_landed = Rc::new(on_landed);
    // A frame asked for just before the page went away finds it gone.
    let alive = StoredValue::new(());
    Effect::new(move |first: Option<()>| {
        fragment.track();
        if first.is_none() && crate::start::reader_moved_first() {
            return;
        }
        let (marked, unmark_later, on_landed) = (
            Rc::clone(&marked),
            unmark_later.clone(),
            Rc::clone(&on_landed),
        );
        // After layout, so that the passage is where it will stay.
        request_animation_frame(move || {
            if alive.is_disposed() {
                return;
            }
            let Some(target) = fragment_target() else {
                return;
            };
            unmark(&marked);
            let _ = target.class_list().add_1(TARGET_CLASS);
            marked.replace(Some(target.clone()));
            unmark_later(());
            let focus = focus_within
                .and_then(|selector| target.closest(selector).ok().flatten())
                .unwrap_or_else(|| {
                    if !target.has_attribute("tabindex") {
                        // Focusable from script only, not a stop for Tab.
                        let _ = target.set_attribute("tabindex", "-1");
                    }
                    target.clone()
                });
            scroll_to(&target, ScrollLogicalPosition::Start, false);
            focus_quietly(&focus);
            on_landed(&focus);
        });
    });
}

fn unmark(marked: &RefCell<Option<Element>>) {
    if let Some(element) = marked.take() {
        let _ = element.class_list().remove_1(TARGET_CLASS);
    }
}
