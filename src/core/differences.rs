//! Differences between articles that a reader must see, each with the evidence from every
//! side. Precision over recall: a wrong "contradiction" misleads, so each kind is reported
//! only on evidence that leaves little doubt.
//!
//! - `name-spelling`: one person whose surname is spelled differently across articles
//!   ("Zelensky" / "Zelenskyy"): the entity merge says they are one person, the text shows
//!   each spelling.
//! - `role`: one person given a title in one article and the same title as past in another
//!   ("President Donald Trump" / "former U.S. President Donald Trump").
//! - `quote-wording`: the same quotation (most of its words shared) rendered differently,
//!   with the words that differ.
//! - `attribution`: the same quotation put in the mouths of different people.
//! - `number`: sentences linked as one claim that give the same thing different figures
//!   ("12 people" / "15 people"), durations ("7 to 10 days" / "two weeks") or dates.
//!   Figures are compared only when they count the same noun, and an approximate figure
//!   ("about 300") within a tenth of the other is not a difference.
//! - `negation`: sentences linked as one claim where one negates a word the other states
//!   ("the plan would not work" / "the plan would work").

use std::collections::{BTreeMap, HashMap};

use serde::{Deserialize, Serialize};

use super::analysis::Analysis;
use super::claims;
use super::entities::EntityKind;
use super::names::{self, Token};
use super::statements::StatementKind;
use super::timex::TimexType;

/// What differs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DiscrepancyKind {
    /// The same quotation in different words.
    QuoteWording,
    /// The same claim with different figures.
    Number,
    /// The same words attributed to different speakers.
    Attribution,
    /// Conflicting titles for one person.
    Role,
    /// One person's name spelled differently.
    NameSpelling,
    /// A claim and its negation.
    Negation,
}

/// One side's evidence (byte offsets into the article's text).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    /// The article's id.
    pub article: String,
    /// Start byte.
    pub start: usize,
    /// End byte.
    pub end: usize,
    /// The text of the span.
    pub text: String,
}

/// A difference between articles.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Discrepancy {
    /// What differs.
    pub kind: DiscrepancyKind,
    /// The entity concerned (`entities[].id`), if any.
    pub entity: Option<String>,
    /// The evidence, one item per side (at least two).
    pub items: Vec<Evidence>,
    /// What differs, in words.
    pub note: String,
}

/// Words that make a title one of the past or of a stand-in.
const TENSE: &[&str] = &["former", "ex", "ex-", "then", "outgoing", "late", "acting", "interim"];

fn evidence(analysis: &Analysis, article: usize, start: usize, end: usize) -> Evidence {
    let a = &analysis.articles[article];
    Evidence { article: a.id.clone(), start, end, text: a.text[start..end].to_string() }
}

/// Every capitalised word of every article, tokenized once: word → (article, token).
struct NameIndex<'a> {
    toks: Vec<Vec<Token<'a>>>,
    at: HashMap<&'a str, Vec<(usize, usize)>>,
}

impl<'a> NameIndex<'a> {
    fn new(analysis: &'a Analysis) -> Self {
        let toks: Vec<Vec<Token<'a>>> =
            analysis.articles.iter().map(|a| names::tokenize(&a.text, 0, a.text.len())).collect();
        let mut at: HashMap<&'a str, Vec<(usize, usize)>> = HashMap::new();
        for (ai, ts) in toks.iter().enumerate() {
            for (k, t) in ts.iter().enumerate() {
                if t.is_word() && t.is_capitalized() {
                    at.entry(t.text).or_default().push((ai, k));
                }
            }
        }
        NameIndex { toks, at }
    }

    /// Where the words of `name` occur in a row: (article, first token, last token).
    fn find(&self, name: &str) -> Vec<(usize, usize, usize)> {
        let words: Vec<&str> = name.split_whitespace().collect();
        let Some(last) = words.last() else { return Vec::new() };
        let n = words.len();
        self.at
            .get(last)
            .into_iter()
            .flatten()
            .filter(|&&(ai, k)| {
                k + 1 >= n && words.iter().enumerate().all(|(w, word)| self.toks[ai][k + 1 - n + w].text == *word)
            })
            .map(|&(ai, k)| (ai, k + 1 - n, k))
            .collect()
    }
}

