//! Corrections: what the user fixed in the analysis, kept apart from it and applied on top
//! of every new analysis, so that a fix survives re-analysis (a new date, a new article)
//! and travels with the workspace.
//!
//! A statement is named by its article and its span (`<article>:<start>-<end>`), which
//! stay the same as long as the article's text does. An article's title and outlet, when
//! the user edits them, are kept by article id.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::entities::Entity;
use super::statements::{Speaker, Statement, entity_key};

/// The user's corrections.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Corrections {
    /// Statements reassigned to another speaker: statement key → the speaker's name.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub speakers: BTreeMap<String, String>,
    /// Statements that are not statements (a title, a scare quote): their keys.
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub dropped: BTreeSet<String>,
    /// Articles' titles as the user set them: article id → title.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub titles: BTreeMap<String, String>,
    /// Articles' outlets (site names) as the user set them: article id → outlet.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub outlets: BTreeMap<String, String>,
    /// Entities the user joined: an entity's name → the name of the entity it joins.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub merges: BTreeMap<String, String>,
    /// Spellings the user split off their entity ("Zelenskyy" is someone else): each
    /// becomes an entity of its own, with the statements whose speaker is so named.
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub splits: BTreeSet<String>,
}

impl Corrections {
    /// Whether there is nothing to apply.
    pub fn is_empty(&self) -> bool {
        self.speakers.is_empty()
            && self.dropped.is_empty()
            && self.titles.is_empty()
            && self.outlets.is_empty()
            && self.merges.is_empty()
            && self.splits.is_empty()
    }

    /// Forgets every correction of one statement.
    pub fn undo(&mut self, key: &str) {
        self.speakers.remove(key);
        self.dropped.remove(key);
    }

    /// Keeps only the corrections of the articles in `ids` (after an article is removed).
    pub fn retain_articles(&mut self, ids: &[&str]) {
        let keep = |k: &String| k.split_once(':').is_some_and(|(a, _)| ids.contains(&a));
        self.speakers.retain(|k, _| keep(k));
        self.dropped.retain(keep);
        self.titles.retain(|a, _| ids.contains(&a.as_str()));
        self.outlets.retain(|a, _| ids.contains(&a.as_str()));
    }

    /// Merges corrections from elsewhere (an opened link): what is set here stays.
    pub fn merge(&mut self, other: Corrections) {
        for (k, v) in other.speakers {
            self.speakers.entry(k).or_insert(v);
        }
        self.dropped.extend(other.dropped);
        for (k, v) in other.titles {
            self.titles.entry(k).or_insert(v);
        }
        for (k, v) in other.outlets {
            self.outlets.entry(k).or_insert(v);
        }
        for (k, v) in other.merges {
            self.merges.entry(k).or_insert(v);
        }
        self.splits.extend(other.splits);
    }
}

