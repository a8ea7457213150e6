//! The workspace: what the user loaded and decided (articles as loaded, the dates they set,
//! the files that failed), and the analysis derived from it.
//!
//! State changes only through [`Action`]s in a pure reducer. Every change to the inputs
//! bumps `generation`; the page then asks the worker to analyse them and files the answer
//! with [`Action::Analyzed`] (an answer for an older generation is dropped), so the analysis
//! can never drift from the inputs.

use std::collections::BTreeMap;
use std::rc::Rc;

use yew::Reducible;

use crate::core::corrections::Corrections;
use crate::core::{Analysis, Article, DateSource};

/// A file that could not be loaded, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadError {
    /// The file (or source) name.
    pub file: String,
    /// What to tell the user.
    pub message: String,
}

/// The user's workspace and its analysis.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Workspace {
    /// Articles as loaded, in order.
    pub loaded: Vec<Article>,
    /// Dates set by the user, by article id.
    pub dates: BTreeMap<String, String>,
    /// The user's corrections of the analysis.
    pub corrections: Corrections,
    /// Inputs that failed, newest last.
    pub errors: Vec<LoadError>,
    /// The analysis of `loaded` with the user's dates applied (as of `analyzed`).
    pub analysis: Rc<Analysis>,
    /// Bumped on every change that needs a new analysis.
    pub generation: u32,
    /// The generation `analysis` belongs to: behind `generation` while the worker works.
    pub analyzed: u32,
}

/// What can happen to the workspace.
pub enum Action {
    /// Inputs were read: each is an article or the message for its failure.
    Loaded(Vec<Result<Article, LoadError>>),
    /// The user set (or cleared, with an empty string) an article's date.
    SetDate {
        /// The article's id.
        article: String,
        /// `YYYY-MM-DD`, or empty to go back to the page's own date.
        date: String,
    },
    /// The user removed an article.
    Remove(String),
    /// The user dismissed an error message.
    DismissError(usize),
    /// Something went wrong that changes no article (saving the workspace failed).
    Notice(LoadError),
    /// The user said a statement is not one.
    DropStatement(String),
    /// The user gave a statement another speaker (a name; empty for none).
    SetSpeaker {
        /// The statement's key.
        key: String,
        /// The speaker's name.
        name: String,
    },
    /// The user edited an article's title and outlet (empty: back to what was found).
    SetMeta {
        /// The article's id.
        article: String,
        /// The new title.
        title: String,
        /// The new outlet.
        outlet: String,
    },
    /// The user joined one entity into another (names), or took that back (`to` empty).
    Merge {
        /// The entity that joins.
        from: String,
        /// The entity it joins; empty to undo.
        to: String,
    },
    /// The user split a spelling off its entity (`true`), or took that back (`false`).
    Split(String, bool),
    /// The user took back their corrections of a statement.
    Undo(String),
    /// The user took back the statements they dropped from an article.
    RestoreDropped(String),
    /// A shared workspace was opened (from a link or a workspace file): its articles join
    /// the loaded ones (an article already loaded stays as it is) with their dates.
    Opened(crate::core::share::Shared),
    /// The worker finished the analysis of a generation.
    Analyzed(u32, Rc<Analysis>),
}

impl Workspace {
    /// The workspace saved in the browser, or an empty one (with a message when the saved
    /// one could not be read).
    pub fn restored() -> Self {
        let mut w = Workspace::default();
        match super::persist::load() {
            Ok(Some(restored)) => {
                w.loaded = restored.articles;
                w.dates = restored.dates;
                w.corrections = restored.corrections;
                w.reanalyze();
            }
            Ok(None) => {}
            Err(message) => w.errors.push(LoadError { file: "saved workspace".into(), message }),
        }
        w
    }

    /// Whether the analysis on screen is older than the workspace.
    pub fn analyzing(&self) -> bool {
        self.analyzed != self.generation
    }

    fn reanalyze(&mut self) {
        self.generation = self.generation.wrapping_add(1);
    }
}

impl Reducible for Workspace {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Loaded(results) => {
                for r in results {
                    match r {
                        Ok(article) => {
                            if let Some(same) = next.loaded.iter().find(|a| a.id == article.id) {
                                next.errors.push(LoadError {
                                    file: article.file.clone(),
                                    message: format!("{}: already loaded (same text as {})", article.file, same.file),
                                });
                            } else {
                                next.loaded.push(article);
                            }
                        }
                        Err(e) => next.errors.push(e),
                    }
                }
                next.reanalyze();
            }
            Action::SetDate { article, date } => {
                if date.is_empty() {
                    next.dates.remove(&article);
                } else {
                    next.dates.insert(article, date);
                }
                next.reanalyze();
            }
            Action::SetMeta { article, title, outlet } => {
                for (map, value) in [(&mut next.corrections.titles, title), (&mut next.corrections.outlets, outlet)] {
                    if value.trim().is_empty() {
                        map.remove(&article);
                    } else {
                        map.insert(article.clone(), value);
                    }
                }
                next.reanalyze();
            }
            Action::Merge { from, to } => {
                if to.is_empty() {
                    next.corrections.merges.remove(&from);
                } else if from != to {
                    next.corrections.merges.insert(from, to);
                }
                next.reanalyze();
            }
            Action::Split(alias, on) => {
                if on {
                    next.corrections.splits.insert(alias);
                } else {
                    next.corrections.splits.remove(&alias);
                }
                next.reanalyze();
            }
            Action::DropStatement(key) => {
                next.corrections.dropped.insert(key);
                next.reanalyze();
            }
            Action::SetSpeaker { key, name } => {
                next.corrections.speakers.insert(key, name);
                next.reanalyze();
            }
            Action::Undo(key) => {
                next.corrections.undo(&key);
                next.reanalyze();
            }
            Action::RestoreDropped(article) => {
                next.corrections.dropped.retain(|k| !k.starts_with(&format!("{article}:")));
                next.reanalyze();
            }
            Action::Remove(id) => {
                next.loaded.retain(|a| a.id != id);
                next.dates.remove(&id);
                let ids: Vec<String> = next.loaded.iter().map(|a| a.id.clone()).collect();
                next.corrections.retain_articles(&ids.iter().map(String::as_str).collect::<Vec<_>>());
                next.reanalyze();
            }
            Action::Opened(shared) => {
                for a in shared.articles {
                    if !next.loaded.iter().any(|x| x.id == a.id) {
                        next.loaded.push(a);
                    }
                }
                for (id, date) in shared.dates {
                    next.dates.entry(id).or_insert(date);
                }
                next.corrections.merge(shared.corrections);
                next.reanalyze();
            }
            Action::Analyzed(generation, analysis) => {
                // An answer for an older workspace is dropped: a newer one is on its way.
                if generation != next.generation {
                    return self;
                }
                next.analysis = analysis;
                next.analyzed = generation;
            }
            Action::Notice(e) => {
                if !next.errors.contains(&e) {
                    next.errors.push(e);
                }
            }
            Action::DismissError(i) => {
                if i < next.errors.len() {
                    next.errors.remove(i);
                }
            }
        }
        Rc::new(next)
    }
}

/// Where an article's date came from, in words.
pub fn date_source_label(source: Option<DateSource>) -> &'static str {
    match source {
        Some(DateSource::User) => "set by you",
        Some(DateSource::Metadata) => "from the page",
        Some(DateSource::Text) => "from the text: the latest date it names (check it)",
        None => "unknown: set it",
    }
}
