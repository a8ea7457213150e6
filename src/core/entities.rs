//! Entities: the people, places and groups the articles talk about, merged across articles.
//!
//! Articles spell the same person differently ("Zelensky", "Zelenskyy", "Zelenskiy"), give
//! them different titles ("President", "Ukrainian President"), and refer to countries by
//! their capital or demonym ("Kyiv", "Kiev", "Ukrainian"). This pass turns every resolved
//! speaker and every place mention into one [`Entity`] per real-world referent:
//! - **people** merge when their surnames are spelling variants (the same consonant
//!   skeleton and an edit similarity of at least 0.75) and their first names agree, or one
//!   of them has none; the titles before a name become that entity's `roles`, per article;
//! - **places**: country names, official names, capitals and demonyms come from a real
//!   gazetteer (world-countries, ODbL; `src/core/data/countries.tsv`), and every one of them
//!   maps to its country; a capital spelled in another romanisation ("Kiev") matches by its
//!   consonant skeleton;
//! - **groups** ("officials familiar with the talks", "analysts") are entities of their own,
//!   one per wording.

use std::collections::HashMap;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use super::article::Article;
use super::names::{self, FnvBuild};
use super::statements::Statement;

/// What kind of thing an entity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    /// A person.
    Person,
    /// A country (with its capital and demonyms).
    Place,
    /// A group or an anonymous source ("officials", "analysts").
    Group,
}

/// A title an article gives an entity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Role {
    /// The title as written ("Ukrainian President").
    pub role: String,
    /// The article that used it.
    pub article: String,
}

/// One real-world referent across all articles.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entity {
    /// `e1`, `e2`… in order of first appearance.
    pub id: String,
    /// The display name: the most used full spelling.
    pub name: String,
    /// Person, place or group.
    pub kind: EntityKind,
    /// Every spelling seen, the display name included.
    pub aliases: Vec<String>,
    /// Titles by article.
    pub roles: Vec<Role>,
    /// The articles that mention it.
    pub articles: Vec<String>,
}

/// The consonant skeleton of a word, for matching romanisation variants: lowercase, first
/// letter kept, then vowels (and y, h, w) dropped and repeated letters collapsed
/// ("Zelenskyy" → "zlnsk", "Kiev" / "Kyiv" → "kv").
pub(crate) fn skeleton(word: &str) -> String {
    skeleton_chars(word).collect()
}

/// The characters of [`skeleton`], without collecting them.
fn skeleton_chars(word: &str) -> impl Iterator<Item = char> + '_ {
    let mut last = None;
    word.chars().filter(|c| c.is_alphabetic()).flat_map(char::to_lowercase).enumerate().filter_map(move |(i, c)| {
        let vowel = matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'h' | 'w');
        ((i == 0 || !vowel) && last != Some(c)).then(|| {
            last = Some(c);
            c
        })
    })
}

/// Whether two spellings of a surname are variants of one another.
fn same_surname(a: &str, b: &str) -> bool {
    // The same word in other capitals (most often the very same spelling): no copies.
    if a.eq_ignore_ascii_case(b) {
        return true;
    }
    let (a, b) = (a.to_lowercase(), b.to_lowercase());
    a == b || (skeleton(&a) == skeleton(&b) && strsim::normalized_levenshtein(&a, &b) >= 0.75)
}

