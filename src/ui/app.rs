//! The page: header, import area, load errors and the list of articles with their
//! statements. Files can be dropped anywhere on the page.

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

use super::analyst;
use super::components::{ArticleCard, CompareView, Correction, DropZone, ErrorList, Focus, SourcePanel, TimelineView};
use super::io;
use super::share;
use super::state::{Action, Workspace};
use crate::core::{export, formats};

fn now_ms() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map_or(0.0, |p| p.now())
}

fn files_of(e: &DragEvent) -> Vec<web_sys::File> {
    e.data_transfer()
        .and_then(|dt| dt.files())
        .map(|list| (0..list.length()).filter_map(|i| list.get(i)).collect())
        .unwrap_or_default()
}

/// Article cards drawn at a time.
const ARTICLES_PER_PAGE: usize = 20;
/// From this many articles on, cards show their first statements only, until asked.
const COMPACT_FROM: usize = 20;
/// Names in the speaker suggestions at most (the people quoted most).
const MAX_PEOPLE: usize = 200;

/// The views of the loaded articles.
#[derive(Clone, Copy, PartialEq, Eq)]
enum View {
    Articles,
    Timeline,
    Compare,
}

/// The app's root component.
#[function_component]
pub fn App() -> Html {
    let workspace = use_reducer(Workspace::restored);
    let dragging = use_state(|| false);
    let busy = use_state(|| false);
    // Files read of a drop: (done, total), while a drop of several files is read.
    let progress = use_state(|| None::<(usize, usize)>);
    let pasted = use_mut_ref(|| 0u32);
    // When the current load started (performance.now), until its result is on screen.
    let load_started: Rc<Cell<Option<f64>>> = use_memo((), |_| Cell::new(None));
    let status_ref = use_node_ref();
    let view = use_state(|| match super::persist::load_view().tab.as_str() {
        "timeline" => View::Timeline,
        "compare" => View::Compare,
        _ => View::Articles,
    });
    use_effect_with(*view, |v| {
        let tab = match v {
            View::Articles => "articles",
            View::Timeline => "timeline",
            View::Compare => "compare",
        };
        super::persist::update_view(|s| s.tab = tab.to_string());
    });
    // How many article cards are drawn (the rest behind "Show more": a thousand cards at
    // once would hold the page's thread).
    let shown = use_state(|| ARTICLES_PER_PAGE);
    // The statement whose source is open (an index into the analysis's statements).
    let open = use_state(|| None::<Focus>);

    // A shared link (#w=…) opens its workspace once, then leaves the address bar; `?src=`
    // addresses are fetched and loaded.
    {
        let workspace = workspace.clone();
        use_effect_with((), move |_| {
            let sources = io::sources_in_location();
            if !sources.is_empty() {
                let (ok, bad): (Vec<_>, Vec<_>) = sources.into_iter().partition(Result::is_ok);
                let urls: Vec<String> = ok.into_iter().filter_map(Result::ok).collect();
                let bad: Vec<_> = bad.into_iter().filter_map(Result::err).map(Err).collect();
                let workspace = workspace.clone();
                spawn_local(async move {
                    let (articles, mut failed): (Vec<_>, Vec<_>) =
                        io::load_sources(urls).await.into_iter().partition(Result::is_ok);
                    failed.extend(bad);
                    // On a reload the saved workspace has them already: they join quietly.
                    let articles = articles.into_iter().filter_map(Result::ok).collect();
                    workspace.dispatch(Action::Opened(crate::core::share::Shared {
                        articles,
                        dates: Default::default(),
                        corrections: Default::default(),
                    }));
                    if !failed.is_empty() {
                        workspace.dispatch(Action::Loaded(failed));
                    }
                });
            }
            if let Some(data) = share::from_location() {
                let workspace = workspace.clone();
                spawn_local(async move {
                    match analyst::open_shared(data).await {
                        Ok(shared) => workspace.dispatch(Action::Opened(shared)),
                        Err(e) => workspace.dispatch(Action::Notice(super::state::LoadError {
                            file: "shared link".into(),
                            message: format!("This link's workspace could not be opened: {e}. Nothing else changed."),
                        })),
                    }
                });
            }
        });
    }
    let shared_link = use_state(|| None::<share::Offered>);
    let on_share = {
        let (workspace, shared_link) = (workspace.clone(), shared_link.clone());
        Callback::from(move |_| {
            shared_link.set(Some(share::offer(&workspace.loaded, &workspace.dates, &workspace.corrections)))
        })
    };

    // Every change to the inputs is analysed in the worker; the answer replaces the
    // analysis on screen unless the inputs changed again meanwhile.
    {
        let workspace = workspace.clone();
        use_effect_with(workspace.generation, move |&generation| {
            if workspace.analyzing() {
                let workspace = workspace.clone();
                spawn_local(async move {
                    let analysis =
                        analyst::analyze(&workspace.loaded, &workspace.dates, workspace.corrections.clone()).await;
                    workspace.dispatch(Action::Analyzed(generation, Rc::new(analysis)));
                });
            }
        });
    }

    // Every change to the articles or dates is saved in the browser.
    {
        let workspace = workspace.clone();
        use_effect_with(workspace.generation, move |_| {
            if let Err(message) = super::persist::save(&workspace.loaded, &workspace.dates, &workspace.corrections) {
                workspace.dispatch(Action::Notice(super::state::LoadError { file: "saved workspace".into(), message }));
            }
        });
    }

    // After a load's analysis is rendered, record how long it took from input to list.
    {
        let (load_started, status_ref) = (load_started.clone(), status_ref.clone());
        use_effect_with(workspace.analyzed, move |_| {
            if let Some(t0) = load_started.take() {
                let ms = now_ms() - t0;
                if let Some(el) = status_ref.cast::<web_sys::Element>() {
                    let _ = el.set_attribute("data-load-ms", &format!("{ms:.1}"));
                    let _ = el.set_attribute("title", &format!("Loaded and analysed in {ms:.0} ms"));
                }
            }
        });
    }

    let on_files = {
        let (workspace, busy, load_started) = (workspace.dispatcher(), busy.clone(), load_started.clone());
        let progress = progress.clone();
        Callback::from(move |files: Vec<web_sys::File>| {
            load_started.set(Some(now_ms()));
            let (workspace, busy, progress) = (workspace.clone(), busy.clone(), progress.clone());
            busy.set(true);
            spawn_local(async move {
                let read = io::read_files(files, |done, total| progress.set(Some((done, total)))).await;
                progress.set(None);
                for shared in read.workspaces {
                    workspace.dispatch(Action::Opened(shared));
                }
                workspace.dispatch(Action::Loaded(read.articles));
                busy.set(false);
            });
        })
    };
    let on_drop = {
        let (on_files, dragging) = (on_files.clone(), dragging.clone());
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(false);
            let files = files_of(&e);
            if !files.is_empty() {
                on_files.emit(files);
            }
        })
    };
    let on_dragover = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            if !*dragging {
                dragging.set(true);
            }
        })
    };
    let on_dragleave = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            // Leaving the window, not just moving between children.
            if e.related_target().is_none() {
                dragging.set(false);
            }
        })
    };
    let on_paste = {
        let (workspace, pasted) = (workspace.dispatcher(), pasted.clone());
        Callback::from(move |text: String| {
            *pasted.borrow_mut() += 1;
            let label = format!("Pasted text {}", *pasted.borrow());
            let workspace = workspace.clone();
            spawn_local(async move {
                let read = io::read_pasted(&label, &text).await;
                workspace.dispatch(Action::Loaded(vec![read]));
            });
        })
    };
    let on_example = {
        let (workspace, busy, load_started) = (workspace.dispatcher(), busy.clone(), load_started.clone());
        Callback::from(move |()| {
            load_started.set(Some(now_ms()));
            let (workspace, busy) = (workspace.clone(), busy.clone());
            busy.set(true);
            spawn_local(async move {
                let results = io::load_example().await;
                workspace.dispatch(Action::Loaded(results));
                busy.set(false);
            });
        })
    };
    let on_date = {
        let workspace = workspace.dispatcher();
        Callback::from(move |(article, date): (String, String)| workspace.dispatch(Action::SetDate { article, date }))
    };
    let on_remove = {
        let workspace = workspace.dispatcher();
        Callback::from(move |id: String| workspace.dispatch(Action::Remove(id)))
    };
    let on_correct = {
        let workspace = workspace.dispatcher();
        Callback::from(move |c: Correction| {
            workspace.dispatch(match c {
                Correction::Drop(key) => Action::DropStatement(key),
                Correction::Speaker(key, name) => Action::SetSpeaker { key, name },
                Correction::Undo(key) => Action::Undo(key),
                Correction::RestoreDropped(article) => Action::RestoreDropped(article),
                Correction::Meta(article, title, outlet) => Action::SetMeta { article, title, outlet },
                Correction::Merge(from, to) => Action::Merge { from, to },
                Correction::Split(alias, on) => Action::Split(alias, on),
            })
        })
    };
    let on_dismiss = {
        let workspace = workspace.dispatcher();
        Callback::from(move |i: usize| workspace.dispatch(Action::DismissError(i)))
    };

    // Each export: the file's name, its type, and how it is made from the analysis.
    let export_button = |id: &'static str,
                         label: &'static str,
                         file: &'static str,
                         mime: &'static str,
                         make: fn(&crate::core::Analysis) -> String| {
        let analysis = workspace.analysis.clone();
        let onclick = Callback::from(move |_| io::download(file, mime, &make(&analysis)));
        html! { <button class="button" id={id} {onclick}>{ label }</button> }
    };

    let on_open = {
        let open = open.clone();
        Callback::from(move |i: usize| open.set(Some(Focus::Statement(i))))
    };
    let on_focus = {
        let open = open.clone();
        Callback::from(move |f: Focus| open.set(Some(f)))
    };
    let on_close = {
        let open = open.clone();
        Callback::from(move |()| open.set(None))
    };
    let tab = |v: View, id: &'static str, label: &'static str| {
        let select = {
            let view = view.clone();
            Callback::from(move |_| view.set(v))
        };
        html! {
            <button role="tab" id={id} class={classes!("tab", (*view == v).then_some("on"))} aria-selected={(*view == v).to_string()} onclick={select}>{ label }</button>
        }
    };

    let analysis = workspace.analysis.clone();
    let count = analysis.articles.len();
    // Statements by article, once per render (not a scan of all statements per card).
    let mut by_article: std::collections::HashMap<&str, Vec<&crate::core::Statement>> =
        std::collections::HashMap::new();
    for s in &analysis.statements {
        by_article.entry(s.article.as_str()).or_default().push(s);
    }
    let show_more = {
        let shown = shown.clone();
        Callback::from(move |_| shown.set(*shown + ARTICLES_PER_PAGE))
    };
    let statements = analysis.statements.len();
    // Names offered when the user changes a speaker: the people quoted most (a thousand
    // articles name thousands of people; the list is built once per analysis).
    let people = use_memo(analysis.clone(), |a| {
        let quoted = a.statements_by_speaker();
        let mut people: Vec<(usize, String)> = a
            .entities
            .iter()
            .filter(|e| e.kind == crate::core::EntityKind::Person)
            .map(|e| (quoted.get(e.id.as_str()).copied().unwrap_or(0), e.name.clone()))
            .collect();
        people.sort_by(|x, y| y.0.cmp(&x.0).then_with(|| x.1.cmp(&y.1)));
        people.into_iter().take(MAX_PEOPLE).map(|(_, n)| n).collect::<Vec<String>>()
    });

    html! {
        <div class={classes!("app", dragging.then_some("dragging"))} ondrop={on_drop} ondragover={on_dragover} ondragleave={on_dragleave}>
            <header class="top">
                <h1>{ "Parallax" }</h1>
                <p class="tagline">{ "One story, many articles: who said what, and when." }</p>
            </header>
            <main class={classes!((*view != View::Articles && count > 0).then_some("wide"))}>
                <DropZone {on_files} {on_paste} {on_example} dragging={*dragging} busy={*busy} compact={count > 0} />
                if let Some((done, total)) = *progress {
                    <div class="progress" role="status">
                        <label for="read-progress">{ format!("Reading {done} of {total} files…") }</label>
                        <progress id="read-progress" max={total.to_string()} value={done.to_string()}></progress>
                    </div>
                } else if workspace.analyzing() && workspace.loaded.len() > COMPACT_FROM {
                    <div class="progress" role="status">
                        <label for="analysis-progress">{ format!("Analysing {} articles in the background: the page stays usable.", workspace.loaded.len()) }</label>
                        <progress id="analysis-progress"></progress>
                    </div>
                }
                <ErrorList errors={workspace.errors.clone()} {on_dismiss} />
                if let Some(offered) = (*shared_link).clone() {
                    { share::view(&offered) }
                }
                <div class="status-bar">
                    <p class="status" ref={status_ref} role="status" aria-live="polite" data-articles={count.to_string()} data-generation={workspace.generation.to_string()} data-analyzed={workspace.analyzed.to_string()}>
                        if count == 0 && workspace.analyzing() && !workspace.loaded.is_empty() {
                            { format!("Analysing {} article{}…", workspace.loaded.len(), if workspace.loaded.len() == 1 { "" } else { "s" }) }
                        } else if count == 0 {
                            { "No articles yet. Drop some files, or load the example story to see what Parallax does." }
                        } else {
                            { format!("{count} article{} · {statements} statement{}", if count == 1 { "" } else { "s" }, if statements == 1 { "" } else { "s" }) }
                            if workspace.analyzing() { <span class="analyzing">{ " · analysing…" }</span> }
                        }
                    </p>
                    if count > 0 {
                        <div class="exports" role="group" aria-label="Export the analysis">
                            <span class="exports-label">{ "Export" }</span>
                            { export_button("export-json", "JSON", "parallax-analysis.json", "application/json", export::to_json) }
                            { export_button("export-csv", "CSV", "parallax-statements.csv", "text/csv", formats::csv) }
                            { export_button("export-markdown", "Report", "parallax-report.md", "text/markdown", formats::markdown) }
                            { export_button("export-timelinejs", "TimelineJS", "parallax-timeline.json", "application/json", formats::timelinejs) }
                            <button class="button primary" id="share" onclick={on_share}>{ "Share link" }</button>
                        </div>
                    }
                </div>
                if count > 0 {
                    <nav class="tabs" role="tablist" aria-label="Views">
                        { tab(View::Articles, "tab-articles", "Articles") }
                        { tab(View::Timeline, "tab-timeline", "Timeline") }
                        { tab(View::Compare, "tab-compare", "Compare") }
                    </nav>
                }
                if *view == View::Timeline && count > 0 {
                    <TimelineView analysis={analysis.clone()} on_open={on_open.clone()} />
                } else if *view == View::Compare && count > 0 {
                    <CompareView analysis={analysis.clone()} on_focus={on_focus.clone()} on_correct={on_correct.clone()} merges={workspace.corrections.merges.clone()} splits={workspace.corrections.splits.clone()} />
                } else {
                    <datalist id="people">
                        { for people.iter().map(|name| html! { <option value={name.clone()} /> }) }
                    </datalist>
                    <section class="articles" aria-label="Articles">
                        { for analysis.articles.iter().take(*shown).map(|a| html! {
                            <ArticleCard
                                key={a.id.clone()}
                                article={a.clone()}
                                statements={by_article.get(a.id.as_str()).map(|v| v.iter().map(|s| (*s).clone()).collect::<Vec<_>>()).unwrap_or_default()}
                                on_date={on_date.clone()}
                                on_remove={on_remove.clone()}
                                on_read={on_focus.reform(Focus::Article)}
                                on_correct={on_correct.clone()}
                                user_date={workspace.dates.get(&a.id).cloned()}
                                compact={count > COMPACT_FROM}
                                dropped={workspace.corrections.dropped.iter().filter(|k| k.starts_with(&format!("{}:", a.id))).count()}
                            />
                        }) }
                        if analysis.articles.len() > *shown {
                            <button class="button show-more" onclick={show_more}>
                                { format!("Show {} more of {} articles", (analysis.articles.len() - *shown).min(ARTICLES_PER_PAGE), analysis.articles.len()) }
                            </button>
                        }
                    </section>
                }
            </main>
            if let Some(focus) = (*open).clone() {
                <SourcePanel analysis={analysis.clone()} {focus} on_close={on_close.clone()} />
            }
            if *dragging {
                <div class="drop-overlay" aria-hidden="true"><p>{ "Drop to add these articles" }</p></div>
            }
        </div>
    }
}
