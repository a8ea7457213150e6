//! The public JSON schema of an analysis (documented in `docs/schema.md`), printed by
//! `parallax analyze --format json` and downloaded from the web app.
//!
//! This is the one place where byte offsets become Unicode code point offsets (what
//! Python's `str` indexing and most corpora use).

use serde::Serialize;

use super::analysis::Analysis;
use super::article::{Article, DateSource, Format, RegionKind};
use super::differences::DiscrepancyKind;
use super::entities::Entity;
use super::statements::{Statement, StatementKind, TimeSource};
use super::timex::{Timex, TimexType};

/// The schema version, bumped when a field changes meaning or disappears.
pub const SCHEMA_VERSION: u32 = 1;

/// The exported document.
#[derive(Debug, Serialize)]
pub struct Document<'a> {
    /// [`SCHEMA_VERSION`].
    pub version: u32,
    /// The articles.
    pub articles: Vec<ArticleOut<'a>>,
    /// The statements.
    pub statements: Vec<StatementOut<'a>>,
    /// The people, places and groups, merged across articles.
    pub entities: &'a [Entity],
    /// The time expressions of all articles, article by article, in text order.
    pub timexes: Vec<TimexOut<'a>>,
    /// Sentences of different articles that report the same thing.
    pub claims: Vec<ClaimOut<'a>>,
    /// Differences between the articles, with the evidence of each side.
    pub discrepancies: Vec<DiscrepancyOut<'a>>,
    /// The articles grouped by the event they report.
    pub stories: &'a [super::stories::Story],
    /// How alike each pair of related articles is overall (pairs not listed: unrelated).
    pub similarity: Vec<SimilarityOut<'a>>,
    /// Passages two articles share word for word.
    pub copied: Vec<CopiedOut<'a>>,
    /// The statements no other article reports (in no claim), when there are several
    /// articles.
    pub unique: Vec<&'a str>,
}

/// How alike two articles are.
#[derive(Debug, Serialize)]
pub struct SimilarityOut<'a> {
    /// The two articles' ids.
    pub articles: [&'a str; 2],
    /// The cosine of their weighted words, 0 to 1, three decimals.
    pub score: f64,
}

/// A passage two articles share.
#[derive(Debug, Serialize)]
pub struct CopiedOut<'a> {
    /// Each article's span (code points) and its text.
    pub sides: Vec<EvidenceOut<'a>>,
    /// Words in the passage.
    pub words: usize,
    /// Words both sides have, in order.
    pub shared: usize,
}

/// An exported claim.
#[derive(Debug, Serialize)]
pub struct ClaimOut<'a> {
    /// `c1`, `c2`…
    pub id: &'a str,
    /// One sentence per article and place (code points).
    pub members: Vec<MemberOut<'a>>,
    /// The strongest link's score.
    pub score: f64,
}

/// A claim's member (code points).
#[derive(Debug, Serialize)]
pub struct MemberOut<'a> {
    /// Article id.
    pub article: &'a str,
    /// Start (code points).
    pub start: usize,
    /// End (code points, exclusive).
    pub end: usize,
    /// The statement in that sentence, or null.
    pub statement: Option<&'a str>,
}

/// An exported discrepancy.
#[derive(Debug, Serialize)]
pub struct DiscrepancyOut<'a> {
    /// `quote-wording`, `number`, `attribution`, `role`, `name-spelling` or `negation`.
    pub kind: DiscrepancyKind,
    /// The entity concerned, or null.
    pub entity: Option<&'a str>,
    /// The evidence (code points).
    pub items: Vec<EvidenceOut<'a>>,
    /// What differs, in words.
    pub note: &'a str,
}

/// One side's evidence (code points).
#[derive(Debug, Serialize)]
pub struct EvidenceOut<'a> {
    /// Article id.
    pub article: &'a str,
    /// Start (code points).
    pub start: usize,
    /// End (code points, exclusive).
    pub end: usize,
    /// The text of the span.
    pub text: &'a str,
}