/// Capitals by their first and last letter: (capital, its skeleton, country).
type CapitalIndex = HashMap<(char, char), Vec<(usize, String, &'static str)>, FnvBuild>;

/// The gazetteer: surface form → country name.
struct Gazetteer {
    exact: HashMap<String, &'static str, FnvBuild>,
    /// Which (first byte, last byte, length) shapes the forms of `exact` have
    /// ([`form_shape`]): most capitalised words are no place, and are turned away by one
    /// bit before hashing.
    exact_shapes: names::Bits,
    /// Capitals by their first and last letter, for other romanisations:
    /// (the capital's length in characters, its skeleton, country).
    capitals: CapitalIndex,
    /// Which (first letter, last letter, length) shapes a capital has, give or take a
    /// letter ([`capital_shape`]): most words are no capital's romanisation, and are turned
    /// away by one bit.
    capital_shapes: names::Bits,
    /// The longest surface form, in words.
    max_words: usize,
    /// The first words of the forms of two words or more ("United", "Republic").
    first_words: std::collections::HashSet<String, FnvBuild>,
}

fn gazetteer() -> &'static Gazetteer {
    static G: OnceLock<Gazetteer> = OnceLock::new();
    G.get_or_init(|| {
        let mut exact = HashMap::default();
        let mut capitals = CapitalIndex::default();
        let mut max_words = 1;
        let mut add = |form: &str, country: &'static str, exact: &mut HashMap<String, &'static str, FnvBuild>| {
            max_words = max_words.max(form.split_whitespace().count());
            exact.entry(form.to_string()).or_insert(country);
        };
        for line in include_str!("data/countries.tsv").lines().filter(|l| !l.starts_with('#')) {
            let cols: Vec<&'static str> = line.split('\t').collect();
            let [country, others, caps, demonyms] = cols[..] else { continue };
            add(country, country, &mut exact);
            // "United States" → "U.S.", "United Kingdom" → "U.K.".
            let words: Vec<&str> = country.split_whitespace().collect();
            if words.len() >= 2 && words.iter().all(|w| w.chars().next().is_some_and(char::is_uppercase)) {
                let initials: String = words.iter().filter_map(|w| w.chars().next()).map(|c| format!("{c}.")).collect();
                add(&initials, country, &mut exact);
            }
            for other in others.split('|').filter(|s| !s.is_empty()) {
                add(other, country, &mut exact);
            }
            for cap in caps.split('|').filter(|s| !s.is_empty()) {
                add(cap, country, &mut exact);
                // "Washington D.C." is usually written "Washington".
                if let Some((head, _)) = cap.rsplit_once(' ').filter(|(_, tail)| tail.contains('.')) {
                    add(head, country, &mut exact);
                }
                let ends = (cap.chars().next(), cap.chars().last());
                if let (false, (Some(first), Some(last))) = (cap.contains(' '), ends) {
                    capitals.entry((first, last)).or_default().push((cap.chars().count(), skeleton(cap), country));
                }
            }
            for demonym in demonyms.split('|').filter(|s| !s.is_empty()) {
                add(demonym, country, &mut exact);
                add(&format!("{demonym}s"), country, &mut exact);
            }
        }
        let mut exact_shapes = names::Bits::new(names::Bits::HASHED);
        for form in exact.keys() {
            exact_shapes.set(form_shape(form));
        }
        let first_words = exact.keys().filter_map(|f| f.split_once(' ')).map(|(w, _)| w.to_string()).collect();
        let mut capital_shapes = names::Bits::new(names::Bits::HASHED);
        for (&(first, last), caps) in &capitals {
            for &(len, _, _) in caps {
                for len in len.saturating_sub(1)..=len + 1 {
                    capital_shapes.set(capital_shape(first, last, len));
                }
            }
        }
        Gazetteer { exact, exact_shapes, capitals, capital_shapes, max_words, first_words }
    })
}

/// The filter bit of a word's first and last letters and length in characters.
fn capital_shape(first: char, last: char, len: usize) -> usize {
    names::Bits::hashed((u64::from(first) << 40) | (u64::from(last) << 8) | (len.min(255) as u64))
}

/// The filter bit of a form's first and last bytes and length in bytes.
fn form_shape(form: &str) -> usize {
    let b = form.as_bytes();
    let (first, last) = (b.first().copied().unwrap_or(0), b.last().copied().unwrap_or(0));
    names::Bits::hashed((u64::from(first) << 40) | (u64::from(last) << 16) | (b.len().min(0xFFFF) as u64))
}

/// The country a capitalised word or phrase names, if any.
pub(crate) fn country_of(phrase: &str) -> Option<&'static str> {
    let g = gazetteer();
    if g.exact_shapes.has(form_shape(phrase))
        && let Some(c) = g.exact.get(phrase)
    {
        return Some(c);
    }
    // A capital in another romanisation: same first letter and skeleton, similar length.
    let len = phrase.chars().count();
    if len < 4 || phrase.contains(' ') {
        return None;
    }
    let (first, last) = (phrase.chars().next()?, phrase.chars().next_back()?);
    if !g.capital_shapes.has(capital_shape(first, last, len)) {
        return None;
    }
    g.capitals.get(&(first, last))?.iter().find_map(|(cap_len, skel, country)| {
        let close = cap_len.abs_diff(len) <= 1;
        (close && skeleton_chars(phrase).eq(skel.chars())).then_some(*country)
    })
}

