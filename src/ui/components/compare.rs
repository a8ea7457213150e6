//! The comparison view: where the articles differ (each difference with every side's
//! evidence), then the claims they share, aligned in a table with one column per article.
//! Every passage opens its source.

use std::rc::Rc;

use yew::prelude::*;

use super::{Focus, shorten};
use crate::core::Analysis;
use crate::core::differences::DiscrepancyKind;

/// Claims drawn at most (the strongest links come first in the analysis' order).
const MAX_CLAIMS: usize = 200;

/// Properties of [`CompareView`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The analysis to draw.
    pub analysis: Rc<Analysis>,
    /// Called with a passage to open in the source panel.
    pub on_focus: Callback<Focus>,
}

fn kind_label(kind: DiscrepancyKind) -> &'static str {
    match kind {
        DiscrepancyKind::QuoteWording => "quotation worded differently",
        DiscrepancyKind::Number => "different figures",
        DiscrepancyKind::Attribution => "attributed to different people",
        DiscrepancyKind::Role => "conflicting titles",
        DiscrepancyKind::NameSpelling => "name spelled differently",
        DiscrepancyKind::Negation => "one says the opposite",
    }
}

fn kind_class(kind: DiscrepancyKind) -> &'static str {
    match kind {
        DiscrepancyKind::QuoteWording => "quote-wording",
        DiscrepancyKind::Number => "number",
        DiscrepancyKind::Attribution => "attribution",
        DiscrepancyKind::Role => "role",
        DiscrepancyKind::NameSpelling => "name-spelling",
        DiscrepancyKind::Negation => "negation",
    }
}

/// The comparison view.
#[function_component]
pub fn CompareView(props: &Props) -> Html {
    let a = &props.analysis;
    let title = |id: &str| {
        a.articles
            .iter()
            .find(|x| x.id == id)
            .map_or_else(String::new, |x| x.title.clone().unwrap_or_else(|| x.file.clone()))
    };
    let open = |article: &str, start: usize, end: usize| {
        let (cb, article) = (props.on_focus.clone(), article.to_string());
        Callback::from(move |_| cb.emit(Focus::Span { article: article.clone(), start, end }))
    };
    // Columns: every article when there are few; else those that share a claim.
    let columns: Vec<&crate::core::Article> = if a.articles.len() <= 12 {
        a.articles.iter().collect()
    } else {
        a.articles
            .iter()
            .filter(|x| a.claims.iter().take(MAX_CLAIMS).any(|c| c.members.iter().any(|m| m.article == x.id)))
            .collect()
    };
    html! {
        <section class="compare-view" aria-label="Comparison of the articles">
            if a.stories.len() > 1 {
                <div class="stories">
                    <h2>{ format!("These articles report {} different events", a.stories.len()) }</h2>
                    <ol>
                        { for a.stories.iter().map(|st| html! {
                            <li data-story={st.id.clone()}>
                                { st.articles.iter().map(|id| shorten(&title(id), 70)).collect::<Vec<_>>().join(" · ") }
                            </li>
                        }) }
                    </ol>
                </div>
            }
            <h2>{ "Where the articles differ" }</h2>
            if a.discrepancies.is_empty() {
                <p class="empty">{ "No differences found between these articles (names, titles and quotations were compared)." }</p>
            } else {
                <ul class="discrepancies">
                    { for a.discrepancies.iter().take(MAX_CLAIMS).map(|d| html! {
                        <li class="discrepancy" data-kind={kind_class(d.kind)}>
                            <p class="discrepancy-head">
                                <span class="badge">{ kind_label(d.kind) }</span>
                                <span class="note">{ &d.note }</span>
                            </p>
                            <ul class="evidence">
                                { for d.items.iter().map(|e| html! {
                                    <li>
                                        <button class="evidence-item" onclick={open(&e.article, e.start, e.end)} aria-label={format!("Open “{}” in its article", shorten(&e.text, 60))}>
                                            <span class="evidence-text">{ shorten(&e.text, 160) }</span>
                                            <span class="evidence-source">{ shorten(&title(&e.article), 60) }</span>
                                        </button>
                                    </li>
                                }) }
                            </ul>
                        </li>
                    }) }
                </ul>
            }
            <h2>{ "What several articles report" }</h2>
            if a.claims.is_empty() {
                <p class="empty">{ "No claim is reported by more than one article in close enough words to be sure. Parallax links sentences only when the wording leaves little doubt." }</p>
            } else {
                <div class="claims-table" role="table" aria-label="Claims by article" style={format!("--cols: {}", columns.len())}>
                    <div class="claims-row claims-head" role="row">
                        { for columns.iter().map(|x| html! {
                            <div class="claims-cell" role="columnheader" title={x.file.clone()}>{ shorten(&x.title.clone().unwrap_or_else(|| x.file.clone()), 60) }</div>
                        }) }
                    </div>
                    { for a.claims.iter().take(MAX_CLAIMS).map(|c| html! {
                        <div class="claims-row" role="row" data-claim={c.id.clone()}>
                            { for columns.iter().map(|x| {
                                let members: Vec<_> = c.members.iter().filter(|m| m.article == x.id).collect();
                                html! {
                                    <div class={classes!("claims-cell", members.is_empty().then_some("absent"))} role="cell">
                                        if members.is_empty() {
                                            <span class="absent-mark" aria-label="Not in this article">{ "—" }</span>
                                        }
                                        { for members.iter().map(|m| html! {
                                            <button class="claim-member" onclick={open(&m.article, m.start, m.end)}>
                                                { shorten(&x.text[m.start..m.end], 220) }
                                            </button>
                                        }) }
                                    </div>
                                }
                            }) }
                        </div>
                    }) }
                </div>
            }
        </section>
    }
}
