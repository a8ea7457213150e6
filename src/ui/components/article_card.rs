//! One loaded article: its detected title, section, date (editable), word count, and the
//! statements found in it.

use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::kind_label;
use crate::core::corrections::statement_key;
use crate::core::{Article, Statement, StatementKind, TimeSource};
use crate::ui::state::date_source_label;

/// Properties of [`ArticleCard`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The article (with the user's date applied).
    pub article: Article,
    /// Its statements.
    pub statements: Vec<Statement>,
    /// Called with (article id, date) when the user edits the date; empty clears it.
    pub on_date: Callback<(String, String)>,
    /// Called with the article id when the user removes it.
    pub on_remove: Callback<String>,
    /// Called with the article id when the user opens it to read.
    pub on_read: Callback<String>,
    /// Called when the user corrects a statement.
    pub on_correct: Callback<Correction>,
    /// How many of this article's statements the user dropped.
    #[prop_or_default]
    pub dropped: usize,
    /// The date the user set, shown at once (the analysis that uses it may still be on its
    /// way from the worker).
    #[prop_or_default]
    pub user_date: Option<String>,
    /// Show only the first few statements until asked (a large drop: the page draws
    /// hundreds of cards' worth of statements otherwise).
    #[prop_or_default]
    pub compact: bool,
}

/// Statements a compact card shows before "Show all".
const COMPACT_STATEMENTS: usize = 5;

/// A correction the user makes on a statement (statement keys, see
/// [`statement_key`](crate::core::corrections::statement_key)).
#[derive(Clone, Debug, PartialEq)]
pub enum Correction {
    /// Not a statement.
    Drop(String),
    /// Another speaker (by name; empty for none).
    Speaker(String, String),
    /// Take back the corrections of a statement.
    Undo(String),
    /// Bring back the dropped statements of an article.
    RestoreDropped(String),
    /// A new title and outlet for an article (article id, title, outlet; empty: as found).
    Meta(String, String, String),
    /// Join one entity into another (names); an empty target takes the join back.
    Merge(String, String),
    /// Split a spelling off its entity (`true`) or take that back (`false`).
    Split(String, bool),
}

/// A display title for an article with no headline: its first words, marked as such.
fn fallback_title(article: &Article) -> String {
    let words: Vec<&str> = article.text.split_whitespace().take(10).collect();
    let more = article.text.split_whitespace().nth(10).is_some();
    format!("{}{}", words.join(" "), if more { "…" } else { "" })
}

/// The speaker as a reader wants it: the resolved name, then how the article put it when
/// that differs ("Volodymyr Zelenskyy, as “he”", "Sergei Lavrov, Russian Foreign Minister").
fn speaker_html(s: &Statement) -> Html {
    let Some(sp) = &s.speaker else {
        return html! { <span class="speaker unattributed">{ "Unattributed" }</span> };
    };
    let Some(name) = &sp.name else {
        return html! { <span class="speaker">{ &sp.text }</span> };
    };
    let note = if sp.text == *name {
        None
    } else if let Some(title) = sp.text.strip_suffix(name.as_str()) {
        Some(title.trim().to_string()).filter(|t| !t.is_empty())
    } else if sp.text.split_whitespace().count() == 1 && name.ends_with(sp.text.as_str()) {
        None
    } else {
        Some(format!("as “{}”", sp.text))
    };
    html! {
        <>
            <span class="speaker">{ name }</span>
            if let Some(note) = note { <span class="speaker-note">{ note }</span> }
        </>
    }
}

/// When the statement was made, and where that came from.
fn time_html(s: &Statement) -> Html {
    let Some(t) = &s.time else {
        return html! { <span class="when unknown" title="The article has no date: set it above">{ "undated" }</span> };
    };
    let (label, title) = match (t.source, &t.text) {
        (TimeSource::Article, _) | (_, None) => {
            (t.value.clone(), "The article's date: the text says no other".to_string())
        }
        (TimeSource::Sentence, Some(x)) => {
            (format!("{} (“{x}”)", t.value), "From the statement's sentence".to_string())
        }
        (TimeSource::Context, Some(x)) => {
            (format!("{} (“{x}”)", t.value), "From an earlier sentence of the paragraph".to_string())
        }
    };
    html! { <time class={classes!("when", format!("from-{}", t.source.as_str()))} datetime={t.value.clone()} title={title}>{ label }</time> }
}