/// A person name met in an article, before merging.
struct PersonMention<'a> {
    name: &'a str,
    article: &'a str,
    role: Option<String>,
    spelled: &'a str,
}

/// The title part of a speaker mention: what comes before the first word of the name
/// ("Ukrainian President Volodymyr Zelensky" → "Ukrainian President").
fn role_of(mention: &str, name: &str) -> Option<String> {
    let first = name.split_whitespace().next()?;
    let at = mention.find(first)?;
    let role = mention[..at].trim().trim_end_matches(',').trim();
    // (Not an article alone: "A Civic Research poll" names no role.)
    let article = ["a", "an", "the", "this", "that"].iter().any(|d| d.eq_ignore_ascii_case(role));
    role.chars().next().filter(|c| c.is_uppercase() && !article).map(|_| role.to_string())
}

#[derive(Default)]
struct Cluster {
    kind: Option<EntityKind>,
    spellings: Vec<(String, usize)>,
    aliases: Vec<String>,
    roles: Vec<Role>,
    articles: Vec<String>,
    surname: String,
    first_names: Vec<String>,
    order: usize,
}

impl Cluster {
    fn note(&mut self, spelling: &str, alias: &str, article: &str) {
        match self.spellings.iter_mut().find(|(s, _)| s == spelling) {
            Some((_, n)) => *n += 1,
            None => self.spellings.push((spelling.to_string(), 1)),
        }
        for a in [spelling, alias] {
            if !a.is_empty() && !self.aliases.iter().any(|x| x == a) {
                self.aliases.push(a.to_string());
            }
        }
        if !self.articles.iter().any(|x| x == article) {
            self.articles.push(article.to_string());
        }
    }
}

/// The places an article's body names, by the gazetteer: (country, start byte, end byte).
/// `sent_toks` are the tokens of each of its sentences.
pub(crate) fn places_in(
    article: &Article,
    sent_toks: &super::statements::SentenceTokens,
) -> Vec<(&'static str, usize, usize)> {
    let mut out = Vec::new();
    let g = gazetteer();
    for toks in sent_toks.iter() {
        let mut k = 0;
        while k < toks.len() {
            let t = &toks[k];
            if !(t.is_word() && t.is_capitalized()) || article.in_region(t.start) {
                k += 1;
                continue;
            }
            // The longest run of words starting here that the gazetteer knows: capitalised
            // words, with "of", "and", "the" between them ("Republic of the Congo").
            // Only a word that begins a longer form can begin a run (asked only when the
            // next word could continue one).
            let joins =
                |w: &super::names::Token| w.is_word() && (w.is_capitalized() || matches!(w.text, "of" | "and" | "the"));
            let longer = toks.get(k + 1).is_some_and(joins) && g.first_words.contains(t.text);
            let max_words = if longer { g.max_words } else { 1 };
            let mut run = 1;
            while run < max_words && k + run < toks.len() && joins(&toks[k + run]) {
                run += 1;
            }
            let found = (1..=run).rev().find_map(|n| {
                let end = toks[k + n - 1].end();
                country_of(&article.text[t.start..end]).map(|c| (n, c, end))
            });
            let Some((n, country, end)) = found else {
                k += 1;
                continue;
            };
            out.push((country, t.start, end));
            k += n;
        }
    }
    out
}

