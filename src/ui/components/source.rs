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
        Focus::Span { .. } => None,
    };
    let (article_id, span) = match (&props.focus, statement) {
        (Focus::Statement(_), Some(s)) => (s.article.as_str(), (s.start, s.end)),
        (Focus::Span { article, start, end }, _) => (article.as_str(), (*start, *end)),
        _ => return html! {},
    };
    let Some(article) = props.analysis.articles.iter().find(|a| a.id == article_id) else { return html! {} };
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
        let speaker = statement
            .and_then(|s| s.speaker.as_ref())
            .filter(|sp| p0 <= sp.start && sp.end <= p1 && (sp.end <= m0 || sp.start >= m1));
        // The paragraph as pieces: plain, the statement (marked), and the speaker's mention.
        let mut cuts = vec![p0, p1];
        if marked {
            cuts.extend([m0, m1]);
        }
        if let Some(sp) = speaker {
            cuts.extend([sp.start, sp.end]);
        }
        cuts.sort_unstable();
        cuts.dedup();
        let pieces = cuts.windows(2).map(|w| {
            let (a, b) = (w[0], w[1]);
            let piece = &text[a..b];
            if marked && m0 <= a && b <= m1 {
                html! { <mark class="statement-mark">{ piece }</mark> }
            } else if speaker.is_some_and(|sp| sp.start <= a && b <= sp.end) {
                html! { <strong class="speaker-mark">{ piece }</strong> }
            } else {
                html! { { piece } }
            }
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
                    <p class="source-kicker">{ "Source" }</p>
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
            <div class="source-text">
                { for paragraphs.iter().map(para_html) }
            </div>
        </aside>
    }
}
