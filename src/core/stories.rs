//! Stories: when the dropped articles cover several different events, which articles
//! report which event.
//!
//! (Weights are smoothed, `ln(1 + n/df)`, so that words every article shares still count:
//! in five articles on one event, the event's own words are in all of them.) Two events of the same kind (two actresses entering rehab, two
//! prison escapes) share most of their vocabulary; what tells them apart is who, where and
//! when. So each article becomes a bag of its rarer words, where names (capitalised words
//! not opening a sentence) count three times and the dates it names count as words too;
//! articles are compared by the cosine of these bags, and grouped by average linkage: two
//! groups join while their articles are, on average, similar enough.
//!
//! Candidate pairs come from an inverted index over each article's rarest terms, so the
//! work grows with the postings, not with the square of the articles; pairs never proposed
//! count as unrelated. Grouping weighs each article's [`NEIGHBOURS`] strongest pairs only:
//! in thousands of articles on one subject, each is somewhat like hundreds of others, and
//! those faint pairs would make the grouping's work grow with their square.

use std::collections::{BinaryHeap, HashMap};

use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};

use super::analysis::Analysis;
use super::claims::term;
use super::names;
use super::timex::TimexType;

/// The average similarity two groups of articles need to be one story (ECB+ dev: 0.03 to
/// 0.05 all separate the two events of every topic; the example story stays one story up to
/// 0.08).
pub const THRESHOLD: f64 = 0.04;

/// A term among the rarest of more articles than this proposes no pairs: it names
/// something too common to tell events apart, and it would propose a square of pairs.
const COMMON: usize = 64;
/// How many of each article's most similar others story grouping weighs (ECB+ topics hold
/// at most 39 articles, so there every pair counts).
pub const NEIGHBOURS: usize = 50;
/// Two groups join only if they are at least this alike relative to the tighter group.
const RATIO: f64 = 0.3;
/// How many of an article's rarest terms propose candidate pairs.
const PROPOSERS: usize = 40;
/// How many partners one article proposes at most (its rarest terms' first): three times
/// the [`NEIGHBOURS`] grouping keeps.
const BUDGET: usize = 3 * NEIGHBOURS;

/// A pair of groups that could join, by average similarity (ties by lower indexes).
struct Candidate {
    avg: f64,
    a: usize,
    b: usize,
    va: u32,
    vb: u32,
}

impl PartialEq for Candidate {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == std::cmp::Ordering::Equal
    }
}
impl Eq for Candidate {}
impl PartialOrd for Candidate {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Candidate {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.avg.total_cmp(&other.avg).then_with(|| (other.a, other.b).cmp(&(self.a, self.b)))
    }
}

/// A group of articles about one event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Story {
    /// `s1`, `s2`… in order of first article.
    pub id: String,
    /// The articles' ids, in the order given.
    pub articles: Vec<String>,
}

/// Each article's weighted terms, normalised, sorted by term id.
fn vectors(analysis: &Analysis) -> Vec<Vec<(u32, f32)>> {
    let mut dict: FxHashMap<String, u32> = FxHashMap::default();
    let mut intern = |t: String| {
        let n = dict.len() as u32;
        *dict.entry(t).or_insert(n)
    };
    // Each distinct spelling becomes a term once: (as a word, as a name).
    let mut memo: FxHashMap<&str, Option<(u32, u32)>> = FxHashMap::default();
    let mut counts: Vec<FxHashMap<u32, f32>> = Vec::new();
    for (ai, a) in analysis.articles.iter().enumerate() {
        let mut c: FxHashMap<u32, f32> = FxHashMap::default();
        let toks = names::tokenize(&a.text, 0, a.text.len());
        for (k, t) in toks.iter().enumerate() {
            let ids =
                *memo.entry(t.text).or_insert_with(|| term(t.text).map(|w| (intern(format!("N:{w}")), intern(w))));
            let Some((as_name, as_word)) = ids else { continue };
            // A capitalised word that does not open a sentence is a name: who and where.
            let opens = k == 0 || matches!(toks[k - 1].text, "." | "!" | "?" | "“" | "\"" | ":" | "\n");
            let name = t.is_capitalized() && !opens;
            *c.entry(if name { as_name } else { as_word }).or_insert(0.0) += if name { 3.0 } else { 1.0 };
        }
        // When: the days and months it names.
        for t in analysis.timexes.get(ai).into_iter().flatten() {
            if t.kind == TimexType::Date && t.value.len() >= 7 && t.value.as_bytes()[0].is_ascii_digit() {
                *c.entry(intern(format!("T:{}", &t.value[..7]))).or_insert(0.0) += 2.0;
            }
        }
        counts.push(c);
    }
    let n_terms = dict.len();
    let n = counts.len().max(1) as f64;
    let mut df = vec![0u32; n_terms];
    for c in &counts {
        for id in c.keys() {
            df[*id as usize] += 1;
        }
    }
    counts
        .into_iter()
        .map(|c| {
            let mut v: Vec<(u32, f32)> = c
                .into_iter()
                .map(|(id, tf)| {
                    let idf = (1.0 + n / f64::from(df[id as usize])).ln();
                    (id, ((1.0 + f64::from(tf).ln()) * idf) as f32)
                })
                .filter(|(_, w)| *w > 0.0)
                .collect();
            v.sort_unstable_by_key(|(id, _)| *id);
            let norm = v.iter().map(|(_, w)| w * w).sum::<f32>().sqrt().max(1e-6);
            for (_, w) in &mut v {
                *w /= norm;
            }
            v
        })
        .collect()
}

