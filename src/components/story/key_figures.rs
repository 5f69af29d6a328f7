use super::SourceNote;
use crate::say;
use crate::ui_text::content_lang;
use leptos::prelude::*;
use report::KeyFigures;

/// The key-figures box as a band of cards. Values the extract lost and that
/// were restored from public sources are marked, with their source.
#[component]
pub fn KeyFiguresBand(
    /// The figures, in the report's order.
    figures: KeyFigures,
) -> impl IntoView {
    view! {
        <section class="key-figures" id=figures.id aria-labelledby="key-figures-heading">
            <h2 id="key-figures-heading">{say!(key_figures)}</h2>
            <ul class="key-figures__list" role="list">
                {figures
                    .figures
                    .into_iter()
                    .map(|figure| {
                        let value = figure.value;
                        let restored = value.as_ref().is_some_and(|value| value.restored);
                        view! {
                            <li class="figure" class:figure--restored=restored id=figure.id>
                                <p class="figure__text" lang=content_lang()>
                                    {figure.lead.map(|lead| view! { <span class="figure__lead">{lead}" "</span> })}
                                    {value.as_ref().map(|value| view! { <strong class="figure__value">{value.text.clone()}</strong>" " })}
                                    <span class="figure__label">{figure.label}</span>
                                </p>
                                {value.map(|value| {
                                    view! {
                                        {restored.then(|| view! { <p class="figure__badge">{say!(restored_value)}</p> })}
                                        <SourceNote source=value.source/>
                                    }
                                })}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </section>
    }
}
