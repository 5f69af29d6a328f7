use super::TimelineContext;
use super::context::detail_dom_id;
use super::event_detail::{CHOOSE_ID, DETAILS_ID, RETRY_ID, STATUS_MESSAGE_ID};
use super::listbox::set_hidden;
use crate::browser::{element, listen};
use crate::links::event_path;
use crate::say;
use leptos::prelude::*;
use web_sys::Element;

/// Shows the selected event's detail and hides the one shown before. A
/// page carries its own event's detail; another event's is taken from that
/// event's page (prerendered by the same build, and kept by the offline
/// copy), once, and kept in this page. The events a step away from the
/// selected one, and the next few the way the reader goes, are taken
/// ahead ([`taken_ahead`](crate::logic::timeline::taken_ahead)), so that
/// stepping shows them at once.
/// While the selected one comes, and when it cannot, the prerendered
/// status says so, with a button to try again
/// ([`EventDetails`](super::EventDetails)): the wasm writes its text and
/// holds no view of it.
pub fn show_selected_detail(timeline: TimelineContext) {
    let retried = Trigger::new();
    if let Some(button) = element(RETRY_ID) {
        listen(&button, "click", move |_| retried.notify());
    }
    let take = move |id: String| {
        if element(&detail_dom_id(&id)).is_some() || !ask(&id) {
            return;
        }
        // The event's page, by the address a static host serves as is.
        let page = format!("{}/", timeline.href(&event_path(Some(&id))));
        leptos::task::spawn_local(async move {
            let outcome = detail_from_page(&page, &id).await;
            answered(&id);
            // `try_`: the page may have been left (a test's page, dropped).
            let selected = timeline
                .selected_id
                .try_get_untracked()
                .flatten()
                .as_deref()
                == Some(&*id);
            match outcome {
                Ok(detail) => {
                    if let Some(details) = element(DETAILS_ID) {
                        set_hidden(&detail, true);
                        let _ = details.append_child(&detail);
                    }
                    if selected {
                        reveal(Some(&id));
                        tell("", false);
                    }
                }
                Err(reason) if selected => tell(&reason, true),
                Err(_) => {}
            }
        });
    };
    // The effect's value is the selection it last showed: the way the
    // reader is stepping.
    Effect::new(move |previous: Option<Option<String>>| {
        retried.track();
        let selected = timeline.selected_id.get();
        reveal(selected.as_deref());
        let Some(id) = selected else {
            tell("", false);
            return None;
        };
        let known = timeline.with_index(|index| index.event(&id).is_some());
        if known && element(&detail_dom_id(&id)).is_none() {
            tell(say!(timeline.loading_event), false);
            take(id.clone());
        } else {
            tell("", false);
        }
        for ahead in timeline.taken_ahead(&id, previous.flatten().as_deref()) {
            take(ahead);
        }
        Some(id)
    });
}

/// Writes `message` into the status (empty: nothing to say) and shows its
/// retry button when the reader may try again.
fn tell(message: &str, can_retry: bool) {
    if let Some(status) = element(STATUS_MESSAGE_ID) {
        status.set_text_content(Some(message));
    }
    if let Some(button) = element(RETRY_ID) {
        set_hidden(&button, !can_retry);
    }
}