/// An exported time expression (code point offsets).
#[derive(Debug, Serialize)]
pub struct TimexOut<'a> {
    /// Article id.
    pub article: &'a str,
    /// Start (code points).
    pub start: usize,
    /// End (code points, exclusive).
    pub end: usize,
    /// The expression as written.
    pub text: &'a str,
    /// `DATE`, `TIME`, `DURATION` or `SET` (TimeML).
    #[serde(rename = "type")]
    pub kind: TimexType,
    /// The TimeML value (`2026-01-07`, `2025-09`, `P10D`, `PRESENT_REF`).
    pub value: &'a str,
    /// Whether the value was computed from the article's date or an earlier expression.
    pub anchored: bool,
}

/// An exported article.
#[derive(Debug, Serialize)]
pub struct ArticleOut<'a> {
    /// Stable id (derived from the text).
    pub id: &'a str,
    /// File name or label.
    pub file: &'a str,
    /// Headline, or null.
    pub title: Option<&'a str>,
    /// Section label, or null.
    pub section: Option<&'a str>,
    /// Byline, or null.
    pub byline: Option<&'a str>,
    /// `YYYY-MM-DD`, or null.
    pub published: Option<&'a str>,
    /// `user` or `metadata`, or null when there is no date.
    pub date_source: Option<DateSource>,
    /// Publication name, or null.
    pub site: Option<&'a str>,
    /// Language code, or null.
    pub lang: Option<&'a str>,
    /// `text`, `markdown` or `html`.
    pub format: Format,
    /// Encoding the file was decoded from.
    pub encoding: &'a str,
    /// Words in the body (regions excluded).
    pub words: usize,
    /// The text that all offsets point into.
    pub text: &'a str,
    /// Non-body regions.
    pub regions: Vec<RegionOut>,
}

/// An exported region (code point offsets).
#[derive(Debug, Serialize)]
pub struct RegionOut {
    /// What it is.
    pub kind: RegionKind,
    /// Start (code points).
    pub start: usize,
    /// End (code points, exclusive).
    pub end: usize,
}

/// An exported speaker.
#[derive(Debug, Serialize)]
pub struct SpeakerOut<'a> {
    /// The mention as written.
    pub text: &'a str,
    /// The id of the speaker's entity (`entities[].id`), or null.
    pub entity: Option<&'a str>,
    /// Resolved name, or null.
    pub name: Option<&'a str>,
    /// Mention start (code points).
    pub start: usize,
    /// Mention end (code points).
    pub end: usize,
}

/// An exported time.
#[derive(Debug, Serialize)]
pub struct TimeOut<'a> {
    /// ISO 8601 value.
    pub value: &'a str,
    /// The expression it came from; null when it is the article's date.
    pub text: Option<&'a str>,
    /// That expression's span (code points), or null.
    pub start: Option<usize>,
    /// Its end (code points, exclusive), or null.
    pub end: Option<usize>,
    /// `sentence` (said in the statement's sentence), `context` (earlier in its
    /// paragraph) or `article` (the article's date).
    pub source: TimeSource,
}

/// An exported statement (code point offsets).
#[derive(Debug, Serialize)]
pub struct StatementOut<'a> {
    /// `<article>.s<n>`.
    pub id: &'a str,
    /// Article id.
    pub article: &'a str,
    /// `direct`, `partial` or `indirect`.
    pub kind: StatementKind,
    /// The speaker, or null.
    pub speaker: Option<SpeakerOut<'a>>,
    /// Reporting verb, or null.
    pub cue: Option<&'a str>,
    /// Start of the statement, quote marks included (code points).
    pub start: usize,
    /// End (code points, exclusive).
    pub end: usize,
    /// The quoted words without outer quote marks.
    pub content: &'a str,
    /// When it was said, or null.
    pub time: Option<TimeOut<'a>>,
    /// The quoted pieces (code points): one, or several for an interrupted quotation.
    pub fragments: Vec<SpanOut>,
    /// Whether the user corrected it.
    pub corrected: bool,
}

/// A span in code points.
#[derive(Debug, Serialize)]
pub struct SpanOut {
    /// Start (code points).
    pub start: usize,
    /// End (code points, exclusive).
    pub end: usize,
}

/// Byte offset to code point offset conversion for one text, in constant time per offset:
/// the code point count at every 256th byte is kept, and the rest is counted.
struct CodePoints<'a> {
    text: &'a str,
    blocks: Vec<usize>,
}

