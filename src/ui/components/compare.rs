//! The comparison view: where the articles differ (each difference with every side's
//! evidence), the claims they share aligned in a table with one column per article (the
//! words a member does not share with the others highlighted), the passages copied word for
//! word, and two heat maps: how alike each pair of articles is, and who is quoted in which
//! article. Every passage opens its source.

use std::rc::Rc;

use yew::prelude::*;

use super::{Focus, shorten};
use crate::core::Analysis;
use crate::core::differences::{DiscrepancyKind, word_marks};

/// Claims drawn at most (the strongest links come first in the analysis' order).
const MAX_CLAIMS: usize = 200;
/// Articles in the similarity heat map at most (a square of this many cells a side).
const MAX_MATRIX: usize = 30;
/// Speakers in the coverage heat map at most (those with the most statements).
const MAX_SPEAKERS: usize = 15;
/// Copied passages and unique statements listed at most.
const MAX_LISTED: usize = 50;

/// A claim member's text with the words no other member has marked.
fn marked(text: &str, others: &[&str]) -> Html {
    let text = super::shorten(text, 400);
    word_marks(&text, others)
        .into_iter()
        .map(|(s, e, differs)| {
            let piece = text[s..e].to_string();
            if differs {
                html! { <mark class="word-diff">{ piece }</mark> }
            } else {
                html! { { piece } }
            }
        })
        .collect::<Html>()
}

/// A heat map cell's shade: `--s` from 0 to 1, drawn by the stylesheet.
fn shade(value: f64) -> String {
    format!("--s: {:.2}", value.clamp(0.0, 1.0))
}

/// Properties of [`CompareView`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The analysis to draw.
    pub analysis: Rc<Analysis>,
    /// Called with a passage to open in the source panel.
    pub on_focus: Callback<Focus>,
    /// Called when the user joins or splits entities.
    pub on_correct: Callback<super::Correction>,
    /// The joins the user made (entity name → the name it joins).
    #[prop_or_default]
    pub merges: std::collections::BTreeMap<String, String>,
    /// The spellings the user split off.
    #[prop_or_default]
    pub splits: std::collections::BTreeSet<String>,
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
                                let text_of = |m: &crate::core::claims::Member| {
                                    a.articles.iter().find(|y| y.id == m.article).map_or("", |y| &y.text[m.start..m.end])
                                };
                                html! {
                                    <div class={classes!("claims-cell", members.is_empty().then_some("absent"))} role="cell">
                                        if members.is_empty() {
                                            <span class="absent-mark" aria-label="Not in this article">{ "—" }</span>
                                        }
                                        { for members.iter().map(|m| html! {
                                            <button class="claim-member" onclick={open(&m.article, m.start, m.end)}>
                                                <span class="claim-text">{ marked(&x.text[m.start..m.end], &c.members.iter().filter(|o| o.article != m.article).map(text_of).collect::<Vec<_>>()) }</span>
                                            </button>
                                        }) }
                                    </div>
                                }
                            }) }
                        </div>
                    }) }
                </div>
                <p class="legend"><mark class="word-diff">{ "Highlighted" }</mark>{ " words are not in the other articles' version of the claim." }</p>
            }
            { copied_section(a, &title, &open) }
            { similarity_section(a, &title) }
            { speakers_section(a) }
            { people_section(a, &props.merges, &props.splits, &props.on_correct) }
            { unique_section(a, &title, &props.on_focus) }
        </section>
    }
}

type Opener<'a> = dyn Fn(&str, usize, usize) -> Callback<MouseEvent> + 'a;

/// Passages two articles share word for word.
fn copied_section(a: &Analysis, title: &dyn Fn(&str) -> String, open: &Opener) -> Html {
    if a.articles.len() < 2 {
        return html! {};
    }
    let text = |id: &str, s: usize, e: usize| {
        a.articles.iter().find(|x| x.id == id).map_or(String::new(), |x| x.text[s..e].to_string())
    };
    html! {
        <>
            <h2>{ "Passages copied word for word" }</h2>
            if a.copied.is_empty() {
                <p class="empty">{ "No article repeats a passage of another (12 words or more in a row)." }</p>
            } else {
                <ul class="copied">
                    { for a.copied.iter().take(MAX_LISTED).map(|c| html! {
                        <li class="copied-passage">
                            <p class="discrepancy-head"><span class="badge">{ format!("{} words", c.words) }</span>
                                if c.shared < c.words { <span class="note">{ format!("{} of them identical, in order", c.shared) }</span> }
                            </p>
                            <ul class="evidence">
                                { for c.sides.iter().map(|side| html! {
                                    <li>
                                        <button class="evidence-item" onclick={open(&side.article, side.start, side.end)}>
                                            <span class="evidence-text">{ shorten(&text(&side.article, side.start, side.end), 240) }</span>
                                            <span class="evidence-source">{ shorten(&title(&side.article), 60) }</span>
                                        </button>
                                    </li>
                                }) }
                            </ul>
                        </li>
                    }) }
                </ul>
            }
        </>
    }
}