/// Surnames spelled differently for one person.
fn name_spellings(analysis: &Analysis, index: &NameIndex, out: &mut Vec<Discrepancy>) {
    let position: HashMap<&str, usize> =
        analysis.articles.iter().enumerate().map(|(i, a)| (a.id.as_str(), i)).collect();
    for e in analysis.entities.iter().filter(|e| e.kind == EntityKind::Person) {
        let mut surnames: Vec<&str> = e.aliases.iter().filter_map(|a| a.split_whitespace().next_back()).collect();
        surnames.sort_unstable();
        surnames.dedup();
        if surnames.len() < 2 {
            continue;
        }
        // Where each spelling is used: its first occurrence in each article.
        let mut items = Vec::new();
        let mut used: BTreeMap<&str, Vec<String>> = BTreeMap::new();
        for s in &surnames {
            let mut seen_in: std::collections::HashSet<usize> = std::collections::HashSet::new();
            for (ai, k, _) in index.find(s) {
                if !seen_in.insert(ai) {
                    continue;
                }
                let t = &index.toks[ai][k];
                items.push(evidence(analysis, ai, t.start, t.end()));
                used.entry(s).or_default().push(analysis.articles[ai].file.clone());
            }
        }
        items.sort_by_key(|e| (position.get(e.article.as_str()).copied(), e.start));
        if used.len() < 2 {
            continue;
        }
        let note = used
            .iter()
            .map(|(s, files)| format!("“{s}” in {} article{}", files.len(), if files.len() == 1 { "" } else { "s" }))
            .collect::<Vec<_>>()
            .join(", ");
        out.push(Discrepancy {
            kind: DiscrepancyKind::NameSpelling,
            entity: Some(e.id.clone()),
            items,
            note: format!("{} is spelled differently: {note}", e.name),
        });
    }
}

/// The title words right before the name starting at token `i`: capitalised words and the
/// words that date a title ("former U.S. President").
fn title_before(toks: &[Token], i: usize) -> Option<(usize, Vec<String>)> {
    let mut k = i;
    while k > 0 && i - k < 6 {
        let t = &toks[k - 1];
        let titled = t.is_word() && (t.is_capitalized() || t.is_in(TENSE));
        if !titled {
            break;
        }
        k -= 1;
    }
    let words: Vec<String> = toks[k..i].iter().map(|t| t.text.to_string()).collect();
    // A title holds a title word ("President", "Minister"), not just any capitalised words.
    words.iter().any(|w| names::is_title(w)).then_some((k, words))
}

/// A person given a title as current in one article and as past in another.
fn roles(analysis: &Analysis, index: &NameIndex, out: &mut Vec<Discrepancy>) {
    for e in analysis.entities.iter().filter(|e| e.kind == EntityKind::Person) {
        let full: Vec<&String> = e.aliases.iter().filter(|a| a.split_whitespace().count() >= 2).collect();
        // (article, start, end, dated, head title)
        let mut seen: Vec<(usize, usize, usize, bool, String)> = Vec::new();
        for name in &full {
            for (ai, i, last) in index.find(name) {
                let toks = &index.toks[ai];
                let Some((k, words)) = title_before(toks, i) else { continue };
                let dated = words.iter().any(|w| TENSE.iter().any(|t| t.eq_ignore_ascii_case(w)));
                let head =
                    words.iter().rev().find(|w| names::is_title(w)).map(|w| w.to_lowercase()).unwrap_or_default();
                seen.push((ai, toks[k].start, toks[last].end(), dated, head));
            }
        }
        seen.sort();
        // The first current and the first past use of one title, in different articles.
        let mut by_head: HashMap<&str, (Option<usize>, Option<usize>)> = HashMap::new();
        for (n, (_, _, _, dated, head)) in seen.iter().enumerate() {
            let slot = by_head.entry(head.as_str()).or_default();
            if *dated {
                slot.1.get_or_insert(n);
            } else {
                slot.0.get_or_insert(n);
            }
        }
        let mut heads: Vec<_> = by_head.into_iter().collect();
        heads.sort();
        for (head, pair) in heads {
            let (Some(now), Some(past)) = pair else { continue };
            let (a, b) = (&seen[now], &seen[past]);
            if a.0 == b.0 {
                continue;
            }
            let (ea, eb) = (evidence(analysis, a.0, a.1, a.2), evidence(analysis, b.0, b.1, b.2));
            let note = format!(
                "{} is “{}” in {} but “{}” in {}",
                e.name,
                ea.text.trim_end_matches(e.name.as_str()).trim(),
                analysis.articles[a.0].file,
                eb.text.trim_end_matches(e.name.as_str()).trim(),
                analysis.articles[b.0].file
            );
            let _ = head;
            out.push(Discrepancy {
                kind: DiscrepancyKind::Role,
                entity: Some(e.id.clone()),
                items: vec![ea, eb],
                note,
            });
        }
    }
}

fn words_of(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase().replace('’', "'"))
        .collect()
}

/// The words of `a` missing from `b` and the other way round, by a longest common
/// subsequence of words (quotations are short: at most a few hundred words are compared).
fn word_diff(a: &[String], b: &[String]) -> (Vec<String>, Vec<String>) {
    let (a, b) = (&a[..a.len().min(300)], &b[..b.len().min(300)]);
    let mut l = vec![vec![0u16; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            l[i][j] = if a[i] == b[j] { l[i + 1][j + 1] + 1 } else { l[i + 1][j].max(l[i][j + 1]) };
        }
    }
    let (mut i, mut j, mut only_a, mut only_b) = (0, 0, Vec::new(), Vec::new());
    while i < a.len() && j < b.len() {
        if a[i] == b[j] {
            i += 1;
            j += 1;
        } else if l[i + 1][j] >= l[i][j + 1] {
            only_a.push(a[i].clone());
            i += 1;
        } else {
            only_b.push(b[j].clone());
            j += 1;
        }
    }
    only_a.extend(a[i..].iter().cloned());
    only_b.extend(b[j..].iter().cloned());
    (only_a, only_b)
}