/// Builds the entities of a set of analysed articles and points every statement's speaker
/// at its entity id. `places[i]` are the places of `articles[i]` ([`places_in`]).
pub(crate) fn link(
    articles: &[Article],
    places: &[Vec<(&'static str, usize, usize)>],
    statements: &mut [Statement],
) -> Vec<Entity> {
    let mut clusters: Vec<Cluster> = Vec::new();
    let mut order = 0;
    let mut next_order = || {
        order += 1;
        order
    };
    // Which cluster each statement's speaker went to.
    let mut assigned: Vec<Option<usize>> = vec![None; statements.len()];

    // People first, full names before bare surnames, so a surname can join the one person
    // it names.
    let mut people: Vec<(usize, PersonMention)> = Vec::new();
    for (i, s) in statements.iter().enumerate() {
        let Some(sp) = &s.speaker else { continue };
        // (A group named through "who" has a name and no entity yet: it is a group.)
        let Some(name) = sp.name.as_deref().filter(|_| sp.entity.is_some()) else { continue };
        if country_of(name).is_some() {
            continue;
        }
        let role = role_of(&sp.text, name);
        people.push((i, PersonMention { name, article: &s.article, role, spelled: &sp.text }));
    }
    people.sort_by_key(|(i, p)| (p.name.split_whitespace().count() < 2, *i));
    // People clusters by the skeleton of their surname: spelling variants share it, so a
    // mention is compared only with the clusters it could join.
    let mut by_skeleton: HashMap<String, Vec<usize>, FnvBuild> = HashMap::default();
    for (i, p) in &people {
        let words: Vec<&str> = p.name.split_whitespace().collect();
        let surname = words.last().copied().unwrap_or("");
        let first = (words.len() >= 2).then(|| words[0]);
        let skel = skeleton(&surname.to_lowercase());
        let candidates: Vec<usize> = by_skeleton
            .get(&skel)
            .into_iter()
            .flatten()
            .copied()
            .filter(|&c| clusters[c].kind == Some(EntityKind::Person) && same_surname(&clusters[c].surname, surname))
            .filter(|&c| match first {
                Some(f) => {
                    clusters[c].first_names.is_empty() || clusters[c].first_names.iter().any(|g| same_surname(g, f))
                }
                None => true,
            })
            .collect();
        let c = match (first, candidates.as_slice()) {
            (_, [one]) => *one,
            (Some(_), [first_match, ..]) => *first_match,
            _ => {
                clusters.push(Cluster {
                    kind: Some(EntityKind::Person),
                    surname: surname.to_string(),
                    order: next_order(),
                    ..Cluster::default()
                });
                by_skeleton.entry(skel.clone()).or_default().push(clusters.len() - 1);
                clusters.len() - 1
            }
        };
        let cluster = &mut clusters[c];
        if let Some(f) = first.filter(|f| !cluster.first_names.iter().any(|g| g == f)) {
            cluster.first_names.push(f.to_string());
        }
        // A one-word mention ("Zelenskyy") is an alias too; a pronoun is not.
        let one_word = p.spelled.split_whitespace().count() == 1;
        let pronoun = names::PRONOUNS.iter().any(|w| p.spelled.eq_ignore_ascii_case(w));
        let alias = if one_word && !pronoun { p.spelled } else { "" };
        cluster.note(p.name, alias, p.article);
        let new_role =
            p.role.as_ref().filter(|role| !cluster.roles.iter().any(|r| r.role == **role && r.article == p.article));
        if let Some(role) = new_role {
            cluster.roles.push(Role { role: role.clone(), article: p.article.to_string() });
        }
        assigned[*i] = Some(c);
    }

    // Places: every gazetteer name in every article's body, and countries as speakers.
    let mut place_of: HashMap<&'static str, usize, FnvBuild> = HashMap::default();
    for (a, found) in articles.iter().zip(places) {
        for &(country, start, end) in found {
            let c = *place_of.entry(country).or_insert_with(|| {
                clusters.push(Cluster { kind: Some(EntityKind::Place), order: next_order(), ..Cluster::default() });
                clusters.len() - 1
            });
            clusters[c].note(country, &a.text[start..end], &a.id);
        }
    }
    for (i, s) in statements.iter().enumerate() {
        let Some(country) = s.speaker.as_ref().and_then(|sp| sp.name.as_deref()).and_then(country_of) else {
            continue;
        };
        let c = *place_of.entry(country).or_insert_with(|| {
            clusters.push(Cluster { kind: Some(EntityKind::Place), order: next_order(), ..Cluster::default() });
            clusters.len() - 1
        });
        clusters[c].note(country, "", &s.article);
        assigned[i] = Some(c);
    }

    // Groups: unnamed speakers that are not pronouns, one entity per wording.
    let mut group_of: HashMap<String, usize, FnvBuild> = HashMap::default();
    for (i, s) in statements.iter().enumerate() {
        let Some(sp) = s.speaker.as_ref().filter(|sp| sp.name.is_none() || sp.entity.is_none()) else { continue };
        let wording = sp.name.as_deref().unwrap_or(&sp.text);
        if wording.split_whitespace().count() == 1 && names::PRONOUNS.iter().any(|p| wording.eq_ignore_ascii_case(p)) {
            continue;
        }
        let key = wording.to_lowercase();
        let c = *group_of.entry(key.clone()).or_insert_with(|| {
            clusters.push(Cluster { kind: Some(EntityKind::Group), order: next_order(), ..Cluster::default() });
            clusters.len() - 1
        });
        clusters[c].note(&key, "", &s.article);
        assigned[i] = Some(c);
    }

    // Number the entities by first appearance and point the speakers at them.
    let mut by_order: Vec<usize> = (0..clusters.len()).collect();
    by_order.sort_by_key(|&c| clusters[c].order);
    let mut id_of = vec![String::new(); clusters.len()];
    for (n, &c) in by_order.iter().enumerate() {
        id_of[c] = format!("e{}", n + 1);
    }
    for (s, c) in statements.iter_mut().zip(&assigned) {
        if let (Some(sp), Some(c)) = (s.speaker.as_mut(), c) {
            sp.entity = Some(id_of[*c].clone());
        }
    }
    by_order
        .into_iter()
        .map(|c| {
            // Each cluster becomes one entity: its lists move, not copied.
            let cl = std::mem::take(&mut clusters[c]);
            // The most used spelling, the fullest on ties.
            let name = cl
                .spellings
                .into_iter()
                .max_by_key(|(s, n)| (*n, s.split_whitespace().count()))
                .map(|(s, _)| s)
                .unwrap_or_default();
            Entity {
                id: std::mem::take(&mut id_of[c]),
                name,
                kind: cl.kind.unwrap_or(EntityKind::Group),
                aliases: cl.aliases,
                roles: cl.roles,
                articles: cl.articles,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_group_named_through_who_is_a_group() {
        let t = "Intro line here.\nThe report gave fresh ammunition to party leaders who say the law is a money pit.\n\nParty leaders said it again.";
        let a = super::super::article::ingest("t.txt", t.as_bytes()).unwrap();
        let analysis = super::super::analysis::analyze(vec![a]);
        let sp = analysis.statements[0].speaker.as_ref().unwrap();
        let entity = analysis.entities.iter().find(|e| Some(&e.id) == sp.entity.as_ref()).unwrap();
        assert_eq!((entity.kind, entity.name.as_str()), (EntityKind::Group, "party leaders"));
        assert!(analysis.entities.iter().all(|e| e.kind != EntityKind::Person), "{:?}", analysis.entities);
    }

    #[test]
    fn skeletons_match_romanisations() {
        assert_eq!(skeleton("Zelensky"), skeleton("Zelenskyy"));
        assert_eq!(skeleton("Zelenskiy"), skeleton("Zelenskyy"));
        assert_eq!(skeleton("Kiev"), skeleton("Kyiv"));
        assert_ne!(skeleton("Trump"), skeleton("Truman"));
        assert!(same_surname("Zelensky", "Zelenskyy"));
        assert!(!same_surname("Putin", "Patton"));
    }

    #[test]
    fn capitals_demonyms_and_abbreviations_map_to_countries() {
        for (phrase, country) in [
            ("Kyiv", "Ukraine"),
            ("Kiev", "Ukraine"),
            ("Ukrainian", "Ukraine"),
            ("Moscow", "Russia"),
            ("Washington", "United States"),
            ("U.S.", "United States"),
            ("U.K.", "United Kingdom"),
            ("Paris", "France"),
            ("French", "France"),
            ("Berlin", "Germany"),
        ] {
            assert_eq!(country_of(phrase), Some(country), "{phrase}");
        }
        for not in ["Zelensky", "Trump", "Monday", "Kive"] {
            assert_eq!(country_of(not), None, "{not}");
        }
    }

    #[test]
    fn roles_are_the_titles_before_the_name() {
        assert_eq!(
            role_of("Ukrainian President Volodymyr Zelensky", "Volodymyr Zelensky").as_deref(),
            Some("Ukrainian President")
        );
        assert_eq!(
            role_of("President Volodymyr Volodymyr Zelenskyy", "Volodymyr Zelenskyy").as_deref(),
            Some("President")
        );
        assert_eq!(role_of("Zelensky", "Volodymyr Zelensky"), None);
        assert_eq!(role_of("A Civic Research poll", "Civic Research"), None);
        assert_eq!(role_of("Councillor Tom Hale", "Tom Hale").as_deref(), Some("Councillor"));
    }
}
