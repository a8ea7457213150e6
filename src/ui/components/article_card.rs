//! One loaded article: its detected title, section, date (editable), word count, and the
//! statements found in it.

use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

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
}

/// A display title for an article with no headline: its first words, marked as such.
fn fallback_title(article: &Article) -> String {
    let words: Vec<&str> = article.text.split_whitespace().take(10).collect();
    let more = article.text.split_whitespace().nth(10).is_some();
    format!("{}{}", words.join(" "), if more { "…" } else { "" })
}

fn kind_label(kind: StatementKind) -> &'static str {
    match kind {
        StatementKind::Direct => "quote",
        StatementKind::Partial => "partial quote",
        StatementKind::Indirect => "reported",
    }
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
    html! { <time class={classes!("when", format!("from-{}", source_name(t.source)))} datetime={t.value.clone()} title={title}>{ label }</time> }
}

fn source_name(source: TimeSource) -> &'static str {
    match source {
        TimeSource::Sentence => "sentence",
        TimeSource::Context => "context",
        TimeSource::Article => "article",
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
                <div class="meta">
                    <span class="file" title="File name">{ &a.file }</span>
                    if let Some(site) = &a.site { <span class="site">{ site }</span> }
                    if let Some(byline) = &a.byline { <span class="byline">{ format!("By {byline}") }</span> }
                    <span class="words">{ format!("{} words", a.word_count()) }</span>
                    <span class="date">
                        <label for={date_id.clone()}>{ "Date" }</label>
                        <input type="date" id={date_id} value={a.published.clone().unwrap_or_default()} onchange={on_date} />
                        <span class="date-source">{ date_source_label(a.date_source) }</span>
                    </span>
                    <button class="link remove" onclick={on_remove} aria-label={format!("Remove {}", a.file)}>{ "Remove" }</button>
                </div>
            </header>
            if props.statements.is_empty() {
                <p class="empty">{ "No quotations found in this article." }</p>
            } else {
                <ol class="statements" aria-label="Statements">
                    { for props.statements.iter().map(|s| html! {
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
                        </li>
                    }) }
                </ol>
            }
        </article>
    }
}
