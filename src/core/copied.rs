//! Copied passages: text that two articles share word for word, as wire copy, a press
//! release reprinted, or plagiarism.
//!
//! Each article's body (not its byline, labels or boilerplate) becomes a list of lowercase
//! words, and every run of [`SHINGLE`] words a hashed shingle. An inverted index from
//! shingle to (article, position) proposes the article pairs that share any; shingles in
//! more than [`COMMON`] articles are set phrases, not copying, and propose nothing. Each
//! pair's shared shingles are then aligned: those on one diagonal (the same offset between
//! the two articles) that follow each other, allowing a gap of a few changed words, make one
//! passage. Passages of at least [`MIN_WORDS`] words are reported, with both sides' spans.
//! The work grows with the shingles, not with the square of the articles.

use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};

use super::analysis::Analysis;
use super::article::RegionKind;

/// Words per shingle.
pub const SHINGLE: usize = 8;
/// A shingle in more articles than this is a set phrase ("said in a statement on…").
pub const COMMON: usize = 32;
/// The shortest passage reported, in words.
pub const MIN_WORDS: usize = 12;
/// Changed words that may interrupt one passage (an edited name, a dropped adjective).
const GAP: usize = 3;

/// One side of a copied passage (byte offsets into the article's text).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Side {
    /// The article's id.
    pub article: String,
    /// Start byte of the passage's first word.
    pub start: usize,
    /// End byte of its last word.
    pub end: usize,
}

/// A passage two articles share.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Copied {
    /// The earlier article in the given order, then the later one.
    pub sides: [Side; 2],
    /// Words in the passage (of the first side).
    pub words: usize,
    /// Words the two sides have in common, in order (at most `words`).
    pub shared: usize,
}

/// A word of an article: its lowercase form's hash and its byte span.
struct Word {
    hash: u64,
    start: usize,
    end: usize,
}

