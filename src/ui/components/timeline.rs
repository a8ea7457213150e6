//! The timeline of statements: moments down the page in time order (with the gaps between
//! them drawn taller the longer they are), one lane per speaker or per article, filters
//! above; a card opens its source. Zoom joins days into weeks, months or years (buttons,
//! + and − keys, Ctrl and the wheel); drag pans.

use std::rc::Rc;

use chrono::Datelike;
use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::kind_label;
use crate::core::timeline::{Filter, LaneBy, OTHERS, Row, Scale, is_article_date, timeline, timeline_at};
use crate::core::{Analysis, StatementKind, period_start};

/// Entities offered in the "About" filter at most (those most articles name).
const MAX_SUBJECTS: usize = 60;

/// Statement cards drawn at a time.
const CARDS_PER_PAGE: usize = 300;

/// Properties of [`TimelineView`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The analysis to draw.
    pub analysis: Rc<Analysis>,
    /// Called with a statement's index when the user opens its source.
    pub on_open: Callback<usize>,
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A moment as a reader says it: "Wed 7 Jan 2026", "September 2025", "week of 5 Jan 2026".
pub fn moment_label(value: Option<&str>) -> String {
    let Some(v) = value else { return "Undated".to_string() };
    let Some(start) = period_start(v) else { return v.to_string() };
    match v.len() {
        4 => v.to_string(),
        7 if v.as_bytes()[5].is_ascii_digit() => format!("{} {}", MONTHS[start.month0() as usize], start.year()),
        8 if v.as_bytes()[5] == b'W' => format!("week of {}", start.format("%-d %b %Y")),
        7 if v.as_bytes()[5] == b'Q' => format!("{} {}", &v[5..], start.year()),
        // Seasons: spring, summer, fall, winter.
        7 => {
            let season = match &v[5..] {
                "SP" => "Spring",
                "SU" => "Summer",
                "FA" => "Autumn",
                "WI" => "Winter",
                other => other,
            };
            format!("{season} {}", start.year())
        }
        _ => start.format("%a %-d %b %Y").to_string(),
    }
}

/// A statement's words for a card: without surrounding spaces or a trailing comma.
fn shorten(s: &str, max: usize) -> String {
    super::shorten(s.trim().trim_end_matches(','), max)
}

fn scale_label(scale: Scale) -> &'static str {
    match scale {
        Scale::Day => "days",
        Scale::Week => "weeks",
        Scale::Month => "months",
        Scale::Year => "years",
    }
}

fn gap_label(days: i64) -> Option<String> {
    match days {
        ..=1 => None,
        2..=13 => Some(format!("{days} days later")),
        14..=60 => Some(format!("{} weeks later", days / 7)),
        61..=730 => Some(format!("{} months later", days / 30)),
        _ => Some(format!("{} years later", days / 365)),
    }
}

