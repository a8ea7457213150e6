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

use std::collections::{BTreeMap, HashMap};

use serde::{Deserialize, Serialize};

use super::analysis::Analysis;
use super::entities::EntityKind;
use super::names::{self, Token};
use super::statements::StatementKind;

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
            let mut seen_in: Vec<usize> = Vec::new();
            for (ai, k, _) in index.find(s) {
                if seen_in.contains(&ai) {
                    continue;
                }
                seen_in.push(ai);
                let t = &index.toks[ai][k];
                items.push(evidence(analysis, ai, t.start, t.end));
                used.entry(s).or_default().push(analysis.articles[ai].file.clone());
            }
        }
        items.sort_by_key(|e| (analysis.articles.iter().position(|a| a.id == e.article), e.start));
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
                seen.push((ai, toks[k].start, toks[last].end, dated, head));
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
    for (qa, qb) in pairs {
        let ((ia, wa), (ib, wb)) = (&quotes[qa], &quotes[qb]);
        let (sa, sb) = (&analysis.statements[*ia], &analysis.statements[*ib]);
        if sa.article == sb.article {
            continue;
        }
        let (only_a, only_b) = word_diff(wa, wb);
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

/// The differences between the articles of `analysis`.
pub fn discrepancies(analysis: &Analysis) -> Vec<Discrepancy> {
    let mut out = Vec::new();
    let index = NameIndex::new(analysis);
    name_spellings(analysis, &index, &mut out);
    roles(analysis, &index, &mut out);
    quotations(analysis, &mut out);
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
}