fn hash_word(w: &str) -> u64 {
    // FNV-1a over the lowercase characters: stable across runs and platforms.
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for c in w.chars().flat_map(char::to_lowercase) {
        let mut buf = [0u8; 4];
        for b in c.encode_utf8(&mut buf).bytes() {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    h
}

/// The body words of one article (apostrophes inside words kept: "Ukraine’s").
fn words(analysis: &Analysis, article: usize) -> Vec<Word> {
    let a = &analysis.articles[article];
    let text = a.text.as_str();
    let skipped: Vec<(usize, usize)> =
        a.regions.iter().filter(|r| r.kind != RegionKind::Headline).map(|r| (r.start, r.end)).collect();
    let mut out = Vec::new();
    let mut start = None;
    let is_word = |c: char| c.is_alphanumeric() || c == '\'' || c == '’';
    for (i, c) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
        match (start, is_word(c)) {
            (None, true) => start = Some(i),
            (Some(s), false) => {
                if !skipped.iter().any(|&(rs, re)| rs <= s && s < re) {
                    out.push(Word { hash: hash_word(&text[s..i]), start: s, end: i });
                }
                start = None;
            }
            _ => {}
        }
    }
    out
}

/// Two articles' indices.
type ArticlePair = (u32, u32);
/// A shingle shared at these word positions of the two articles.
type Hit = (u32, u32);

fn shingle(words: &[Word]) -> u64 {
    words.iter().fold(0u64, |h, w| h.rotate_left(7) ^ w.hash)
}

/// The passages the articles of `analysis` share, longest first within each pair, pairs in
/// article order.
pub fn copied(analysis: &Analysis) -> Vec<Copied> {
    let n = analysis.articles.len();
    if n < 2 {
        return Vec::new();
    }
    let words: Vec<Vec<Word>> = (0..n).map(|a| words(analysis, a)).collect();
    // Every shingle as (hash, article, position), sorted by hash: runs of one hash are the
    // places that share it (a sort instead of a table of lists: most shingles are unique).
    let mut all: Vec<(u64, u32, u32)> = Vec::new();
    for (a, ws) in words.iter().enumerate() {
        for p in 0..ws.len().saturating_sub(SHINGLE - 1) {
            all.push((shingle(&ws[p..p + SHINGLE]), a as u32, p as u32));
        }
    }
    all.sort_unstable();
    // Shared shingle positions by article pair.
    let mut shared: FxHashMap<ArticlePair, Vec<Hit>> = FxHashMap::default();
    for postings in all.chunk_by(|x, y| x.0 == y.0) {
        if postings.len() < 2 || postings[0].1 == postings[postings.len() - 1].1 {
            continue;
        }
        let mut articles: Vec<u32> = postings.iter().map(|&(_, a, _)| a).collect();
        articles.dedup();
        if articles.len() > COMMON {
            continue;
        }
        for (x, &(_, a, pa)) in postings.iter().enumerate() {
            for &(_, b, pb) in &postings[x + 1..] {
                if a != b {
                    shared.entry((a, b)).or_default().push((pa, pb));
                }
            }
        }
    }
    let mut pairs: Vec<(ArticlePair, Vec<Hit>)> = shared.into_iter().collect();
    pairs.sort_unstable_by_key(|(k, _)| *k);
    let mut out = Vec::new();
    for ((a, b), mut hits) in pairs {
        let (wa, wb) = (&words[a as usize], &words[b as usize]);
        // Verify (a hash collision is not a copy) and align along diagonals.
        hits.retain(|&(pa, pb)| {
            let (pa, pb) = (pa as usize, pb as usize);
            (0..SHINGLE).all(|k| wa[pa + k].hash == wb[pb + k].hash)
        });
        hits.sort_unstable_by_key(|&(pa, pb)| (i64::from(pb) - i64::from(pa), pa));
        let mut found: Vec<Copied> = Vec::new();
        let mut run: Option<(usize, usize, usize, usize, usize)> = None; // (a0, a1, b0, b1, shared words)
        let flush = |run: Option<(usize, usize, usize, usize, usize)>, found: &mut Vec<Copied>| {
            let Some((a0, a1, b0, b1, same)) = run else { return };
            if a1 - a0 >= MIN_WORDS && same >= MIN_WORDS {
                found.push(Copied {
                    sides: [
                        Side {
                            article: analysis.articles[a as usize].id.clone(),
                            start: wa[a0].start,
                            end: wa[a1 - 1].end,
                        },
                        Side {
                            article: analysis.articles[b as usize].id.clone(),
                            start: wb[b0].start,
                            end: wb[b1 - 1].end,
                        },
                    ],
                    words: a1 - a0,
                    shared: same,
                });
            }
        };
        let mut last_diag = i64::MIN;
        for (pa, pb) in hits {
            let (pa, pb) = (pa as usize, pb as usize);
            let diag = pb as i64 - pa as i64;
            match &mut run {
                // The next shingle on the same diagonal, overlapping or a few words on.
                Some((_, a1, _, b1, same)) if diag == last_diag && pa <= *a1 + GAP => {
                    let end = pa + SHINGLE;
                    if end > *a1 {
                        *same += end - (*a1).max(pa);
                        *a1 = end;
                        *b1 = pb + SHINGLE;
                    }
                }
                _ => {
                    flush(run.take(), &mut found);
                    run = Some((pa, pa + SHINGLE, pb, pb + SHINGLE, SHINGLE));
                }
            }
            last_diag = diag;
        }
        flush(run, &mut found);
        // One passage per stretch of either article: overlapping ones (a repeated sentence
        // aligned twice) keep the longest.
        found.sort_by(|x, y| y.words.cmp(&x.words).then(x.sides[0].start.cmp(&y.sides[0].start)));
        let mut kept: Vec<Copied> = Vec::new();
        for c in found {
            let overlaps =
                |k: &Copied| (0..2).any(|s| k.sides[s].start < c.sides[s].end && c.sides[s].start < k.sides[s].end);
            if !kept.iter().any(overlaps) {
                kept.push(c);
            }
        }
        out.extend(kept);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::{analyze, ingest};

    fn analysed(texts: &[&str]) -> Analysis {
        analyze(texts.iter().enumerate().map(|(i, t)| ingest(&format!("{i}.txt"), t.as_bytes()).unwrap()).collect())
    }

    const WIRE: &str = "The agency said the storm had knocked out power to more than 200,000 homes across the region and that crews from three neighbouring states were on their way to help restore it.";

    #[test]
    fn a_reprinted_wire_paragraph_is_found_with_both_spans() {
        let a = analysed(&[
            &format!("Storm Hits Coast\n\nResidents woke to flooded streets on Tuesday. {WIRE} Schools were closed."),
            &format!(
                "Power Out for Thousands\n\nLocal shops stayed shut. {WIRE}\n\nThe mayor asked people to stay home."
            ),
        ]);
        assert_eq!(a.copied.len(), 1, "{:?}", a.copied);
        let c = &a.copied[0];
        for (s, side) in c.sides.iter().enumerate() {
            let text = &a.articles[s].text[side.start..side.end];
            assert!(text.starts_with("The agency said") && text.ends_with("help restore it"), "{text}");
        }
        assert_eq!(c.words, 33);
    }

    #[test]
    fn a_passage_with_an_edited_word_stays_one_passage() {
        let edited = WIRE.replace("three neighbouring", "four neighbouring");
        let a = analysed(&[&format!("One\n\n{WIRE}"), &format!("Two\n\n{edited}")]);
        assert_eq!(a.copied.len(), 1, "{:?}", a.copied);
        assert_eq!(a.copied[0].words, 33);
        assert_eq!(a.copied[0].shared, 32);
    }

    #[test]
    fn the_same_story_in_own_words_is_not_copied() {
        let a = analysed(&[
            "Storm Hits Coast\n\nThe storm cut power to more than 200,000 homes, the agency said, and crews from three states were coming to help.",
            "Power Out\n\nMore than 200,000 homes lost power in the storm. Crews from three nearby states are on the way, according to the agency.",
        ]);
        assert!(a.copied.is_empty(), "{:?}", a.copied);
    }
}