/// The timeline view.
#[function_component]
pub fn TimelineView(props: &Props) -> Html {
    // The lanes, filters and zoom the user chose last (saved in the browser).
    let saved = use_memo((), |()| crate::ui::persist::load_view());
    let by = use_state(|| saved.lanes);
    let limit = use_state(|| CARDS_PER_PAGE);
    let filter = use_state(|| saved.filter.clone());
    let scale = use_state(|| saved.scale);
    use_effect_with((*by, (*filter).clone(), *scale), |(by, filter, scale)| {
        let (by, filter, scale) = (*by, filter.clone(), *scale);
        crate::ui::persist::update_view(move |v| {
            v.lanes = by;
            v.filter = filter;
            v.scale = scale;
        });
    });
    let analysis = props.analysis.clone();
    let table = {
        let key = (analysis.clone(), *by, (*filter).clone(), *scale);
        use_memo(key, |(a, by, f, scale)| timeline_at(a, *by, &f.valid_for(a), *scale))
    };
    let zoom = |inward: bool| {
        let scale = scale.clone();
        Callback::from(move |_: ()| {
            if let Some(next) = if inward { scale.finer() } else { scale.coarser() } {
                scale.set(next);
            }
        })
    };
    let (zoom_in, zoom_out) = (zoom(true), zoom(false));
    let on_key = {
        let (zoom_in, zoom_out) = (zoom_in.clone(), zoom_out.clone());
        Callback::from(move |e: KeyboardEvent| match e.key().as_str() {
            "+" | "=" => {
                e.prevent_default();
                zoom_in.emit(());
            }
            "-" | "_" => {
                e.prevent_default();
                zoom_out.emit(());
            }
            _ => {}
        })
    };
    // Ctrl (or pinch, which browsers send as Ctrl) and the wheel zoom; the wheel alone scrolls.
    let on_wheel = {
        let (zoom_in, zoom_out) = (zoom_in.clone(), zoom_out.clone());
        Callback::from(move |e: WheelEvent| {
            if e.ctrl_key() {
                e.prevent_default();
                if e.delta_y() < 0.0 { zoom_in.emit(()) } else { zoom_out.emit(()) }
            }
        })
    };
    // Drag to pan: sideways through the lanes, up and down the page. (No pointerleave: Yew
    // delegates it from every child, which would end a drag as it crosses a card; a move
    // without the button pressed ends it instead.)
    let grid = use_node_ref();
    let drag = use_mut_ref(|| None::<(i32, i32, i32, f64)>);
    let on_down = {
        let (grid, drag) = (grid.clone(), drag.clone());
        Callback::from(move |e: PointerEvent| {
            // Cards and links keep their clicks.
            let on_control = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .is_some_and(|el| el.closest("button, a, input, select").ok().flatten().is_some());
            if on_control || e.button() != 0 {
                return;
            }
            let left = grid.cast::<web_sys::Element>().map_or(0, |g| g.scroll_left());
            let top = web_sys::window().and_then(|w| w.scroll_y().ok()).unwrap_or(0.0);
            *drag.borrow_mut() = Some((e.client_x(), e.client_y(), left, top));
        })
    };
    let on_move = {
        let (grid, drag) = (grid.clone(), drag.clone());
        Callback::from(move |e: PointerEvent| {
            let Some((x, y, left, top)) = *drag.borrow() else { return };
            if e.buttons() & 1 == 0 {
                return;
            }
            if let Some(g) = grid.cast::<web_sys::Element>() {
                g.set_scroll_left(left - (e.client_x() - x));
            }
            if let Some(w) = web_sys::window() {
                w.scroll_to_with_x_and_y(w.scroll_x().unwrap_or(0.0), top - f64::from(e.client_y() - y));
            }
        })
    };
    let on_up = {
        let drag = drag.clone();
        Callback::from(move |_: PointerEvent| *drag.borrow_mut() = None)
    };
    // Every speaker, for the speaker filter (whatever the other filters hide).
    let speakers = use_memo(analysis.clone(), |a| timeline(a, LaneBy::Speaker, &Filter::default()).lanes);

    let set_by = |value: LaneBy| {
        let by = by.clone();
        Callback::from(move |_| by.set(value))
    };
    let on_text = {
        let filter = filter.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            filter.set(Filter { text: input.value(), ..(*filter).clone() });
        })
    };
    let on_kind = {
        let filter = filter.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            let kinds = match select.value().as_str() {
                "direct" => vec![StatementKind::Direct, StatementKind::Partial],
                "indirect" => vec![StatementKind::Indirect],
                _ => Vec::new(),
            };
            filter.set(Filter { kinds, ..(*filter).clone() });
        })
    };
    let on_speaker = {
        let filter = filter.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            let v = select.value();
            filter.set(Filter { speaker: (v != "*").then_some(v), ..(*filter).clone() });
        })
    };
    let on_about = {
        let filter = filter.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            let v = select.value();
            filter.set(Filter { about: (!v.is_empty()).then_some(v), ..(*filter).clone() });
        })
    };
    // What statements can be about: the people, places and groups most articles name.
    let subjects = use_memo(analysis.clone(), |a| {
        let mut e: Vec<(usize, String, String)> =
            a.entities.iter().map(|e| (e.articles.len(), e.name.clone(), e.id.clone())).collect();
        e.sort_by(|x, y| y.0.cmp(&x.0).then_with(|| x.1.cmp(&y.1)));
        e.into_iter().take(MAX_SUBJECTS).map(|(_, name, id)| (id, name)).collect::<Vec<_>>()
    });
    let on_article = {
        let filter = filter.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            let v = select.value();
            filter.set(Filter { article: (!v.is_empty()).then_some(v), ..(*filter).clone() });
        })
    };
    let lanes = table.lanes.len().max(1);
    // Draw whole rows until about `limit` cards: thousands of cards would hold the page.
    let mut visible_rows: Vec<&Row> = Vec::new();
    let mut drawn = 0;
    for r in &table.rows {
        if drawn >= *limit {
            break;
        }
        drawn += r.cells.iter().flatten().map(|i| 1 + table.also.get(i).map_or(0, Vec::len)).sum::<usize>();
        visible_rows.push(r);
    }
    let hidden = table.shown.saturating_sub(drawn);
    let more = {
        let limit = limit.clone();
        Callback::from(move |_| limit.set(*limit + CARDS_PER_PAGE))
    };
    let undated: usize =
        table.rows.iter().filter(|r| r.value.is_none()).flat_map(|r| r.cells.iter().map(Vec::len)).sum();
    // A speaker lane names its speaker once, in its header; other lanes name it on each card.
    let show_speaker = |lane: usize| *by == LaneBy::Article || table.lanes[lane].key == OTHERS;
    let row_html = |row: &Row| -> Html {
        let label = moment_label(row.value.as_deref());
        let coarse = row.value.as_ref().is_some_and(|v| v.len() < 10);
        html! {
            <>
                if let Some(gap) = row.gap_days.and_then(gap_label) {
                    // Taller for longer gaps (by the logarithm of the days: a year is not
                    // drawn 365 times as tall as a day).
                    <div class="tl-gap" role="presentation" style={format!("--gap: {:.2}", (row.gap_days.unwrap_or(1).max(1) as f64).log2())}><span>{ gap }</span></div>
                }
                <div class="tl-row" role="row">
                    <div class={classes!("tl-date", coarse.then_some("coarse"), row.value.is_none().then_some("undated"))} role="rowheader">
                        <time datetime={row.value.clone().unwrap_or_default()}>{ label }</time>
                        if coarse { <span class="tl-range" title="The text names a period, not a day">{ "period" }</span> }
                    </div>
                    { for row.cells.iter().enumerate().map(|(lane, cell)| html! {
                        <div class="tl-cell" role="cell" data-lane={lane.to_string()}>
                            { for cell.iter().map(|&i| card(&analysis, i, show_speaker(lane), &props.on_open, table.also.get(&i).map_or(&[][..], Vec::as_slice))) }
                        </div>
                    }) }
                </div>
            </>
        }
    };
    html! {
        <section class="timeline-view" aria-label="Timeline of statements">
            <div class="tl-controls">
                <fieldset class="segmented">
                    <legend>{ "Lanes" }</legend>
                    <label class={classes!((*by == LaneBy::Speaker).then_some("on"))}>
                        <input type="radio" name="lanes" value="speaker" checked={*by == LaneBy::Speaker} onchange={set_by(LaneBy::Speaker)} />
                        { "by speaker" }
                    </label>
                    <label class={classes!((*by == LaneBy::Article).then_some("on"))}>
                        <input type="radio" name="lanes" value="article" checked={*by == LaneBy::Article} onchange={set_by(LaneBy::Article)} />
                        { "by article" }
                    </label>
                </fieldset>
                <fieldset class="zoom">
                    <legend>{ "Zoom" }</legend>
                    <button class="button" id="tl-zoom-out" onclick={zoom_out.reform(|_| ())} disabled={scale.coarser().is_none()} aria-label="Zoom out: longer periods per row">{ "−" }</button>
                    <span id="tl-scale" aria-live="polite">{ scale_label(*scale) }</span>
                    <button class="button" id="tl-zoom-in" onclick={zoom_in.reform(|_| ())} disabled={scale.finer().is_none()} aria-label="Zoom in: shorter periods per row">{ "+" }</button>
                </fieldset>
                <label class="field">
                    <span>{ "Search" }</span>
                    <input type="search" id="tl-search" placeholder="words, speaker, title" value={filter.text.clone()} oninput={on_text} />
                </label>
                <label class="field">
                    <span>{ "Kind" }</span>
                    <select id="tl-kind" onchange={on_kind}>
                        <option value="all" selected={filter.kinds.is_empty()}>{ "all statements" }</option>
                        <option value="direct" selected={filter.kinds.contains(&StatementKind::Direct)}>{ "quotations" }</option>
                        <option value="indirect" selected={filter.kinds == [StatementKind::Indirect]}>{ "reported speech" }</option>
                    </select>
                </label>
                <label class="field">
                    <span>{ "Speaker" }</span>
                    <select id="tl-speaker" onchange={on_speaker}>
                        <option value="*" selected={filter.speaker.is_none()}>{ "everyone" }</option>
                        { for speakers.iter().filter(|l| l.key != OTHERS).map(|l| html! {
                            <option value={l.key.clone()} selected={filter.speaker.as_ref() == Some(&l.key)}>{ format!("{} ({})", l.label, l.count) }</option>
                        }) }
                    </select>
                </label>
                <label class="field">
                    <span>{ "About" }</span>
                    <select id="tl-about" onchange={on_about}>
                        <option value="" selected={filter.about.is_none()}>{ "anyone, anything" }</option>
                        { for subjects.iter().map(|(id, name)| html! {
                            <option value={id.clone()} selected={filter.about.as_ref() == Some(id)}>{ name }</option>
                        }) }
                    </select>
                </label>
                <label class="field">
                    <span>{ "Article" }</span>
                    <select id="tl-article" onchange={on_article}>
                        <option value="" selected={filter.article.is_none()}>{ "all articles" }</option>
                        { for analysis.articles.iter().map(|a| html! {
                            <option value={a.id.clone()} selected={filter.article.as_ref() == Some(&a.id)}>
                                { shorten(a.title.as_deref().unwrap_or(&a.file), 60) }
                            </option>
                        }) }
                    </select>
                </label>
            </div>
            <p class="tl-summary" role="status">
                { format!("{} of {} statements", table.shown, analysis.statements.len()) }
            </p>
            if undated > 0 {
                <p class="tl-hint">
                    { format!("{undated} statement{} of articles with no date {} undated: set those articles' dates in the Articles view to place them in time.",
                        if undated == 1 { "" } else { "s" }, if undated == 1 { "is" } else { "are" }) }
                </p>
            }
            if hidden > 0 {
                <p class="tl-hint">
                    { format!("Showing the first {} of {} statements. ", table.shown - hidden, table.shown) }
                    <button class="link" onclick={more}>{ "Show more" }</button>
                    { " or narrow the filters." }
                </p>
            }
            if table.rows.is_empty() {
                <p class="empty">{ "No statement matches these filters." }</p>
            } else {
                <div class="timeline" role="table" aria-label="Statements by date (+ and − zoom, drag to pan)" tabindex="0" style={format!("--lanes: {lanes}")}
                    ref={grid} onkeydown={on_key} onwheel={on_wheel} onpointerdown={on_down} onpointermove={on_move} onpointerup={on_up}>
                    <div class="tl-row tl-head" role="row">
                        <div class="tl-date" role="columnheader">{ "When" }</div>
                        { for table.lanes.iter().map(|l| html! {
                            <div class="tl-lane" role="columnheader" title={l.label.clone()}>
                                { shorten(&l.label, 40) }<span class="count">{ l.count }</span>
                            </div>
                        }) }
                    </div>
                    { for visible_rows.iter().map(|r| row_html(r)) }
                </div>
            }
        </section>
    }
}