/// The correction controls of a statement: change its speaker, say it is not a statement,
/// or undo a correction.
fn fix_html(
    s: &Statement,
    editing: &UseStateHandle<Option<String>>,
    on_correct: &Callback<Correction>,
    input: &NodeRef,
) -> Html {
    let key = statement_key(s);
    let is_editing = editing.as_deref() == Some(key.as_str());
    let start_edit = {
        let (editing, key) = (editing.clone(), key.clone());
        Callback::from(move |_| editing.set(Some(key.clone())))
    };
    let cancel = {
        let editing = editing.clone();
        Callback::from(move |_| editing.set(None))
    };
    let save = {
        let (editing, key, cb, input) = (editing.clone(), key.clone(), on_correct.clone(), input.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if let Some(field) = input.cast::<HtmlInputElement>() {
                cb.emit(Correction::Speaker(key.clone(), field.value()));
            }
            editing.set(None);
        })
    };
    let drop = on_correct.reform({
        let key = key.clone();
        move |_| Correction::Drop(key.clone())
    });
    let undo = on_correct.reform({
        let key = key.clone();
        move |_| Correction::Undo(key.clone())
    });
    let current =
        s.speaker.as_ref().and_then(|sp| sp.name.clone().or_else(|| Some(sp.text.clone()))).unwrap_or_default();
    html! {
        <div class="fix">
            if s.corrected {
                <span class="corrected">{ "corrected by you" }</span>
                <button class="link undo" onclick={undo}>{ "Undo" }</button>
            }
            if is_editing {
                <form class="speaker-form" onsubmit={save}>
                    <label>
                        <span class="visually-hidden">{ "Speaker" }</span>
                        <input ref={input.clone()} type="text" list="people" value={current} placeholder="who said it (empty: nobody)" />
                    </label>
                    <button class="button" type="submit">{ "Save" }</button>
                    <button class="link" type="button" onclick={cancel}>{ "Cancel" }</button>
                </form>
            } else {
                <button class="link fix-speaker" onclick={start_edit}>{ "Change speaker" }</button>
                <button class="link drop" onclick={drop}>{ "Not a statement" }</button>
            }
        </div>
    }
}

