//! The workspace saved in the browser (localStorage), so that a reload or a crash loses
//! nothing: the articles as loaded, the dates the user set and their corrections, and,
//! apart, the view settings (tab, timeline lanes, zoom, filters). The analysis is not
//! saved; it is recomputed from them.
//!
//! A saved workspace that cannot be read (another version, a damaged entry) is set aside
//! under another key, never deleted, and the user is told.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::core::Article;
use crate::core::corrections::Corrections;

const KEY: &str = "parallax.workspace";
const SET_ASIDE: &str = "parallax.workspace.unreadable";
const VERSION: u32 = 1;

#[derive(Serialize, Deserialize)]
struct Saved {
    version: u32,
    articles: Vec<Article>,
    dates: BTreeMap<String, String>,
    #[serde(default)]
    corrections: Corrections,
}

/// [`Saved`] as written: borrowed, so saving does not copy every article first.
#[derive(Serialize)]
struct SavedRef<'a> {
    version: u32,
    articles: &'a [Article],
    dates: &'a BTreeMap<String, String>,
    corrections: &'a Corrections,
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// A workspace read back: the articles and the user's dates.
pub struct Restored {
    /// The articles, in the order they were loaded.
    pub articles: Vec<Article>,
    /// The dates the user set, by article id.
    pub dates: BTreeMap<String, String>,
    /// The user's corrections.
    pub corrections: Corrections,
}

/// The saved workspace, if there is one; an error message if one is there but unreadable.
pub fn load() -> Result<Option<Restored>, String> {
    let Some(store) = storage() else { return Ok(None) };
    let Ok(Some(raw)) = store.get_item(KEY) else { return Ok(None) };
    match serde_json::from_str::<Saved>(&raw) {
        Ok(saved) if saved.version == VERSION => {
            Ok(Some(Restored { articles: saved.articles, dates: saved.dates, corrections: saved.corrections }))
        }
        _ => {
            let _ = store.set_item(SET_ASIDE, &raw);
            let _ = store.remove_item(KEY);
            Err(format!(
                "The workspace saved in this browser could not be read ({} KB), so Parallax started empty. \
                 It is kept aside under “{SET_ASIDE}” in this site's storage.",
                raw.len() / 1024
            ))
        }
    }
}

/// Saves the workspace; an error message when the browser refuses (storage full or off).
pub fn save(articles: &[Article], dates: &BTreeMap<String, String>, corrections: &Corrections) -> Result<(), String> {
    let Some(store) = storage() else {
        return Err("This browser does not let Parallax save the workspace: it will not survive a reload.".into());
    };
    let saved = SavedRef { version: VERSION, articles, dates, corrections };
    let json = serde_json::to_string(&saved).map_err(|e| e.to_string())?;
    store.set_item(KEY, &json).map_err(|_| {
        format!(
            "The workspace ({:.1} MB) is too large for this browser's storage: the articles stay open, but a reload would lose them. Export the JSON to keep it.",
            json.len() as f64 / 1_048_576.0
        )
    })
}

/// Where the view settings are kept (apart from the workspace: they change often and are
/// small).
const VIEW_KEY: &str = "parallax.view";

/// How the user last looked at the workspace: the tab, and the timeline's lanes, zoom and
/// filters. Restored on reload; not part of a share link.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ViewSettings {
    /// "articles", "timeline" or "compare".
    #[serde(default)]
    pub tab: String,
    /// Timeline lanes.
    #[serde(default)]
    pub lanes: crate::core::timeline::LaneBy,
    /// Timeline zoom.
    #[serde(default)]
    pub scale: crate::core::timeline::Scale,
    /// Timeline filters.
    #[serde(default)]
    pub filter: crate::core::timeline::Filter,
}

/// The saved view settings (defaults when none or unreadable).
pub fn load_view() -> ViewSettings {
    storage()
        .and_then(|s| s.get_item(VIEW_KEY).ok().flatten())
        .and_then(|json| serde_json::from_str(&json).ok())
        .unwrap_or_default()
}

/// Changes the saved view settings with `change` (failures are not worth a message: the
/// workspace itself is saved apart).
pub fn update_view(change: impl FnOnce(&mut ViewSettings)) {
    let mut view = load_view();
    change(&mut view);
    if let (Some(s), Ok(json)) = (storage(), serde_json::to_string(&view)) {
        let _ = s.set_item(VIEW_KEY, &json);
    }
}