/// `text` cut into runs of words that the other texts also have and words that none of
/// them has (case and punctuation ignored): `(start, end, differs)` byte spans covering
/// the whole text, for highlighting a claim's wording differences word by word.
pub fn word_marks(text: &str, others: &[&str]) -> Vec<(usize, usize, bool)> {
    let known: std::collections::HashSet<String> = others.iter().flat_map(|o| words_of(o)).collect();
    let is_word = |c: char| c.is_alphanumeric() || c == '\'' || c == '’';
    // Pieces: (start, end, Some(differs)) for words, None for what lies between them.
    let mut pieces: Vec<(usize, usize, Option<bool>)> = Vec::new();
    let mut at = 0;
    while at < text.len() {
        let rest = &text[at..];
        let word = rest.starts_with(is_word);
        let len = rest.find(|c: char| is_word(c) != word).unwrap_or(rest.len());
        let differs = word.then(|| !known.contains(&rest[..len].to_lowercase().replace('’', "'")));
        pieces.push((at, at + len, differs));
        at += len;
    }
    let mut out: Vec<(usize, usize, bool)> = Vec::new();
    for (k, &(start, end, differs)) in pieces.iter().enumerate() {
        // What lies between two differing words is part of their highlighted run.
        let differs = differs.unwrap_or_else(|| {
            let before = pieces[..k].iter().rev().find_map(|p| p.2);
            let after = pieces[k + 1..].iter().find_map(|p| p.2);
            before == Some(true) && after == Some(true)
        });
        match out.last_mut() {
            Some(last) if last.2 == differs => last.1 = end,
            _ => out.push((start, end, differs)),
        }
    }
    out
}

/// The same quotation in two articles: worded differently, or given to different people.
fn quotations(analysis: &Analysis, out: &mut Vec<Discrepancy>) {
    let quotes: Vec<(usize, Vec<String>)> = analysis
        .statements
        .iter()
        .enumerate()
        .filter(|(_, s)| s.kind == StatementKind::Direct)
        .map(|(i, s)| (i, words_of(&s.content)))
        .filter(|(_, w)| w.len() >= 5)
        .collect();
    // Candidates through the quotations' rarer words.
    let mut df: HashMap<&str, usize> = HashMap::new();
    for (_, w) in &quotes {
        let mut u: Vec<&str> = w.iter().map(String::as_str).collect();
        u.sort_unstable();
        u.dedup();
        for x in u {
            *df.entry(x).or_default() += 1;
        }
    }
    let mut index: HashMap<&str, Vec<usize>> = HashMap::new();
    for (q, (_, w)) in quotes.iter().enumerate() {
        let mut rare: Vec<&str> = w.iter().map(String::as_str).collect();
        rare.sort_by_key(|x| (df[x], *x));
        rare.dedup();
        for x in rare.into_iter().take(4) {
            index.entry(x).or_default().push(q);
        }
    }
    let mut pairs: Vec<(usize, usize)> = index
        .values()
        .filter(|l| l.len() <= 50)
        .flat_map(|l| l.iter().flat_map(move |&a| l.iter().filter(move |&&b| b > a).map(move |&b| (a, b))))
        .collect();
    pairs.sort_unstable();
    pairs.dedup();
    let index_of: HashMap<&str, usize> =
        analysis.articles.iter().enumerate().map(|(i, a)| (a.id.as_str(), i)).collect();
    // Each quotation's distinct words, sorted: a cheap bound on the words two share before
    // the exact (quadratic) alignment.
    let distinct: Vec<Vec<&str>> = quotes
        .iter()
        .map(|(_, w)| {
            let mut d: Vec<&str> = w.iter().map(String::as_str).collect();
            d.sort_unstable();
            d.dedup();
            d
        })
        .collect();
    let shared_words = |a: &[&str], b: &[&str]| {
        let (mut i, mut j, mut n) = (0, 0, 0);
        while i < a.len() && j < b.len() {
            match a[i].cmp(b[j]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    n += 1;
                    i += 1;
                    j += 1;
                }
            }
        }
        n
    };
    for (qa, qb) in pairs {
        let ((ia, wa), (ib, wb)) = (&quotes[qa], &quotes[qb]);
        let (sa, sb) = (&analysis.statements[*ia], &analysis.statements[*ib]);
        if sa.article == sb.article {
            continue;
        }
        // Most of the shorter one's distinct words must be in the other for most of its
        // words to be, in order (a quotation repeats few words).
        let (da, db) = (&distinct[qa], &distinct[qb]);
        if (shared_words(da, db) as f64) < 0.7 * da.len().min(db.len()) as f64 {
            continue;
        }
        let (only_a, only_b) = if wa == wb { (Vec::new(), Vec::new()) } else { word_diff(wa, wb) };
        let common = wa.len() - only_a.len();
        // The same quotation: most of the shorter one's words, in order, in the other.
        if (common as f64) < 0.7 * wa.len().min(wb.len()) as f64 || common < 5 {
            continue;
        }
        let ai = index_of.get(sa.article.as_str()).copied().unwrap_or(0);
        let bi = index_of.get(sb.article.as_str()).copied().unwrap_or(0);
        let items = vec![evidence(analysis, ai, sa.start, sa.end), evidence(analysis, bi, sb.start, sb.end)];
        let (ea, eb) =
            (sa.speaker.as_ref().and_then(|s| s.entity.clone()), sb.speaker.as_ref().and_then(|s| s.entity.clone()));
        match (&ea, &eb) {
            (Some(x), Some(y)) if x != y => {
                let name =
                    |id: &str| analysis.entities.iter().find(|e| e.id == id).map_or(id.to_string(), |e| e.name.clone());
                out.push(Discrepancy {
                    kind: DiscrepancyKind::Attribution,
                    entity: None,
                    items,
                    note: format!("The same words are attributed to {} and to {}", name(x), name(y)),
                });
            }
            _ if !only_a.is_empty() || !only_b.is_empty() => {
                let show =
                    |w: &[String]| if w.is_empty() { "nothing".to_string() } else { format!("“{}”", w.join(" ")) };
                out.push(Discrepancy {
                    kind: DiscrepancyKind::QuoteWording,
                    entity: ea.or(eb),
                    items,
                    note: format!(
                        "The quotation differs: {} has {} where {} has {}",
                        analysis.articles[ai].file,
                        show(&only_a),
                        analysis.articles[bi].file,
                        show(&only_b)
                    ),
                });
            }
            _ => {}
        }
    }
}