fn cosine(a: &[(u32, f32)], b: &[(u32, f32)]) -> f64 {
    let (mut i, mut j, mut dot) = (0, 0, 0.0f64);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                dot += f64::from(a[i].1 * b[j].1);
                i += 1;
                j += 1;
            }
        }
    }
    dot
}

/// How alike two articles are overall (the cosine of their weighted words, 0 to 1), for
/// the pairs that share a rare word; pairs not listed are unrelated.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Similarity {
    /// The earlier article's index in `articles`.
    pub a: usize,
    /// The later article's index.
    pub b: usize,
    /// The cosine.
    pub score: f64,
}

/// The similarity of every pair of articles that share one of their rarest words, sorted
/// by pair (candidates from an inverted index: no pair of unrelated articles is compared).
pub fn similarities(analysis: &Analysis) -> Vec<Similarity> {
    if analysis.articles.len() < 2 {
        return Vec::new();
    }
    let vecs = vectors(analysis);
    // Candidate pairs through each article's rarest (highest-weighted) terms.
    let mut postings: HashMap<u32, Vec<usize>> = HashMap::new();
    let mut proposers: Vec<Vec<u32>> = Vec::with_capacity(vecs.len());
    for (i, v) in vecs.iter().enumerate() {
        let mut top: Vec<&(u32, f32)> = v.iter().collect();
        top.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        let mine: Vec<u32> = top.into_iter().take(PROPOSERS).map(|(t, _)| *t).collect();
        for &t in &mine {
            postings.entry(t).or_default().push(i);
        }
        proposers.push(mine);
    }
    // Each article proposes at most BUDGET partners, through its terms that fewest
    // articles share first: the work grows with the articles, not with how many of them
    // share a subject. Then each pair once (sorted, without repeats), and its cosine.
    let mut pairs: Vec<(u32, u32)> = Vec::new();
    let mut stamp = vec![usize::MAX; vecs.len()];
    for (i, mine) in proposers.iter_mut().enumerate() {
        mine.sort_by_key(|t| (postings[t].len(), *t));
        let mut found = 0;
        for t in mine.iter() {
            let list = &postings[t];
            if list.len() > COMMON || found >= BUDGET {
                break;
            }
            for &j in list {
                if j != i && stamp[j] != i {
                    stamp[j] = i;
                    found += 1;
                    pairs.push((i.min(j) as u32, i.max(j) as u32));
                }
            }
        }
    }
    pairs.sort_unstable();
    pairs.dedup();
    pairs
        .into_iter()
        .map(|(a, b)| {
            let (a, b) = (a as usize, b as usize);
            Similarity { a, b, score: cosine(&vecs[a], &vecs[b]) }
        })
        .collect()
}

/// The pairs among each article's `k` most similar others (a pair kept for either of its
/// articles stays), scores rounded to three decimals: what a reader can use of a list that
/// grows with the square of the articles in one story.
pub fn strongest(mut all: Vec<Similarity>, k: usize) -> Vec<Similarity> {
    all.sort_by(|x, y| y.score.total_cmp(&x.score).then((x.a, x.b).cmp(&(y.a, y.b))));
    // How many pairs each article has kept so far.
    let mut taken = vec![0usize; all.iter().map(|s| s.b + 1).max().unwrap_or(0)];
    let mut out: Vec<Similarity> = Vec::new();
    for s in all {
        if taken[s.a] < k || taken[s.b] < k {
            taken[s.a] += 1;
            taken[s.b] += 1;
            out.push(Similarity { score: (s.score * 1000.0).round() / 1000.0, ..s });
        }
    }
    out.sort_by_key(|s| (s.a, s.b));
    out
}

/// The similarities story grouping weighs: each article's [`NEIGHBOURS`] strongest.
pub fn neighbours(analysis: &Analysis) -> Vec<Similarity> {
    strongest(similarities(analysis), NEIGHBOURS)
}

/// Groups the articles of `analysis` by the event they report, from their similarities
/// ([`neighbours`]).
pub fn stories(analysis: &Analysis, similar: &[Similarity]) -> Vec<Story> {
    stories_at(analysis, similar, THRESHOLD)
}

