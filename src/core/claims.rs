//! Claims: the sentences of different articles that report the same thing, found without
//! comparing every sentence with every other.
//!
//! Each body sentence becomes a bag of content terms: lowercase words without stop words,
//! cut to a light stem ("deploying", "deployment", "deployed" → "deploy") and mapped
//! through a small table of general news synonyms ("troops", "forces", "soldiers" → one
//! term). Terms are weighted by rarity (tf-idf) and each bag is normalised, so the cosine of
//! two bags says how much rare wording they share. Numbers are not terms: two sentences that
//! share only "30" are not the same claim ("over 30 countries", "more than 30 documents").
//!
//! Candidates come from an inverted index over each sentence's rarest terms (a term in more
//! than [`CAP`] sentences is too common to propose a pair), so the work grows with the
//! postings, not with the square of the sentences; each candidate pair is then verified by
//! its full cosine, plus evidence beyond wording: one voice (the same speaker, or speakers
//! of one side: "Zelensky" and "Ukrainian officials"), the same stance of that voice
//! ("absolutely unacceptable" and "ruled out"), and durations that agree once normalised
//! ("7 to 10 days" and "a week to week-and-a-half"). The words naming a speaker are not
//! wording: the voice counts once. Pairs from different articles that pass are joined
//! into claims.

use std::collections::HashMap;

use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};

use super::analysis::Analysis;
use super::names;
use super::segment::sentences;
use super::timex::TimexType;

/// A word in more sentences than this does not propose candidate pairs (it is too common
/// to point at one claim; pairs that share only common words are not linked anyway).
pub const CAP: usize = 64;
/// How many of a sentence's rarest words propose candidate pairs.
const PROPOSERS: usize = 8;

/// The bit that marks a term id as a pair of words.
const PAIR: u32 = 1 << 31;

/// The score a pair of sentences needs to report the same claim (pair precision 0.95 on
/// ECB+ at this threshold, with recall 0.026: links are few and mostly right).
pub const THRESHOLD: f64 = 0.6;

/// One article's sentence (or statement) in a claim (byte offsets).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Member {
    /// The article's id.
    pub article: String,
    /// Start byte of the sentence.
    pub start: usize,
    /// End byte.
    pub end: usize,
    /// The statement in that sentence, if any.
    pub statement: Option<String>,
}

/// Sentences of several articles that report the same thing.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    /// `c1`, `c2`… in order of first member.
    pub id: String,
    /// The members, in article order then text order.
    pub members: Vec<Member>,
    /// The strongest link's score (0 to about 1.4).
    pub score: f64,
}

/// A sentence as the comparison sees it.
#[derive(Debug)]
pub(crate) struct Unit {
    pub article: usize,
    pub start: usize,
    pub end: usize,
    pub statement: Option<usize>,
    /// (term, weight), sorted by term, weights normalised to unit length.
    pub terms: Vec<(u32, f32)>,
    /// Durations named in the sentence, in days (min, max).
    pub durations: Option<(f64, f64)>,
    /// The speaker's entity, when the sentence holds a statement.
    pub speaker: Option<String>,
    /// The country the speaker speaks for, when their words or titles say
    /// ("Ukrainian officials", "Russian Foreign Minister Sergei Lavrov").
    pub side: Option<&'static str>,
    /// The stance its words take, when they reject or support something (the term id of
    /// "reject" or "support": "ruled out", "unacceptable"; "welcomed", "endorsed").
    pub stance: Option<u32>,
    /// Number of distinct content terms.
    pub n_terms: usize,
    /// The story of its article (sentences of different stories are never one claim).
    pub story: usize,
}

const STOP: &[&str] = &[
    "a",
    "about",
    "above",
    "after",
    "again",
    "against",
    "all",
    "also",
    "am",
    "an",
    "and",
    "any",
    "are",
    "as",
    "at",
    "be",
    "because",
    "been",
    "before",
    "being",
    "below",
    "between",
    "both",
    "but",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "doing",
    "down",
    "during",
    "each",
    "even",
    "few",
    "for",
    "from",
    "further",
    "had",
    "has",
    "have",
    "having",
    "he",
    "her",
    "here",
    "hers",
    "herself",
    "him",
    "himself",
    "his",
    "how",
    "i",
    "if",
    "in",
    "into",
    "is",
    "it",
    "its",
    "itself",
    "just",
    "may",
    "me",
    "might",
    "more",
    "most",
    "much",
    "must",
    "my",
    "myself",
    "no",
    "nor",
    "not",
    "now",
    "of",
    "off",
    "on",
    "once",
    "only",
    "or",
    "other",
    "our",
    "ours",
    "ourselves",
    "out",
    "over",
    "own",
    "said",
    "same",
    "say",
    "says",
    "she",
    "should",
    "so",
    "some",
    "such",
    "than",
    "that",
    "the",
    "their",
    "theirs",
    "them",
    "themselves",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "through",
    "to",
    "too",
    "under",
    "until",
    "up",
    "very",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "which",
    "while",
    "who",
    "whom",
    "why",
    "will",
    "with",
    "would",
    "you",
    "your",
    "yours",
    "yourself",
    "yourselves",
    "told",
    "according",
    "mr",
    "mrs",
    "ms",
    "s",
    "t",
    "one's",
    "also",
    "still",
    "yet",
    "however",
    "many",
    "several",
    "new",
    "within",
    "across",
    "amid",
    "among",
    "since",
    "per",
    "via",
    "upon",
];