/// Applies the user's merges and splits to the linked entities: splits first (a spelling
/// leaves its entity with the statements so attributed), then merges (by display name).
pub(crate) fn apply_to_entities(c: &Corrections, entities: &mut Vec<Entity>, statements: &mut [Statement]) {
    let ends_with_word = |s: &str, w: &str| s == w || s.ends_with(&format!(" {w}"));
    for alias in &c.splits {
        let Some(pos) = entities.iter().position(|e| e.aliases.iter().any(|a| a == alias) && e.aliases.len() > 1)
        else {
            continue;
        };
        let from = entities[pos].id.clone();
        let id = next_id(entities);
        let (mut names, mut articles): (Vec<String>, Vec<String>) = (Vec::new(), Vec::new());
        for s in statements.iter_mut() {
            let Some(sp) = s.speaker.as_mut().filter(|sp| sp.entity.as_deref() == Some(from.as_str())) else {
                continue;
            };
            let named = sp.name.as_deref().is_some_and(|n| ends_with_word(n, alias)) || ends_with_word(&sp.text, alias);
            if named {
                sp.entity = Some(id.clone());
                names.extend(sp.name.clone());
                if !articles.contains(&s.article) {
                    articles.push(s.article.clone());
                }
            }
        }
        let e = &mut entities[pos];
        let (gone, kept): (Vec<String>, Vec<String>) = e.aliases.drain(..).partition(|a| ends_with_word(a, alias));
        e.aliases = kept;
        if !e.aliases.contains(&e.name) {
            e.name = e.aliases.iter().max_by_key(|a| a.split_whitespace().count()).cloned().unwrap_or_default();
        }
        let name = names.iter().max_by_key(|n| n.split_whitespace().count()).cloned().unwrap_or_else(|| alias.clone());
        let kind = e.kind;
        entities.push(Entity { id, name, kind, aliases: gone, roles: Vec::new(), articles });
    }
    for (from, to) in &c.merges {
        let (Some(a), Some(b)) =
            (entities.iter().position(|e| &e.name == from), entities.iter().position(|e| &e.name == to))
        else {
            continue;
        };
        if a == b {
            continue;
        }
        let gone = entities[a].clone();
        for s in statements.iter_mut() {
            if let Some(sp) = s.speaker.as_mut().filter(|sp| sp.entity.as_deref() == Some(gone.id.as_str())) {
                sp.entity = Some(entities[b].id.clone());
            }
        }
        let into = &mut entities[b];
        for x in gone.aliases {
            if !into.aliases.contains(&x) {
                into.aliases.push(x);
            }
        }
        into.roles.extend(gone.roles);
        for x in gone.articles {
            if !into.articles.contains(&x) {
                into.articles.push(x);
            }
        }
        entities.remove(a);
    }
}

/// An entity id not yet used (`e<n>`, after the highest).
fn next_id(entities: &[Entity]) -> String {
    let n = entities.iter().filter_map(|e| e.id.strip_prefix('e')?.parse::<usize>().ok()).max().unwrap_or(0);
    format!("e{}", n + 1)
}

/// The longest title or outlet kept (a longer one is cut).
pub const MAX_META: usize = 300;

/// Applies the user's titles and outlets to the articles.
pub(crate) fn apply_to_articles(c: &Corrections, articles: &mut [super::article::Article]) {
    for a in articles {
        let clean = |v: &String| -> Option<String> {
            let v: String = v.chars().filter(|c| !c.is_control()).take(MAX_META).collect();
            let v = v.trim().to_string();
            (!v.is_empty()).then_some(v)
        };
        if let Some(t) = c.titles.get(&a.id) {
            a.title = clean(t).or(a.title.take());
        }
        if let Some(o) = c.outlets.get(&a.id) {
            a.site = clean(o).or(a.site.take());
        }
    }
}

/// The key that names a statement in corrections.
pub fn statement_key(s: &Statement) -> String {
    format!("{}:{}-{}", s.article, s.start, s.end)
}