/// An article-by-article heat map of how alike the articles are.
fn similarity_section(a: &Analysis, title: &dyn Fn(&str) -> String) -> Html {
    let n = a.articles.len().min(MAX_MATRIX);
    if n < 2 {
        return html! {};
    }
    let mut score = vec![vec![0.0f64; n]; n];
    for s in a.similarity.iter().filter(|s| s.a < n && s.b < n) {
        score[s.a][s.b] = s.score;
        score[s.b][s.a] = s.score;
    }
    let top = a.similarity.iter().map(|s| s.score).fold(0.0, f64::max).max(1e-6);
    html! {
        <>
            <h2>{ "How alike the articles are" }</h2>
            <p class="legend">{ "Darker cells: the two articles share more of their rarer words (names, places, dates count most)." }
                if a.articles.len() > n { { format!(" The first {n} articles are shown.") } }</p>
            <div class="heatmap" role="table" aria-label="Similarity of each pair of articles" style={format!("--cols: {}", n + 1)}>
                <div class="heat-row" role="row">
                    <span class="heat-corner" role="columnheader"></span>
                    { for (0..n).map(|j| html! { <span class="heat-head" role="columnheader" title={title(&a.articles[j].id)}>{ j + 1 }</span> }) }
                </div>
                { for (0..n).map(|i| html! {
                    <div class="heat-row" role="row">
                        <span class="heat-head" role="rowheader" title={title(&a.articles[i].id)}>{ i + 1 }</span>
                        { for (0..n).map(|j| {
                            let v = score[i][j];
                            let label = if i == j { "the same article".to_string() } else { format!("{} and {}: {:.2}", i + 1, j + 1, v) };
                            html! { <span class={classes!("heat-cell", (i == j).then_some("self"))} role="cell" style={shade(v / top)} title={label.clone()} aria-label={label}></span> }
                        }) }
                    </div>
                }) }
            </div>
            <ol class="heat-key">
                { for a.articles.iter().take(n).map(|x| html! { <li>{ shorten(&title(&x.id), 80) }</li> }) }
            </ol>
        </>
    }
}

/// Who is quoted in which article: speakers by articles, shaded by their statements.
fn speakers_section(a: &Analysis) -> Html {
    let n = a.articles.len().min(MAX_MATRIX);
    if n < 2 {
        return html! {};
    }
    let mut counts: std::collections::HashMap<&str, Vec<usize>> = std::collections::HashMap::new();
    for s in &a.statements {
        let (Some(e), Some(col)) = (
            s.speaker.as_ref().and_then(|sp| sp.entity.as_deref()),
            a.articles.iter().take(n).position(|x| x.id == s.article),
        ) else {
            continue;
        };
        counts.entry(e).or_insert_with(|| vec![0; n])[col] += 1;
    }
    let mut rows: Vec<(&str, Vec<usize>)> = counts.into_iter().collect();
    rows.sort_by(|x, y| y.1.iter().sum::<usize>().cmp(&x.1.iter().sum::<usize>()).then(x.0.cmp(y.0)));
    rows.truncate(MAX_SPEAKERS);
    if rows.is_empty() {
        return html! {};
    }
    let top = rows.iter().flat_map(|r| r.1.iter().copied()).max().unwrap_or(1).max(1) as f64;
    let name = |id: &str| a.entities.iter().find(|e| e.id == id).map_or(id.to_string(), |e| e.name.clone());
    html! {
        <>
            <h2>{ "Who is quoted where" }</h2>
            <p class="legend">{ "Statements by each speaker in each article (columns numbered as above)." }</p>
            <div class="heatmap speakers-map" role="table" aria-label="Statements by speaker and article" style={format!("--cols: {}", n + 1)}>
                <div class="heat-row" role="row">
                    <span class="heat-corner" role="columnheader"></span>
                    { for (0..n).map(|j| html! { <span class="heat-head" role="columnheader">{ j + 1 }</span> }) }
                </div>
                { for rows.iter().map(|(id, row)| html! {
                    <div class="heat-row" role="row" data-entity={id.to_string()}>
                        <span class="heat-name" role="rowheader">{ shorten(&name(id), 28) }</span>
                        { for row.iter().enumerate().map(|(j, &c)| {
                            let label = format!("{}: {c} in article {}", name(id), j + 1);
                            html! { <span class="heat-cell" role="cell" style={shade(c as f64 / top)} title={label.clone()} aria-label={label}>{ if c > 0 { c.to_string() } else { String::new() } }</span> }
                        }) }
                    </div>
                }) }
            </div>
        </>
    }
}

/// People in the list of spellings at most (those quoted most).
const MAX_PEOPLE: usize = 30;