/// General synonyms of news writing, each group mapped to its first word. These are
/// thesaurus groups (any story), not a story's vocabulary.
const SYNONYMS: &[&[&str]] = &[
    &["troop", "force", "soldier", "personnel", "military"],
    &["attack", "strike", "assault", "raid"],
    &["reject", "refuse", "oppose", "dismiss", "unacceptable", "deny", "veto", "condemn"],
    &["support", "endorse", "welcome", "favor", "favour", "approve", "champion"],
    &["guarantee", "assurance", "commitment", "pledge", "promise"],
    &["agreement", "deal", "accord", "treaty", "pact", "memorandum"],
    &["talk", "negotiation", "discussion", "meeting", "summit"],
    &["country", "nation"],
    &["fail", "failure", "collapse"],
    &["prevent", "stop", "deter", "avert"],
    &["kill", "dead", "death", "die"],
    &["injure", "wound", "hurt"],
    &["deploy", "deployment", "send", "station", "presence"],
    &["consider", "treat", "regard", "deem"],
    &["ally", "partner"],
    &["protection", "protect", "security", "defence", "defense", "safety"],
    &["war", "conflict", "fighting"],
    &["ceasefire", "truce", "armistice"],
    &["invasion", "invade", "incursion", "aggression"],
    &["president", "leader"],
    &["week", "weeks"],
];

fn stop_words() -> &'static std::collections::HashSet<&'static str> {
    static SET: std::sync::OnceLock<std::collections::HashSet<&'static str>> = std::sync::OnceLock::new();
    SET.get_or_init(|| STOP.iter().copied().collect())
}

fn synonym_table() -> &'static HashMap<&'static str, &'static str> {
    static TABLE: std::sync::OnceLock<HashMap<&'static str, &'static str>> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t = HashMap::new();
        for group in SYNONYMS {
            for w in *group {
                t.insert(*w, group[0]);
            }
        }
        t
    })
}

/// A light English stem: plural and verb endings and a few derivational suffixes cut, so
/// the forms of one word meet ("agreements" → "agreement", "deploying" → "deploy").
pub(crate) fn stem(word: &str) -> String {
    let w = word.trim_end_matches("'s").trim_end_matches("’s");
    let mut s = w.to_string();
    for (suffix, keep) in [
        ("ies", "y"),
        ("ied", "y"),
        ("ments", ""),
        ("ment", ""),
        ("ings", ""),
        ("ing", ""),
        ("ed", ""),
        ("ly", ""),
        ("es", ""),
        ("s", ""),
    ] {
        if s.len() > suffix.len() + 3 && s.ends_with(suffix) && !s.ends_with("ss") {
            s.truncate(s.len() - suffix.len());
            s.push_str(keep);
            break;
        }
    }
    // "deploy" from "deploy(ed)", "stat(e)" from "stat(ed)": drop a final e so both meet.
    if s.len() > 4 && s.ends_with('e') {
        s.pop();
    }
    s
}

/// The canonical term of a word, or None for stop words, numbers and punctuation.
pub(crate) fn term(word: &str) -> Option<String> {
    if !word.chars().next().is_some_and(char::is_alphabetic) {
        return None;
    }
    let lower = word.to_lowercase();
    if lower.len() < 2 || stop_words().contains(lower.as_str()) {
        return None;
    }
    let syn = synonym_table();
    let st = stem(&lower);
    let singular = lower.strip_suffix('s').unwrap_or(&lower);
    let st_e = format!("{st}e");
    let canonical = [lower.as_str(), singular, st.as_str(), st_e.as_str()].into_iter().find_map(|w| syn.get(w));
    Some(canonical.map_or(st, |c| (*c).to_string()))
}

/// A TimeML duration value in days ("P10D" → 10, "P1.5W" → 10.5), or None.
pub(crate) fn duration_days(value: &str) -> Option<f64> {
    let v = value.strip_prefix('P')?;
    let unit = v.chars().last()?;
    let n: f64 = v[..v.len() - 1].parse().ok()?;
    let per = match unit {
        'D' => 1.0,
        'W' => 7.0,
        'M' => 30.0,
        'Y' => 365.0,
        _ => return None,
    };
    Some(n * per)
}

