//! Messages for inputs that could not be loaded, each with its own dismiss button.

use yew::prelude::*;

use crate::ui::state::LoadError;

/// Properties of [`ErrorList`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The errors to show.
    pub errors: Vec<LoadError>,
    /// Called with an error's index when the user dismisses it.
    pub on_dismiss: Callback<usize>,
}

/// The list of load errors.
#[function_component]
pub fn ErrorList(props: &Props) -> Html {
    if props.errors.is_empty() {
        return html! {};
    }
    html! {
        <ul class="errors" role="alert" aria-label="Files that could not be loaded">
            { for props.errors.iter().enumerate().map(|(i, e)| {
                let dismiss = props.on_dismiss.reform(move |_| i);
                html! {
                    <li class="error" data-file={e.file.clone()}>
                        <span class="error-message">{ &e.message }</span>
                        <button class="dismiss" onclick={dismiss} aria-label={format!("Dismiss the message about {}", e.file)}>{ "×" }</button>
                    </li>
                }
            }) }
        </ul>
    }
}