fn stories_at(analysis: &Analysis, similar: &[Similarity], threshold: f64) -> Vec<Story> {
    let n = analysis.articles.len();
    if n < 2 {
        // Nothing to compare: no story, or the one article's own.
        return analysis.articles.iter().map(|a| Story { id: "s1".into(), articles: vec![a.id.clone()] }).collect();
    }
    // Average linkage over the sparse similarities: repeatedly join the two groups with
    // the highest average similarity, while it reaches the threshold and is not much lower
    // than how alike each group's own articles are (two tight groups that resemble each
    // other only loosely are two events, however small the collection). Groups keep the
    // summed similarity to each neighbouring group; a heap finds the best pair. A join
    // pushes fresh pairs only for the neighbours of the group with fewer links (which is
    // the one merged away); the other group's pairs can only have become less alike (its
    // size grew, their sum did not), so their heap entries overstate and are re-scored
    // when they come up (lazy decrease). The work is about E log E for E candidate pairs.
    let mut links: Vec<FxHashMap<usize, f64>> = vec![FxHashMap::default(); n];
    let edges: Vec<((usize, usize), f64)> = similar.iter().map(|s| ((s.a, s.b), s.score)).collect();
    for &((i, j), s) in &edges {
        links[i].insert(j, s);
        links[j].insert(i, s);
    }
    let mut size = vec![1usize; n];
    let mut internal = vec![0.0f64; n];
    let mut version = vec![0u32; n];
    let mut alive = vec![true; n];
    let mut members: Vec<Vec<usize>> = (0..n).map(|i| vec![i]).collect();
    // A pair below the threshold joins only if one side gains links first, and then it
    // is pushed afresh.
    let mut heap: BinaryHeap<Candidate> = edges
        .iter()
        .filter(|&&(_, s)| s >= threshold)
        .map(|&((i, j), s)| Candidate { avg: s, a: i, b: j, va: 0, vb: 0 })
        .collect();
    let cohesion = |size: usize, internal: f64| (size >= 2).then(|| internal / (size * (size - 1) / 2) as f64);
    while let Some(c) = heap.pop() {
        let (a, b) = (c.a, c.b);
        if !alive[a] || !alive[b] {
            continue;
        }
        if c.va != version[a] || c.vb != version[b] {
            // A group changed since: re-score the pair as it is now (never higher), and
            // drop it once it is below the threshold for good.
            if let Some(&sum) = links[a].get(&b) {
                let avg = sum / (size[a] * size[b]) as f64;
                if avg >= threshold {
                    heap.push(Candidate { avg, a, b, va: version[a], vb: version[b] });
                }
            }
            continue;
        }
        let tight =
            [cohesion(size[a], internal[a]), cohesion(size[b], internal[b])].into_iter().flatten().fold(0.0, f64::max);
        if c.avg < threshold || c.avg < RATIO * tight {
            continue;
        }
        // Join the group with fewer links into the other.
        let (a, b) = if links[a].len() >= links[b].len() { (a, b) } else { (b, a) };
        let between = links[a].remove(&b).unwrap_or(0.0);
        internal[a] += internal[b] + between;
        size[a] += size[b];
        alive[b] = false;
        version[a] += 1;
        let mut moved: Vec<(usize, f64)> = links[b].drain().filter(|&(k, _)| k != a).collect();
        moved.sort_by_key(|(k, _)| *k);
        for &(k, s) in &moved {
            links[k].remove(&b);
            *links[k].entry(a).or_insert(0.0) += s;
            *links[a].entry(k).or_insert(0.0) += s;
        }
        let gone = std::mem::take(&mut members[b]);
        members[a].extend(gone);
        // Fresh pairs for the neighbours whose summed similarity to the group grew.
        for (k, _) in moved {
            let (x, y) = (a.min(k), a.max(k));
            let avg = links[a][&k] / (size[a] * size[k]) as f64;
            if avg >= threshold {
                heap.push(Candidate { avg, a: x, b: y, va: version[x], vb: version[y] });
            }
        }
    }
    let mut groups: Vec<Vec<usize>> = members.into_iter().zip(&alive).filter(|(_, al)| **al).map(|(g, _)| g).collect();
    for g in &mut groups {
        g.sort_unstable();
    }
    groups.sort_by_key(|g| g[0]);
    groups
        .into_iter()
        .enumerate()
        .map(|(k, g)| Story {
            id: format!("s{}", k + 1),
            articles: g.into_iter().map(|i| analysis.articles[i].id.clone()).collect(),
        })
        .collect()
}