/// The id of term `t`, a new one if it is new.
fn intern(t: String, dict: &mut FxHashMap<String, u32>, next: &mut u32) -> u32 {
    *dict.entry(t).or_insert_with(|| {
        *next += 1;
        *next - 1
    })
}

/// The comparable sentences of every article.
pub(crate) fn units(analysis: &Analysis) -> (Vec<Unit>, usize) {
    // Terms and pairs of terms share one id space (pairs carry the PAIR bit).
    let mut dict: FxHashMap<String, u32> = FxHashMap::default();
    let mut pairs: FxHashMap<(u32, u32), u32> = FxHashMap::default();
    let mut memo: FxHashMap<&str, Option<u32>> = FxHashMap::default();
    let mut next: u32 = 0;
    // The terms of the two stances a sentence can take (see `Unit::stance`).
    let stances = [intern("reject".into(), &mut dict, &mut next), intern("support".into(), &mut dict, &mut next)];
    let mut raw: Vec<(Unit, Vec<u32>)> = Vec::new();
    let mut by_article: HashMap<&str, Vec<(usize, &super::statements::Statement)>> = HashMap::new();
    for (i, s) in analysis.statements.iter().enumerate() {
        by_article.entry(s.article.as_str()).or_default().push((i, s));
    }
    // Sentences of articles on different events (stories) are never one claim, however
    // alike their wording ("entered rehab for a 90-day stay", "for a 30-day stay").
    let mut story_of = vec![usize::MAX; analysis.articles.len()];
    let position: HashMap<&str, usize> =
        analysis.articles.iter().enumerate().map(|(i, a)| (a.id.as_str(), i)).collect();
    for (k, story) in analysis.stories.iter().enumerate() {
        for id in &story.articles {
            if let Some(&i) = position.get(id.as_str()) {
                story_of[i] = k;
            }
        }
    }
    let entity_roles: HashMap<&str, &Vec<super::entities::Role>> =
        analysis.entities.iter().map(|e| (e.id.as_str(), &e.roles)).collect();
    for (ai, article) in analysis.articles.iter().enumerate() {
        let text = article.text.as_str();
        let statements = by_article.get(article.id.as_str()).map_or(&[][..], Vec::as_slice);
        let timexes = analysis.timexes.get(ai).map_or(&[][..], Vec::as_slice);
        for s in sentences(text) {
            // Body sentences and the headline; not section labels, bylines or boilerplate.
            let region = article.regions.iter().find(|r| r.start <= s.start && s.start < r.end);
            if region.is_some_and(|r| r.kind != super::article::RegionKind::Headline) {
                continue;
            }
            let statement = statements.iter().find(|(_, st)| st.start < s.end && s.start < st.end);
            let toks = names::tokenize(text, s.start, s.end);
            // Who speaks is compared as a voice (speaker, side), not as wording: the words
            // naming the speaker are not terms ("Ukrainian President Volodymyr Zelensky has
            // said…" and "Ukrainian President Volodymyr Zelensky has made…" share no claim).
            // Only a named speaker is a voice; "the treaty says" keeps its words.
            let named = statement
                .and_then(|(_, st)| st.speaker.as_ref())
                .filter(|sp| sp.name.is_some())
                .map_or(0..0, |sp| sp.start..sp.end);
            let mut words: Vec<u32> = Vec::new();
            let mut k = 0;
            while k < toks.len() {
                if named.contains(&toks[k].start) {
                    k += 1;
                    continue;
                }
                // Two-word verbs of rejection ("ruled out") are one term.
                if names::rules_out(&toks, k) {
                    words.push(intern("reject".to_string(), &mut dict, &mut next));
                    k += 2;
                    continue;
                }
                // Each distinct spelling is turned into a term once.
                let word = toks[k].text;
                let id = *memo.entry(word).or_insert_with(|| {
                    term(word).map(|t| {
                        // A demonym or capital is its country ("Ukrainian" → "ukraine").
                        let t = super::entities::country_of(word).map_or(t, |c| c.to_lowercase());
                        intern(t, &mut dict, &mut next)
                    })
                });
                words.extend(id);
                k += 1;
            }
            if words.len() < 4 {
                continue;
            }
            // A negated sentence takes no stance ("have not ruled out", "did not welcome").
            let negated = toks.iter().any(names::is_negation);
            let stance = words.iter().copied().find(|w| stances.contains(w)).filter(|_| !negated);
            let mut ids: Vec<u32> = Vec::with_capacity(words.len() * 3);
            for (p, &w) in words.iter().enumerate() {
                ids.push(w);
                // Pairs of terms close together, in either order: shared phrasing
                // ("attack on one", "troops … in Ukraine") is stronger evidence than words.
                for &q in words.iter().skip(p + 1).take(2) {
                    if q != w {
                        let key = (w.min(q), w.max(q));
                        let id = *pairs.entry(key).or_insert_with(|| {
                            next += 1;
                            next - 1
                        });
                        ids.push(id | PAIR);
                    }
                }
            }
            let days: Vec<f64> = timexes
                .iter()
                .filter(|t| t.kind == TimexType::Duration && s.start <= t.start && t.end <= s.end)
                .filter_map(|t| duration_days(&t.value))
                .collect();
            let durations = (!days.is_empty())
                .then(|| (days.iter().copied().fold(f64::MAX, f64::min), days.iter().copied().fold(0.0, f64::max)));
            raw.push((
                Unit {
                    article: ai,
                    start: s.start,
                    end: s.end,
                    statement: statement.map(|(i, _)| *i),
                    terms: Vec::new(),
                    durations,
                    speaker: statement.and_then(|(_, st)| st.speaker.as_ref().and_then(|sp| sp.entity.clone())),
                    side: statement.and_then(|(_, st)| st.speaker.as_ref()).and_then(|sp| {
                        let roles =
                            sp.entity.as_deref().and_then(|id| entity_roles.get(id).copied()).into_iter().flatten();
                        // The word before the mention too: "Ukrainian officials" may be
                        // mentioned as "officials".
                        let before = text[..sp.start.min(text.len())].split_whitespace().next_back().unwrap_or("");
                        std::iter::once(sp.text.as_str())
                            .chain(sp.name.as_deref())
                            .chain(std::iter::once(before))
                            .chain(roles.map(|r| r.role.as_str()))
                            .flat_map(str::split_whitespace)
                            .find_map(super::entities::country_of)
                    }),
                    stance,
                    n_terms: 0,
                    story: story_of[ai],
                },
                ids,
            ));
        }
    }
    // Document frequencies, then normalised tf-idf vectors.
    let mut df = vec![0u32; next as usize];
    for (_, ids) in &mut raw {
        ids.sort_unstable();
        ids.dedup();
        for &id in ids.iter() {
            df[(id & !PAIR) as usize] += 1;
        }
    }
    let n = raw.len().max(1) as f64;
    let units = raw
        .into_iter()
        .map(|(mut u, ids)| {
            let mut terms: Vec<(u32, f32)> = Vec::new();
            for id in ids {
                match terms.last_mut() {
                    Some((last, w)) if *last == id => *w += 1.0,
                    _ => terms.push((id, 1.0)),
                }
            }
            // Each distinct term weighs its rarity (idf, scaled to 0..1 by the collection's size so
            // that scores mean the same for 5 articles and for 5,000); repeats do not count twice.
            for (id, w) in &mut terms {
                *w = ((n / f64::from(df[(*id & !PAIR) as usize])).ln() / n.ln().max(1.0)).max(0.0) as f32;
            }
            u.n_terms = terms.len();
            u.terms = terms;
            u
        })
        .collect();
    (units, next as usize)
}