/// A figure in a sentence: its value, whether it is hedged ("about", "more than"), the
/// noun it counts, and its span (number through noun).
#[derive(Debug)]
struct Figure {
    value: f64,
    approximate: bool,
    noun: String,
    start: usize,
    end: usize,
}

/// Words that hedge the figure after them.
const HEDGES: &[&str] = &[
    "about",
    "around",
    "nearly",
    "almost",
    "some",
    "roughly",
    "approximately",
    "over",
    "than",
    "least",
    "to",
    "estimated",
    "up",
    "under",
    "below",
    "above",
    "beyond",
    "upwards",
];

fn multiplier(w: &str) -> Option<f64> {
    match w.to_lowercase().as_str() {
        "hundred" => Some(1e2),
        "thousand" => Some(1e3),
        "million" | "millions" | "mln" => Some(1e6),
        "billion" | "billions" | "bn" => Some(1e9),
        "trillion" => Some(1e12),
        _ => None,
    }
}

/// The figures of `text[from..to]` that count something (not those inside a time
/// expression: years, dates and durations are compared as times).
fn figures(text: &str, from: usize, to: usize, times: &[(usize, usize)]) -> Vec<Figure> {
    let toks = names::tokenize(text, from, to);
    let mut out = Vec::new();
    let mut k = 0;
    while k < toks.len() {
        let t = &toks[k];
        let digits = t.text.chars().next().is_some_and(|c| c.is_ascii_digit());
        let mut value = if digits {
            // "200,000" may be three tokens: join digit groups split at commas.
            let mut v = t.text.replace(',', "");
            while k + 2 < toks.len()
                && toks[k + 1].text == ","
                && toks[k + 1].start == toks[k].end()
                && toks[k + 2].text.len() == 3
                && toks[k + 2].text.chars().all(|c| c.is_ascii_digit())
            {
                v.push_str(toks[k + 2].text);
                k += 2;
            }
            v.trim_end_matches('%').parse::<f64>().ok()
        } else {
            names::number_word(t.text)
        };
        let start = t.start;
        let Some(mut v) = value.take() else {
            k += 1;
            continue;
        };
        if times.iter().any(|&(s, e)| s <= start && start < e) {
            k += 1;
            continue;
        }
        let mut j = k + 1;
        while let Some(m) = toks.get(j).and_then(|x| multiplier(x.text)) {
            v *= m;
            j += 1;
        }
        // "one" as a pronoun ("an attack on one is…") counts nothing: the noun must follow.
        let percent = t.text.ends_with('%') || toks.get(j).is_some_and(|x| x.is_in(&["percent", "per"][..]));
        let (noun, last) = if percent { (Some("percent".to_string()), j) } else { noun_after(&toks, j) };
        let Some(noun) = noun else {
            k = j;
            continue;
        };
        let hedged = toks[..k].iter().rev().take(2).any(|x| x.is_in(HEDGES));
        let end = toks.get(last).map_or(t.end(), |x| x.end());
        out.push(Figure { value: v, approximate: hedged, noun, start, end });
        k = j;
    }
    out
}