const BLOCK: usize = 64;

impl<'a> CodePoints<'a> {
    fn new(text: &'a str) -> Self {
        let bytes = text.as_bytes();
        let mut blocks = Vec::with_capacity(bytes.len() / BLOCK + 1);
        let mut count = 0;
        for chunk in bytes.chunks(BLOCK) {
            blocks.push(count);
            count += code_points(chunk);
        }
        blocks.push(count); // for the offset at the very end of a text of whole blocks
        CodePoints { text, blocks }
    }

    fn at(&self, byte: usize) -> usize {
        let byte = byte.min(self.text.len());
        let block = byte / BLOCK;
        let base = self.blocks[block];
        base + code_points(&self.text.as_bytes()[block * BLOCK..byte])
    }
}

/// The code points that start in `bytes`: every byte but UTF-8 continuation bytes
/// (`10xxxxxx`), eight bytes at a time.
fn code_points(bytes: &[u8]) -> usize {
    let mut chunks = bytes.chunks_exact(8);
    let mut count = 0;
    for x in (&mut chunks).filter_map(super::ascii::chunk) {
        // Bit 7 set and bit 6 clear: bit 6 shifted up one lands on its own byte's bit 7.
        count += 8 - (x & !(x << 1) & super::ascii::HIGH).count_ones() as usize;
    }
    count + chunks.remainder().iter().filter(|&&b| (b & 0xC0) != 0x80).count()
}

fn article_out<'a>(a: &'a Article, cp: &CodePoints) -> ArticleOut<'a> {
    ArticleOut {
        id: a.id.as_str(),
        file: a.file.as_str(),
        title: a.title.as_deref(),
        section: a.section.as_deref(),
        byline: a.byline.as_deref(),
        published: a.published.as_deref(),
        date_source: a.date_source,
        site: a.site.as_deref(),
        lang: a.lang.as_deref(),
        format: a.format,
        encoding: a.encoding.as_str(),
        words: a.word_count(),
        text: a.text.as_str(),
        regions: a
            .regions
            .iter()
            .map(|r| RegionOut { kind: r.kind, start: cp.at(r.start), end: cp.at(r.end) })
            .collect(),
    }
}

fn statement_out<'a>(s: &'a Statement, cp: &CodePoints) -> StatementOut<'a> {
    StatementOut {
        id: s.id.as_str(),
        article: s.article.as_str(),
        kind: s.kind,
        speaker: s.speaker.as_ref().map(|sp| SpeakerOut {
            text: sp.text.as_str(),
            entity: sp.entity.as_deref(),
            name: sp.name.as_deref(),
            start: cp.at(sp.start),
            end: cp.at(sp.end),
        }),
        cue: s.cue.as_deref(),
        start: cp.at(s.start),
        end: cp.at(s.end),
        content: s.content.as_str(),
        time: s.time.as_ref().map(|t| TimeOut {
            value: t.value.as_str(),
            text: t.text.as_deref(),
            start: t.start.map(|b| cp.at(b)),
            end: t.end.map(|b| cp.at(b)),
            source: t.source,
        }),
        fragments: s.fragments.iter().map(|f| SpanOut { start: cp.at(f.start), end: cp.at(f.end) }).collect(),
        corrected: s.corrected,
    }
}