/// The adjusted Rand index of two groupings of the same items (1 = identical, about 0 =
/// as good as chance).
pub fn adjusted_rand(a: &[usize], b: &[usize]) -> f64 {
    let n = a.len();
    let c2 = |x: usize| (x * x.saturating_sub(1)) as f64 / 2.0;
    let mut table: HashMap<(usize, usize), usize> = HashMap::new();
    let mut ra: HashMap<usize, usize> = HashMap::new();
    let mut rb: HashMap<usize, usize> = HashMap::new();
    for i in 0..n {
        *table.entry((a[i], b[i])).or_default() += 1;
        *ra.entry(a[i]).or_default() += 1;
        *rb.entry(b[i]).or_default() += 1;
    }
    let index: f64 = table.values().map(|&x| c2(x)).sum();
    let sa: f64 = ra.values().map(|&x| c2(x)).sum();
    let sb: f64 = rb.values().map(|&x| c2(x)).sum();
    let expected = sa * sb / c2(n).max(1.0);
    let max = (sa + sb) / 2.0;
    if (max - expected).abs() < 1e-12 { 1.0 } else { (index - expected) / (max - expected) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::{analyze, ingest};

    #[test]
    fn adjusted_rand_index() {
        assert!((adjusted_rand(&[0, 0, 1, 1], &[5, 5, 7, 7]) - 1.0).abs() < 1e-9);
        assert!(adjusted_rand(&[0, 0, 1, 1], &[0, 1, 0, 1]) < 0.0);
    }

    #[test]
    fn two_events_of_one_kind_are_two_stories() {
        let texts = [
            "Actress Tara Reid checked into the Promises Treatment Center in Malibu on Tuesday, her publicist Jack Ketsoyan told People magazine. The 33-year-old star of American Pie asked for privacy. Reid has struggled with partying for years, friends said, and her family supported the decision.",
            "Tara Reid has entered Promises in Malibu, People magazine reported, citing her publicist Jack Ketsoyan. The American Pie actress, 33, went to the facility on Tuesday. Ketsoyan would not say what Reid was being treated for at Promises.",
            "Lindsay Lohan left the Betty Ford Center in Rancho Mirage and checked into a rehab facility in Malibu, her lawyer Shawn Holley said on Thursday. Lohan, 26, is serving a 90-day court-ordered stay after a car crash case. The judge approved the move to Cliffside.",
            "Lohan moved from Betty Ford to the Cliffside facility in Malibu on Thursday, lawyer Shawn Holley confirmed. The 26-year-old actress must complete her 90-day stay under the plea deal in the car crash case, the judge ruled, or face jail.",
        ];
        let a = analyze(
            texts.iter().enumerate().map(|(i, t)| ingest(&format!("{i}.txt"), t.as_bytes()).unwrap()).collect(),
        );
        let s = stories(&a, &neighbours(&a));
        let group = |i: usize| s.iter().position(|st| st.articles.contains(&a.articles[i].id)).unwrap();
        assert_eq!(s.len(), 2, "{s:?}");
        assert_eq!(group(0), group(1));
        assert_eq!(group(2), group(3));
        assert_ne!(group(0), group(2));
    }
}

#[cfg(test)]
mod ecbplus {
    //! Stories against ECB+ dev: each topic holds articles on two real events of one kind;
    //! the adjusted Rand index of our grouping against the gold one, per topic. Skips when
    //! the corpus is absent.
    use super::*;
    use crate::core::{analyze, ingest};

    #[test]
    fn stories_separate_the_two_events_of_each_topic() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpora/ecbplus-dev");
        let Ok(json) = std::fs::read_to_string(root.join("gold.json")) else {
            eprintln!("skipped: {} is absent (development corpora)", root.display());
            return;
        };
        let gold: serde_json::Value = serde_json::from_str(&json).unwrap();
        let mut worst: f64 = 1.0;
        for (topic, t) in gold["topics"].as_object().unwrap() {
            let docs = t["docs"].as_object().unwrap();
            let mut names: Vec<&String> = docs.keys().collect();
            names.sort();
            let articles: Vec<_> = names
                .iter()
                .map(|n| {
                    ingest(&format!("{n}.txt"), &std::fs::read(root.join(topic).join(format!("{n}.txt"))).unwrap())
                        .unwrap()
                })
                .collect();
            let truth: Vec<usize> =
                names.iter().map(|n| usize::from(docs[*n]["subtopic"].as_str().unwrap().ends_with("plus"))).collect();
            let a = analyze(articles);
            let s = stories(&a, &neighbours(&a));
            let ours: Vec<usize> =
                a.articles.iter().map(|x| s.iter().position(|st| st.articles.contains(&x.id)).unwrap()).collect();
            let ari = adjusted_rand(&ours, &truth);
            println!("ECB+ topic {topic}: {} articles, {} stories, adjusted Rand index {ari:.3}", names.len(), s.len());
            worst = worst.min(ari);
        }
        assert!(worst >= 0.8, "a topic's adjusted Rand index fell to {worst:.3}");
    }
}