/// The noun counted by a figure whose next token is `j`: the last of up to three content
/// words in a row ("seven consecutive life sentences" → "sentence"), with its token index.
/// A verb form ("nine voting to…", "three remaining") counts nothing.
fn noun_after(toks: &[Token], j: usize) -> (Option<String>, usize) {
    let mut noun = None;
    let mut last = j;
    for (k, t) in toks.iter().enumerate().skip(j).take(3) {
        let Some(term) = t.is_word().then(|| claims::term(t.text)).flatten() else { break };
        if t.text.ends_with("ing") {
            return (None, j);
        }
        noun = Some(term);
        last = k;
    }
    (noun, last)
}

/// Negation words.
/// A sentence's content words in order, each with its span and whether a negator
/// governs it (the first content word within four words after "not", "never", "no"…).
fn polarity(text: &str, from: usize, to: usize) -> Vec<(String, usize, usize, bool)> {
    let toks = names::tokenize(text, from, to);
    let mut out = Vec::new();
    let mut negator_at: Option<(usize, usize)> = None; // (token index, start byte)
    for (k, t) in toks.iter().enumerate() {
        let negator = names::is_negation(t);
        // "not only … but also" affirms.
        if negator && !toks.get(k + 1).is_some_and(|x| x.is_in(&["only", "just", "merely", "least"][..])) {
            negator_at = Some((k, t.start));
            continue;
        }
        let Some(term) = claims::term(t.text) else { continue };
        match negator_at.take() {
            Some((n, start)) if k - n <= 4 => out.push((term, start, t.end(), true)),
            _ => out.push((term, t.start, t.end(), false)),
        }
    }
    out
}

/// A negated word of `neg` followed by the same next word as in `other`, where `other`
/// states it: the span in each. Two words in a row ("not accept the deployment" /
/// "accept the deployment") make sure it is the same predication, not a shared word.
fn negated_there(
    neg: &[(String, usize, usize, bool)],
    other: &[(String, usize, usize, bool)],
) -> Option<((usize, usize), (usize, usize))> {
    neg.windows(2).filter(|w| w[0].3).find_map(|w| {
        other.windows(2).find_map(|v| {
            (!v[0].3 && v[0].0 == w[0].0 && v[1].0 == w[1].0).then_some(((w[0].1, w[0].2), (v[0].1, v[0].2)))
        })
    })
}

/// Figures, times and negations that differ between the sentences of one claim.
fn within_claims(analysis: &Analysis, out: &mut Vec<Discrepancy>) {
    let index_of: HashMap<&str, usize> =
        analysis.articles.iter().enumerate().map(|(i, a)| (a.id.as_str(), i)).collect();
    for claim in &analysis.claims {
        let members: Vec<(usize, usize, usize)> = claim
            .members
            .iter()
            .filter_map(|m| index_of.get(m.article.as_str()).map(|&a| (a, m.start, m.end)))
            .collect();
        // Each sentence read once, then compared with every other member.
        let read: Vec<Read> = members.iter().map(|&m| Read::new(analysis, m)).collect();
        for (x, a) in read.iter().enumerate() {
            for b in &read[x + 1..] {
                if a.at.0 != b.at.0 {
                    compare_pair(analysis, a, b, out);
                }
            }
        }
    }
}

fn times_in(analysis: &Analysis, article: usize, start: usize, end: usize) -> Vec<&super::timex::Timex> {
    analysis.timexes.get(article).into_iter().flatten().filter(|t| start <= t.start && t.end <= end).collect()
}

/// A claim's sentence as the number and negation checks read it.
struct Read<'a> {
    /// (article index, start, end).
    at: (usize, usize, usize),
    times: Vec<&'a super::timex::Timex>,
    figures: Vec<Figure>,
    polarity: Vec<(String, usize, usize, bool)>,
}

impl<'a> Read<'a> {
    fn new(analysis: &'a Analysis, at: (usize, usize, usize)) -> Self {
        let text = &analysis.articles[at.0].text;
        let times = times_in(analysis, at.0, at.1, at.2);
        let spans: Vec<(usize, usize)> = times.iter().map(|t| (t.start, t.end)).collect();
        Read { at, figures: figures(text, at.1, at.2, &spans), polarity: polarity(text, at.1, at.2), times }
    }
}