/// Applies the corrections to freshly found statements (before entities are linked, so a
/// reassigned speaker joins that person's entity).
pub(crate) fn apply(c: &Corrections, statements: &mut Vec<Statement>) {
    if c.speakers.is_empty() && c.dropped.is_empty() {
        return;
    }
    statements.retain(|s| !c.dropped.contains(&statement_key(s)));
    for s in statements.iter_mut() {
        let Some(name) = c.speakers.get(&statement_key(s)) else { continue };
        let name = name.trim();
        s.corrected = true;
        if name.is_empty() {
            s.speaker = None;
            continue;
        }
        let (text, start, end) = match &s.speaker {
            Some(sp) => (sp.text.clone(), sp.start, sp.end),
            None => (name.to_string(), s.start, s.start),
        };
        s.speaker = Some(Speaker { text, start, end, name: Some(name.to_string()), entity: Some(entity_key(name)) });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::{analyze_with, ingest};

    #[test]
    fn entities_merged_and_split_by_the_user() {
        let a = ingest(
            "a.txt",
            "“We are ready,” President Volodymyr Zelensky said.\n“We need guarantees,” Zelenskyy said.\n“No,” said Andriy Yermak.".as_bytes(),
        )
        .unwrap();
        let found = analyze_with(vec![a.clone()], &Corrections::default());
        let zel = found.entities.iter().find(|e| e.name.contains("Zelensky")).unwrap();
        assert!(zel.aliases.iter().any(|x| x == "Zelenskyy"), "{:?}", zel.aliases);
        let speaker_entity = |an: &crate::core::Analysis, words: &str| {
            let s = an.statements.iter().find(|s| s.content.contains(words)).unwrap();
            s.speaker.as_ref().and_then(|sp| sp.entity.clone()).unwrap()
        };
        assert_eq!(speaker_entity(&found, "ready"), speaker_entity(&found, "guarantees"));
        // Split "Zelenskyy" off: its statement gets an entity of its own.
        let mut c = Corrections::default();
        c.splits.insert("Zelenskyy".into());
        let split = analyze_with(vec![a.clone()], &c);
        assert_ne!(speaker_entity(&split, "ready"), speaker_entity(&split, "guarantees"));
        let new = split.entities.iter().find(|e| e.id == speaker_entity(&split, "guarantees")).unwrap();
        assert_eq!(new.aliases, ["Zelenskyy"]);
        // Merge Andriy Yermak into Volodymyr Zelensky: one entity speaks both.
        let mut c = Corrections::default();
        c.merges.insert("Andriy Yermak".into(), zel.name.clone());
        let merged = analyze_with(vec![a], &c);
        assert_eq!(speaker_entity(&merged, "No"), speaker_entity(&merged, "ready"));
        assert!(!merged.entities.iter().any(|e| e.name == "Andriy Yermak"));
    }

    #[test]
    fn a_title_and_an_outlet_set_by_the_user_replace_what_was_found() {
        let a = ingest(
            "a.txt",
            "First line of text without a headline, as it came.\n\n“We are ready,” Ana Ruiz said.".as_bytes(),
        )
        .unwrap();
        let id = a.id.clone();
        let mut c = Corrections::default();
        c.titles.insert(id.clone(), "Talks resume\u{0}".into());
        c.outlets.insert(id.clone(), "  The Daily  ".into());
        let analysis = analyze_with(vec![a.clone()], &c);
        assert_eq!(analysis.articles[0].title.as_deref(), Some("Talks resume"));
        assert_eq!(analysis.articles[0].site.as_deref(), Some("The Daily"));
        // An empty edit keeps what was found; removing the article forgets the edits.
        c.titles.insert(id.clone(), "   ".into());
        assert_eq!(analyze_with(vec![a.clone()], &c).articles[0].title, a.title);
        c.retain_articles(&[]);
        assert!(c.is_empty());
    }

    #[test]
    fn a_dropped_statement_goes_and_a_reassigned_one_joins_its_speaker() {
        let text = "“We are ready,” Ana Ruiz said.\n“The “Patriot” system works,” he said.\n“No,” said Ben Cole, who leads the talks.";
        let article = ingest("a.txt", text.as_bytes()).unwrap();
        let plain = analyze_with(vec![article.clone()], &Corrections::default());
        let second = &plain.statements[1];
        let third = &plain.statements[2];
        let mut c = Corrections::default();
        c.speakers.insert(statement_key(second), "Ben Cole".into());
        c.dropped.insert(statement_key(third));
        let fixed = analyze_with(vec![article], &c);
        assert_eq!(fixed.statements.len(), plain.statements.len() - 1);
        let s = fixed.statements.iter().find(|s| s.start == second.start).unwrap();
        assert!(s.corrected);
        assert_eq!(s.speaker.as_ref().unwrap().name.as_deref(), Some("Ben Cole"));
        // The reassigned statement belongs to Ben Cole's entity.
        let ben = fixed.entities.iter().find(|e| e.name == "Ben Cole").unwrap();
        assert_eq!(s.speaker.as_ref().unwrap().entity.as_deref(), Some(ben.id.as_str()));
        // Ids stay as they were: dropping one does not renumber the others.
        assert_eq!(fixed.statements[0].id, plain.statements[0].id);
    }

    #[test]
    fn corrections_of_removed_articles_are_forgotten() {
        let mut c = Corrections::default();
        c.dropped.insert("a1:0-5".into());
        c.speakers.insert("a2:3-9".into(), "X".into());
        c.retain_articles(&["a2"]);
        assert!(c.dropped.is_empty());
        assert_eq!(c.speakers.len(), 1);
    }
}