/// The rarity-weighted share of the shorter sentence's terms that the other one has too
/// (an overlap coefficient), the number of shared words, and the number of shared word
/// pairs at least `rare` (their idf: pairs that few sentences have).
fn overlap(a: &[(u32, f32)], b: &[(u32, f32)], rare: f32) -> (f64, usize, usize) {
    let (mut i, mut j, mut shared_w, mut shared, mut phrases) = (0, 0, 0.0f64, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared_w += f64::from(a[i].1);
                shared += usize::from(a[i].0 & PAIR == 0);
                phrases += usize::from(a[i].0 & PAIR != 0 && a[i].1 >= rare);
                i += 1;
                j += 1;
            }
        }
    }
    let total = |v: &[(u32, f32)]| v.iter().map(|(_, w)| f64::from(*w)).sum::<f64>();
    let smaller = total(a).min(total(b)).max(1e-6);
    // Half the share of the shorter sentence, half the rare wording shared in absolute
    // terms (saturating at MASS): long paraphrases share much, short ones share most.
    (0.5 * shared_w / smaller + 0.5 * (shared_w / MASS).min(1.0), shared, phrases)
}

/// What one voice adds to a pair of statements' score.
const VOICE: f64 = 0.15;

/// The rarity-weighted shared wording that counts as fully shared: five of the rarest
/// words (or more of commoner ones).
const MASS: f64 = 5.0;

