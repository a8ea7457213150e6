//! Where articles come in: a drop target that says what it accepts, a file picker, a paste
//! box and the example story button.

use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

/// Properties of [`DropZone`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// Files picked with the file picker.
    pub on_files: Callback<Vec<web_sys::File>>,
    /// Text pasted and submitted.
    pub on_paste: Callback<String>,
    /// The example story button.
    pub on_example: Callback<()>,
    /// Whether files are being dragged over the page.
    pub dragging: bool,
    /// Whether inputs are being read.
    pub busy: bool,
    /// Whether any article is loaded (the zone is compact then).
    pub compact: bool,
}

/// The import area.
#[function_component]
pub fn DropZone(props: &Props) -> Html {
    let pasting = use_state(|| false);
    let paste_ref = use_node_ref();

    let on_change = {
        let on_files = props.on_files.clone();
        Callback::from(move |e: Event| {
            let Some(input) = e.target().and_then(|t| t.dyn_into::<HtmlInputElement>().ok()) else { return };
            let files = input
                .files()
                .map(|list| (0..list.length()).filter_map(|i| list.get(i)).collect::<Vec<_>>())
                .unwrap_or_default();
            input.set_value("");
            if !files.is_empty() {
                on_files.emit(files);
            }
        })
    };
    let toggle_paste = {
        let pasting = pasting.clone();
        Callback::from(move |_| pasting.set(!*pasting))
    };
    let submit_paste = {
        let (on_paste, paste_ref, pasting) = (props.on_paste.clone(), paste_ref.clone(), pasting.clone());
        Callback::from(move |_| {
            if let Some(area) = paste_ref.cast::<HtmlTextAreaElement>() {
                let text = area.value();
                if !text.trim().is_empty() {
                    on_paste.emit(text);
                    area.set_value("");
                    pasting.set(false);
                }
            }
        })
    };
    let on_example = props.on_example.reform(|_| ());
    let class = classes!("drop-zone", props.dragging.then_some("dragging"), props.compact.then_some("compact"));

    html! {
        <section class={class} id="drop-zone" aria-label="Add articles">
            <p class="drop-hint">
                <strong>{ "Drop article files here" }</strong>
                { " — plain text (.txt), Markdown (.md) or saved web pages (.html), in any encoding. Nothing leaves your browser." }
            </p>
            <div class="drop-actions">
                <label class="button primary">
                    { "Choose files…" }
                    <input type="file" multiple=true accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html" onchange={on_change} class="visually-hidden" id="file-input" />
                </label>
                <button class="button" onclick={toggle_paste} aria-expanded={pasting.to_string()}>{ "Paste text" }</button>
                <button class="button" id="load-example" onclick={on_example} disabled={props.busy}>{ "Load the example story" }</button>
                if props.busy { <span class="busy" role="status">{ "Reading…" }</span> }
            </div>
            if *pasting {
                <div class="paste">
                    <label for="paste-text">{ "Article text" }</label>
                    <textarea id="paste-text" ref={paste_ref} rows="8" placeholder="Paste an article here: headline on the first line, then the text." />
                    <button class="button primary" onclick={submit_paste}>{ "Add this article" }</button>
                </div>
            }
        </section>
    }
}