/// One statement on the timeline: a button that opens its source, and when other articles
/// report it too (`also`), how many and a button to open each one's version.
fn card(analysis: &Analysis, i: usize, show_speaker: bool, on_open: &Callback<usize>, also: &[usize]) -> Html {
    let s = &analysis.statements[i];
    let article = analysis.articles.iter().find(|a| a.id == s.article);
    let source = article.map_or_else(String::new, |a| {
        let name = a.title.as_deref().unwrap_or(&a.file);
        match &a.site {
            Some(site) => format!("{site}: {}", shorten(name, 36)),
            None => shorten(name, 44),
        }
    });
    let speaker = s
        .speaker
        .as_ref()
        .map_or_else(|| "Unattributed".to_string(), |sp| sp.name.clone().unwrap_or_else(|| sp.text.clone()));
    let onclick = {
        let on_open = on_open.clone();
        Callback::from(move |_| on_open.emit(i))
    };
    let uncertain = is_article_date(s);
    let when_note = match (&s.time, uncertain) {
        (Some(_), true) => "Dated by its article: the text does not say when".to_string(),
        (Some(t), false) => format!("The text says “{}”", t.text.clone().unwrap_or_default()),
        (None, _) => "No date: set the article's date in the Articles view".to_string(),
    };
    let when_chip = match (&s.time, uncertain) {
        (Some(t), false) => t.text.clone().map(|x| format!("“{}”", shorten(&x, 30))),
        (Some(_), true) => Some("≈ article date".to_string()),
        (None, _) => None,
    };
    let label = format!("{speaker}, {}: open the source sentence", kind_label(s.kind));
    let title_of = |j: usize| {
        let id = &analysis.statements[j].article;
        analysis
            .articles
            .iter()
            .find(|a| &a.id == id)
            .map_or_else(String::new, |a| a.title.clone().unwrap_or_else(|| a.file.clone()))
    };
    let main = html! {
        <button class={classes!("tl-card", uncertain.then_some("uncertain"))} data-statement-id={s.id.clone()} data-kind={kind_label(s.kind)} onclick={onclick} aria-label={label} title={when_note.clone()}>
            if show_speaker { <span class="tl-speaker">{ &speaker }</span> }
            if s.kind == StatementKind::Indirect {
                <span class="tl-content reported">{ shorten(&s.content, 180) }</span>
            } else {
                <span class="tl-content">{ format!("“{}”", shorten(&s.content, 180)) }</span>
            }
            <span class="tl-meta">
                <span class="tl-source">{ source }</span>
                <span class="tl-kind">{ kind_label(s.kind) }</span>
                if let Some(chip) = when_chip { <span class="tl-when">{ chip }</span> }
            </span>
        </button>
    };
    if also.is_empty() {
        return main;
    }
    html! {
        <div class="tl-item">
            { main }
            <div class="tl-also">
                <span class="tl-count" data-count={(also.len() + 1).to_string()}>{ format!("reported by {} articles", also.len() + 1) }</span>
                { for also.iter().map(|&j| {
                    let on_open = on_open.clone();
                    let name = title_of(j);
                    html! {
                        <button class="tl-also-link" onclick={Callback::from(move |_| on_open.emit(j))} aria-label={format!("Open this statement in “{name}”")} title={name.clone()}>
                            { shorten(&name, 40) }
                        </button>
                    }
                }) }
            </div>
        </div>
    }
}
