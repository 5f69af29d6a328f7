use crate::components::PageHead;
use crate::components::report::{PageShape, WithReport};
use crate::components::timeline::TimelineExplorer;
use crate::logic::timeline::TimelineFilters;
use crate::ui_text;
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};
use report::routes::AppRoute;

/// `/timeline` and `/timeline/:event`: the story's arc, with the event the
/// address names selected and the filters its query holds.
#[component]
pub fn TimelinePage() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let selected_id = Memo::new(move |_| params.with(|params| params.get(AppRoute::EVENT_PARAM)));
    let filters = Memo::new(move |_| {
        query.with(|query| {
            TimelineFilters::from_query(query.get("site").as_deref(), query.get("theme").as_deref())
        })
    });
    view! {
        <PageHead title=ui_text::page_title(ui_text::timeline::HEADING) description=ui_text::descriptions::TIMELINE/>
        <WithReport shape=PageShape::List let:report>
            <TimelineExplorer report selected_id filters/>
        </WithReport>
    }
}