/// How well two sentences of different articles report the same thing: the weighted
/// overlap of their wording, plus [`VOICE`] for one voice (the same speaker or side), 0.2
/// for durations that agree within a quarter (0.2 more from the same speaker) and 0.2 for
/// one voice's same stance; 0 when they share fewer than two content terms.
pub(crate) fn score(a: &Unit, b: &Unit, rare: f32) -> f64 {
    let (ov, shared, phrases) = overlap(&a.terms, &b.terms, rare);
    if shared < 2 {
        return 0.0;
    }
    let durations_agree = match (a.durations, b.durations) {
        (Some((a0, a1)), Some((b0, b1))) => {
            let close = |x: f64, y: f64| (x - y).abs() <= 0.25 * x.max(y);
            close(a0, b0) && close(a1, b1)
        }
        _ => false,
    };
    let same_speaker = a.speaker.is_some() && a.speaker == b.speaker;
    // One voice: the same speaker, or two voices of one side ("Zelensky" and "Ukrainian
    // officials"; "Lavrov" and "Russia"). Their names are not wording (see `units`), so the
    // voice counts here, once.
    let one_voice = same_speaker || (a.side.is_some() && a.side == b.side);
    // One voice taking the same stance (rejecting, supporting) on the same thing: "labelled
    // any European military presence on Ukrainian soil absolutely unacceptable" and
    // "ruled out the deployment of NATO personnel in Ukraine".
    let same_stance = one_voice && a.stance.is_some() && a.stance == b.stance && shared >= 3;
    // Shared words alone are topic, not claim: the same phrasing (two words close together
    // in both), the same durations or the same stance of one voice must be there too.
    if phrases < PHRASES && !durations_agree && !same_stance {
        return 0.0;
    }
    let mut s = ov;
    if one_voice {
        s += VOICE;
    }
    if same_stance {
        s += 0.2;
    }
    if durations_agree {
        s += 0.2;
        // The same person naming the same span of time on a shared subject: two
        // independent kinds of evidence that together leave little doubt.
        if same_speaker {
            s += 0.2;
        }
    }
    s
}

/// The idf a word pair needs to count as phrasing: one that at most as many sentences
/// have as there are articles (a claim is told about once per article).
pub(crate) fn rare_phrase(units: &[Unit]) -> f32 {
    let articles = units.iter().map(|u| u.article).max().map_or(1, |m| m + 1);
    let n = units.len().max(2) as f64;
    ((n / articles.max(2) as f64).ln() / n.ln()).max(0.0) as f32
}

/// How many word pairs two sentences must share (unless their durations agree).
const PHRASES: usize = 2;

/// Candidate pairs (i < j, different articles) through an inverted index of the terms
/// that are not too common, each with its score; only pairs at or above `threshold`.
pub(crate) fn linked_pairs(units: &[Unit], n_terms: usize, threshold: f64) -> Vec<(usize, usize, f64)> {
    let phrase_idf = rare_phrase(units);
    let mut postings: Vec<Vec<u32>> = vec![Vec::new(); n_terms];
    for (i, u) in units.iter().enumerate() {
        for &(t, _) in &u.terms {
            postings[(t & !PAIR) as usize].push(i as u32);
        }
    }
    let cap = CAP;
    let mut out = Vec::new();
    let mut seen: std::collections::BTreeSet<u32> = std::collections::BTreeSet::new();
    // Sentences naming durations are candidates for each other (few sentences do).
    let with_durations: Vec<u32> =
        units.iter().enumerate().filter(|(_, u)| u.durations.is_some()).map(|(i, _)| i as u32).collect();
    // Each unit's rarest words propose its candidates (prefix filtering): a pair that
    // shares none of either side's cannot share enough to be linked.
    let proposers: Vec<Vec<u32>> = units
        .iter()
        .map(|u| {
            let mut rare: Vec<(u32, f32)> = u.terms.iter().copied().filter(|(t, _)| t & PAIR == 0).collect();
            rare.sort_by(|a, b| b.1.total_cmp(&a.1));
            let mut p: Vec<u32> = rare.iter().take(PROPOSERS).map(|(t, _)| *t).collect();
            p.sort_unstable();
            p
        })
        .collect();
    let has = |u: &Unit, t: u32| u.terms.binary_search_by_key(&t, |(id, _)| *id).is_ok();
    for (i, u) in units.iter().enumerate() {
        seen.clear();
        if u.durations.is_some() && with_durations.len() <= cap * 4 {
            for &j in &with_durations {
                if (j as usize) > i && units[j as usize].article != u.article && units[j as usize].story == u.story {
                    seen.insert(j);
                }
            }
        }
        for &t in &proposers[i] {
            let list = &postings[t as usize];
            if list.len() > cap {
                continue;
            }
            for &j in list {
                let (v, j) = (&units[j as usize], j as usize);
                if j == i || v.article == u.article || v.story != u.story {
                    continue;
                }
                // A pair is scored once, by its first unit, or by its second when the
                // first's own rare words did not propose it.
                let proposed_by_j = || proposers[j].iter().any(|&t| postings[t as usize].len() <= cap && has(u, t));
                if j > i || !proposed_by_j() {
                    seen.insert(j as u32);
                }
            }
        }
        for &j in &seen {
            let s = score(u, &units[j as usize], phrase_idf);
            if s >= threshold {
                out.push((i.min(j as usize), i.max(j as usize), s));
            }
        }
    }
    out
}