/// An article card.
#[function_component]
pub fn ArticleCard(props: &Props) -> Html {
    let a = &props.article;
    let id = a.id.clone();
    let on_date = {
        let (cb, id) = (props.on_date.clone(), id.clone());
        Callback::from(move |e: Event| {
            if let Some(input) = e.target().and_then(|t| t.dyn_into::<HtmlInputElement>().ok()) {
                cb.emit((id.clone(), input.value()));
            }
        })
    };
    let on_remove = props.on_remove.reform({
        let id = id.clone();
        move |_| id.clone()
    });
    let date_id = format!("date-{id}");
    // The statement whose speaker is being changed, if any.
    let editing = use_state(|| None::<String>);
    let speaker_input = use_node_ref();
    let expanded = use_state(|| false);
    let limit = if props.compact && !*expanded { COMPACT_STATEMENTS } else { usize::MAX };
    let expand = {
        let expanded = expanded.clone();
        Callback::from(move |_| expanded.set(true))
    };
    // The title and outlet form, when open.
    let editing_meta = use_state(|| false);
    let (title_input, outlet_input) = (use_node_ref(), use_node_ref());
    let open_meta = {
        let editing_meta = editing_meta.clone();
        Callback::from(move |_| editing_meta.set(true))
    };
    let close_meta = {
        let editing_meta = editing_meta.clone();
        Callback::from(move |_| editing_meta.set(false))
    };
    let save_meta = {
        let (editing_meta, cb, id) = (editing_meta.clone(), props.on_correct.clone(), id.clone());
        let (title_input, outlet_input) = (title_input.clone(), outlet_input.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let value = |r: &NodeRef| r.cast::<HtmlInputElement>().map(|i| i.value()).unwrap_or_default();
            cb.emit(Correction::Meta(id.clone(), value(&title_input), value(&outlet_input)));
            editing_meta.set(false);
        })
    };
    let meta_form = html! {
        <form class="meta-form" onsubmit={save_meta} aria-label="Edit the title and outlet">
            <label>{ "Title" }<input type="text" ref={title_input} value={a.title.clone().unwrap_or_default()} maxlength="300" /></label>
            <label>{ "Outlet" }<input type="text" ref={outlet_input} value={a.site.clone().unwrap_or_default()} maxlength="300" placeholder="e.g. Reuters" /></label>
            <button class="button" type="submit">{ "Save" }</button>
            <button class="link" type="button" onclick={close_meta}>{ "Cancel" }</button>
        </form>
    };
    let title = match &a.title {
        Some(t) => html! { <h2 class="title">{ t }</h2> },
        None => html! {
            <h2 class="title fallback">{ fallback_title(a) }<span class="note">{ " (no headline found)" }</span></h2>
        },
    };
    html! {
        <article class="article-card" data-article-id={id.clone()} aria-labelledby={format!("t-{id}")}>
            <header id={format!("t-{id}")}>
                if let Some(section) = &a.section { <span class="section">{ section }</span> }
                { title }
                if *editing_meta { { meta_form } }
                <div class="meta">
                    <span class="file" title="File name">{ &a.file }</span>
                    if let Some(site) = &a.site { <span class="site">{ site }</span> }
                    if let Some(byline) = &a.byline { <span class="byline">{ format!("By {byline}") }</span> }
                    <span class="words">{ format!("{} words", a.word_count()) }</span>
                    <span class="date">
                        <label for={date_id.clone()}>{ "Date" }</label>
                        <input type="date" id={date_id} value={props.user_date.clone().or_else(|| a.published.clone()).unwrap_or_default()} onchange={on_date} />
                        <span class="date-source">{ date_source_label(a.date_source) }</span>
                    </span>
                    <button class="link edit-meta" onclick={open_meta} aria-label={format!("Edit the title and outlet of {}", a.file)}>{ "Edit title" }</button>
                    <button class="link read" onclick={props.on_read.reform({ let id = id.clone(); move |_| id.clone() })} aria-label={format!("Read {} with its statements and times marked", a.file)}>{ "Read" }</button>
                    <button class="link remove" onclick={on_remove} aria-label={format!("Remove {}", a.file)}>{ "Remove" }</button>
                </div>
            </header>
            if props.dropped > 0 {
                <p class="dropped-note">
                    { format!("{} statement{} removed by you. ", props.dropped, if props.dropped == 1 { "" } else { "s" }) }
                    <button class="link restore" onclick={props.on_correct.reform({ let id = id.clone(); move |_| Correction::RestoreDropped(id.clone()) })}>{ "Bring back" }</button>
                </p>
            }
            if props.statements.is_empty() {
                <p class="empty">{ "No quotations found in this article." }</p>
            } else {
                <ol class="statements" aria-label="Statements">
                    { for props.statements.iter().take(limit).map(|s| html! {
                        <li class="statement" data-kind={kind_label(s.kind)} data-statement-id={s.id.clone()}>
                            if s.kind == StatementKind::Indirect {
                                // Reported speech is the article's paraphrase: never shown as a quotation.
                                <p class="reported-content">{ s.content.trim_end_matches(',') }</p>
                            } else {
                                <blockquote>{ format!("“{}”", s.content.trim_end_matches(',')) }</blockquote>
                            }
                            <p class="attribution">
                                { speaker_html(s) }
                                if let Some(cue) = &s.cue { <span class="cue">{ cue }</span> }
                                <span class="kind">{ kind_label(s.kind) }</span>
                                { time_html(s) }
                            </p>
                            { fix_html(s, &editing, &props.on_correct, &speaker_input) }
                        </li>
                    }) }
                </ol>
                if props.statements.len() > limit {
                    <button class="link show-all" onclick={expand}>{ format!("Show all {} statements", props.statements.len()) }</button>
                }
            }
        </article>
    }
}