fn compare_pair(analysis: &Analysis, ra: &Read, rb: &Read, out: &mut Vec<Discrepancy>) {
    let file = |i: usize| analysis.articles[i].file.as_str();
    let (a, b) = (ra.at, rb.at);
    let (ta, tb) = (&ra.times, &rb.times);
    // Figures that count the same noun.
    let (fa, fb) = (&ra.figures, &rb.figures);
    let mut reported: Vec<&str> = Vec::new();
    for x in fa {
        if reported.contains(&x.noun.as_str()) {
            continue;
        }
        let same_noun: Vec<&Figure> = fb.iter().filter(|y| y.noun == x.noun).collect();
        if same_noun.is_empty() {
            continue;
        }
        // A figure the other side also gives (or comes close to, when hedged) agrees.
        let agrees = |p: &Figure, q: &Figure| {
            p.value == q.value
                || ((p.approximate || q.approximate) && (p.value - q.value).abs() <= 0.1 * p.value.max(q.value))
        };
        let mine: Vec<&Figure> = fa.iter().filter(|p| p.noun == x.noun).collect();
        if mine.iter().any(|p| same_noun.iter().any(|q| agrees(p, q))) {
            continue;
        }
        let y = same_noun[0];
        let (ea, eb) = (evidence(analysis, a.0, x.start, x.end), evidence(analysis, b.0, y.start, y.end));
        let note = format!("The figures differ: “{}” in {} but “{}” in {}", ea.text, file(a.0), eb.text, file(b.0));
        out.push(Discrepancy { kind: DiscrepancyKind::Number, entity: None, items: vec![ea, eb], note });
        reported.push(&x.noun);
    }
    // Durations that do not overlap, and days that differ.
    let days = |ts: &[&super::timex::Timex]| -> Vec<(usize, usize, f64)> {
        ts.iter()
            .filter(|t| t.kind == TimexType::Duration)
            .filter_map(|t| claims::duration_days(&t.value).map(|d| (t.start, t.end, d)))
            .collect()
    };
    // What a duration measures when it is used as an adjective ("a 90-day stay", "a
    // 30-day program"): durations of different things are not compared.
    let measured = |article: usize, d: &[(usize, usize, f64)], end: usize| {
        let text = &analysis.articles[article].text;
        d.last().and_then(|x| {
            let toks = names::tokenize(text, x.1, end);
            noun_after(&toks, 0).0
        })
    };
    let (da, db) = (days(ta), days(tb));
    if !da.is_empty() && !db.is_empty() && measured(a.0, &da, a.2) == measured(b.0, &db, b.2) {
        let range = |d: &[(usize, usize, f64)]| {
            (d.iter().map(|x| x.2).fold(f64::MAX, f64::min), d.iter().map(|x| x.2).fold(0.0, f64::max))
        };
        let ((a0, a1), (b0, b1)) = (range(&da), range(&db));
        // Ranges apart by more than half (rounding: "a week" for nine days) differ.
        if a1 * 1.5 < b0 || b1 * 1.5 < a0 {
            let span = |d: &[(usize, usize, f64)]| (d[0].0, d[d.len() - 1].1);
            let ((sa, ea), (sb, eb)) = (span(&da), span(&db));
            let (ea, eb) = (evidence(analysis, a.0, sa, ea), evidence(analysis, b.0, sb, eb));
            let note =
                format!("The durations differ: “{}” in {} but “{}” in {}", ea.text, file(a.0), eb.text, file(b.0));
            out.push(Discrepancy { kind: DiscrepancyKind::Number, entity: None, items: vec![ea, eb], note });
        }
    }
    let full_days = |ts: &[&super::timex::Timex]| -> Vec<(usize, usize, String)> {
        ts.iter()
            .filter(|t| {
                // Days the text names in full: relative ones ("Tuesday") depend on each
                // article's date, which may be missing or wrong.
                t.kind == TimexType::Date
                    && !t.anchored
                    && t.value.len() == 10
                    && t.value.bytes().all(|c| c.is_ascii_digit() || c == b'-')
            })
            .map(|t| (t.start, t.end, t.value.clone()))
            .collect()
    };
    let (ya, yb) = (full_days(ta), full_days(tb));
    if let ([x], [y]) = (&ya[..], &yb[..])
        && x.2 != y.2
    {
        let (ea, eb) = (evidence(analysis, a.0, x.0, x.1), evidence(analysis, b.0, y.0, y.1));
        let note = format!(
            "The dates differ: “{}” ({}) in {} but “{}” ({}) in {}",
            ea.text,
            x.2,
            file(a.0),
            eb.text,
            y.2,
            file(b.0)
        );
        out.push(Discrepancy { kind: DiscrepancyKind::Number, entity: None, items: vec![ea, eb], note });
    }
    // A word one side negates and the other states, with the same word after it.
    let (pa, pb) = (&ra.polarity, &rb.polarity);
    let negates = |p: &[(String, usize, usize, bool)], t: &str| p.iter().any(|x| x.3 && x.0 == t);
    let found = negated_there(pa, pb)
        .filter(|_| pa.iter().filter(|x| x.3).all(|x| !negates(pb, &x.0)))
        .map(|(x, y)| (x, y, false))
        .or_else(|| {
            negated_there(pb, pa)
                .filter(|_| pb.iter().filter(|x| x.3).all(|x| !negates(pa, &x.0)))
                .map(|(y, x)| (x, y, true))
        });
    if let Some(((s1, e1), (s2, e2), b_negates)) = found {
        let (ea, eb) = (evidence(analysis, a.0, s1, e1), evidence(analysis, b.0, s2, e2));
        let (neg, pos) = if b_negates { (&eb, &ea) } else { (&ea, &eb) };
        let (nf, pf) = if b_negates { (file(b.0), file(a.0)) } else { (file(a.0), file(b.0)) };
        let note = format!("One reports the negation: “{}” in {nf} against “{}” in {pf}", neg.text, pos.text);
        out.push(Discrepancy { kind: DiscrepancyKind::Negation, entity: None, items: vec![ea, eb], note });
    }
}