/// The people quoted, each with the spellings the analysis took for one person: the user
/// splits a spelling off ("that Zelenskyy is someone else") or joins two people.
fn people_section(
    a: &Analysis,
    merges: &std::collections::BTreeMap<String, String>,
    splits: &std::collections::BTreeSet<String>,
    on_correct: &Callback<super::Correction>,
) -> Html {
    use super::Correction;
    let quoted = a.statements_by_speaker();
    let mut people: Vec<&crate::core::Entity> = a
        .entities
        .iter()
        .filter(|e| e.kind == crate::core::EntityKind::Person && quoted.contains_key(e.id.as_str()))
        .collect();
    people.sort_by(|x, y| quoted[y.id.as_str()].cmp(&quoted[x.id.as_str()]).then_with(|| x.name.cmp(&y.name)));
    people.truncate(MAX_PEOPLE);
    if people.is_empty() && merges.is_empty() && splits.is_empty() {
        return html! {};
    }
    let names: Vec<String> = people.iter().map(|e| e.name.clone()).collect();
    html! {
        <>
            <h2>{ "People and their spellings" }</h2>
            <p class="legend">{ "Each person with the spellings taken to be them. Split off a spelling that is someone else, or join two entries that are one person." }</p>
            <ul class="people">
                { for people.iter().map(|e| {
                    let name = e.name.clone();
                    let join = {
                        let (cb, name) = (on_correct.clone(), name.clone());
                        Callback::from(move |ev: Event| {
                            let select: web_sys::HtmlSelectElement = ev.target_unchecked_into();
                            if !select.value().is_empty() {
                                cb.emit(Correction::Merge(name.clone(), select.value()));
                            }
                        })
                    };
                    html! {
                        <li class="person" data-entity={e.id.clone()}>
                            <span class="person-name">{ &e.name }</span>
                            <span class="count">{ format!("{} statement{}", quoted[e.id.as_str()], if quoted[e.id.as_str()] == 1 { "" } else { "s" }) }</span>
                            <span class="spellings">
                                { for e.aliases.iter().filter(|x| **x != e.name).map(|alias| {
                                    let split = on_correct.reform({ let alias = alias.clone(); move |_| Correction::Split(alias.clone(), true) });
                                    html! {
                                        <span class="spelling">{ alias }
                                            if e.aliases.len() > 1 {
                                                <button class="link split" onclick={split} aria-label={format!("“{alias}” is someone else: split it off")} title="Someone else: split off">{ "×" }</button>
                                            }
                                        </span>
                                    }
                                }) }
                            </span>
                            <label class="join">
                                <span class="visually-hidden">{ format!("{} is the same person as", e.name) }</span>
                                <select onchange={join} aria-label={format!("{} is the same person as", e.name)}>
                                    <option value="" selected=true>{ "same person as…" }</option>
                                    { for names.iter().filter(|n| **n != name).map(|n| html! { <option value={n.clone()}>{ n }</option> }) }
                                </select>
                            </label>
                        </li>
                    }
                }) }
            </ul>
            if !merges.is_empty() || !splits.is_empty() {
                <ul class="entity-fixes">
                    { for merges.iter().map(|(from, to)| {
                        let undo = on_correct.reform({ let from = from.clone(); move |_| Correction::Merge(from.clone(), String::new()) });
                        html! { <li>{ format!("You joined {from} into {to}. ") }<button class="link undo-merge" onclick={undo}>{ "Undo" }</button></li> }
                    }) }
                    { for splits.iter().map(|alias| {
                        let undo = on_correct.reform({ let alias = alias.clone(); move |_| Correction::Split(alias.clone(), false) });
                        html! { <li>{ format!("You split “{alias}” off as someone else. ") }<button class="link undo-split" onclick={undo}>{ "Undo" }</button></li> }
                    }) }
                </ul>
            }
        </>
    }
}

/// The statements only one article reports.
fn unique_section(a: &Analysis, title: &dyn Fn(&str) -> String, on_focus: &Callback<Focus>) -> Html {
    let unique = a.unique_statements();
    if a.articles.len() < 2 || a.statements.is_empty() {
        return html! {};
    }
    html! {
        <>
            <h2>{ "Reported by one article only" }</h2>
            <p class="legend">{ format!("{} of {} statements are in no other article (in close enough words to be sure).", unique.len(), a.statements.len()) }</p>
            <ul class="unique">
                { for unique.iter().take(MAX_LISTED).map(|&i| {
                    let s = &a.statements[i];
                    let cb = on_focus.clone();
                    let who = s.speaker.as_ref().map_or("unattributed".to_string(), |sp| sp.name.clone().unwrap_or_else(|| sp.text.clone()));
                    html! {
                        <li>
                            <button class="evidence-item" onclick={Callback::from(move |_| cb.emit(Focus::Statement(i)))}>
                                <span class="evidence-text"><strong>{ who }{ ": " }</strong>{ shorten(&s.content, 200) }</span>
                                <span class="evidence-source">{ shorten(&title(&s.article), 60) }</span>
                            </button>
                        </li>
                    }
                }) }
            </ul>
            if unique.len() > MAX_LISTED { <p class="legend">{ format!("and {} more.", unique.len() - MAX_LISTED) }</p> }
        </>
    }
}