thread_local! {
    // The events whose page is being asked for (two or three at most).
    static ASKED: std::cell::RefCell<Vec<String>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Notes that `id`'s page is asked for; `false` when it already is.
fn ask(id: &str) -> bool {
    ASKED.with_borrow_mut(|asked| {
        let new = !asked.iter().any(|other| other == id);
        if new {
            asked.push(id.to_string());
        }
        new
    })
}

/// Notes that `id`'s page has answered (or failed to).
fn answered(id: &str) {
    ASKED.with_borrow_mut(|asked| asked.retain(|other| other != id));
}

/// Shows `selected`'s detail if the page has it (or the invitation to
/// choose, with nothing selected), and hides the one shown before.
fn reveal(selected: Option<&str>) {
    let Some(details) = element(DETAILS_ID) else {
        return;
    };
    if let Ok(Some(shown)) = details.query_selector(".event-detail:not([hidden])") {
        set_hidden(&shown, true);
    }
    match selected {
        Some(id) => {
            if let Some(detail) = element(&detail_dom_id(id)) {
                set_hidden(&detail, false);
            }
        }
        None => {
            if let Some(choose) = element(CHOOSE_ID) {
                set_hidden(&choose, false);
            }
        }
    }
}

/// The detail of event `id` from its prerendered page at `url`: the
/// detail's own markup, cut from the page ([`detail_markup`]), parsed in
/// a template (inert: nothing in it runs or loads) and taken into this
/// document. Only the detail is parsed, not the whole page around it: on
/// a slow phone, parsing each page taken ahead was a long task.
///
/// The browser's own `fetch`: gloo-net's request builder measured several
/// KB of every timeline page's wasm for this one GET.
async fn detail_from_page(url: &str, id: &str) -> Result<Element, String> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let unreachable = |_| say!(timeline.event_unreachable).to_string();
    let not_in_page = || say!(timeline.event_not_in_page).to_string();
    let response: web_sys::Response = JsFuture::from(window().fetch_with_str(url))
        .await
        .map_err(unreachable)?
        .unchecked_into();
    if !response.ok() {
        return Err(say!(timeline.event_not_served(response.status())));
    }
    let html = JsFuture::from(response.text().map_err(unreachable)?)
        .await
        .map_err(unreachable)?
        .as_string()
        .unwrap_or_default();
    let markup = detail_markup(&html, &detail_dom_id(id)).ok_or_else(not_in_page)?;
    let template: web_sys::HtmlTemplateElement = document()
        .create_element("template")
        .map_err(|_| not_in_page())?
        .unchecked_into();
    template.set_inner_html(markup);
    let detail = template
        .content()
        .first_element_child()
        .ok_or_else(not_in_page)?;
    document()
        .adopt_node(&detail)
        .ok()
        .and_then(|node| node.dyn_into::<Element>().ok())
        .ok_or_else(not_in_page)
}

/// The markup of the detail whose element id is `dom_id` in an event's
/// prerendered page: its `<article>`, which holds no other, to its end
/// tag. The page is the build's own: the report's text in it is escaped,
/// so a `<` there is always markup.
fn detail_markup<'a>(page: &'a str, dom_id: &str) -> Option<&'a str> {
    let start = page.find(&format!("<article id=\"{dom_id}\""))?;
    const END: &str = "</article>";
    let end = start + page[start..].find(END)? + END.len();
    Some(&page[start..end])
}

#[cfg(test)]
mod tests {
    use super::detail_markup;

    #[test]
    fn the_detail_is_cut_from_its_page_by_its_own_start_tag() {
        let page = concat!(
            "<main><p>Text is escaped: &lt;article id=\"timeline-detail-a\"&gt; &lt;/article&gt;</p>",
            "<ul><li id=\"timeline-detail-a-item\">A</li></ul>",
            "<article id=\"timeline-detail-a\" class=\"event-detail\"><h3>A</h3><p>x &lt;/article&gt; y</p></article>",
            "<article id=\"timeline-detail-b\" class=\"event-detail\"></article></main>"
        );
        assert_eq!(
            detail_markup(page, "timeline-detail-a"),
            Some(
                "<article id=\"timeline-detail-a\" class=\"event-detail\"><h3>A</h3><p>x &lt;/article&gt; y</p></article>"
            )
        );
        assert_eq!(detail_markup(page, "timeline-detail-c"), None);
        assert_eq!(
            detail_markup(
                "<article id=\"timeline-detail-a\">cut short",
                "timeline-detail-a"
            ),
            None
        );
    }
}