/// Builds the exported document of an analysis.
pub fn document(analysis: &Analysis) -> Document<'_> {
    // Each article's code points, indexed once, for its own offsets and its statements'.
    let points: Vec<CodePoints> = analysis.articles.iter().map(|a| CodePoints::new(&a.text)).collect();
    let by_id: std::collections::HashMap<&str, &CodePoints, crate::core::names::FnvBuild> =
        analysis.articles.iter().map(|a| a.id.as_str()).zip(&points).collect();
    let empty = CodePoints::new("");
    let points_of = |id: &str| by_id.get(id).copied().unwrap_or(&empty);
    Document {
        version: SCHEMA_VERSION,
        articles: analysis.articles.iter().zip(&points).map(|(a, cp)| article_out(a, cp)).collect(),
        statements: analysis.statements.iter().map(|s| statement_out(s, points_of(&s.article))).collect(),
        entities: &analysis.entities,
        timexes: analysis
            .articles
            .iter()
            .zip(&analysis.timexes)
            .flat_map(|(a, times)| {
                let cp = points_of(&a.id);
                times.iter().map(move |t: &Timex| TimexOut {
                    article: a.id.as_str(),
                    start: cp.at(t.start),
                    end: cp.at(t.end),
                    text: t.text.as_str(),
                    kind: t.kind,
                    value: t.value.as_str(),
                    anchored: t.anchored,
                })
            })
            .collect(),
        claims: analysis
            .claims
            .iter()
            .map(|c| ClaimOut {
                id: c.id.as_str(),
                score: (c.score * 1000.0).round() / 1000.0,
                members: c
                    .members
                    .iter()
                    .map(|m| {
                        let cp = points_of(&m.article);
                        MemberOut {
                            article: m.article.as_str(),
                            start: cp.at(m.start),
                            end: cp.at(m.end),
                            statement: m.statement.as_deref(),
                        }
                    })
                    .collect(),
            })
            .collect(),
        discrepancies: analysis
            .discrepancies
            .iter()
            .map(|d| DiscrepancyOut {
                kind: d.kind,
                entity: d.entity.as_deref(),
                note: d.note.as_str(),
                items: d
                    .items
                    .iter()
                    .map(|e| {
                        let cp = points_of(&e.article);
                        EvidenceOut {
                            article: e.article.as_str(),
                            start: cp.at(e.start),
                            end: cp.at(e.end),
                            text: e.text.as_str(),
                        }
                    })
                    .collect(),
            })
            .collect(),
        stories: &analysis.stories,
        similarity: analysis
            .similarity
            .iter()
            .map(|s| SimilarityOut {
                articles: [analysis.articles[s.a].id.as_str(), analysis.articles[s.b].id.as_str()],
                score: (s.score * 1000.0).round() / 1000.0,
            })
            .collect(),
        copied: analysis
            .copied
            .iter()
            .map(|c| CopiedOut {
                words: c.words,
                shared: c.shared,
                sides: c
                    .sides
                    .iter()
                    .map(|side| {
                        let cp = points_of(&side.article);
                        let text = analysis
                            .articles
                            .iter()
                            .find(|a| a.id == side.article)
                            .map_or("", |a| &a.text[side.start..side.end]);
                        EvidenceOut {
                            article: side.article.as_str(),
                            start: cp.at(side.start),
                            end: cp.at(side.end),
                            text,
                        }
                    })
                    .collect(),
            })
            .collect(),
        unique: analysis.unique_statements().into_iter().map(|i| analysis.statements[i].id.as_str()).collect(),
    }
}

/// The exported document as pretty-printed JSON.
pub fn to_json(analysis: &Analysis) -> String {
    serde_json::to_string_pretty(&document(analysis)).expect("the document serialises")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::{analyze, ingest};

    #[test]
    fn code_points_are_counted_at_every_byte_boundary() {
        let text = "Zelenskyy’s “Ça va,” 😀 Ana Ruiz — Київ said. ".repeat(5);
        let cp = CodePoints::new(&text);
        for (i, _) in text.char_indices().chain([(text.len(), ' ')]) {
            assert_eq!(cp.at(i), text[..i].chars().count(), "byte {i}");
            assert_eq!(code_points(&text.as_bytes()[i..]), text[i..].chars().count(), "from byte {i}");
        }
    }

    #[test]
    fn offsets_are_code_points() {
        let text = "Zelenskyy’s team: “Ça va,” Ana Ruiz said.";
        let analysis = analyze(vec![ingest("a.txt", text.as_bytes()).unwrap()]);
        let doc = document(&analysis);
        let s = &doc.statements[0];
        let chars: Vec<char> = doc.articles[0].text.chars().collect();
        let span: String = chars[s.start..s.end].iter().collect();
        assert_eq!(span, "“Ça va,”");
        let sp = s.speaker.as_ref().unwrap();
        let who: String = chars[sp.start..sp.end].iter().collect();
        assert_eq!(who, "Ana Ruiz");
    }
}
