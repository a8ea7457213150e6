//! The source of a statement (or of any passage the views point at): its article's text,
//! paragraph by paragraph, with the passage marked and scrolled into view, non-body regions
//! greyed out.

use std::rc::Rc;

use yew::prelude::*;

use crate::core::Analysis;

/// What the panel shows: a statement, or any span of an article (a claim's sentence, a
/// discrepancy's evidence).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Focus {
    /// A statement (an index into `analysis.statements`).
    Statement(usize),
    /// A whole article to read (its id), nothing singled out.
    Article(String),
    /// A byte span of an article's text.
    Span {
        /// The article's id.
        article: String,
        /// Start byte.
        start: usize,
        /// End byte.
        end: usize,
    },
}

/// Properties of [`SourcePanel`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The analysis.
    pub analysis: Rc<Analysis>,
    /// What to show.
    pub focus: Focus,
    /// Called when the user closes the panel.
    pub on_close: Callback<()>,
}

/// The panel.
#[function_component]
pub fn SourcePanel(props: &Props) -> Html {
    let mark = use_node_ref();
    let close_button = use_node_ref();
    {
        let (mark, close_button) = (mark.clone(), close_button.clone());
        use_effect_with(props.focus.clone(), move |_| {
            if let Some(el) = mark.cast::<web_sys::Element>() {
                el.scroll_into_view_with_bool(false);
            }
            if let Some(el) = close_button.cast::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        });
    }
    let statement = match &props.focus {
        Focus::Statement(i) => props.analysis.statements.get(*i),
        Focus::Span { .. } | Focus::Article(_) => None,
    };
    let (article_id, span) = match (&props.focus, statement) {
        (Focus::Statement(_), Some(s)) => (s.article.as_str(), (s.start, s.end)),
        (Focus::Span { article, start, end }, _) => (article.as_str(), (*start, *end)),
        (Focus::Article(article), _) => (article.as_str(), (0, 0)),
        _ => return html! {},
    };
    let Some((index, article)) = props.analysis.articles.iter().enumerate().find(|(_, a)| a.id == article_id) else {
        return html! {};
    };
    // Everything the analysis found in the article, marked in its text: each statement,
    // its speaker's mention, and each time expression (with its value on hover).
    let statements: Vec<&crate::core::Statement> = props.analysis.statements_of(article_id).collect();
    let timexes = props.analysis.timexes.get(index).map_or(&[][..], Vec::as_slice);
    let text = article.text.as_str();
    let on_close = {
        let cb = props.on_close.clone();
        Callback::from(move |_| cb.emit(()))
    };
    let on_key = {
        let cb = props.on_close.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                cb.emit(());
            }
        })
    };
    // Paragraphs (lines) as byte ranges.
    let mut paragraphs = Vec::new();
    let mut at = 0;
    for line in text.split('\n') {
        let end = at + line.len();
        if !line.trim().is_empty() {
            paragraphs.push((at, end));
        }
        at = end + 1;
    }
    let mut first_mark = true;
    let para_html = |&(p0, p1): &(usize, usize)| -> Html {
        let region = article.in_region(p0);
        let (m0, m1) = (span.0.max(p0), span.1.min(p1));
        let marked = m0 < m1;
        let mark_ref = if marked && first_mark {
            first_mark = false;
            mark.clone()
        } else {
            NodeRef::default()
        };
        let inside = |s: usize, e: usize| p0 <= s && e <= p1 && s < e;
        let stmts: Vec<(usize, usize)> =
            statements.iter().map(|s| (s.start.max(p0), s.end.min(p1))).filter(|&(s, e)| s < e).collect();
        let speakers: Vec<(usize, usize)> = statements
            .iter()
            .filter_map(|s| s.speaker.as_ref().map(|sp| (sp.start, sp.end)))
            .filter(|&(s, e)| inside(s, e))
            .collect();
        let times: Vec<&crate::core::Timex> = timexes.iter().filter(|t| inside(t.start, t.end)).collect();
        // The paragraph as pieces cut at every mark's edge; each piece takes every mark
        // that covers it.
        let mut cuts = vec![p0, p1];
        if marked {
            cuts.extend([m0, m1]);
        }
        for &(s, e) in stmts.iter().chain(&speakers) {
            cuts.extend([s, e]);
        }
        for t in &times {
            cuts.extend([t.start, t.end]);
        }
        cuts.sort_unstable();
        cuts.dedup();
        let pieces = cuts.windows(2).map(|w| {
            let (a, b) = (w[0], w[1]);
            let piece = text[a..b].to_string();
            let covers = |&(s, e): &(usize, usize)| s <= a && b <= e;
            let time = times.iter().find(|t| t.start <= a && b <= t.end);
            let classes = classes!(
                stmts.iter().any(covers).then_some("in-statement"),
                speakers.iter().any(covers).then_some("speaker-mark"),
                time.map(|_| "timex-mark"),
            );
            let inner = match time {
                Some(t) => html! { <span class={classes} title={format!("{} ({})", t.value, t.kind.as_str())}>{ piece }</span> },
                None if classes.is_empty() => html! { { piece } },
                None => html! { <span class={classes}>{ piece }</span> },
            };
            if marked && m0 <= a && b <= m1 { html! { <mark class="statement-mark">{ inner }</mark> } } else { inner }
        });
        html! {
            <p class={classes!(region.then_some("region"), marked.then_some("has-mark"))} ref={mark_ref}>{ for pieces }</p>
        }
    };
    let title = article.title.clone().unwrap_or_else(|| article.file.clone());
    let when = statement.and_then(|s| s.time.as_ref()).map(|t| match &t.text {
        Some(x) => format!("{} (“{x}”)", t.value),
        None => format!("{} (the article's date)", t.value),
    });
    html! {
        <aside class="source-panel" role="dialog" aria-modal="false" aria-labelledby="source-title" onkeydown={on_key}>
            <header>
                <div>
                    <p class="source-kicker">{ if matches!(props.focus, Focus::Article(_)) { "Article" } else { "Source" } }</p>
                    <h2 id="source-title">{ title }</h2>
                    <p class="source-meta">
                        { &article.file }
                        if let Some(site) = &article.site { { " · " }{ site } }
                        if let Some(d) = &article.published { { " · " }{ d } }
                    </p>
                </div>
                <button class="button" ref={close_button} onclick={on_close} aria-label="Close the source">{ "Close" }</button>
            </header>
            if let Some(s) = statement {
                <p class="source-statement">
                    <span class="speaker">{ s.speaker.as_ref().map_or("Unattributed".to_string(), |sp| sp.name.clone().unwrap_or_else(|| sp.text.clone())) }</span>
                    if let Some(cue) = &s.cue { { " " }<span class="cue">{ cue }</span> }
                    if let Some(w) = when { <span class="when">{ w }</span> }
                </p>
            }
            if matches!(props.focus, Focus::Article(_)) {
                <p class="source-legend">
                    <span class="in-statement">{ "statements" }</span>{ " · " }
                    <span class="speaker-mark">{ "speakers" }</span>{ " · " }
                    <span class="timex-mark">{ "times" }</span>{ " (hover for the date) · " }
                    <span class="region-sample">{ "headline, byline and boilerplate set aside" }</span>
                </p>
            }
            <div class="source-text">
                { for paragraphs.iter().map(para_html) }
            </div>
        </aside>
    }
}
