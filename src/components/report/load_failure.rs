use crate::components::PageTitle;
use crate::data::{LoadError, use_report_state};
use crate::say;
use leptos::prelude::*;

/// Why the report cannot be shown, the validation problems with their JSON
/// paths (the first hundred, then how many more), and a button to try
/// again.
#[component]
pub fn LoadFailure(
    /// What went wrong.
    error: LoadError,
) -> impl IntoView {
    let state = use_report_state();
    let (problems, more) = report::shown_problems(error.problems());
    let problems = problems.to_vec();
    let has_problems = !problems.is_empty();
    view! {
        <PageTitle text=error.title()/>
        <section class="load-failure" aria-labelledby="load-failure-title">
            <div role="alert">
                <h1 id="load-failure-title">{error.title()}</h1>
                <p class="load-failure__detail">{error.detail()}</p>
            </div>
            <Show when=move || has_problems>
                <h2>{say!(problems_heading)}</h2>
            </Show>
            <ol class="load-failure__problems">
                {problems
                    .iter()
                    .map(|problem| {
                        view! {
                            <li>
                                <code class="load-failure__path">{problem.path.clone()}</code>
                                " "
                                <span>{problem.message.clone()}</span>
                                <br/>
                                <span class="load-failure__hint">{problem.hint.clone()}</span>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
            {(more > 0).then(|| view! { <p class="load-failure__more">{say!(more_problems(more))}</p> })}
            <Show when=move || error.can_retry()>
                <button type="button" class="button" on:click=move |_| state.retry()>
                    {say!(try_again)}
                </button>
            </Show>
        </section>
    }
}