fn find(parent: &mut [usize], mut x: usize) -> usize {
    while parent[x] != x {
        parent[x] = parent[parent[x]];
        x = parent[x];
    }
    x
}

/// Groups the sentences of different articles that report the same thing.
pub fn claims(analysis: &Analysis) -> Vec<Claim> {
    // A claim joins sentences of different articles: one article has none.
    if analysis.articles.len() < 2 {
        return Vec::new();
    }
    let (units, n_terms) = units(analysis);
    let mut pairs = linked_pairs(&units, n_terms, THRESHOLD);
    // Strongest links first; two groups merge only if every pair across them (from
    // different articles) is linked at least loosely (complete linkage: no chains of
    // sentences each like the next but not like the first).
    pairs.sort_by(|a, b| b.2.total_cmp(&a.2).then((a.0, a.1).cmp(&(b.0, b.1))));
    let phrase_idf = rare_phrase(&units);
    let mut parent: Vec<usize> = (0..units.len()).collect();
    let mut members: HashMap<usize, Vec<usize>> = HashMap::new();
    let mut best = vec![0.0f64; units.len()];
    for &(i, j, s) in &pairs {
        let (a, b) = (find(&mut parent, i), find(&mut parent, j));
        if a == b {
            continue;
        }
        let ga = members.get(&a).cloned().unwrap_or_else(|| vec![a]);
        let gb = members.get(&b).cloned().unwrap_or_else(|| vec![b]);
        let coherent = ga.iter().all(|&x| {
            gb.iter().all(|&y| {
                units[x].article == units[y].article || score(&units[x], &units[y], phrase_idf) >= 0.5 * THRESHOLD
            })
        });
        if !coherent {
            continue;
        }
        parent[b] = a;
        let mut merged = ga;
        merged.extend(gb);
        members.remove(&b);
        members.insert(a, merged);
        best[i] = best[i].max(s);
        best[j] = best[j].max(s);
    }
    let groups: HashMap<usize, Vec<usize>> = members.into_iter().filter(|(_, g)| g.len() > 1).collect();
    let mut out: Vec<Vec<usize>> = groups.into_values().collect();
    for g in &mut out {
        g.sort_by_key(|&k| (units[k].article, units[k].start));
    }
    out.sort_by_key(|g| (units[g[0]].article, units[g[0]].start));
    out.into_iter()
        .enumerate()
        .map(|(n, g)| Claim {
            id: format!("c{}", n + 1),
            score: g.iter().map(|&k| best[k]).fold(0.0, f64::max),
            members: g
                .iter()
                .map(|&k| {
                    let u = &units[k];
                    Member {
                        article: analysis.articles[u.article].id.clone(),
                        start: u.start,
                        end: u.end,
                        statement: u.statement.map(|s| analysis.statements[s].id.clone()),
                    }
                })
                .collect(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems_meet() {
        assert_eq!(stem("deploying"), stem("deployed"));
        assert_eq!(stem("agreements"), stem("agreement"));
        assert_eq!(term("troops"), term("forces"));
        assert_eq!(term("memorandums"), term("agreements"));
        assert_eq!(term("30"), None);
        assert_eq!(term("the"), None);
    }

    fn analysed(texts: &[&str]) -> Analysis {
        use crate::core::{analyze, ingest};
        analyze(texts.iter().enumerate().map(|(i, t)| ingest(&format!("{i}.txt"), t.as_bytes()).unwrap()).collect())
    }

    #[test]
    fn the_same_report_in_other_words_is_one_claim_and_a_shared_number_is_not() {
        let filler = "The weather was mild. Markets opened higher. A new bridge was opened in the north. Schools reopened after the holiday. Traffic was light on the main roads.";
        let a = analysed(&[
            &format!(
                "{filler}\nThe alliance treats an attack on one member as an attack on all members, the treaty says.\nOver 30 countries joined the talks."
            ),
            "Rain fell in the south. Prices of bread rose. The museum hosted a new show. A strike closed the port. Fishermen stayed home.\nUnder the treaty, an attack on one member is considered an attack on all members.\nThe envoy carried more than 30 documents.",
        ]);
        assert_eq!(a.claims.len(), 1, "{:#?}", a.claims);
        assert_eq!(a.claims[0].members.len(), 2);
        let t = &a.articles[1].text;
        let m = &a.claims[0].members[1];
        assert!(t[m.start..m.end].contains("attack on one member is considered"));
    }

    #[test]
    fn the_same_speaker_naming_the_same_span_of_time_is_one_claim() {
        let filler = "Heavy rain fell across the southern valleys overnight. Bread prices rose again in city bakeries. The national museum opened a large painting show. A dock strike closed the northern port.";
        let other = "Local fishermen stayed home during rough seas. The old railway bridge reopened after long repairs. Primary schools closed early for winter holidays. Stock markets traded calmly all week.";
        let a = analysed(&[
            &format!(
                "{filler}\nMinister Anna Berg said the new grain export corridor should open within the next 7 to 10 days."
            ),
            &format!(
                "{other}\n“We hope that in the coming week to week-and-a-half the grain exports can finally resume,” said Anna Berg."
            ),
        ]);
        assert_eq!(a.claims.len(), 1, "{:#?}", a.claims);
        // Another speaker naming the same span on the same subject is not enough.
        let a = analysed(&[
            &format!(
                "{filler}\nMinister Anna Berg said the new grain export corridor should open within the next 7 to 10 days."
            ),
            &format!(
                "{other}\n“We hope that in the coming week to week-and-a-half the grain exports can finally resume,” said Karl Lund."
            ),
        ]);
        assert!(a.claims.is_empty(), "{:#?}", a.claims);
    }

    #[test]
    fn one_voice_taking_the_same_stance_on_the_same_thing_is_one_claim() {
        let filler = "Heavy rain fell across the southern valleys overnight. Bread prices rose again in city bakeries. The national museum opened a large painting show. A dock strike closed the northern port.";
        let other = "Local fishermen stayed home during rough seas. The old railway bridge reopened after long repairs. Primary schools closed early for winter holidays. Stock markets traded calmly all week.";
        // Both articles are on one story (the talks in Brasilia); is the sentence of the
        // second with "They" one claim with another?
        // The deployment of troops in Brazil is the story's topic, in both articles.
        let context = "Envoys of several governments met in Brasilia on Monday to discuss the border crisis. Deploying troops in Brazil was on the table. The deployment of troops in Brazil would need a vote.";
        let pair = |first: &str, second: &str| {
            let a = analysed(&[&format!("{filler}\n{context}\n{first}"), &format!("{other}\n{context}\n{second}")]);
            let second = &a.articles[1];
            let is_second = |m: &Member| m.article == second.id && second.text[m.start..m.end].contains("They");
            a.claims.iter().filter(|c| c.members.iter().any(is_second)).count()
        };
        // A minister of one country and the country itself, rejecting foreign soldiers
        // on its soil in other words.
        let lavrov = "Brazilian Foreign Minister Paulo Duarte labelled any foreign military presence on Brazilian soil as “absolutely unacceptable.”";
        let brazil = "In reaction, Brazil issued a warning. They completely ruled out the deployment of NATO personnel in Brazil.";
        assert_eq!(pair(lavrov, brazil), 1);
        // Another country's voice rejecting the same thing is another claim.
        let chile = "In reaction, Chile issued a warning. They completely ruled out the deployment of NATO personnel in Brazil.";
        assert_eq!(pair(lavrov, chile), 0);
        // The same voice supporting it is not the same claim either.
        let welcome =
            "In reaction, Brazil issued a statement. They welcomed the deployment of NATO personnel in Brazil.";
        assert_eq!(pair(lavrov, welcome), 0);
    }

    #[test]
    fn durations_in_days() {
        assert_eq!(duration_days("P10D"), Some(10.0));
        assert_eq!(duration_days("P1.5W"), Some(10.5));
        assert_eq!(duration_days("PXD"), None);
        assert_eq!(duration_days("P2Y"), Some(730.0));
    }
}

#[cfg(test)]
mod ecbplus {
    //! Sentence links against ECB+ (`../shared/corpora/ecbplus-dev`): two sentences of
    //! different articles of one topic report the same thing when they mention the same
    //! event (a cross-document event chain). Only annotated sentences count. Prints pair
    //! precision and recall at several thresholds; skips when the corpus is absent.
    use super::*;
    use crate::core::{analyze, ingest};
    use std::collections::{BTreeMap, HashSet};

    #[derive(serde::Deserialize)]
    struct Gold {
        topics: BTreeMap<String, Topic>,
    }
    #[derive(serde::Deserialize)]
    struct Topic {
        docs: BTreeMap<String, Doc>,
        event_chains_cross_doc: Vec<Chain>,
    }
    #[derive(serde::Deserialize)]
    struct Doc {
        coref_annotated_sentences: Vec<usize>,
    }
    #[derive(serde::Deserialize)]
    struct Chain {
        mentions: Vec<Mention>,
    }
    #[derive(serde::Deserialize)]
    struct Mention {
        doc: String,
        sentence: usize,
    }

    #[test]
    fn sentence_links_on_ecbplus() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpora/ecbplus-dev");
        let Ok(json) = std::fs::read_to_string(root.join("gold.json")) else {
            eprintln!("skipped: {} is absent (development corpora)", root.display());
            return;
        };
        let gold: Gold = serde_json::from_str(&json).unwrap();
        let thresholds = [0.4, 0.5, THRESHOLD, 0.7];
        let mut hist = [0usize; 11];
        let (mut tp, mut fp, mut n_gold) = (vec![0usize; thresholds.len()], vec![0usize; thresholds.len()], 0usize);
        for (topic, t) in &gold.topics {
            let names: Vec<&String> = t.docs.keys().collect();
            let articles = names
                .iter()
                .map(|n| {
                    ingest(&format!("{n}.txt"), &std::fs::read(root.join(topic).join(format!("{n}.txt"))).unwrap())
                        .unwrap()
                })
                .collect();
            let a = analyze(articles);
            let annotated: HashSet<(usize, usize)> = names
                .iter()
                .enumerate()
                .flat_map(|(i, n)| t.docs[*n].coref_annotated_sentences.iter().map(move |&s| (i, s)))
                .collect();
            let doc_index: BTreeMap<&str, usize> = names.iter().enumerate().map(|(i, n)| (n.as_str(), i)).collect();
            let mut positive: HashSet<((usize, usize), (usize, usize))> = HashSet::new();
            for c in &t.event_chains_cross_doc {
                let ms: Vec<(usize, usize)> =
                    c.mentions.iter().filter_map(|m| Some((*doc_index.get(m.doc.as_str())?, m.sentence))).collect();
                for x in &ms {
                    for y in &ms {
                        if x.0 < y.0 {
                            positive.insert((*x, *y));
                        }
                    }
                }
            }
            n_gold += positive.len();
            let (units, n) = units(&a);
            let line = |u: &Unit| a.articles[u.article].text[..u.start].matches('\n').count();
            // Diagnostics: the score of every gold pair, candidate or not.
            let by_line: BTreeMap<(usize, usize), Vec<usize>> =
                units.iter().enumerate().fold(BTreeMap::new(), |mut m, (k, u)| {
                    m.entry((u.article, line(u))).or_insert_with(Vec::new).push(k);
                    m
                });
            for (x, y) in positive.iter().filter(|(x, y)| annotated.contains(x) && annotated.contains(y)) {
                let best = by_line
                    .get(x)
                    .into_iter()
                    .flatten()
                    .flat_map(|&i| by_line.get(y).into_iter().flatten().map(move |&j| (i, j)))
                    .map(|(i, j)| score(&units[i], &units[j], rare_phrase(&units)))
                    .fold(-1.0, f64::max);
                let bucket = if best < 0.0 { 0 } else { 1 + ((best * 10.0) as usize).min(9) };
                hist[bucket] += 1;
            }
            let pairs = linked_pairs(&units, n, thresholds[0]);
            let mut seen = HashSet::new();
            for (i, j, sc) in pairs {
                let (x, y) = ((units[i].article, line(&units[i])), (units[j].article, line(&units[j])));
                let (x, y) = if x.0 < y.0 { (x, y) } else { (y, x) };
                if !annotated.contains(&x) || !annotated.contains(&y) || !seen.insert((x, y)) {
                    continue;
                }
                for (k, th) in thresholds.iter().enumerate() {
                    if sc >= *th {
                        if positive.contains(&(x, y)) { tp[k] += 1 } else { fp[k] += 1 }
                    }
                }
            }
        }
        println!("gold pair scores: no unit {}, by tenths {:?}", hist[0], &hist[1..]);
        for (k, th) in thresholds.iter().enumerate() {
            let p = tp[k] as f64 / (tp[k] + fp[k]).max(1) as f64;
            let r = tp[k] as f64 / n_gold.max(1) as f64;
            println!(
                "ECB+ sentence links at {th}: P {p:.3} R {r:.3} ({} true, {} false, {n_gold} gold pairs)",
                tp[k], fp[k]
            );
        }
        // At the threshold in use: precision first (0.951 and 77 true links when measured).
        let k = thresholds.iter().position(|t| *t == THRESHOLD).unwrap();
        let p = tp[k] as f64 / (tp[k] + fp[k]).max(1) as f64;
        assert!(p >= 0.9 && tp[k] >= 60, "ECB+ links at {THRESHOLD}: P {p:.3}, {} true", tp[k]);
    }
}