/// The differences between the articles of `analysis`.
pub fn discrepancies(analysis: &Analysis) -> Vec<Discrepancy> {
    let mut out = Vec::new();
    // Every kind compares articles: one article has nothing to differ from.
    if analysis.articles.len() < 2 {
        return out;
    }
    let index = NameIndex::new(analysis);
    name_spellings(analysis, &index, &mut out);
    roles(analysis, &index, &mut out);
    quotations(analysis, &mut out);
    within_claims(analysis, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::{analyze, ingest};

    fn analysed(texts: &[&str]) -> Analysis {
        analyze(texts.iter().enumerate().map(|(i, t)| ingest(&format!("{i}.txt"), t.as_bytes()).unwrap()).collect())
    }

    fn kinds(a: &Analysis) -> Vec<DiscrepancyKind> {
        discrepancies(a).into_iter().map(|d| d.kind).collect()
    }

    #[test]
    fn word_marks_cover_the_text_and_mark_only_words_the_others_lack() {
        let a = "The alliance treats an attack on one member as an attack on all.";
        let b = "An attack on one member is considered an attack on all members.";
        let marks = word_marks(a, &[b]);
        assert_eq!(marks.first().map(|m| m.0), Some(0));
        assert_eq!(marks.last().map(|m| m.1), Some(a.len()));
        let differing: Vec<&str> = marks.iter().filter(|m| m.2).map(|m| &a[m.0..m.1]).collect();
        assert_eq!(differing, ["The alliance treats", "as"]);
        assert!(word_marks("Same words.", &["same WORDS"]).iter().all(|m| !m.2));
    }

    #[test]
    fn a_past_title_against_a_current_one() {
        let a = analysed(&[
            "The talks went on under President Donald Trump, officials said on Monday.",
            "Earlier on Monday, former U.S. President Donald Trump said the plan would work.",
        ]);
        let d = discrepancies(&a);
        let role = d.iter().find(|d| d.kind == DiscrepancyKind::Role).expect("a role conflict");
        assert_eq!(role.items[0].text, "President Donald Trump");
        assert_eq!(role.items[1].text, "former U.S. President Donald Trump");
        // Two current titles that differ in detail are not a conflict.
        let a = analysed(&[
            "The talks went on under President Donald Trump on Monday.",
            "U.S. President Donald Trump said the plan would work.",
        ]);
        assert!(!kinds(&a).contains(&DiscrepancyKind::Role));
    }

    #[test]
    fn one_person_spelled_two_ways() {
        let a = analysed(&[
            "“We are ready,” President Volodymyr Zelensky said.",
            "“We are ready now,” President Volodymyr Zelenskyy said.",
        ]);
        let d = discrepancies(&a);
        let spelling = d.iter().find(|d| d.kind == DiscrepancyKind::NameSpelling).expect("a spelling difference");
        let texts: Vec<&str> = spelling.items.iter().map(|e| e.text.as_str()).collect();
        assert_eq!(texts, ["Zelensky", "Zelenskyy"]);
        // Different people with different names are not a spelling difference.
        let a = analysed(&["“We are ready,” Anna Berg said.", "“We wait,” Karl Berger said."]);
        assert!(!kinds(&a).contains(&DiscrepancyKind::NameSpelling));
    }

    #[test]
    fn the_same_quotation_worded_or_attributed_differently() {
        let a = analysed(&[
            "“We will not accept any deal that limits our army,” Anna Berg said.",
            "“We will never accept any deal that limits our army,” Anna Berg said.",
        ]);
        let d = discrepancies(&a);
        let w = d.iter().find(|d| d.kind == DiscrepancyKind::QuoteWording).expect("a wording difference");
        assert!(w.note.contains("“not”") && w.note.contains("“never”"), "{}", w.note);
        let a = analysed(&[
            "“We will not accept any deal that limits our army,” Anna Berg said.",
            "“We will not accept any deal that limits our army,” Karl Lund said.",
        ]);
        assert!(kinds(&a).contains(&DiscrepancyKind::Attribution));
        // Different quotations on the same subject are neither.
        let a = analysed(&[
            "“We will not accept any deal that limits our army,” Anna Berg said.",
            "“The army needs more money and more soldiers this year,” Anna Berg said.",
        ]);
        assert!(kinds(&a).is_empty(), "{:?}", discrepancies(&a));
    }

    /// Two articles around one shared report, with unrelated filler so that the shared
    /// words are rare.
    fn pair(a: &str, b: &str) -> Analysis {
        analysed(&[
            &format!(
                "Heavy rain fell across the southern valleys overnight. Bread prices rose again in city bakeries. The national museum opened a large painting show. A dock strike closed the northern port.\n{a}"
            ),
            &format!(
                "Local fishermen stayed home during rough seas. The old railway bridge reopened after long repairs. Primary schools closed early for winter holidays. Stock markets traded calmly all week.\n{b}"
            ),
        ])
    }

    fn of(a: &Analysis, kind: DiscrepancyKind) -> Vec<Discrepancy> {
        discrepancies(a).into_iter().filter(|d| d.kind == kind).collect()
    }

    #[test]
    fn different_figures_for_the_same_claim() {
        // A death toll that differs (AP and Reuters style wording of one report).
        let a = pair(
            "The earthquake killed 12 people in the mountain town of Amatrice, the civil protection agency said.",
            "The earthquake killed 15 people in the mountain town of Amatrice, according to the civil protection agency.",
        );
        assert!(!a.claims.is_empty(), "the two reports are one claim");
        let n = of(&a, DiscrepancyKind::Number);
        assert_eq!(n.len(), 1, "{n:?}");
        assert_eq!(n[0].items[0].text, "12 people");
        assert_eq!(n[0].items[1].text, "15 people");
        // The same figure, or a hedged one close to it, is no difference.
        let a = pair(
            "The earthquake killed 296 people in the mountain town of Amatrice, the civil protection agency said.",
            "The earthquake killed nearly 300 people in the mountain town of Amatrice, according to the civil protection agency.",
        );
        assert!(!a.claims.is_empty());
        assert!(of(&a, DiscrepancyKind::Number).is_empty(), "{:?}", of(&a, DiscrepancyKind::Number));
        // Figures of different things are not compared.
        let a = pair(
            "The earthquake killed 12 people in the mountain town of Amatrice and destroyed 40 homes, the agency said.",
            "The earthquake killed 12 people in the mountain town of Amatrice, leaving 300 families homeless.",
        );
        assert!(!a.claims.is_empty());
        assert!(of(&a, DiscrepancyKind::Number).is_empty(), "{:?}", of(&a, DiscrepancyKind::Number));
    }

    #[test]
    fn different_durations_for_the_same_claim() {
        let a = pair(
            "Zelensky urged allies to finalise the security guarantees plan within the next 7 to 10 days.",
            "Zelensky urged allies to finalise the security guarantees plan within two months.",
        );
        assert!(!a.claims.is_empty());
        let n = of(&a, DiscrepancyKind::Number);
        assert_eq!(n.len(), 1, "{n:?}");
        assert!(n[0].note.contains("durations"), "{}", n[0].note);
        // "7 to 10 days" and "a week to week-and-a-half" agree.
        let a = pair(
            "Zelensky urged allies to finalise the security guarantees plan within the next 7 to 10 days.",
            "Zelensky urged allies to finalise the security guarantees plan in the coming week to week-and-a-half.",
        );
        assert!(!a.claims.is_empty());
        assert!(of(&a, DiscrepancyKind::Number).is_empty(), "{:?}", of(&a, DiscrepancyKind::Number));
    }

    #[test]
    fn a_claim_and_its_negation() {
        let a = pair(
            "The Kremlin said Russia would accept the deployment of European peacekeepers in Ukraine after a ceasefire.",
            "The Kremlin said Russia would not accept the deployment of European peacekeepers in Ukraine after a ceasefire.",
        );
        assert!(!a.claims.is_empty());
        let n = of(&a, DiscrepancyKind::Negation);
        assert_eq!(n.len(), 1, "{n:?}");
        assert_eq!(n[0].items[0].text, "accept");
        assert_eq!(n[0].items[1].text, "not accept");
        // Both negate: no difference. "Not only … but also" is no negation.
        let a = pair(
            "The Kremlin said Russia would never accept the deployment of European peacekeepers in Ukraine after a ceasefire.",
            "The Kremlin said Russia would not accept the deployment of European peacekeepers in Ukraine after a ceasefire.",
        );
        assert!(!a.claims.is_empty());
        assert!(of(&a, DiscrepancyKind::Negation).is_empty(), "{:?}", of(&a, DiscrepancyKind::Negation));
        let a = pair(
            "The Kremlin said Russia would accept the deployment of European peacekeepers in Ukraine after a ceasefire.",
            "The Kremlin said Russia would not only accept the deployment of European peacekeepers in Ukraine after a ceasefire but welcome it.",
        );
        assert!(!a.claims.is_empty());
        assert!(of(&a, DiscrepancyKind::Negation).is_empty(), "{:?}", of(&a, DiscrepancyKind::Negation));
    }
}
