//! Statements: quotations in an article with who said them and when.
//!
//! This first pass finds quotations and the speaker named next to them:
//! 1. **Quote marks** are paired per paragraph (“…”, "…", ‘…’, «…», „…“). A quote left open
//!    at the end of a paragraph continues if the next paragraph opens with a quote mark
//!    (the newspaper convention for long quotes); a closing mark with no opening one, at the
//!    start of a paragraph's quote, starts the quote at the paragraph's start.
//! 2. **Attribution** is looked for after the quote (`,” Zelensky said`, `,” said the
//!    minister`) and before it in the same sentence (`Trump noted, “…`, `he declared:` on
//!    the line above, `described the strikes as “…”`).
//! 3. **Kind**: a quote that stands as its own sentence is `direct`; a quoted fragment inside
//!    reported speech is `partial`. Quoted words with no reporting verb (scare quotes,
//!    names, titles: a “Patriot” system) are not statements.
//! 4. **Speakers**: pronouns resolve to the last person named as a subject before them;
//!    a surname resolves to the fuller name used earlier in the article.

use serde::{Deserialize, Serialize};

use std::borrow::Cow;

use super::article::Article;
use super::ascii;
use super::names::{self, Mention, MentionKind, Token};
use super::reported;
use super::segment::{Sentence, sentences};

/// The kind of a statement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum StatementKind {
    /// A full quotation.
    Direct,
    /// A quoted fragment inside reported speech.
    Partial,
    /// Reported speech without quotation marks.
    Indirect,
}

impl StatementKind {
    /// The kind as written in the JSON: `direct`, `partial` or `indirect`.
    pub fn as_str(self) -> &'static str {
        match self {
            StatementKind::Direct => "direct",
            StatementKind::Partial => "partial",
            StatementKind::Indirect => "indirect",
        }
    }
}

/// Who made a statement, as the article names them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Speaker {
    /// The mention as written ("French President Emmanuel Macron", "he").
    pub text: String,
    /// Byte span of the mention.
    pub start: usize,
    /// Byte span end of the mention.
    pub end: usize,
    /// The resolved name ("Emmanuel Macron"), when known.
    pub name: Option<String>,
    /// A stable entity key for the resolved speaker, when known.
    pub entity: Option<String>,
}

/// When a statement was made.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatementTime {
    /// A TimeML date value (`2026-01-07`, `2025-09`, `2026-W02`, `2026-01-07T15:00`).
    pub value: String,
    /// The time expression it came from, or `None` when it is the article's date.
    pub text: Option<String>,
    /// Byte span of that expression, when there is one.
    pub start: Option<usize>,
    /// End of that span.
    pub end: Option<usize>,
    /// Where the time came from.
    pub source: TimeSource,
}

/// Where a statement's time came from (see [`when`](super::when)).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TimeSource {
    /// A time expression in the statement's own sentence ("said on Wednesday").
    Sentence,
    /// A time expression earlier in the same paragraph.
    Context,
    /// Nothing in the text: the article's date.
    Article,
}

impl TimeSource {
    /// The source as written in the JSON: `sentence`, `context` or `article`.
    pub fn as_str(self) -> &'static str {
        match self {
            TimeSource::Sentence => "sentence",
            TimeSource::Context => "context",
            TimeSource::Article => "article",
        }
    }
}

impl StatementTime {
    /// The article's date as a statement's time.
    pub(crate) fn of_article(article: &Article) -> Option<Self> {
        article.published.as_ref().map(|d| StatementTime {
            value: d.clone(),
            text: None,
            start: None,
            end: None,
            source: TimeSource::Article,
        })
    }
}

/// One statement found in an article (byte offsets into the article's text).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Statement {
    /// `<article id>.s<n>`.
    pub id: String,
    /// The article's id.
    pub article: String,
    /// Direct, partial or indirect.
    pub kind: StatementKind,
    /// Byte span of the statement, quote marks included.
    pub start: usize,
    /// End of that span.
    pub end: usize,
    /// The quoted words without the outer quote marks.
    pub content: String,
    /// The speaker, if one was found.
    pub speaker: Option<Speaker>,
    /// The reporting verb ("said", "stressed"), if any.
    pub cue: Option<String>,
    /// When it was said.
    pub time: Option<StatementTime>,
    /// The quoted pieces: one span, or several for an interrupted quotation
    /// (“…,” she said, “…”). They lie within `start..end`.
    pub fragments: Vec<Span>,
    /// The user corrected it (see [`corrections`](super::corrections)).
    #[serde(default)]
    pub corrected: bool,
}

/// A byte span of an article's text, end exclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    /// Start byte.
    pub start: usize,
    /// End byte (exclusive).
    pub end: usize,
}

/// A paired quotation: byte span including its marks, and the inner span.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Quote {
    start: usize,
    end: usize,
    inner_start: usize,
    inner_end: usize,
    /// The opening mark was missing: the quote starts at its paragraph's start.
    missing_open: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mark {
    Open(char),
    Close(char),
}

/// What the quote mark `c` does between the characters `prev` and `next`, with the mark
/// `open` open; `short_year` when two digits and no third follow it ("‘08", "'90s").
fn classify_mark(
    prev: Option<char>,
    c: char,
    next: Option<char>,
    open: Option<char>,
    short_year: bool,
) -> Option<Mark> {
    let space_before = prev.is_none_or(|p| p.is_whitespace() || matches!(p, '(' | '[' | '—' | '–' | '-' | '/' | ':'));
    let word_after = next.is_some_and(|n| n.is_alphanumeric());
    match c {
        '“' if open == Some('„') => Some(Mark::Close(c)),
        // A mistyped closing mark: “abhorrent“ in a tweet.
        '“' if open == Some('“') && !space_before && !word_after => Some(Mark::Close(c)),
        '“' | '„' | '«' => Some(Mark::Open(c)),
        '”' | '»' => Some(Mark::Close(c)),
        '"' => {
            if open == Some('"') && !(space_before && next.is_some_and(|n| !n.is_whitespace())) {
                Some(Mark::Close(c))
            } else if space_before && next.is_some_and(|n| !n.is_whitespace()) {
                Some(Mark::Open(c))
            } else {
                Some(Mark::Close(c))
            }
        }
        // ("in ‘08", "the ‘90s": a year cut short.)
        '‘' | '\'' if space_before && short_year => None,
        '‘' if space_before => Some(Mark::Open(c)),
        '’' | '\'' if open.is_some_and(|o| o == '‘' || o == '\'') && !word_after => Some(Mark::Close(c)),
        '\'' if space_before && word_after && open.is_none() => Some(Mark::Open(c)),
        _ => None,
    }
}

fn closes(open: char, close: char) -> bool {
    match open {
        '“' => matches!(close, '”' | '"' | '“'),
        '"' => close == '"' || close == '”',
        '„' => close == '“' || close == '”',
        '«' => close == '»',
        '‘' | '\'' => close == '’' || close == '\'',
        _ => false,
    }
}

fn is_double(c: char) -> bool {
    !matches!(c, '‘' | '’' | '\'')
}

/// The byte width of the quote mark at `at` ('' counts as one mark).
fn mark_width(text: &str, at: usize) -> usize {
    if text[at..].starts_with("''") { 2 } else { text[at..].chars().next().map_or(0, char::len_utf8) }
}

/// The next quote mark in `line` at or after byte `from`: its byte and character. Only
/// the bytes that can start one are looked at (", ', and the lead bytes of “”‘’„«»).
fn next_mark(line: &str, from: usize) -> Option<(usize, char)> {
    let bytes = line.as_bytes();
    let mut i = from;
    while i < bytes.len() {
        // Eight bytes at a time while none can start a mark (SWAR: a byte equal to one of
        // the four is a zero byte after the xor).
        if let Some(x) = ascii::chunk(&bytes[i..]) {
            use ascii::has_byte;
            if has_byte(x, b'"') | has_byte(x, b'\'') | has_byte(x, 0xE2) | has_byte(x, 0xC2) == 0 {
                i += 8;
                continue;
            }
        }
        match bytes[i] {
            b'"' => return Some((i, '"')),
            b'\'' => return Some((i, '\'')),
            0xE2 | 0xC2 => {
                let c = line[i..].chars().next()?;
                if matches!(c, '“' | '”' | '„' | '«' | '»' | '‘' | '’') {
                    return Some((i, c));
                }
                i += c.len_utf8();
            }
            _ => i += 1,
        }
    }
    None
}

/// Finds the quotations of `text`, in order.
fn quotes(text: &str) -> Vec<Quote> {
    let mut out = Vec::new();
    // Lines with their byte spans.
    let mut lines = Vec::new();
    let mut at = 0;
    for piece in text.split_inclusive('\n') {
        let body = piece.trim_end_matches(['\n', '\r']);
        lines.push((at, at + body.len()));
        at += piece.len();
    }
    // An open quote carried over from an earlier paragraph: (open char, start byte).
    let mut carried: Option<(char, usize)> = None;
    for (li, &(ls, le)) in lines.iter().enumerate() {
        let line = &text[ls..le];
        if line.trim().is_empty() {
            continue;
        }
        let mut open: Option<(char, usize)> = None;
        let mut seen_mark = false;
        // A carried quote continues only if this paragraph opens with a quote mark.
        if let Some((c, start)) = carried.take() {
            let first = line.trim_start().chars().next();
            if first.is_some_and(|f| matches!(f, '“' | '"' | '„' | '«' | '‘')) || line.trim_start().starts_with("''")
            {
                open = Some((c, start));
                seen_mark = true;
            }
        }
        let mut skip_first_open = open.is_some();
        let mut at = 0;
        while let Some((off, mut c)) = next_mark(line, at) {
            let prev = line[..off].chars().next_back();
            // Two apostrophes ('') are a double quote mark in some house styles.
            let doubled = c == '\'' && line.as_bytes().get(off + 1) == Some(&b'\'');
            let width = if doubled { 2 } else { c.len_utf8() };
            if doubled {
                c = '"';
            }
            let next = line[off + width..].chars().next();
            at = off + width;
            let digits = line.as_bytes()[off + width..].iter().take(3).take_while(|b| b.is_ascii_digit()).count();
            let Some(mark) = classify_mark(prev, c, next, open.map(|o| o.0), digits == 2) else { continue };
            let byte = ls + off;
            let mark_len = if doubled { 2 } else { c.len_utf8() };
            match mark {
                Mark::Open(o) => {
                    if skip_first_open {
                        skip_first_open = false;
                        continue;
                    }
                    match open {
                        // Nested quotes (single inside double) are part of the outer one.
                        Some((oc, _)) if is_double(oc) != is_double(o) => {}
                        // A second opening mark: the first one was never closed.
                        _ => open = Some((o, byte)),
                    }
                    seen_mark = true;
                }
                Mark::Close(cl) => {
                    match open {
                        Some((oc, start)) if closes(oc, cl) => {
                            out.push(Quote {
                                start,
                                end: byte + mark_len,
                                inner_start: start + mark_width(text, start),
                                inner_end: byte,
                                missing_open: false,
                            });
                            open = None;
                        }
                        Some(_) => {}
                        None if !seen_mark && is_double(cl) => {
                            // A closing mark with no opening one: the quote runs from the
                            // paragraph's start (kept only if an attribution follows).
                            let lead = line.len() - line.trim_start().len();
                            out.push(Quote {
                                start: ls + lead,
                                end: byte + mark_len,
                                inner_start: ls + lead,
                                inner_end: byte,
                                missing_open: true,
                            });
                        }
                        None => {}
                    }
                    seen_mark = true;
                }
            }
            skip_first_open = false;
        }
        if let Some((oc, start)) = open {
            // Continues into the next paragraph if that one opens with a quote mark;
            // otherwise the quote never closes and ends with its paragraph.
            let next_line = lines[li + 1..].iter().map(|&(s, e)| text[s..e].trim()).find(|l| !l.is_empty());
            if next_line.is_some_and(|l| l.starts_with(['“', '"', '„', '«', '‘']) || l.starts_with("''"))
                && is_double(oc)
            {
                carried = Some((oc, start));
            } else if is_double(oc) {
                let open_len = mark_width(text, start);
                let end = ls + line.trim_end().len();
                if end > start + open_len {
                    out.push(Quote { start, end, inner_start: start + open_len, inner_end: end, missing_open: false });
                }
            }
        }
    }
    out
}

/// How far (bytes) before a quotation its attribution is looked for.
const WINDOW: usize = 600;
/// How far (bytes) after a quotation its attribution is looked for: a cue within 14 words
/// and a speaker phrase of at most 14 words.
const WINDOW_AFTER: usize = 300;

/// The largest char boundary at or before `at`.
pub(crate) fn floor_boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// Where the attribution was found, which decides between direct and partial.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Place {
    /// After the quote: `,” she said`.
    After,
    /// Right before the quote: `she said: “` or `she said, “`.
    Introduced,
    /// Earlier in the sentence, with words between cue and quote: `described it as “…”`.
    Embedded,
}

struct Attribution {
    mention: Option<Mention>,
    cue_text: Option<String>,
    place: Place,
}

fn sentence_at(sents: &[Sentence], byte: usize) -> Option<usize> {
    let i = sents.partition_point(|s| s.end <= byte);
    (i < sents.len() && sents[i].start <= byte).then_some(i)
}

/// Looks after the quote: `,” Zelensky said`, `,” said Zelenskyy`, `" he told reporters`,
/// `,” Michael Ahrens, a Rubio spokesman, said`, `,” said Virginia delegate Beau Correll`.
fn attribution_after(text: &str, q: &Quote, sents: &[Sentence], sent_toks: &SentenceTokens) -> Option<Attribution> {
    let window_end = floor_boundary(text, q.end + WINDOW_AFTER);
    let line_end = text[q.end..window_end].find('\n').map_or(window_end, |i| q.end + i);
    let mut stop =
        sentence_at(sents, q.end.saturating_sub(1)).map_or(line_end, |i| sents[i].end.max(q.end)).min(line_end);
    // A quote ending in "?" or "!" ends its sentence for the splitter, but its attribution
    // follows: “…who knows?” Trump told reporters.
    // A quotation inside it may close first: “…‘What can I do?’” Weaver said.
    let inner = text[q.inner_start..q.inner_end].trim_end().trim_end_matches(['’', '\'', '”', '"', '»']);
    let ends_question = inner.ends_with(['?', '!']);
    let next = || sentence_at(sents, floor_boundary(text, stop + 1).min(line_end));
    // So does a quote ending in a full stop when a short sentence of its speaker and verb
    // follows on the line: “…the emails that are missing.” Trump said.
    let said_after = || {
        inner.ends_with('.')
            && next().is_some_and(|i| {
                let t = sent_toks.span(text, sents, sents[i].start, sents[i].end.min(line_end));
                let words = t.iter().filter(|t| t.is_word()).count();
                (2..=5).contains(&words)
                    && t.first().is_some_and(Token::is_capitalized)
                    && t.iter().rposition(Token::is_cue).is_some_and(|c| c >= 1 && t.len() - c <= 3)
            })
    };
    let extended = text[q.end..stop].trim().is_empty() && (ends_question || said_after());
    if extended && let Some(i) = next() {
        stop = sents[i].end.min(line_end);
    }
    let stop = floor_boundary(text, stop.max(q.end).min(q.end + WINDOW_AFTER));
    let toks = sent_toks.span(text, sents, q.end, stop.max(q.end));
    let mut i = 0;
    // (A stray "'" is the rest of a '' closing mark.)
    while i < toks.len() && matches!(toks[i].text, "," | "—" | "–" | "-" | "'") {
        i += 1;
    }
    // “…” set off by dashes inside a sentence ("O'Malley lamented her gaffes - “…?” -
    // Democrats said…") belongs to the words before it, not to the clause after.
    let dashed = |t: &str| matches!(t, "—" | "–" | "-");
    if toks.first().is_some_and(|t| dashed(t.text)) && text[..q.start].trim_end().ends_with(['—', '–', '-']) {
        return None;
    }
    // “…,” according to CNN.
    if names::according_to(&toks, i) {
        let end = names::phrase_end(&toks, i + 2);
        let mention = names::span_mention(&toks, i + 2, end)?;
        return Some(Attribution {
            mention: Some(mention),
            cue_text: Some("according to".into()),
            place: Place::After,
        });
    }
    // The first reporting verb soon after the quote, before any other quotation starts. A
    // dot after a short capitalised word is an abbreviation ("Sen. Rand Paul, R-Ky., said").
    let reach = if extended { 7 } else { ATTRIBUTION_TOKENS };
    let c = (i..toks.len().min(i + reach))
        .take_while(|&k| match toks[k].text {
            "“" | "\"" | ";" | "!" | "?" => false,
            // A dot right before a closing parenthesis ends no sentence ("(D-Ore.) said").
            "." => {
                toks.get(k + 1).is_some_and(|n| n.text == ")")
                    || (k > 0
                        && toks[k - 1].is_capitalized()
                        && toks[k - 1].text.len() <= 4
                        && toks.get(k + 1).is_some_and(|n| n.text == ","))
            }
            _ => true,
        })
        .find(|&k| {
            toks[k].is_cue()
                || is_after_quote_cue(toks[k].text)
                // “…,” Trump shot back.
                || phrasal_cue(&toks, k)
                // “…?” Hannity pressed. “…,” the chairman snapped, …: any past tense
                // that closes a short subject's clause right after a quotation tells how
                // it was said.
                || manner_of_saying(&toks, i, k)
                || inverted_past(&toks, i, k)
        })?;
    let cue_text = Some(cue_words(&toks, c));
    // “…,” describing the plan as… : a participle right after the quote describes the
    // sentence's subject, found before the quote.
    if c == i && toks[c].text.ends_with("ing") {
        return None;
    }
    // “…” about fixing inequality, said Marla Kilfoyle: a comma before the cue puts the
    // speaker after it.
    let continues_quote = toks[i].text.starts_with(|ch: char| ch.is_lowercase())
        && !toks[i].is_in(names::PRONOUNS)
        && !toks[i].is_in(&names::DETERMINERS);
    if c == i || (toks[c - 1].text == "," && continues_quote) {
        // Cue then speaker: "said Zelenskyy", "said the minister, who…".
        let i = c;
        let end = names::phrase_end(&toks, i + 1);
        let mention = names::span_mention(&toks, i + 1, end)?;
        if extended && toks.get(end).is_some_and(|t| matches!(t.text, "“" | "\"" | ":")) {
            return None;
        }
        // (“terrible,” denounced her record…: after a verb of judging, a possessive opens
        // its object, not a speaker.)
        let judging = toks[c].object_lemma().is_some_and(|l| !matches!(l, "ask" | "urge" | "demand" | "recall"));
        if judging && toks.get(i + 1).is_some_and(|t| t.is_in(&["his", "her", "their", "its"][..])) {
            return None;
        }
        return Some(Attribution { mention: Some(mention), cue_text, place: Place::After });
    }
    // Speaker then cue, over adverbs and auxiliaries: "Zelensky later said".
    let mut end = c;
    while end > i && is_adverb_or_aux(toks[end - 1].text) {
        end -= 1;
    }
    // “…” and said…, “…” to describe…, “…” of Trump, whom he called…: a clause that goes
    // on after the quotation names no speaker; the attribution is before it.
    // (But “…” for the campaign, Sanders said: a phrase, then its speaker after a comma.)
    if toks[i].is_in(CLAUSE_WORDS) {
        if !toks[i].is_in(names::PREPOSITIONS) {
            return None;
        }
        let comma = (i + 1..end).rev().find(|&k| toks[k].text == ",")?;
        let (m, _) = names::mention_starting_at(&toks, comma + 1).filter(|&(_, j)| j == end)?;
        return Some(Attribution { mention: Some(reporter_of(&toks, m)), cue_text, place: Place::After });
    }
    // “…” in a Facebook post, “…” displayed by the state attorney, “…,” referring to the
    // candidate’s vow: an adjunct or a participle phrase goes on after the quotation, and
    // a noun there is no cue. A speaker after the adjunct's comma is still one (“…” at
    // the convention, he said).
    let i = if opens_adjunct(&toks, i) {
        let comma = (i + 1..end).rev().find(|&k| toks[k].text == ",")?;
        (comma + 1..end).find(|&k| toks[k].is_word())?
    } else {
        i
    };
    let mention = names::span_mention(&toks, i, end)?;
    if extended && toks.get(c + 1).is_some_and(|t| matches!(t.text, "“" | "\"" | ":")) {
        return None;
    }
    Some(Attribution { mention: Some(mention), cue_text, place: Place::After })
}

/// "The ad says “…”", "As Trump spoke, the attendees chanted, “…”": a determiner and at
/// most three lowercase words right before the verb, opening the sentence or a clause after
/// a comma, are its subject, even when the noun is no known role (not in the passive: "his
/// salespersons were told, “…”" are not the speakers).
fn noun_subject(toks: &[Token], end: usize, cue: usize) -> Option<Mention> {
    if toks[end..cue].iter().any(|t| t.is_in(&["is", "are", "was", "were", "been", "being"][..])) {
        return None;
    }
    const DETERMINERS: &[&str] =
        &["the", "a", "an", "this", "that", "these", "those", "one", "another", "his", "her", "their", "its", "our"];
    let d = (end.saturating_sub(4)..end.saturating_sub(1)).rev().find(|&d| toks[d].is_in(DETERMINERS))?;
    let opens = d == 0
        || matches!(toks[d - 1].text, "," | "—" | "–" | ":")
        || (d == 1 && toks[0].is_in(&["and", "but", "so", "yet"][..]));
    let noun = |t: &Token| {
        t.is_word()
            && t.text.starts_with(|c: char| c.is_lowercase())
            && !t.is_cue()
            && !t.is_in(names::PREPOSITIONS)
            && !t.is_in(CLAUSE_WORDS)
            && !t.is_in(names::PRONOUNS)
            && !is_adverb_or_aux(t.text)
    };
    (opens && toks[d + 1..end].iter().all(noun)).then(|| Mention {
        start: toks[d].start,
        end: toks[end - 1].end(),
        name: None,
        kind: MentionKind::Role,
        titled: false,
    })
}

/// Whether `toks[k]` is a past tense right after the short subject `toks[i..k]` and right
/// before the clause ends, as "pressed" in “…?” Hannity pressed.
fn manner_of_saying(toks: &[Token], i: usize, k: usize) -> bool {
    let verb = &toks[k];
    k > i
        && k - i <= 3
        && verb.text.ends_with("ed")
        && verb.text.starts_with(|c: char| c.is_lowercase())
        && toks.get(k + 1).is_none_or(|n| matches!(n.text, "." | ","))
        && (toks[i].is_capitalized() || toks[i].is_in(names::PRONOUNS) || toks[i].is_in(&names::DETERMINERS))
        && toks[i..k].iter().all(|t| t.is_word() && !t.is_in(CLAUSE_WORDS) && !is_adverb_or_aux(t.text))
}

/// Whether `toks[i]` opens an adjunct or a participle phrase, not a speaker: a lowercase
/// preposition ("in", "among"), a participle ("referring"), or a passive ("displayed by").
fn opens_adjunct(toks: &[Token], i: usize) -> bool {
    let t = &toks[i];
    t.text.starts_with(|c: char| c.is_lowercase())
        && (t.is_in(names::PREPOSITIONS)
            || (t.text.ends_with("ing") && t.text.len() > 4)
            || (t.text.ends_with("ed") && toks.get(i + 1).is_some_and(|n| n.text == "by")))
}

/// Function words that open a clause or a phrase, never a speaker's name.
const CLAUSE_WORDS: &[&str] = &[
    "and", "but", "or", "nor", "to", "for", "with", "of", "by", "as", "if", "though", "although", "while", "because",
    "than", "whom", "what", "where", "when", "even", "so", "then", "that", "which",
];

/// "shot back", "went on", "chimed in" at token `k`: phrasal verbs of speaking, reporting a
/// quotation next to them (not cues elsewhere: "was shot", "the talks went on").
fn phrasal_cue(toks: &[Token], k: usize) -> bool {
    let Some(next) = toks.get(k + 1) else { return false };
    (toks[k].is_in(&["shot", "fired"][..]) && next.text == "back")
        || (toks[k].is_in(&["went", "goes"][..]) && next.text == "on")
        || (toks[k].is_in(&["chimed", "chimes"][..]) && next.text == "in")
        || (toks[k].text == "piped" && next.text == "up")
}

/// The words of the cue at token `k`: the verb, with its particle if phrasal ("went on").
fn cue_words(toks: &[Token], k: usize) -> String {
    if phrasal_cue(toks, k) { format!("{} {}", toks[k].text, toks[k + 1].text) } else { toks[k].text.to_string() }
}

/// How many tokens after a quote its reporting verb is looked for (a long appositive can sit
/// between: "Michael Ahrens, a spokesman for the Rubio campaign in Florida, said").
const ATTRIBUTION_TOKENS: usize = 24;

/// Whether `toks[k]`, right after a quotation at `i`, is a past tense that opens an
/// inverted attribution to a person's name closed by a comma or the sentence's end: “…,”
/// remembered Roy Verley, HP's former spokesman. Any verb put there tells how it was said.
fn inverted_past(toks: &[Token], i: usize, k: usize) -> bool {
    let t = &toks[k];
    k == i
        && t.text.ends_with("ed")
        && t.text.starts_with(|c: char| c.is_lowercase())
        && names::name_starting_at(toks, k + 1).is_some_and(|n| {
            (n.end - n.name >= 2 || n.titled()) && toks.get(n.end).is_none_or(|t| matches!(t.text, "," | "."))
        })
}

/// Verbs that report a quotation right after it but are too common to be cues elsewhere:
/// “…,” the sign read; “…,” she agreed.
fn is_after_quote_cue(word: &str) -> bool {
    matches!(word, "read" | "reads" | "agreed" | "agrees")
}

/// Looks before the quote in its sentence (or in the previous paragraph's last sentence
/// when that ends with a colon).
fn attribution_before(
    text: &str,
    q: &Quote,
    sents: &[Sentence],
    sent_toks: &SentenceTokens,
    previous_end: usize,
) -> Option<Attribution> {
    let si = sentence_at(sents, q.start)?;
    let mut from = sents[si].start.max(previous_end.min(q.start));
    if from == q.start {
        // The quote opens its sentence: an introduction ending in ':' on the line above.
        let prev = si.checked_sub(1).map(|p| sents[p])?;
        let between = &text[prev.end..q.start];
        // Or a short sentence of a speaker and a verb of saying just before it in the same
        // paragraph: "Iowa State University's Dianne Bystrom agreed. “…”", "…, said in a
        // statement. “…”".
        let said_before = || {
            let sentence = &text[prev.start..prev.end];
            let body = sentence.strip_suffix('.').unwrap_or("");
            // (Past "in a statement", "in an interview": where, not who.)
            let body = match body.rsplitn(4, ' ').collect::<Vec<_>>().as_slice() {
                [_, "a" | "an", "in", rest] => *rest,
                _ => body,
            };
            let last = body.rsplit(' ').next().unwrap_or("");
            // (Not the attribution of a quotation before it: “…,” Trump asked. “…”)
            !between.contains('\n')
                && !sentence.contains(['"', '“', '”', '‘'])
                && !sentence.contains("''")
                && !text[..prev.start].trim_end().ends_with(['"', '”', '\''])
                && word_count(sentence) <= 20
                && !last.ends_with("ing")
                && last.starts_with(|c: char| c.is_lowercase())
                && names::cue_lemma(last).is_some()
        };
        let colon = text[prev.start..prev.end].ends_with(':') && between.matches('\n').count() <= 3;
        if !colon && !said_before() {
            return None;
        }
        from = prev.start.max(previous_end.min(q.start));
    }
    // An attribution sits within a few hundred bytes of its quote; the window keeps the
    // pass linear on pathological lines with thousands of quotes.
    let from = floor_boundary(text, from.max(q.start.saturating_sub(WINDOW)));
    let toks = sent_toks.span(text, sents, from, q.start);
    if toks.is_empty() {
        return None;
    }
    // The last reporting verb before the quote.
    // ("Hillary shot back, “…”": a phrasal verb of reply.)
    // (Not a noun: "the AP report merits…", "Trump’s call for “…”", "the ballot question".)
    let verb = |k: usize| toks[k].is_cue() && !super::reported::noun_use(&toks, k, toks[k].cue_lemma().unwrap_or(""));
    // ("she made it clear that she has “serious concerns”": the phrase is the verb.)
    let clear = |k: usize| reported::makes_clear(&toks, k);
    let Some(ci) = (0..toks.len()).rev().find(|&k| verb(k) || phrasal_cue(&toks, k) || clear(k).is_some()) else {
        return attribution_without_verb(text, q, &toks);
    };
    let that = clear(ci);
    let tail_from = that.map_or(ci + 1 + usize::from(phrasal_cue(&toks, ci)), |t| t + 1);
    let tail: Vec<&str> = toks[tail_from..].iter().map(|t| t.text).collect();
    // A whole sentence quoted after a colon or comma is introduced, however long the words
    // between the cue and the quote ("said of the latest request: “We will not…”").
    let inner = text[q.inner_start..q.inner_end].trim_start();
    let whole_sentence = inner.starts_with(|c: char| c.is_uppercase()) && word_count(inner) >= 4;
    let place = match tail.as_slice() {
        [] | [":"] | [","] | ["it", ":"] | ["it", ","] => Place::Introduced,
        [.., ":"] if tail.len() <= 4 => Place::Introduced,
        [.., ":" | ","] if whole_sentence => Place::Introduced,
        // "told the Reuters news agency simply, “We lost.”": a short object, then a sentence.
        [.., ":" | ","] if tail.len() <= 6 && inner.starts_with(|c: char| c.is_uppercase()) => Place::Introduced,
        _ => Place::Embedded,
    };
    let cue_text = match that {
        Some(that) => reported::phrase(&toks[ci..that]),
        None => cue_words(&toks, ci),
    };
    // "As X put it:" — the speaker sits between "As" and the verb.
    // The speaker directly before the cue, over adverbs and auxiliaries.
    let end = past_adverbs(&toks, ci);
    // A participle cue belongs to the sentence's subject: "She released a statement saying",
    // "He responded on Twitter by writing".
    let participle = cue_text.ends_with("ing");
    // "Clinton's campaign chairman, John Podesta, said:": the appositive closed right
    // before the verb names the speaker.
    let before_cue = || {
        // ("Another intelligence source speaking to Fox News said": not the one after a
        // preposition.)
        let object = |m: &Mention| {
            let at = toks.partition_point(|t| t.start < m.start);
            at > 0 && toks[at - 1].is_in(names::PREPOSITIONS) && !toks[at - 1].is_capitalized()
        };
        // (The one before the participle speaks: "…source speaking to Fox News said".)
        let direct = || {
            let m = names::mention_ending_at(&toks, end)?;
            let at = toks.partition_point(|t| t.start < m.start);
            let participle = object(&m) && at >= 3 && toks[at - 2].text.ends_with("ing") && toks[at - 2].is_word();
            if !participle {
                return Some(m);
            }
            noun_subject(&toks, at - 2, ci).or_else(|| names::mention_ending_at(&toks, at - 2))
        };
        reported::relative_speaker(&toks, end).or_else(direct).or_else(|| {
            // Not a participle phrase closed there: "Clinton, speaking to reporters on her
            // way to Tampa, said:" is Clinton's.
            let open = (end.saturating_sub(16)..end.saturating_sub(1)).rev().find(|&k| toks[k].text == ",");
            // "Cruz, the only candidate to campaign in Wyoming, told…": an appositive that
            // opens with a determiner describes the name before it.
            if end > 1
                && toks[end - 1].text == ","
                && let Some(k) = open.filter(|&k| toks.get(k + 1).is_some_and(|t| t.is_in(&names::DETERMINERS)))
                && let Some(m) = names::mention_ending_at(&toks, k).filter(|m| m.kind == names::MentionKind::Name)
            {
                return Some(m);
            }
            // (Not a place closing another: "Clinton, during a town hall in Columbus, Ohio,
            // said".)
            let place = open.is_some_and(|k| k > 0 && toks[k - 1].is_capitalized() && end == k + 3);
            let appositive = !place
                && open.is_none_or(|k| {
                    toks.get(k + 1).is_some_and(|t| t.is_capitalized() || t.is_in(&names::DETERMINERS))
                });
            (end > 1 && toks[end - 1].text == "," && appositive)
                .then(|| names::mention_ending_at(&toks, end - 1))
                .flatten()
                .filter(|m| m.kind == names::MentionKind::Name)
                .or_else(|| noun_subject(&toks, end, ci))
        })
    };
    // "…, Spicer said, adding, “…”": the participle continues the one who just spoke.
    let continued = (participle && ci >= 2 && toks[ci - 1].text == "," && toks[ci - 2].is_cue())
        .then(|| names::mention_ending_at(&toks, past_adverbs(&toks, ci - 2)))
        .flatten();
    // "…, with Donald Trump tweeting that…": the one after "with" does it.
    let with = participle
        .then(|| names::mention_ending_at(&toks, end))
        .flatten()
        .filter(|m| toks.partition_point(|t| t.start < m.start).checked_sub(1).is_some_and(|k| toks[k].text == "with"));
    let mention = if let Some(m) = continued.or(with) {
        Some(m)
    } else if participle {
        sentence_subject(&toks, ci).or_else(before_cue)
    } else {
        before_cue().or_else(|| sentence_subject(&toks, ci))
    };
    // "Clinton supports “…”, opposes “…” and recalled the freeze: “…”": a verb with no
    // subject of its own after an earlier quotation of the sentence is the sentence
    // subject's, read from the sentence's start.
    let mention = mention.or_else(|| {
        let sentence_start = sents[si].start;
        let coordinated = end > 0 && toks[end - 1].is_in(&["and", "but"][..]);
        (coordinated && from > sentence_start && q.start - sentence_start <= WINDOW)
            .then(|| {
                let whole = sent_toks.span(text, sents, sentence_start, q.start);
                let ci = whole.len() - (toks.len() - ci);
                // (Only a subject near the start: not a name deep in the sentence.)
                let near_start = whole.get(6).map_or(usize::MAX, |t| t.start);
                sentence_subject(&whole, ci)
                    .filter(|m| m.start < near_start && (m.kind != MentionKind::Pronoun || whole[0].start == m.start))
            })
            .flatten()
    });
    // "Blumenthal was asked, “…?”": a question put to the subject, by no one named.
    let put = toks[ci].text == "asked"
        && ci >= 1
        && toks[..ci]
            .iter()
            .rev()
            .find(|t| !is_adverb_or_aux(t.text) || t.is_in(&["was", "were", "been", "being", "is", "are"][..]))
            .is_some_and(|t| t.is_in(&["was", "were", "been", "being", "is", "are"][..]));
    let mention = if put { None } else { mention.map(|m| reporter_of(&toks, m)) };
    Some(Attribution { mention, cue_text: Some(cue_text), place })
}

/// "Trump said he believes Afghanistan was “a terrible mistake”": a pronoun that is the
/// subject of a clause reported by a named speaker is that speaker; their name, not the
/// pronoun, is the attribution.
fn reporter_of(toks: &[Token], m: Mention) -> Mention {
    let mut k = toks.partition_point(|t| t.start < m.start);
    let third_person = toks.get(k).is_some_and(|t| t.start == m.start && t.is_in(&["he", "she", "they"][..]));
    if m.kind != MentionKind::Pronoun || !third_person {
        return m;
    }
    if k > 0 && toks[k - 1].text == "that" {
        k -= 1;
    }
    // "said Sunday that he…", "said last week he…": a time adjunct after the verb.
    let adjunct = (k.saturating_sub(3)..k).find(|&j| {
        toks[j..k]
            .iter()
            .all(|t| t.is_in(super::reported::TIME_WORDS) || t.is_in(&["on", "last", "this", "earlier"][..]))
    });
    if let Some(j) = adjunct.filter(|&j| j > 0 && toks[j - 1].is_cue()) {
        k = j;
    }
    // "Donald Trump told reporters he thought…": past the ones told.
    if let Some(j) = (k.saturating_sub(5)..k.saturating_sub(1))
        .rev()
        .find(|&j| toks[j].is_in(&["told", "tells", "tell"][..]))
        .filter(|&j| toks[j + 1..k].iter().all(|t| t.is_word() && !t.is_cue()))
    {
        k = j + 1;
    }
    if k == 0 || !toks[k - 1].is_cue() || toks[k - 1].text.ends_with("ing") {
        return m;
    }
    // The reporter: right before the verb, or the sentence's subject past an appositive
    // ("Paul Huntley, a Sanders delegate from California, said he wanted “…”").
    let end = past_adverbs(toks, k - 1);
    let named = |m: &Mention| m.kind == MentionKind::Name;
    names::mention_ending_at(toks, end)
        .filter(named)
        .or_else(|| (end > 0 && toks[end - 1].text == ",").then(|| sentence_subject(toks, end)).flatten().filter(named))
        .unwrap_or(m)
}

/// An introduction with no reporting verb before a quote (`toks` run up to it): a
/// person's name and a colon, a sentence's subject and a colon, or "according to X,".
fn attribution_without_verb(text: &str, q: &Quote, toks: &[Token]) -> Option<Attribution> {
    // A person's name and a colon, as transcripts and round-ups give speakers: "Carl
    // Bialik: “One of the biggest lessons…”", "Rep. Trey Gowdy (R-S.C.): “I have…”".
    let n = toks.len();
    // (Not a byline: "…," by Variety's Gordon Cox: “…”.)
    let byline = |m: &Mention| {
        let at = toks.partition_point(|t| t.start < m.start);
        toks[at.saturating_sub(4)..at].iter().any(|t| t.text == "by")
    };
    let named = (n >= 2 && toks[n - 1].text == ":")
        .then(|| names::mention_ending_at(toks, n - 1))
        .flatten()
        .filter(|m| names::person_like(m) && !byline(m));
    if let Some(m) = named {
        return Some(Attribution { mention: Some(m), cue_text: None, place: Place::Introduced });
    }
    // "…, then leaned in and boomed: “Let’s defeat her.”": a sentence after a colon is
    // the words of the sentence's subject, whatever the verb.
    let inner = text[q.inner_start..q.inner_end].trim_start();
    if n >= 3 && toks[n - 1].text == ":" && inner.starts_with(|c: char| c.is_uppercase()) && word_count(inner) >= 3 {
        let subject =
            sentence_subject(toks, n - 1).filter(|m| m.kind != names::MentionKind::Role || m.start == toks[0].start);
        if subject.is_some() {
            return Some(Attribution { mention: subject, cue_text: None, place: Place::Introduced });
        }
    }
    // "According to the newspaper, “…”".
    let a = (0..n.saturating_sub(3)).rev().find(|&k| names::according_to(toks, k))?;
    if toks[n - 1].text != "," || n - a > 12 {
        return None;
    }
    let mention = names::span_mention(toks, a + 2, n - 1)?;
    Some(Attribution { mention: Some(mention), cue_text: Some("according to".into()), place: Place::Introduced })
}

/// A line that opens with a person's name and a colon.
struct TranscriptLine {
    /// The name before the colon.
    label: Mention,
    /// The byte span of the words after it, to the end of the line.
    content: (usize, usize),
    /// Whether the line is part of a dialogue (a label in capitals, or another labelled
    /// line next to it): then its words are verbatim.
    dialogue: bool,
}

/// Lines that open with a label naming a person and a colon: "TAPPER: Do you…", "Mark
/// Cuban: I'd consider a future White House bid." The label must be a person the article
/// names elsewhere (its last word is the last word of a person's name), so section labels
/// ("UPDATE:", "The Latest:", "Iowa:") and single letters ("Q:", "A:") are not speakers.
fn transcript_lines(text: &str, line_starts: &[usize], resolver: &Resolver, article: &Article) -> Vec<TranscriptLine> {
    // Line `n`'s byte span, without its line break.
    let span = |n: usize| (line_starts[n], line_starts.get(n + 1).map_or(text.len(), |&next| next - 1));
    let mut found: Vec<(usize, TranscriptLine)> = Vec::new();
    let mut memo: Vec<(String, Vec<usize>)> = Vec::new();
    for n in 0..line_starts.len() {
        let (start, end) = span(n);
        let line = &text[start..end];
        let lead = line.len() - line.trim_start().len();
        // The colon comes within 40 bytes of a capital: most lines are turned away by
        // their first byte or a short scan.
        let head = &line.as_bytes()[lead..line.len().min(lead + 42)];
        if !head.first().is_some_and(|&b| b.is_ascii_uppercase() || !b.is_ascii()) {
            continue;
        }
        let Some(colon) = head
            .iter()
            .position(|&b| b == b':')
            .filter(|&c| c > 0 && c <= 40 && head.get(c + 1) == Some(&b' '))
            .map(|c| lead + c)
        else {
            continue;
        };
        let label = &line[lead..colon];
        let words: Vec<&str> = label.split(' ').collect();
        let label_like = words.len() <= 4
            && words.iter().all(|w| {
                w.chars().next().is_some_and(char::is_uppercase)
                    && w.chars().all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '’' | '\''))
            });
        // Names hold no function words or possessives ("The Latest:", "FIX IS IN:", "Big
        // Win For Bernie:", "Editor’s Note:").
        const FUNCTION: &[&str] = &[
            "the", "a", "an", "of", "in", "on", "at", "for", "to", "and", "is", "are", "from", "with", "by", "or", "as",
        ];
        let name_like = words.iter().all(|w| !FUNCTION.iter().any(|f| w.eq_ignore_ascii_case(f)))
            && !label.contains("’s")
            && !label.contains("'s");
        if !label_like || !name_like || article.in_region(start + lead) {
            continue;
        }
        let last = words[words.len() - 1];
        // A label in capitals names the person in ordinary case elsewhere.
        let capitals = last.chars().count() > 1 && last.chars().all(|c| !c.is_lowercase());
        let titled: String = last.chars().take(1).chain(last.chars().skip(1).flat_map(char::to_lowercase)).collect();
        let known = resolver.fullest.get(titled.as_str()).or_else(|| resolver.fullest.get(last));
        let Some(name) = known.filter(|_| last.chars().count() > 1) else { continue };
        // The person is named elsewhere in the article, not only in labels: the last word,
        // in ordinary case, outside this line (a label in capitals is a transcript's).
        // Each name's uses are found once, for at most 64 names an article (a scan of the
        // text each: linear time).
        let uses = match memo.iter().position(|(n, _)| *n == titled) {
            Some(i) => Some(&memo[i].1),
            None if memo.len() < 64 => {
                let uses = text
                    .match_indices(titled.as_str())
                    .map(|(at, _)| at)
                    .filter(|&at| {
                        let after = &text[at + titled.len()..];
                        !text[..at].ends_with(char::is_alphanumeric)
                            && !after.starts_with(char::is_alphanumeric)
                            && !after.starts_with(':')
                    })
                    .collect();
                memo.push((titled.clone(), uses));
                memo.last().map(|(_, u)| u)
            }
            None => None,
        };
        let elsewhere = capitals || uses.is_some_and(|u| u.iter().any(|&at| at < start || at >= end));
        if !elsewhere {
            continue;
        }
        let content = line[colon + 1..].trim();
        if word_count(content) < 3 {
            continue;
        }
        let content_start = start + colon + 1 + (line[colon + 1..].len() - line[colon + 1..].trim_start().len());
        let label = Mention {
            start: start + lead,
            end: start + colon,
            name: Some(name.to_string()),
            kind: MentionKind::Name,
            titled: false,
        };
        found.push((
            n,
            TranscriptLine { label, content: (content_start, content_start + content.len()), dialogue: capitals },
        ));
    }
    // A labelled line next to another (blank lines between) is a dialogue.
    let lines: Vec<usize> = found.iter().map(|(n, _)| *n).collect();
    let non_blank_between = |a: usize, b: usize| {
        (a + 1..b).any(|k| {
            let (start, end) = span(k);
            !text[start..end].trim().is_empty()
        })
    };
    found
        .into_iter()
        .enumerate()
        .map(|(i, (n, mut l))| {
            let before = i > 0 && !non_blank_between(lines[i - 1], n);
            let after = lines.get(i + 1).is_some_and(|&m| !non_blank_between(n, m));
            l.dialogue |= before || after;
            l
        })
        .collect()
}

/// "Bush: “…”": a surname alone and a colon, opening the sentence, introduce a quotation
/// when the article names that person in full elsewhere ("Jeb Bush"); a lone capitalised
/// word before a colon is otherwise a label ("Update:", "Watch:").
/// A quotation that ends its paragraph, signed on the next line with a dash and a name
/// ("“…pay zero taxes.”" then "- Bernie Sanders."), as fact-check columns and quote lists
/// set them.
fn signed_below(text: &str, q: &Quote) -> Option<Attribution> {
    let rest = &text[q.end..floor_boundary(text, q.end + 120)];
    let line_end = rest.find('\n')?;
    if !rest[..line_end].trim().is_empty() {
        return None;
    }
    let from = q.end + line_end;
    let start = from + text[from..].len() - text[from..].trim_start().len();
    if text[from..start].matches('\n').count() > 2 {
        return None;
    }
    let end = text[start..].find('\n').map_or(text.len(), |i| start + i);
    let line = &text[start..end];
    if end - start > 80 || !line.starts_with(['-', '—', '–']) {
        return None;
    }
    let toks = names::tokenize(text, start, end);
    let k = toks.iter().position(|t| t.is_word())?;
    let (mention, j) = names::mention_starting_at(&toks, k)?;
    let signed =
        mention.kind == MentionKind::Name && toks.get(j).is_none_or(|t| matches!(t.text, "." | "," | "(" | ":"));
    signed.then_some(Attribution { mention: Some(mention), cue_text: Some("—".into()), place: Place::After })
}

fn known_name_colon(
    q: &Quote,
    sents: &[Sentence],
    sent_toks: &SentenceTokens,
    resolver: &Resolver,
) -> Option<Attribution> {
    let toks = sent_toks.get(sentence_at(sents, q.start)?);
    let toks = &toks[..toks.partition_point(|t| t.start < q.start)];
    let [name, colon] = toks else { return None };
    if colon.text != ":" || !name.is_word() || !name.is_capitalized() || !resolver.fullest.contains_key(name.text) {
        return None;
    }
    let mention = names::mention_ending_at(toks, 1)?;
    Some(Attribution { mention: Some(mention), cue_text: None, place: Place::Introduced })
}

/// Where the words before token `at` end once adverbs and auxiliaries are passed over:
/// the speaker of "Trump has repeatedly said" ends there, and of "He’s predicting" (a
/// contracted "is" or "has", [`contracted_s`]).
pub(crate) fn past_adverbs(toks: &[Token], at: usize) -> usize {
    let mut end = at;
    loop {
        // ("have all characterized", "Trump and Clinton both said": a floating quantifier
        // after a word.)
        // (Not after "and", "that" or a preposition: "12 voters and all said" is theirs.)
        let floating = |end: usize| {
            end >= 2
                && matches!(toks[end - 1].text, "all" | "both" | "each" | "All" | "Both" | "Each")
                && toks[end - 2].is_word()
                && !toks[end - 2].is_in(&["and", "but", "or", "that"][..])
                && !toks[end - 2].is_in(names::PREPOSITIONS)
        };
        while end > 0 && (is_adverb_or_aux(toks[end - 1].text) || names::is_negation(&toks[end - 1]) || floating(end)) {
            end -= 1;
        }
        if contracted_s(toks, end) {
            end -= 2;
        } else {
            return end;
        }
    }
}

/// Whether the "’s" before `at` is "is" or "has", which the tokenizer splits off like a
/// possessive: "He’s predicting that…", "who’s argued that…", "Christie’s been making the
/// case…". After "he", "she" or "who", before a participle; after "it" or "that", before a
/// form in -ing or "been"; after a name, only before "been" ("Obama’s proposed budget",
/// "Fox News’s reporting" are possessives).
pub(crate) fn contracted_s(toks: &[Token], at: usize) -> bool {
    if at < 3
        || toks[at - 1].text != "s"
        || !matches!(toks[at - 2].text, "’" | "'")
        || toks[at - 2].end() != toks[at - 1].start
    {
        return false;
    }
    let Some(next) = toks.get(at) else { return false };
    let before = &toks[at - 3];
    if before.end() != toks[at - 2].start || !next.is_word() {
        return false;
    }
    let ing = next.text.ends_with("ing") || next.text == "been";
    if before.is_in(&["he", "she", "who"][..]) {
        return ing || next.text.ends_with("ed") || next.is_in(&["said", "written", "thought", "shown"][..]);
    }
    // ("it’s assumed", "it’s said": a passive; "Fox News’s reporting": a possessive.)
    if before.is_in(&["it", "that"][..]) {
        return ing;
    }
    before.is_capitalized() && before.is_word() && next.text == "been"
}

pub(crate) fn is_adverb_or_aux(w: &str) -> bool {
    // A contracted auxiliary ("’ve", "'d", "’ll"), split off its pronoun by the tokenizer.
    if let Some(rest) = w.strip_prefix(['\'', '’']) {
        return matches!(rest, "ve" | "re" | "ll" | "m" | "d" | "VE" | "RE" | "LL" | "M" | "D");
    }
    // A capitalised word is a name ("Kelly", "Schlafly"), not an adverb.
    if !w.starts_with(|c: char| c.is_lowercase()) {
        return false;
    }
    // Auxiliaries and these adverbs are ASCII: compare without allocating.
    let mut buf = [0u8; 12];
    if w.len() > buf.len() || !w.is_ascii() {
        return w.ends_with("ly");
    }
    buf[..w.len()].copy_from_slice(w.as_bytes());
    buf[..w.len()].make_ascii_lowercase();
    let l = std::str::from_utf8(&buf[..w.len()]).unwrap_or("");
    // (Nouns and adjectives in -ly are not adverbs: "the family said", "an ally said".)
    const LY_NOUNS: &[&str] =
        &["family", "ally", "rally", "assembly", "supply", "reply", "monopoly", "fly", "bully", "belly", "anomaly"];
    (l.ends_with("ly") && !LY_NOUNS.contains(&l))
        || matches!(
            l,
            "has"
                | "have"
                | "had"
                | "is"
                | "was"
                | "were"
                | "are"
                | "will"
                | "would"
                | "also"
                | "then"
                | "later"
                | "again"
                | "once"
                | "previously"
                | "earlier"
                | "did"
                | "does"
                | "not"
                | "never"
                | "just"
                | "even"
                | "already"
                | "reportedly"
                | "often"
                | "now"
                | "still"
                | "publicly"
                | "privately"
                | "always"
                | "do"
                | "can"
                | "could"
                | "should"
                | "may"
                | "might"
                | "must"
                | "too"
                | "ever"
                | "here"
                | "there"
                | "further"
                | "long"
                | "first"
                | "soon"
                | "instead"
                // ("Cruz has since said")
                | "since"
                // ("supporters can’t quite say")
                | "quite"
                | "rather"
                | "almost"
        )
}

/// The sentence's subject: the first speaker mention in the words before `limit`, skipping
/// an opening adverbial clause ("In September 2025 he declared").
fn sentence_subject(toks: &[Token], limit: usize) -> Option<Mention> {
    // Past an opening phrase: "Appearing at NLD headquarters, Suu Kyi…", "In a statement
    // to the Observer, her adviser…".
    let opening = toks
        .first()
        .is_some_and(|t| t.is_capitalized() && (t.text.ends_with("ing") || t.is_in(super::reported::INTRO_STARTS)));
    // The opening phrase ends at the comma after which a subject and its verb follow
    // ("In a wide-ranging, in-prison interview with Matei Rosca last year, Lazar said…").
    let subject_follows = |k: usize| {
        names::mention_starting_at(toks, k + 1)
            .is_some_and(|(_, j)| toks.get(j).is_some_and(|t| t.is_word() && !t.is_capitalized()))
    };
    // A dateline opens some articles' first sentence: "WASHINGTON — In response to…".
    let dateline = toks
        .iter()
        .take(4)
        .position(|t| matches!(t.text, "—" | "–" | "-"))
        .filter(|&d| d > 0 && toks[..d].iter().all(|t| !t.is_word() || t.text.chars().all(|c| !c.is_lowercase())));
    if let Some(d) = dateline {
        return sentence_subject(&toks[d + 1..], limit.saturating_sub(d + 1));
    }
    let from = if opening {
        let commas = || (1..limit.min(24)).filter(|&k| toks[k].text == ",");
        commas().find(|&k| subject_follows(k)).or_else(|| commas().next()).map_or(0, |k| k + 1)
    } else {
        // "Hours later, Trump…", "Early in his campaign, Trump…": a few words with no verb
        // before a comma, and a subject and its verb after it, open the sentence.
        (1..limit.min(9))
            .find(|&k| toks[k].text == ",")
            .filter(|&k| {
                toks[..k].iter().all(|t| t.is_word() && !t.is_cue() && !t.is_in(names::PRONOUNS))
                    // (Not a name and its appositive: "Paul Begala, a former adviser, said".)
                    && names::mention_starting_at(toks, 0).is_none_or(|(_, j)| j < k)
                    && subject_follows(k)
            })
            .map_or(0, |k| k + 1)
    };
    let (m, j) = (from..limit).find_map(|i| names::mention_starting_at(toks, i))?;
    // "Band member Flea", "Washington Post columnist Margaret Sullivan", "Democratic
    // presidential candidate Sen. Bernie Sanders": a name, a role of up to three words,
    // then the person's name.
    let role_end = (j..limit.min(j + 3)).find(|&r| toks[r].is_in(&names::ROLE_NOUNS)).filter(|&r| {
        toks[j..=r].iter().all(|t| t.is_word() && !t.is_capitalized() && !t.is_cue() && t.object_lemma().is_none())
    });
    if let Some(r) = role_end
        && let Some((person, k)) =
            names::mention_starting_at(toks, r + 1).filter(|(p, _)| p.kind == names::MentionKind::Name)
        && k <= limit
    {
        return Some(Mention { start: m.start, titled: true, ..person });
    }
    // A possessive before a role: "Ryan’s campaign", "Trump's spokesman" speaks, not Ryan.
    if let [apostrophe, s, noun, ..] = &toks[j.min(toks.len())..]
        && matches!(apostrophe.text, "’" | "'")
        && s.text == "s"
        && noun.is_in(&names::ROLE_NOUNS)
        && j + 3 <= limit
    {
        return Some(Mention { end: noun.end(), name: None, kind: names::MentionKind::Role, titled: false, ..m });
    }
    Some(whole_subject(toks, m, j, limit))
}

/// A lowercase word that can only be a noun of the subject before its verb ("outlets" in
/// "Multiple outlets reported"): no verb, adverb, preposition, determiner or pronoun.
fn plain_noun(t: &Token) -> bool {
    t.is_word()
        && t.text.starts_with(|c: char| c.is_lowercase())
        && !t.text.ends_with("ed")
        && !t.text.ends_with("ing")
        && !t.text.ends_with("self")
        && !t.text.ends_with("selves")
        && !t.is_cue()
        && t.object_lemma().is_none()
        && !t.is_in(names::PREPOSITIONS)
        && !t.is_in(&names::DETERMINERS)
        && !t.is_in(names::PRONOUNS)
        && !t.is_in(CLAUSE_WORDS)
        && !t.is_in(&["who", "whom", "whose", "which", "that", "however", "though", "too"][..])
        && !is_adverb_or_aux(t.text)
}

/// The subject `m` (ending at token `j`) with the words that run from it to its verb at
/// `verb`, when they can only be part of it: nouns it modifies ("Multiple outlets",
/// "Corporate lobbyists") or a possessive and what it owns ("the People's Daily
/// newspaper", "The Blaze’s Matt Walsh").
fn whole_subject(toks: &[Token], m: Mention, j: usize, verb: usize) -> Mention {
    let end = past_adverbs(toks, verb);
    // (Only before a verb of saying: "Trump went even further:" has a verb of its own.)
    if m.kind == MentionKind::Pronoun || j >= end || end - j > 6 || !toks.get(verb).is_some_and(Token::is_cue) {
        return m;
    }
    let mut k = j;
    if toks[k].text.starts_with(['’', '\'']) && toks.get(k + 1).is_some_and(|t| t.text == "s") {
        k += 2;
        // (Only a name goes on past it: "Clinton’s response was:" is Clinton's.)
        if !toks.get(k).is_some_and(|t| t.is_word() && t.is_capitalized()) {
            return m;
        }
        let run = names::name_run_end(toks, k).min(end);
        if run > k && run == end {
            let i = toks.partition_point(|t| t.start < m.start);
            return names::span_mention(toks, i, run).unwrap_or(m);
        }
        k = run;
    }
    if k < end && end - k <= 3 && toks[k..end].iter().all(plain_noun) {
        return Mention { end: toks[end - 1].end(), name: None, kind: MentionKind::Role, titled: false, ..m };
    }
    m
}

/// A title in quotation marks, however it is punctuated: two to eight words, each
/// capitalised or a short function word (“Cake Boss.”, “Face the Nation,”, “Parks and
/// Recreation”). Speech is not written in title case.
fn is_title(inner: &str) -> bool {
    const MINOR: &[&str] =
        &["of", "the", "and", "a", "an", "in", "on", "for", "to", "de", "from", "with", "at", "by", "or"];
    // The words, read again for each test (no list: most quotes fail the first).
    let words = || inner.trim_end_matches([',', '.']).split_whitespace();
    (2..=8).contains(&words().take(9).count())
        && words().filter(|w| w.starts_with(|c: char| c.is_uppercase())).count() >= 2
        && words().all(|w| w.starts_with(|c: char| c.is_uppercase()) || MINOR.contains(&w))
        // A shouted line is speech: “EVERYBODY OUT!”; a question or exclamation too.
        && !inner.ends_with(['!', '?'])
        && !words().all(|w| w.chars().all(|c| !c.is_lowercase()))
}

/// A quote used as a name, title or scare quote: a determiner before and a noun after
/// ("the “reliable security guarantees” clause"), or a few capitalised words (“Patriot”).
fn is_name_use(text: &str, q: &Quote) -> bool {
    let inner = &text[q.inner_start..q.inner_end];
    // Its words, counted up to seven (only "at most four" and "at most six" matter).
    let words = inner.split_whitespace().take(7).count();
    if words <= 4
        && inner.split_whitespace().all(|w| w.chars().next().is_some_and(|c| c.is_uppercase() || !c.is_alphabetic()))
        && !inner.ends_with(['.', '!', '?', ','])
    {
        return true;
    }
    let before = text[..q.start].split_whitespace().next_back().unwrap_or("");
    let determiner = ["the", "a", "an", "its", "their", "his", "her", "this", "that"];
    if words > 6 || !determiner.iter().any(|d| before.eq_ignore_ascii_case(d)) {
        return false;
    }
    let after = text[q.end..].split_whitespace().next().unwrap_or("").trim_end_matches(|c: char| !c.is_alphanumeric());
    // A noun after: "the “reliable security guarantees” clause".
    after.chars().next().is_some_and(char::is_lowercase)
        && !matches!(
            after,
            "is" | "are"
                | "was"
                | "were"
                | "has"
                | "have"
                | "had"
                | "would"
                | "will"
                | "could"
                | "can"
                | "must"
                | "should"
                | "may"
                | "might"
                | "and"
                | "or"
                | "but"
                | "that"
                | "to"
                | "in"
                | "on"
                | "for"
                | "of"
                | "as"
                | "by"
                | "from"
                | "with"
                | "at"
        )
        && !names::is_cue(after)
}

fn word_count(s: &str) -> usize {
    super::article::count_words(s)
}

/// Finds the statements of one article.
pub fn find_statements(article: &Article) -> Vec<Statement> {
    let sents = sentences(&article.text);
    find_in(article, &sents, &sentence_tokens(&article.text, &sents))
}

/// The tokens of each sentence of an article, kept in one vector.
pub(crate) struct SentenceTokens<'a> {
    all: Vec<Token<'a>>,
    /// Where each sentence's tokens start in `all` (and, last, `all.len()`).
    bounds: Vec<usize>,
}

impl<'a> SentenceTokens<'a> {
    /// The tokens of sentence `i`.
    pub fn get(&self, i: usize) -> &[Token<'a>] {
        &self.all[self.bounds[i]..self.bounds[i + 1]]
    }
    /// The tokens of `text[from..to]` (as [`names::tokenize`] gives them): a slice of the
    /// sentence tokens when the span lies in one sentence and cuts through no token, else
    /// tokenized afresh. (The tokenizer looks at most three characters ahead, and a
    /// character cut off by the window's end reads as a non-word: a token that ends
    /// before `to` in the sentence ends at the same place in the window.)
    pub fn span(&self, text: &'a str, sents: &[Sentence], from: usize, to: usize) -> Cow<'_, [Token<'a>]> {
        let sliced = sentence_at(sents, from).filter(|&i| to <= sents[i].end).and_then(|i| {
            let toks = self.get(i);
            let a = toks.partition_point(|t| t.start < from);
            let b = toks.partition_point(|t| t.start < to);
            let clean_start = a == 0 || toks[a - 1].end() <= from;
            let clean_end = b == a || toks[b - 1].end() <= to;
            (clean_start && clean_end).then(|| &toks[a..b])
        });
        let span = match sliced {
            Some(toks) => Cow::Borrowed(toks),
            None => Cow::Owned(names::tokenize(text, from, to)),
        };
        debug_assert_eq!(*span, names::tokenize(text, from, to)[..], "{:?}", &text[from..to]);
        span
    }
    /// The tokens of each sentence, in order.
    pub fn iter(&self) -> impl Iterator<Item = &[Token<'a>]> {
        self.bounds.windows(2).map(|w| &self.all[w[0]..w[1]])
    }
}

/// The tokens of each sentence.
pub(crate) fn sentence_tokens<'a>(text: &'a str, sents: &[Sentence]) -> SentenceTokens<'a> {
    // Room for one token in four bytes, more than news text has (not copied as it grows).
    let mut all = Vec::with_capacity(sents.last().map_or(0, |s| s.end) / 4 + 8);
    let mut bounds = Vec::with_capacity(sents.len() + 1);
    for s in sents {
        bounds.push(all.len());
        names::tokenize_into(text, s.start, s.end, &mut all);
    }
    bounds.push(all.len());
    SentenceTokens { all, bounds }
}

/// [`find_statements`] with the article's sentences already split and tokenized (the
/// analysis does that once for statements, their times and the places named).
pub(crate) fn find_in(article: &Article, sents: &[Sentence], sent_toks: &SentenceTokens) -> Vec<Statement> {
    let text = article.text.as_str();
    let mut resolver = Resolver::new(text, sents, sent_toks, article);
    let mut out: Vec<Statement> = Vec::new();
    let line_starts: Vec<usize> =
        std::iter::once(0).chain(ascii::positions(text.as_bytes(), b'\n').map(|i| i + 1)).collect();
    let line_of = |byte: usize| line_starts.partition_point(|&s| s <= byte);
    let mut previous_end = 0;
    for q in quotes(text) {
        // Not in bylines, labels or boilerplate; a headline may quote someone ("Carly
        // Fiorina: ‘Bill Clinton's fair game.’").
        let region = article.regions.iter().find(|r| r.start <= q.start && q.start < r.end);
        if region.is_some_and(|r| r.kind != super::article::RegionKind::Headline) {
            continue;
        }
        let inner = text[q.inner_start..q.inner_end].trim();
        if inner.is_empty() {
            continue;
        }
        // A short line in single quotation marks, alone on its line, is a subheading
        // ('A fight from start to finish.'), not someone's words.
        let single = text[q.start..].starts_with(['‘', '\'']) && !text[q.start..].starts_with("''");
        let alone_on_its_line = || {
            let line_start = line_starts[line_of(q.start) - 1];
            let line_end = text[q.end..].find('\n').map_or(text.len(), |i| q.end + i);
            text[line_start..q.start].trim().is_empty() && text[q.end..line_end].trim().is_empty()
        };
        if single && alone_on_its_line() && word_count(inner) <= 10 {
            continue;
        }
        let words = word_count(inner);
        let after = attribution_after(text, &q, sents, sent_toks);
        if q.missing_open && after.is_none() {
            continue;
        }
        let before = if after.is_none() { attribution_before(text, &q, sents, sent_toks, previous_end) } else { None };
        // A title in quotation marks ("the co-author of “Going Viral,” said…") is a name,
        // not someone's words: the attribution of the next quotation may lie before it.
        // (Not when it opens its sentence and a speaker and a verb follow it at once: “Like
        // Oakland or Ferguson,” Trump said. A title there opens a phrase: On “This Week,”
        // Rubio said…)
        let starts_sentence = sentence_at(sents, q.start).is_some_and(|i| sents[i].start == q.start);
        let spoken = starts_sentence
            && after.as_ref().and_then(|a| a.mention.as_ref()).is_some_and(|m| {
                m.start >= q.end
                    && text[q.end..m.start].chars().all(|c| c.is_whitespace() || matches!(c, ',' | '—' | '–'))
            });
        let title = !spoken && is_title(inner);
        if !title {
            previous_end = q.end;
        }
        let attribution = after
            .or(before)
            .or_else(|| known_name_colon(&q, sents, sent_toks, &resolver))
            .or_else(|| signed_below(text, &q));
        let kind = match attribution.as_ref().map(|a| a.place) {
            Some(Place::After) | Some(Place::Introduced) => StatementKind::Direct,
            Some(Place::Embedded) if starts_sentence => StatementKind::Direct,
            Some(Place::Embedded) => StatementKind::Partial,
            None if starts_sentence && words >= 4 => StatementKind::Direct,
            None => continue,
        };
        // A quotation with no attribution right after an attributed one, in the same
        // paragraph or opening the next, continues the same speaker's words.
        let inherited = match (&attribution, out.last()) {
            (None, Some(prev)) if prev.speaker.is_some() => {
                let gap = &text[prev.end..q.start];
                let same_paragraph = !gap.contains('\n');
                let line_start = line_starts[line_of(q.start) - 1];
                let opens_its_line = text[line_start..q.start].trim().is_empty();
                let next_paragraph = opens_its_line && line_of(q.start) <= line_of(prev.end) + 2;
                let near = word_count(gap) <= 20;
                ((same_paragraph || next_paragraph) && near).then(|| (prev.speaker.clone(), prev.cue.clone()))
            }
            // "Ash described the move as “…,” adding: “…”": a participle right after the
            // previous quotation, with no subject of its own, continues its speaker.
            (Some(a), Some(prev))
                if a.mention.is_none()
                    && a.cue_text.as_deref().is_some_and(|c| c.ends_with("ing"))
                    && prev.speaker.is_some()
                    && !text[prev.end..q.start].contains('\n')
                    && word_count(&text[prev.end..q.start]) <= 3 =>
            {
                Some((prev.speaker.clone(), a.cue_text.clone()))
            }
            // "Kasich says he’d tell Putin “no more nonsense” and tells the crowd he was
            // the “first one”": a verb with no subject of its own after the previous
            // quotation of the same sentence is the same speaker's.
            (Some(a), Some(prev))
                if a.mention.is_none()
                    && prev.speaker.is_some()
                    && sentence_at(sents, prev.start).is_some_and(|i| Some(i) == sentence_at(sents, q.start)) =>
            {
                Some((prev.speaker.clone(), a.cue_text.clone()))
            }
            _ => None,
        };
        // A name given: "The ad, titled “Unifier?”, …", "a plan dubbed “Operation X”".
        let before = text[..q.start].split_whitespace().next_back().unwrap_or("");
        let named_so = matches!(before, "titled" | "entitled" | "dubbed" | "nicknamed" | "headlined");
        if (is_name_use(text, &q) && kind == StatementKind::Partial) || title || named_so {
            continue;
        }
        if kind == StatementKind::Partial && words < 2 && !inner.ends_with(['.', '!', '?']) {
            continue;
        }
        // A few words in quotation marks that do not end like speech are a title, a name or
        // a scare quote (“Morning Joe”, “Hypo-Cruz”), not someone's words.
        if kind == StatementKind::Direct && words <= 4 && !inner.ends_with(['.', '!', '?', ',', '…']) {
            continue;
        }
        // An interrupted quotation (“…,” she said. “…”) is one statement in several pieces:
        // the next piece follows in the same paragraph, with at most the attribution between.
        if let Some(prev) = out.last_mut() {
            let gap = &text[prev.end..q.start];
            let attribution_in_gap =
                attribution.as_ref().is_none_or(|a| a.mention.as_ref().is_some_and(|m| m.start >= prev.end));
            let prev_speaker_in_gap = prev.speaker.as_ref().is_some_and(|sp| sp.start >= prev.end);
            // “…,” Franken said. Silverman responded, “…”: a sentence of its own introduces
            // the next quotation, which is new words (of the same speaker or another).
            // So does another verb: “…,” Trump said, adding, “…”.
            let introduced_anew = attribution.as_ref().is_some_and(|a| {
                a.mention.is_some()
                    && (gap.contains(". ")
                        || gap.contains(".\u{a0}")
                        // "Clinton: “…” Bush: “…”": a name and a colon introduce new words.
                        || (a.place == Place::Introduced && (a.cue_text.is_none() || a.cue_text != prev.cue)))
            });
            let interrupted = !introduced_anew
                && kind == StatementKind::Direct
                && prev.kind == StatementKind::Direct
                && prev.speaker.is_some()
                && !gap.contains('\n')
                // The attribution between the pieces may carry a long appositive ("said Ed
                // Rendell, a former governor and two-term mayor, referring to the race").
                && (word_count(gap) <= 12 || (attribution.is_none() && prev_speaker_in_gap && word_count(gap) <= 60))
                && attribution_in_gap
                && (attribution.is_some() || prev_speaker_in_gap);
            if interrupted {
                prev.end = q.end;
                prev.fragments.push(Span { start: q.start, end: q.end });
                prev.content.push(' ');
                prev.content.push_str(inner);
                continue;
            }
        }
        let (speaker, cue) = match (attribution, inherited) {
            (Some(a), Some(inherited)) if a.mention.is_none() => inherited,
            (Some(a), _) => (a.mention.map(|m| resolver.speaker(&m)), a.cue_text),
            (None, Some(inherited)) => inherited,
            (None, None) => (None, None),
        };
        out.push(Statement {
            fragments: vec![Span { start: q.start, end: q.end }],
            id: String::new(),
            article: article.id.clone(),
            kind,
            start: q.start,
            end: q.end,
            content: inner.to_string(),
            speaker,
            cue,
            time: StatementTime::of_article(article),
            corrected: false,
        });
    }
    // Transcript lines ("TAPPER: Do you…", "Matthews: Well, speculation is bad."): the
    // words of the person the label names, where no quotation was found.
    let transcript = transcript_lines(text, &line_starts, &resolver, article);
    // (Quotations are in text order and do not overlap: a binary search finds the one.)
    let overlaps = |a: usize, b: usize| {
        let i = out.partition_point(|s| s.end <= a);
        out.get(i).is_some_and(|s| s.start < b)
    };
    let transcript: Vec<Statement> = transcript
        .into_iter()
        .filter(|l| !overlaps(l.label.start, l.content.1))
        .map(|l| Statement {
            fragments: vec![Span { start: l.content.0, end: l.content.1 }],
            id: String::new(),
            article: article.id.clone(),
            kind: if l.dialogue { StatementKind::Direct } else { StatementKind::Indirect },
            start: l.content.0,
            end: l.content.1,
            content: text[l.content.0..l.content.1].to_string(),
            speaker: Some(resolver.speaker(&l.label)),
            cue: None,
            time: StatementTime::of_article(article),
            corrected: false,
        })
        .collect();
    if !transcript.is_empty() {
        out.extend(transcript);
        out.sort_by_key(|s| s.start);
    }
    // Reported speech, in sentences no quotation covers.
    // Quotations do not overlap, so once sorted both ends are. The words between the parts
    // of one quotation are free: “…,” Clark said, noting he would back any of them. “…”
    let mut quoted: Vec<(usize, usize)> = Vec::with_capacity(out.len());
    for s in &out {
        if s.fragments.is_empty() {
            quoted.push((s.start, s.end));
        } else {
            quoted.extend(s.fragments.iter().map(|f| (f.start, f.end)));
        }
    }
    quoted.sort_unstable();
    // …but only for a participle that goes on from the attribution ("noting", "adding
    // that"): the attribution's own words ("Trump told the Journal in July") report nothing
    // new.
    let mut gaps: Vec<(usize, usize)> =
        out.iter().flat_map(|s| s.fragments.windows(2).map(|w| (w[0].end, w[1].start))).collect();
    gaps.sort_unstable();
    let in_gap = |a: usize, b: usize| {
        let i = gaps.partition_point(|&(_, e)| e < b);
        gaps.get(i).is_some_and(|&(s, _)| s <= a)
    };
    let taken = |a: usize, b: usize| {
        let i = quoted.partition_point(|&(_, e)| e <= a);
        quoted.get(i).is_some_and(|&(s, _)| s < b)
    };
    for (sentence, toks) in sents.iter().zip(sent_toks.iter()) {
        let region = article.regions.iter().find(|r| r.start <= sentence.start && sentence.start < r.end);
        let found = match region.map(|r| r.kind) {
            // A headline may report someone's words ("Trump Says…"); other regions
            // (bylines, labels, boilerplate) never do.
            Some(super::article::RegionKind::Headline) => {
                reported::in_headline(*sentence, toks).filter(|r| !taken(r.start, r.end)).into_iter().collect()
            }
            Some(_) => Vec::new(),
            // Clauses joined by semicolons report on their own ("53% describe themselves
            // as liberal; 26% say they are conservative").
            None => toks
                .split(|t| t.text == ";")
                .filter(|c| !c.is_empty())
                .flat_map(|c| {
                    let clause = Sentence { start: c[0].start, end: c[c.len() - 1].end() };
                    reported::in_sentence(if c.len() == toks.len() { *sentence } else { clause }, c, &taken)
                })
                .collect(),
        };
        // A question put to the subject, beside what the sentence reports.
        let question = match region {
            None => reported::question_put(toks, &taken)
                .filter(|q| !found.iter().any(|r: &reported::Reported| r.start < q.end && q.start < r.end)),
            Some(_) => None,
        };
        let indirect = |start: usize, end: usize, speaker: Option<Speaker>, cue: String| Statement {
            id: String::new(),
            article: article.id.clone(),
            kind: StatementKind::Indirect,
            start,
            end,
            content: text[start..end].to_string(),
            speaker,
            cue: Some(cue),
            time: StatementTime::of_article(article),
            fragments: vec![Span { start, end }],
            corrected: false,
        };
        // With nothing else in it, a sentence the writer hedges is an unattributed claim.
        let question = question
            .or_else(|| (region.is_none() && found.is_empty()).then(|| reported::unattributed(toks, &taken)).flatten());
        if let Some(q) = question.filter(|q| !in_gap(q.start, q.end)) {
            let speaker = q.asker.map(|m| resolver.speaker(&m));
            out.push(indirect(q.start, q.end, speaker, q.cue));
        }
        for r in found.into_iter().filter(|r| r.cue.ends_with("ing") || !in_gap(r.start, r.end)) {
            let speaker = Some(resolver.speaker(&r.mention));
            out.push(indirect(r.start, r.end, speaker, r.cue));
        }
    }
    out.sort_by_key(|s| s.start);
    inherit_speakers(text, &mut out);
    for (n, s) in out.iter_mut().enumerate() {
        s.id = format!("{}.s{}", article.id, n + 1);
    }
    out
}

/// Resolves speaker mentions to names within one article: pronouns and role nouns to the
/// last person named as a subject before them, surnames to the fuller names used earlier.
struct Resolver<'a> {
    text: &'a str,
    /// Person mentions that are subjects of a clause, in text order: (byte, full name).
    subjects: Vec<(usize, Cow<'a, str>)>,
    /// The fullest person-like name in the article for each last word ("Zelenskyy" →
    /// "Volodymyr Zelenskyy").
    fullest: std::collections::HashMap<&'a str, Cow<'a, str>, names::FnvBuild>,
    /// Each sentence's start, and the country or institution named as its subject, if
    /// any ("Russia released a warning."): a "they" opening the next sentence is it.
    collective: Vec<(usize, Option<Cow<'a, str>>)>,
}

impl<'a> Resolver<'a> {
    fn new(text: &'a str, sents: &[Sentence], sent_toks: &SentenceTokens<'a>, article: &Article) -> Self {
        let mut subjects = Vec::new();
        let mut fullest: std::collections::HashMap<&'a str, Cow<'a, str>, names::FnvBuild> = Default::default();
        let mut collective = Vec::with_capacity(sents.len());
        for (s, toks) in sents.iter().zip(sent_toks.iter()) {
            collective.push((s.start, None));
            if article.in_region(s.start) {
                continue;
            }
            let mut i = 0;
            while i < toks.len() {
                // Names start with a capital letter: other tokens cannot start one. The
                // name is spelled out only when it is kept.
                let Some(span) = names::name_starting_at(toks, i) else {
                    i += 1;
                    continue;
                };
                let j = span.end;
                let last = span.last(toks);
                let person = span.person_like(toks);
                if person {
                    let words = span.words(toks);
                    let longer = fullest.get(last).is_none_or(|f| f.split_whitespace().count() <= words);
                    if longer {
                        fullest.insert(last, span.spelled(toks, text));
                    }
                }
                // A subject: followed by a verb-like word, not by a possessive.
                let next = toks.get(j).map(|t| t.text).unwrap_or("");
                let verbish = toks.get(j).is_some_and(Token::is_cue) || is_adverb_or_aux(next) || next.ends_with("ed");
                // A person named first in a sentence is its subject ("Vance, while…, said").
                let verbish = verbish || (i == 0 && next != "’" && next != "'");
                if verbish && (person || fullest.contains_key(last)) {
                    subjects.push((toks[span.first].start, span.spelled(toks, text)));
                } else if verbish && (i == 0 || toks[i - 1].text == ",") {
                    // A country (or its capital) acting as the subject of the sentence,
                    // after an opening phrase or not ("In reaction, Russia released…").
                    let name = span.spelled(toks, text);
                    if super::entities::country_of(&name).is_some()
                        && let Some(last) = collective.last_mut()
                    {
                        last.1.get_or_insert(name);
                    }
                }
                i = j.max(i + 1);
            }
        }
        Resolver { text, subjects, fullest, collective }
    }

    /// The fullest name in the article that ends with the same word as `name`.
    fn canonical(&self, name: &str) -> String {
        self.fullest.get(last_word(name)).map_or_else(|| name.to_string(), |f| f.to_string())
    }

    fn speaker(&mut self, m: &Mention) -> Speaker {
        let (start, end) = tidy_mention(self.text, m.start, m.end);
        let m = &Mention { start, end, ..m.clone() };
        let text = self.text[m.start..m.end].to_string();
        // ("who" after a group, "Republicans who say": the group is shown, and is no
        // entity.)
        // ("the labor secretary, who said": the pronoun shows the role it stands for, which
        // is not resolved: the subject before it may be in the same sentence, "Obama met
        // the Mexican president, who said…".)
        if m.kind == MentionKind::Role && m.name.is_some() {
            return Speaker { text, start: m.start, end: m.end, name: m.name.clone(), entity: None };
        }
        let name = match m.kind {
            MentionKind::Name => m.name.as_deref().map(|n| self.canonical(n)),
            // ("his claim that…": a possessive speaks as its pronoun does.)
            MentionKind::Pronoun if ["he", "she", "his", "her"].iter().any(|p| text.eq_ignore_ascii_case(p)) => {
                self.last_subject_before(m.start)
            }
            MentionKind::Role if is_singular_person_role(&text) => self.last_subject_before(m.start),
            MentionKind::Pronoun if text.eq_ignore_ascii_case("they") || text.eq_ignore_ascii_case("their") => {
                self.collective_before(m.start)
            }
            _ => None,
        };
        let entity = name.as_deref().map(entity_key);
        Speaker { text, start: m.start, end: m.end, name, entity }
    }

    /// The country named as the subject of the sentence right before the one holding
    /// `at`, when `at` opens its sentence ("Russia released a warning. They ruled out…").
    fn collective_before(&self, at: usize) -> Option<String> {
        let k = self.collective.partition_point(|(start, _)| *start <= at).checked_sub(1)?;
        let opens = self.text[self.collective[k].0..at].trim().is_empty();
        opens.then(|| k.checked_sub(1).and_then(|p| self.collective[p].1.as_deref().map(str::to_string))).flatten()
    }

    fn last_subject_before(&self, at: usize) -> Option<String> {
        let i = self.subjects.partition_point(|(b, _)| *b < at);
        i.checked_sub(1).map(|i| self.canonical(&self.subjects[i].1))
    }
}

/// A quotation with no attribution of its own that follows someone's reported words in the
/// same paragraph or opens the next ("Bolton distanced himself…, saying he would help if
/// asked. “I’m going to support him…”") continues that speaker's words, as a quotation after
/// a quotation does. Reported speech is found after the quotations, so this is read once
/// all statements are in text order.
fn inherit_speakers(text: &str, out: &mut [Statement]) {
    // (A quotation given its speaker here passes it on to the next one, as one quotation
    // after another does.)
    let mut inherited = false;
    for k in 1..out.len() {
        let from_quotation = std::mem::take(&mut inherited);
        let prev = &out[k - 1];
        if out[k].kind != StatementKind::Direct
            || out[k].speaker.is_some()
            || !(prev.kind == StatementKind::Indirect || from_quotation)
            || prev.end > out[k].start
        {
            continue;
        }
        let Some(speaker) = prev.speaker.clone().filter(|sp| sp.name.is_some()) else { continue };
        let gap = &text[prev.end..out[k].start];
        let near = gap.matches('\n').count() <= 2 && word_count(gap) <= 12;
        let opens_line = text[..out[k].start].trim_end_matches([' ', '\t']).ends_with('\n') || gap.contains(". ");
        if near && opens_line {
            out[k].speaker = Some(speaker);
            inherited = true;
        }
    }
}

/// The span of a speaker phrase without the words around it that are no part of who
/// speaks: a sentence adverb ("Democrats, historically", "…, for instance"), a time
/// ("RNC spokesman Sean Spicer on Thursday evening", "…, this past week"), a trailing
/// auxiliary ("Ben Carson, Ted Cruz and Rand Paul have all"), an opening question or
/// condition word ("Does Rubio", "if a 21-year-old").
fn tidy_mention(text: &str, mut start: usize, mut end: usize) -> (usize, usize) {
    const TRAILING: &[&str] = &[
        "historically",
        "of course",
        "for instance",
        "for example",
        "in fact",
        "however",
        "too",
        "meanwhile",
        "in contrast",
        "on the other hand",
        "in turn",
        "instead",
        "though",
        "this past week",
        "last week",
        "last month",
        "last year",
        "last night",
        "this week",
        "this month",
        "this year",
        "have all",
        "had all",
        "have both",
    ];
    const DATED: &[&str] = &[" released", " out", " taken", " conducted", " published", " issued"];
    // (Only of a poll or a document: "Hostages released last week said" keeps its words.)
    const DOCUMENTS: &[&str] = &[
        "poll",
        "polls",
        "survey",
        "surveys",
        "report",
        "reports",
        "study",
        "analysis",
        "document",
        "documents",
        "memo",
        "letter",
        "statement",
        "video",
        "ad",
        "article",
        "book",
        "filing",
        "data",
        "figures",
        "records",
        "emails",
        "tally",
        "results",
    ];
    const DAYS: &[&str] = &["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
    const PARTS: &[&str] = &[" morning", " afternoon", " evening", " night"];
    const LEADING: &[&str] = &["does ", "did ", "if ", "indeed, ", "plus ", "so far, ", "far, "];
    // (Compared without allocating: these words are ASCII, and a match ends on a boundary.)
    let strip_suffix = |s: &'_ str, suffix: &str| -> Option<usize> {
        let at = s.len().checked_sub(suffix.len())?;
        (s.is_char_boundary(at) && s[at..].eq_ignore_ascii_case(suffix)).then_some(at)
    };
    let dated = |body: &str| {
        let at = DATED.iter().find_map(|d| strip_suffix(body, d))?;
        let document = body[..at].split(' ').any(|w| DOCUMENTS.iter().any(|d| d.eq_ignore_ascii_case(w)));
        document.then_some(at)
    };
    let lettered = |s: &str| s.chars().any(char::is_alphabetic);
    let trim = |s: &str| s.trim_end_matches([',', ' ']).len();
    loop {
        let before = (start, end);
        end = start + trim(&text[start..end]);
        let body = &text[start..end];
        // A sentence adverb or an auxiliary after the speaker.
        if let Some((at, t)) = TRAILING
            .iter()
            .find_map(|t| strip_suffix(body, t).map(|at| (at, t)))
            .filter(|&(at, _)| (body[..at].ends_with(' ') || body[..at].ends_with(", ")) && lettered(&body[..at]))
        {
            let kept = &text[start..start + trim(&body[..at])];
            let time = t.starts_with("last ") || t.starts_with("this ");
            // ("A poll released last week": the participle the time dated goes with it;
            // "Hostages released last week" keeps both.)
            match dated(kept) {
                Some(at) if time => end = start + trim(&kept[..at]),
                None if time && DATED.iter().any(|d| strip_suffix(kept, d).is_some()) => {}
                _ => end = start + kept.len(),
            }
        }
        // A day, perhaps with its part: "on Thursday evening".
        let body = &text[start..end];
        let day_end = PARTS.iter().find_map(|p| strip_suffix(body, p)).unwrap_or(body.len());
        if let Some(at) = DAYS.iter().find_map(|d| strip_suffix(&body[..day_end], d))
            && let Some(on) = strip_suffix(&body[..at], " on ")
            && lettered(&body[..on])
        {
            end = start + trim(&body[..on]);
            let body = &text[start..end];
            if let Some(at) = dated(body) {
                end = start + trim(&body[..at]);
            }
        }
        // A question or condition word before it.
        let body = &text[start..end];
        if let Some(l) = LEADING
            .iter()
            .find(|l| body.len() > l.len() && body.is_char_boundary(l.len()) && body[..l.len()].eq_ignore_ascii_case(l))
        {
            start += l.len();
        }
        if (start, end) == before {
            return (start, end);
        }
    }
}

fn is_singular_person_role(text: &str) -> bool {
    // "the president of Ukraine" is "the president".
    let l = text.to_lowercase();
    let l = l.split(" of ").next().unwrap_or("");
    l.starts_with("the ")
        && ["president", "minister", "chancellor", "premier", "leader", "secretary", "governor", "mayor"]
            .iter()
            .any(|r| l.ends_with(r))
}

fn last_word(s: &str) -> &str {
    s.split_whitespace().next_back().unwrap_or("")
}

/// A stable key for a resolved name: lowercase words joined by `-`.
pub(crate) fn entity_key(name: &str) -> String {
    let mut key = String::with_capacity(name.len());
    for word in name.split_whitespace() {
        // A word with no letter or digit adds nothing, not even its dash.
        let before = key.len();
        if before > 0 {
            key.push('-');
        }
        let letters = key.len();
        key.extend(word.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase));
        if key.len() == letters {
            key.truncate(before);
        }
    }
    key
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_token_window_is_the_fresh_tokenization_of_its_text() {
        // Windows that start and end anywhere: mid-word, inside "U.S.", before a
        // possessive, at a sentence's end, across sentences and lines.
        for text in [
            "Mr. Smith met U.S. officials. “We agreed,” he said.\nThe sign read: ‘rock’n’roll’.",
            "Trump’s aide, Gene B. Sperling, said it was a “well-known” plan—or not... Zelenskyy's.",
            "Its 3.5% rise (U.N. data) won't last, Sen. Ana Ruiz-Díaz told Kyiv’s ally. Ünïcode 😀 ok!",
        ] {
            let sents = sentences(text);
            let toks = sentence_tokens(text, &sents);
            let cuts: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
            for (k, &from) in cuts.iter().enumerate() {
                for &to in &cuts[k..] {
                    let span = toks.span(text, &sents, from, to);
                    assert_eq!(*span, names::tokenize(text, from, to)[..], "{:?}", &text[from..to]);
                }
            }
        }
    }

    #[test]
    fn entity_keys_are_lowercase_words_joined_by_dashes() {
        for (name, key) in [
            ("Volodymyr Zelenskyy", "volodymyr-zelenskyy"),
            ("  Sergei   Lavrov ", "sergei-lavrov"),
            ("— Dr. Ana Ruiz —", "dr-ana-ruiz"),
            ("O’Brien & Co.", "obrien-co"),
            ("ÉMILE Zola", "émile-zola"),
            ("", ""),
            ("— —", ""),
        ] {
            assert_eq!(entity_key(name), key, "{name}");
        }
    }

    #[test]
    fn next_mark_finds_every_mark_at_every_offset() {
        for mark in ["\"", "'", "“", "”", "„", "«", "»", "‘", "’"] {
            for pad in 0..20 {
                for filler in ["a", "é", "—"] {
                    let line = format!("{}{mark} x", filler.repeat(pad));
                    let at = filler.len() * pad;
                    assert_eq!(next_mark(&line, 0), Some((at, mark.chars().next().unwrap())), "{line}");
                    assert_eq!(next_mark(&line, at + mark.len()), None, "{line}");
                }
            }
        }
        assert_eq!(next_mark("no marks here — at all, café", 0), None);
    }
    use crate::core::ingest;

    fn find(text: &str) -> Vec<(StatementKind, String, Option<String>)> {
        let a = ingest("t.txt", text.as_bytes()).unwrap();
        find_statements(&a).into_iter().map(|s| (s.kind, s.content, s.speaker.and_then(|sp| sp.name))).collect()
    }

    fn one(kind: StatementKind, content: &str, speaker: Option<&str>) -> (StatementKind, String, Option<String>) {
        (kind, content.to_string(), speaker.map(str::to_string))
    }

    #[test]
    fn an_object_cut_before_a_quotation_at_a_clause_end_does_not_panic() {
        // A real PolNeAR sentence: the object before the quotation's clause ends at a comma
        // that ends the tokens read.
        let t = "Intro line here.\n\nIf you prefer to view voting as I did when I was a confused teenager, and you live in California or Washington, D.C., feel free to “vote your conscience” or whatever you want to call it.";
        let _ = find(t);
    }

    #[test]
    fn a_possessive_after_a_verb_of_judging_is_its_object() {
        let t = "Intro line here.\nTrump summed up Clinton as “terrible,” denounced her record as secretary of state and said she should not run.";
        assert!(find(t).iter().all(|(kind, _, _)| *kind != StatementKind::Direct), "{:?}", find(t));
    }

    #[test]
    fn words_that_go_on_after_a_quotation_name_no_speaker() {
        // “…” and said: the clause goes on; the speaker is the sentence's subject.
        let t = "Intro line here.\nClinton celebrated in Florida, calling it “another super Tuesday for our campaign” and said more would follow.";
        let found = find(t);
        assert_eq!(found[0], one(StatementKind::Partial, "another super Tuesday for our campaign", Some("Clinton")));
    }

    #[test]
    fn an_adjunct_after_a_quotation_is_no_speaker() {
        // A preposition, a participle or a passive after the quotation opens an adjunct,
        // and the noun in it ("post", "state") is no cue.
        for t in [
            "Intro line here.\nA friend described him as “the kindest soul I have ever met” in a Facebook post.",
            "Intro line here.\nHe praised the “thoughtful professionalism” displayed by the state attorney.",
            "Intro line here.\nFans chanted “build a wall,” referring to the candidate’s vow to build one.",
        ] {
            for (_, content, speaker) in find(t) {
                let ok = speaker.as_deref().is_none_or(|s| ["A friend", "He", "Fans"].contains(&s));
                assert!(ok, "{t}: {content} / {speaker:?}");
            }
        }
        // A speaker after the adjunct's comma still reports the quotation.
        let t = "Intro line here.\n“We are alive, unlike the robots” at the convention, he said.";
        assert_eq!(find(t), [one(StatementKind::Direct, "We are alive, unlike the robots", None)]);
        let a = ingest("t.txt", t.as_bytes()).unwrap();
        assert_eq!(find_statements(&a)[0].speaker.as_ref().map(|s| s.text.as_str()), Some("he"));
    }

    #[test]
    fn a_coordinated_verb_after_a_quotation_is_the_subjects() {
        let t = "Intro line here.\nClinton supports “appropriate pay raises,” opposes “arbitrary pay freezes” and recalled the freeze: “I saw how hard it was for the employees.”";
        assert_eq!(find(t).last().and_then(|f| f.2.clone()).as_deref(), Some("Clinton"), "{:?}", find(t));
        // The next quotation after a longer attribution sentence keeps its speaker.
        let t = "Intro line here.\n“It is everything but her,” Le Pen told CNN in an interview when asked which candidate she would back on Monday. “She means war and devastation for the whole world.”";
        assert_eq!(find(t).last().and_then(|f| f.2.clone()).as_deref(), Some("Le Pen"), "{:?}", find(t));
    }

    #[test]
    fn a_relative_pronoun_speaks_for_the_name_before_it() {
        let t =
            "Intro line here.\nHe met Labor Secretary Thomas Perez, who said he expects the deal to be finalized soon.";
        let a = ingest("t.txt", t.as_bytes()).unwrap();
        let found = find_statements(&a);
        let sp = found[0].speaker.as_ref().unwrap();
        assert_eq!((sp.text.as_str(), sp.name.as_deref()), ("who", Some("Thomas Perez")));
        // After a role, the pronoun stands for the role, which names it.
        let t = "Intro line here.\nHe met the labor secretary, who said he expects the deal to be finalized soon.";
        let a = ingest("t.txt", t.as_bytes()).unwrap();
        let found = find_statements(&a);
        let sp = found[0].speaker.as_ref().unwrap();
        assert_eq!((sp.text.as_str(), sp.name.as_deref()), ("who", Some("the labor secretary")));
        // (Not resolved to the sentence's subject; a possessive spelled as written.)
        let t = "Intro line here.\nObama met the Mexican president, who said the wall would never be paid for.";
        let a = ingest("t.txt", t.as_bytes()).unwrap();
        let found = find_statements(&a);
        let sp = found[0].speaker.as_ref().unwrap();
        assert_eq!((sp.name.as_deref(), sp.entity.as_deref()), (Some("the Mexican president"), None));
        let t = "Intro line here.\nThe plan won support from Mrs. Clinton’s advisers who say the race is tightening.";
        let a = ingest("t.txt", t.as_bytes()).unwrap();
        let found = find_statements(&a);
        assert_eq!(found[0].speaker.as_ref().unwrap().name.as_deref(), Some("Mrs. Clinton’s advisers"));
        // A relative clause set off before the main clause's verb reports up to its comma,
        // and the main clause reports on its own.
        let t = "Intro line here.\nCruz, who says Trump is attacking him because the polls have tightened, said he would stay in the race.";
        let a = ingest("t.txt", t.as_bytes()).unwrap();
        let found: Vec<(String, Option<String>, String)> = find_statements(&a)
            .into_iter()
            .map(|s| (s.speaker.as_ref().unwrap().text.clone(), s.speaker.unwrap().name, s.content))
            .collect();
        assert_eq!(
            found.iter().map(|(t, n, c)| (t.as_str(), n.as_deref(), c.as_str())).collect::<Vec<_>>(),
            [
                ("who", Some("Cruz"), "Trump is attacking him because the polls have tightened"),
                (
                    "Cruz, who says Trump is attacking him because the polls have tightened",
                    Some("Cruz"),
                    "he would stay in the race"
                )
            ]
        );
    }

    #[test]
    fn a_relative_pronoun_speaks_for_the_group_before_it() {
        let t = "Intro line here.\nThe report gave fresh ammunition to party leaders who say the law is a money pit.";
        let a = ingest("t.txt", t.as_bytes()).unwrap();
        let found = find_statements(&a);
        let sp = found[0].speaker.as_ref().unwrap();
        // The page shows the group; it is no person.
        assert_eq!((sp.text.as_str(), sp.name.as_deref(), sp.entity.as_deref()), ("who", Some("party leaders"), None));
        // A subject the clause describes is the speaker of its own verb.
        let t = "Intro line here.\nVoters who say the economy matters most said they would vote for him.";
        let a = ingest("t.txt", t.as_bytes()).unwrap();
        let found = find_statements(&a);
        let said = found.iter().find(|s| s.cue.as_deref() == Some("said")).unwrap();
        assert_eq!(said.speaker.as_ref().map(|s| s.text.as_str()), Some("Voters who say the economy matters most"));
    }

    #[test]
    fn a_possessive_speaker_is_resolved_like_its_pronoun() {
        let t = "Intro line here.\n\nDe Blasio also stood by his claim that profit was the motive of some companies.";
        let a = ingest("t.txt", t.as_bytes()).unwrap();
        let found = find_statements(&a);
        let claim = found.iter().find(|s| s.cue.as_deref() == Some("claim")).unwrap();
        let sp = claim.speaker.as_ref().unwrap();
        assert_eq!((sp.text.as_str(), sp.name.as_deref()), ("his", Some("De Blasio")));
    }

    #[test]
    fn a_question_quoted_inside_a_quotation_leaves_its_attribution_after_it() {
        assert_eq!(
            find("Intro line here.\n\n“We talk about ‘what can I do?’” Weaver said."),
            [one(StatementKind::Direct, "We talk about ‘what can I do?’", Some("Weaver"))]
        );
    }

    #[test]
    fn a_speaker_loses_the_time_after_it_and_the_participle_the_time_dated() {
        let spoken = |text: &str| {
            let a = ingest("t.txt", format!("Intro line here.\n\n{text}").as_bytes()).unwrap();
            find_statements(&a).into_iter().map(|s| s.speaker.map(|sp| sp.text)).collect::<Vec<_>>()
        };
        for (text, speaker) in [
            (
                "A Marquette Law School poll released last week showed Clinton poised to carry the state.",
                "A Marquette Law School poll",
            ),
            (
                "A CNN/ORC poll of South Carolina released on Tuesday showed Mr. Trump with a 16-point lead.",
                "A CNN/ORC poll of South Carolina",
            ),
            // (A person the time dates keeps both.)
            ("Hostages released last week said they were treated well.", "Hostages released last week"),
            ("A judge last month ordered the city to make the video public.", "A judge"),
        ] {
            assert_eq!(spoken(text), [Some(speaker.to_string())], "{text}");
        }
    }

    #[test]
    fn a_participle_phrase_before_the_verb_leaves_its_object_out_of_the_speaker() {
        let text = "Intro line here.\n\nAnother intelligence source speaking to Fox News said, “The agents are looking at the contracts.”";
        let a = ingest("t.txt", text.as_bytes()).unwrap();
        let spoken: Vec<_> = find_statements(&a).into_iter().map(|s| s.speaker.map(|sp| sp.text)).collect();
        assert_eq!(spoken, [Some("Another intelligence source".to_string())]);
    }

    #[test]
    fn a_question_put_to_the_subject_has_no_speaker() {
        let q = "“If you had known she had a personal server, would you have told her?”";
        assert_eq!(
            find(&format!("Intro line here.\n\nBlumenthal was asked, {q}")),
            [one(StatementKind::Direct, &q[3..q.len() - 3], None)]
        );
        assert_eq!(
            find(&format!("Intro line here.\n\nBlumenthal asked, {q}")),
            [one(StatementKind::Direct, &q[3..q.len() - 3], Some("Blumenthal"))]
        );
    }

    #[test]
    fn an_apostrophe_before_a_short_year_opens_no_quotation() {
        assert_eq!(classify_mark(Some(' '), '‘', Some('0'), None, true), None);
        assert_eq!(classify_mark(Some(' '), '\'', Some('9'), None, true), None);
        assert_eq!(classify_mark(Some(' '), '‘', Some('W'), None, false), Some(Mark::Open('‘')));
        // (A quotation that opens with a figure: ‘100 percent…’.)
        let found =
            find("Intro line here.\n\nHe said in ‘08 the race was over. “It is over,” she said, “‘100 percent’ over.”");
        assert!(found.iter().any(|(_, content, _)| content.starts_with("It is over")), "{found:?}");
    }

    #[test]
    fn a_mistyped_closing_mark_closes_the_quotation() {
        let found = find("Intro line here.\n\n“It is unusual and hard to pull off,“ said Larry Noble, an attorney.");
        assert_eq!(found, [one(StatementKind::Direct, "It is unusual and hard to pull off,", Some("Larry Noble"))]);
    }

    #[test]
    fn a_quotation_signed_on_the_next_line() {
        let t = "Intro line here.\n\n“Almost all new income is going to the top 1 percent.”\n\n- Bernie Sanders.\n\nThe senator is relying on a study.";
        assert_eq!(
            find(t),
            [one(
                StatementKind::Direct,
                "Almost all new income is going to the top 1 percent.",
                Some("Bernie Sanders")
            )]
        );
        // A dash line that is no name, or a line of text after the quotation, signs nothing.
        let t = "Intro line here.\n\n“Almost all new income is going to the top 1 percent.”\n\n- and the rest went to the others.";
        assert_eq!(find(t), [one(StatementKind::Direct, "Almost all new income is going to the top 1 percent.", None)]);
    }

    #[test]
    fn a_speaker_after_a_phrase_or_a_full_stop() {
        // “…” for the victory, Sanders said: a phrase after the quotation, then its speaker.
        let t = "Intro line here.\n“Let me thank the thousands of volunteers who worked so hard” for the victory, Sanders said.";
        assert_eq!(
            find(t),
            [one(
                StatementKind::Direct,
                "Let me thank the thousands of volunteers who worked so hard",
                Some("Sanders")
            )]
        );
        // “….” Trump said.: a full stop inside the marks, then a short sentence of speaker
        // and verb; a longer sentence after it is the speaker's own.
        let t = "Intro line here.\n“I hope you are able to find the emails that are missing.” Trump said.";
        assert_eq!(
            find(t),
            [one(StatementKind::Direct, "I hope you are able to find the emails that are missing.", Some("Trump"))]
        );
        let t = "Intro line here.\n“We won the vote in the state.” Smith said the party would now move on to the next state.";
        assert!(find(t).iter().all(|f| f.1 != "We won the vote in the state." || f.2.is_none()), "{:?}", find(t));
    }

    #[test]
    fn a_second_quotation_of_the_sentence_keeps_its_speaker() {
        let t = "Intro line here.\nKasich said Putin was “a real thug” and told the crowd he was the “first one” to say so.";
        let speakers: Vec<_> = find(t).into_iter().map(|(_, _, sp)| sp).collect();
        assert_eq!(speakers, [Some("Kasich".to_string()), Some("Kasich".to_string())]);
    }

    #[test]
    fn a_pronoun_in_reported_speech_is_its_named_reporter() {
        let t = "Intro line here.\nAs recently as October, Trump said he believes the war was “a terrible mistake.”";
        let a = ingest("t.txt", t.as_bytes()).unwrap();
        let found = find_statements(&a);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].speaker.as_ref().map(|s| s.text.as_str()), Some("Trump"));
        // A pronoun that is the sentence's own subject stays as written.
        let t = "Intro line here.\nTrump spoke on Monday. He said the war was “a terrible mistake.”";
        let a = ingest("t.txt", t.as_bytes()).unwrap();
        assert_eq!(find_statements(&a)[0].speaker.as_ref().map(|s| s.text.as_str()), Some("He"));
        // Past a time adjunct after the verb, and past an appositive before it.
        for (t, reporter) in [
            ("Intro line here.\nTrump said Sunday that he believed the war was “a terrible mistake.”", "Trump"),
            (
                "Intro line here.\nPaul Huntley, a delegate from California, said he wanted “common-sense solutions.”",
                "Paul Huntley",
            ),
        ] {
            let a = ingest("t.txt", t.as_bytes()).unwrap();
            assert_eq!(find_statements(&a)[0].speaker.as_ref().map(|s| s.text.as_str()), Some(reporter), "{t}");
        }
    }

    #[test]
    fn a_participle_after_a_quotation_reports_more_of_its_speaker() {
        let t =
            "Intro line here.\n“I filed my report on time,” Weaver added, noting that Sanders requested an extension.";
        assert_eq!(
            find(t),
            [
                one(StatementKind::Direct, "I filed my report on time,", Some("Weaver")),
                one(StatementKind::Indirect, "Sanders requested an extension", Some("Weaver")),
            ]
        );
    }

    #[test]
    fn transcript_lines_are_the_words_of_the_person_they_name() {
        let t = "Governor on Race\n\nCNN's Jake Tapper spoke with Governor Mary Fallin on Sunday about the campaign.\n\nTAPPER: Do you think he has campaigned as a healer?\n\nFALLIN: Well, I think the whole nation needs to work together.\n";
        let found = find(t);
        assert_eq!(
            found,
            [
                one(StatementKind::Direct, "Do you think he has campaigned as a healer?", Some("Jake Tapper")),
                one(
                    StatementKind::Direct,
                    "Well, I think the whole nation needs to work together.",
                    Some("Mary Fallin")
                ),
            ]
        );
        // A one-line label quoting a person named in the article reports their words.
        let t = "Roundup\n\nLewandowski: FBI director acted as judge and jury on Clinton.\n\nCorey Lewandowski, the former campaign manager, spoke on Monday.\n";
        assert_eq!(
            find(t),
            [one(
                StatementKind::Indirect,
                // (Read as the article's headline: its final dot is not the words'.)
                "FBI director acted as judge and jury on Clinton",
                Some("Corey Lewandowski")
            )]
        );
        // Labels that are not people: sections, possessives, function words, single letters.
        let t = "Roundup\n\nThe Latest: Voters head to the polls in Iowa.\n\nEditor’s Note: This story was updated on Monday.\n\nQ: How did things go for you?\n\nUPDATE: The count goes on tonight.\n";
        assert_eq!(find(t), []);
    }

    #[test]
    fn a_name_before_an_appositive_and_a_role_before_a_name() {
        let t =
            "Intro line here.\nCruz, the only candidate to campaign in Wyoming, told delegates: “This is a battle.”";
        assert_eq!(find(t), [one(StatementKind::Direct, "This is a battle.", Some("Cruz"))]);
        let t = "Intro line here.\nDemocratic presidential candidate Sen. Bernie Sanders criticized the accord, saying it goes “nowhere near far enough.”";
        assert_eq!(find(t), [one(StatementKind::Partial, "nowhere near far enough.", Some("Bernie Sanders"))]);
    }

    #[test]
    fn a_title_in_quotation_marks_does_not_hide_the_attribution() {
        let t = "Intro line here.\nHemsley, the co-author of “Going Viral,” said the days when the nation had “a somewhat unifying story” are gone.";
        assert_eq!(find(t), [one(StatementKind::Partial, "a somewhat unifying story", Some("Hemsley"))]);
    }

    #[test]
    fn participle_phrases_and_opening_phrases_are_not_speakers() {
        let t = "Intro line here.\nClinton, speaking to reporters on her plane en route to Tampa, said of the request: “The FBI resolved all of this.”";
        assert_eq!(find(t), [one(StatementKind::Direct, "The FBI resolved all of this.", Some("Clinton"))]);
        // (The clause before the one that quotes is a stance of its own.)
        let t = "Intro line here.\nBack in 1999, Mr. Trump expressed admiration for his skills, telling CNBC: “I wish I could be like that.”";
        assert_eq!(
            find(t),
            [
                one(StatementKind::Indirect, "admiration for his skills", Some("Trump")),
                one(StatementKind::Direct, "I wish I could be like that.", Some("Trump"))
            ]
        );
        // "…, Spicer said, adding, “…”": the participle continues the one who just spoke.
        let t = "Intro line here.\nRyan and Trump will meet next week, Spicer said, adding, “They need to sit down and talk.”";
        assert_eq!(find(t).last().and_then(|f| f.2.clone()).as_deref(), Some("Spicer"));
        // "…,” adding: “…”": the participle continues the quotation's speaker.
        let t = "Intro line here.\nIn the email, Ana Ruiz described the move as a “major breach of trust,” adding: “I am now informing all of our members.”";
        assert_eq!(find(t).last().and_then(|f| f.2.clone()).as_deref(), Some("Ana Ruiz"));
        // "Some chanted “…”": unnamed people speak.
        let t = "Intro line here.\nSupporters held signs high above their heads. Some chanted “We want Ruiz! We want Ruiz!”";
        let found = ingest("t.txt", t.as_bytes()).map(|a| find_statements(&a)).unwrap();
        assert_eq!(found.last().and_then(|s| s.speaker.as_ref()).map(|sp| sp.text.as_str()), Some("Some"));
        // A few words before a comma open the sentence ("Hours later, Trump…"); a name
        // before its appositive is the subject.
        let t =
            "Intro line here.\nHours later, Trump returned the compliment, telling Reuters, “He is an amazing man.”";
        assert_eq!(find(t).last().and_then(|f| f.2.clone()).as_deref(), Some("Trump"));
        let t = "Intro line here.\nPaul Begala, a former adviser to the couple, rallied supporters, saying: “We have to be ready.”";
        assert_eq!(find(t).last().and_then(|f| f.2.clone()).as_deref(), Some("Paul Begala"));
        // A dateline is not the subject.
        let t = "Intro line here.\nWASHINGTON — Senator Ana Ruiz rallied supporters on Monday, saying: “We have to be ready.”";
        assert_eq!(find(t), [one(StatementKind::Direct, "We have to be ready.", Some("Ana Ruiz"))]);
        // An appositive that names someone is still the speaker.
        let t = "Intro line here.\nClinton's campaign chairman, John Podesta, said: “We are ready for the debate.”";
        assert_eq!(find(t), [one(StatementKind::Direct, "We are ready for the debate.", Some("John Podesta"))]);
    }

    #[test]
    fn a_known_surname_and_a_colon_introduce_a_quotation() {
        let t = "Intro line here.\nJeb Bush spoke in Ohio. Hillary Clinton spoke in Iowa.\nClinton: \"Our goal is not to deter ISIS, but to defeat it.\" Bush: \"The mission is to destroy ISIS, not to contain it.\"";
        assert_eq!(
            find(t),
            [
                one(StatementKind::Direct, "Our goal is not to deter ISIS, but to defeat it.", Some("Hillary Clinton")),
                one(StatementKind::Direct, "The mission is to destroy ISIS, not to contain it.", Some("Jeb Bush")),
            ]
        );
        // A capitalised word nobody in the article is called is a label, not a speaker.
        let t =
            "Intro line here.\nJeb Bush spoke in Ohio.\nUpdate: \"The mission is to destroy ISIS, not to contain it.\"";
        assert_eq!(find(t), []);
    }

    #[test]
    fn phrasal_verbs_of_speaking_after_a_quotation() {
        let t = "Intro sentence here.\nMaria Lopez spoke first.\n“And it worries me because the plan would end the program,” she went on.";
        assert_eq!(
            find(t),
            [one(
                StatementKind::Direct,
                "And it worries me because the plan would end the program,",
                Some("Maria Lopez")
            )]
        );
        let t = "Intro sentence here.\nMaria Lopez spoke first.\n“What made him change so fundamentally?” Lopez questioned.";
        assert_eq!(
            find(t),
            [one(StatementKind::Direct, "What made him change so fundamentally?", Some("Maria Lopez"))]
        );
        // "went" without "on" is no verb of speaking: the quotation keeps no speaker.
        let t =
            "Intro sentence here.\nMaria Lopez spoke first.\n“We will win this time around, friends,” she went home.";
        assert_eq!(find(t), [one(StatementKind::Direct, "We will win this time around, friends,", None)]);
        // Any past tense closing a short subject's clause right after the quotation tells
        // how it was said; a longer clause or an object does not.
        let t = "Intro sentence here.\nMaria Lopez spoke first.\n“Would it be negotiable at all?” Lopez pressed.";
        assert_eq!(find(t), [one(StatementKind::Direct, "Would it be negotiable at all?", Some("Maria Lopez"))]);
        let t = "Intro sentence here.\nMaria Lopez spoke first.\n“Would it be negotiable at all?” Lopez pressed the button.";
        assert_eq!(find(t), [one(StatementKind::Direct, "Would it be negotiable at all?", None)]);
    }

    #[test]
    fn a_quotation_introduced_by_a_sentence_of_its_own_is_not_the_previous_one_continued() {
        assert_eq!(
            find("“Look at what you did,” Franken said. Silverman responded, “Thank God they can fix this later.”"),
            [
                one(StatementKind::Direct, "Look at what you did,", Some("Franken")),
                one(StatementKind::Direct, "Thank God they can fix this later.", Some("Silverman")),
            ]
        );
        // A determiner and a noun that is no known role, opening the sentence or a clause,
        // are the speaker; not in the passive.
        for (t, speaker) in [
            ("The ad says “nothing will change until we elect candidates who reject that money.”", "The ad"),
            ("As Trump attacked Clinton, the attendees chanted, “Lock her up!” as they had before.", "the attendees"),
            (
                "The lawsuit contends that the deaths were “directly caused by the negligent actions” of the agency.",
                "The lawsuit",
            ),
        ] {
            let a = ingest("t.txt", format!("Intro line here.\n{t}").as_bytes()).unwrap();
            assert_eq!(find_statements(&a)[0].speaker.as_ref().map(|s| s.text.as_str()), Some(speaker), "{t}");
        }
        let t = "Intro line here.\nIn the playbook, his salespersons were told, “You sell feelings, not products.”";
        let a = ingest("t.txt", t.as_bytes()).unwrap();
        assert!(find_statements(&a).iter().all(|s| s.speaker.is_none()), "{t}");
        // Titles are not words: “Cake Boss.”, “Face the Nation,”; shouts and questions are.
        assert!(find("He was praised by Buddy Valastro, star of the TLC reality show “Cake Boss.”").is_empty());
        assert_eq!(find("“EVERYBODY OUT NOW!” the officer shouted at the crowd.").len(), 1);
        assert!(is_title("Face the Nation,") && is_title("Parks and Recreation") && !is_title("We Won!"));
        assert!(!is_title("We will win this.") && !is_title("Yes,"));
        // Book and film titles run longer: “TrumpNation: The Art of Being the Donald,”.
        assert!(
            is_title("TrumpNation: The Art of Being the Donald,") && is_title("Austin Powers: The Spy Who Shagged Me,")
        );
        assert!(!is_title("One Two Three Four Five Six Seven Eight Nine"));
        // Words in capitals that open a sentence, with a speaker and a verb right after,
        // are speech; a title in an opening phrase is not.
        let found = find("“Like Oakland. Or Ferguson,” Trump said. “The crime numbers are worse.”");
        assert_eq!(found.iter().map(|f| f.2.as_deref()).collect::<Vec<_>>(), [Some("Trump")], "{found:?}");
        let found = find("On “This Week,” Rubio said that the plan had failed.");
        assert!(found.iter().all(|f| f.1 != "This Week,"), "{found:?}");
        // A name, a role, then the person: "Band member Flea … writing “…”".
        let found = find("Band member Flea shared the news last week, writing “Feels great to support this campaign.”");
        assert_eq!(found.last().and_then(|f| f.2.clone()).as_deref(), Some("Flea"), "{found:?}");
        // A sentence after a colon is the subject's words, whatever the verb.
        let found = find("Trump gestured to the crowd, then leaned in and boomed: “Let’s defeat her in November.”");
        assert_eq!(found.last().and_then(|f| f.2.clone()).as_deref(), Some("Trump"), "{found:?}");
        // The opening phrase ends where the subject and its verb start.
        let found = find(
            "In a long interview with journalist Matei Rosca last year, Ion Lazar said he welcomed the move and added, “I will plead guilty.”",
        );
        assert!(found.iter().all(|f| f.2.as_deref() == Some("Ion Lazar")), "{found:?}");
        // Not a byline ("by Variety's Gordon Cox: “…”") nor a subheading alone on its line.
        let found =
            find("Hamilton is going to Chicago, by Variety's Gordon Cox: “The musical will open there next year.”");
        assert!(found.iter().all(|f| f.2.as_deref() != Some("Gordon Cox")), "{found:?}");
        assert!(find("The day went on.\n\n‘A fight from start to finish.’\n\nThe merger was not her idea.").is_empty());
        // Another verb introduces new words: “…,” Trump said, adding, “…”.
        assert_eq!(
            find("“It has been a total disaster,” Trump said, adding, “Nobody cares about it any more.”").len(),
            2
        );
        // Names and a colon introduce words too: "Carl Bialik: “…”".
        let found = find("Pollsters agree. Carl Bialik: “One of the biggest lessons was the turnout.”");
        assert_eq!(found.last().and_then(|f| f.2.clone()).as_deref(), Some("Carl Bialik"), "{found:?}");
        // Still one statement: “…,” she said, “…” and “…,” she said. “…”
        assert_eq!(find("“We are ready,” Ana Ruiz said, “and we will win the vote.”").len(), 1);
        assert_eq!(find("“We are ready,” Ana Ruiz said. “We will win the vote on Sunday.”").len(), 1);
        // A straight quotation mark right after a colon opens: `she said:"We…"`.
        let found = find("Then she said:\"I have not heard anyone other than you cite that figure.\"");
        assert_eq!(found.len(), 1, "{found:?}");
    }

    #[test]
    fn a_party_and_state_parenthetical_is_part_of_the_speaker() {
        assert_eq!(
            find("“There is tremendous energy out there today,” Rep. Earl Blumenauer (D-Ore.) said."),
            [one(StatementKind::Direct, "There is tremendous energy out there today,", Some("Earl Blumenauer"))]
        );
        assert_eq!(
            find("Sen. Marco Rubio (R-Fla.) said that the bill would fail in the Senate."),
            [one(StatementKind::Indirect, "the bill would fail in the Senate", Some("Marco Rubio"))]
        );
    }

    #[test]
    fn an_unnamed_person_introducing_a_quotation_is_its_speaker() {
        for (text, speaker) in [
            ("Another commenter said, “We all know how she feels about the police.”", "Another commenter"),
            ("One man wrote, “She could barely bring herself to say it.”", "One man"),
        ] {
            let a = ingest("t.txt", text.as_bytes()).unwrap();
            let found = find_statements(&a);
            assert_eq!(found.len(), 1, "{found:?}");
            assert_eq!(found[0].speaker.as_ref().map(|sp| sp.text.as_str()), Some(speaker));
        }
    }

    #[test]
    fn a_past_tense_before_a_name_after_a_quotation_attributes_it() {
        let t = "“She took it upon herself to prove them wrong,” remembered Roy Verley, HP's former spokesman.";
        assert_eq!(
            find(t),
            [one(StatementKind::Direct, "She took it upon herself to prove them wrong,", Some("Roy Verley"))]
        );
        // Not a verb with a clause of its own after the name.
        let t = "“It was a disaster,” prompted John Smith to resign from the board.";
        assert_eq!(find(t).first().and_then(|s| s.2.clone()), None);
    }

    #[test]
    fn a_participle_between_the_parts_of_a_quotation_reports() {
        let t = "“That is the question,” Clark said, noting he would support any of the other candidates. “We have a deep bench.”";
        let found = find(t);
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(
            found[1],
            one(StatementKind::Indirect, "he would support any of the other candidates", Some("Clark"))
        );
        // The attribution's own words do not.
        let t = "“It will,” spokesman Ron Lieberman told the Wall Street Journal in July, after the mayor spoke. “These contracts stand.”";
        let found = find(t);
        assert!(found.iter().all(|s| s.0 == StatementKind::Direct), "{found:?}");
    }

    #[test]
    fn a_quotation_set_off_by_dashes_belongs_to_the_words_before_it() {
        let t = "O'Malley lamented her gaffes - \"does she have to give them so much ammunition?\" - and Democrats who watched the debate said they were unfazed.";
        let found = find(t);
        assert_eq!(
            found[0],
            one(StatementKind::Partial, "does she have to give them so much ammunition?", Some("O'Malley"))
        );
    }

    #[test]
    fn a_sentence_ending_in_a_verb_of_saying_introduces_the_quotation_after_it() {
        let t = "Iowa State University's Dianne Bystrom agreed. “Mainstream Republicans are running out of time.”";
        assert_eq!(
            find(t),
            [one(StatementKind::Direct, "Mainstream Republicans are running out of time.", Some("Dianne Bystrom"))]
        );
        let t = "Sam Lau, the party's spokesman, said in a statement. “There are no paper ballots to recount.”";
        assert_eq!(find(t)[0].2.as_deref(), Some("Sam Lau"));
        // Not the attribution of the quotation before it: the pieces are one quotation.
        let t = "“Isn’t that sort of a bribe?” Trump asked. “I think it’s a bribe.”";
        assert_eq!(find(t).len(), 1);
    }

    #[test]
    fn a_quotation_after_someones_reported_words_continues_them() {
        let t = "Intro line here.\n\nBolton distanced himself from the movement, saying he would help the administration if asked.\n\n“I’m going to support him, and support him enthusiastically, because he can do the job.”";
        let found = find(t);
        assert_eq!(found.last().map(|s| (s.0, s.2.as_deref())), Some((StatementKind::Direct, Some("Bolton"))));
        // And on to the next quotation after it.
        let t = "Intro line here.\n\nBolton distanced himself from the movement, saying he would help the administration if asked.\n\n“I’m going to support him, and support him enthusiastically.”\n\n“He can do the job, and I have told him so.”";
        let found = find(t);
        assert_eq!(found.last().map(|s| (s.0, s.2.as_deref())), Some((StatementKind::Direct, Some("Bolton"))));
        // Not across a long stretch of the writer's own words.
        let t = "Intro line here.\n\nBolton said he would help the administration if asked. The convention opened on a hot Monday afternoon in a half-empty hall with many seats still covered.\n\n“I’m going to support him, and support him enthusiastically, because he can do the job.”";
        let found = find(t);
        assert_eq!(found.last().map(|s| (s.0, s.2.as_deref())), Some((StatementKind::Direct, None)));
    }

    #[test]
    fn speaker_phrases_lose_the_adverbs_and_times_around_them() {
        for (phrase, tidy) in [
            ("Democrats, historically", "Democrats"),
            ("RNC spokesman Sean Spicer on Thursday evening", "RNC spokesman Sean Spicer"),
            ("Dow's chief executive, Andrew Liveris, of course", "Dow's chief executive, Andrew Liveris"),
            ("Reince Priebus, the GOP chairman, this past week", "Reince Priebus, the GOP chairman"),
            ("Ben Carson, Ted Cruz and Rand Paul have all", "Ben Carson, Ted Cruz and Rand Paul"),
            ("Does Rubio", "Rubio"),
            ("if a 21-year-old", "a 21-year-old"),
            // Untouched: nothing but the speaker, or nothing left without the word.
            ("Sean Spicer", "Sean Spicer"),
            ("however", "however"),
            ("Friday", "Friday"),
        ] {
            let (a, b) = tidy_mention(phrase, 0, phrase.len());
            assert_eq!(&phrase[a..b], tidy, "{phrase}");
        }
    }

    #[test]
    fn the_one_after_with_does_the_participle_and_a_place_is_no_appositive() {
        let t = "Republicans were quick to chime in, with Donald Trump tweeting that it was a “disaster” for Clinton.";
        assert_eq!(find(t)[0].2.as_deref(), Some("Donald Trump"));
        let t = "Clinton, during a town hall meeting in Columbus, Ohio, said she was “going to put coal miners out of business,” at the event.";
        assert_eq!(find(t)[0].2.as_deref(), Some("Clinton"));
    }

    #[test]
    fn he_after_told_and_the_ones_told_is_the_reporter() {
        let t = "After the debate, Donald Trump told reporters he thought Fields had “made up the story.”";
        assert_eq!(find(t), [one(StatementKind::Partial, "made up the story.", Some("Donald Trump"))]);
    }

    #[test]
    fn made_it_clear_introduces_a_quotation() {
        let t = "Clinton backed the deal, although she made it clear that she has “serious concerns” about the board.";
        let a = ingest("t.txt", t.as_bytes()).unwrap();
        let found = find_statements(&a);
        let partial = found.iter().find(|s| s.kind == StatementKind::Partial).expect("the quoted words");
        assert_eq!(partial.cue.as_deref(), Some("made it clear"));
        assert_eq!(partial.speaker.as_ref().map(|s| s.text.as_str()), Some("she"));
    }

    #[test]
    fn a_subject_runs_whole_to_its_verb() {
        let speaker = |text: &str| {
            let a = ingest("t.txt", text.as_bytes()).unwrap();
            find_statements(&a).first().and_then(|s| s.speaker.as_ref()).map(|sp| sp.text.clone())
        };
        for (text, want) in [
            // Nouns the name describes, up to the verb.
            (
                "Multiple outlets reported on Wednesday the agency had “more than one conversation” with him.",
                "Multiple outlets",
            ),
            (
                "Corporate lobbyists describe such work as “a different cup of tea” than lobbying.",
                "Corporate lobbyists",
            ),
            // A possessive and the name it owns.
            (
                "Today, the People's Daily newspaper calls it “the pearl” on the Silk Road.",
                "the People's Daily newspaper",
            ),
            ("The Blaze’s Matt Walsh offered a defence, saying it is needed to “identify the traitors.”", "Matt Walsh"),
            // Not a thing the person owns, not an adverb, not a verb of its own.
            ("Clinton’s response was: “Is he off Connecticut or Wisconsin?”", "Clinton"),
            ("Carter however said he would welcome a “principled security network” for Asia.", "Carter"),
            ("In an interview, Trump went even further: “If he loses, it’s the end of his career.”", "Trump"),
        ] {
            assert_eq!(speaker(text).as_deref(), Some(want), "{text}");
        }
    }

    #[test]
    fn they_after_a_country_acting_is_that_country() {
        let found = find("In reaction, Brazil issued a warning. They ruled out any talks with the rebel leaders.");
        assert_eq!(found, [one(StatementKind::Indirect, "any talks with the rebel leaders", Some("Brazil"))]);
        // Not after people, and not two sentences later.
        let found = find("The ministers met on Monday. They ruled out any talks with the rebel leaders.");
        assert_eq!(found, [one(StatementKind::Indirect, "any talks with the rebel leaders", None)]);
        let found = find("Brazil issued a warning. The rain stopped. They ruled out any talks with the rebel leaders.");
        assert_eq!(found, [one(StatementKind::Indirect, "any talks with the rebel leaders", None)]);
    }

    #[test]
    fn attribution_after_a_question_an_abbreviation_or_a_long_appositive() {
        assert_eq!(
            find("“Who knows what happens next?” Maria Lopez told reporters."),
            [one(StatementKind::Direct, "Who knows what happens next?", Some("Maria Lopez"))]
        );
        assert_eq!(
            find("“We will vote no,” Sen. Rand Paul, R-Ky., said on Tuesday."),
            [one(StatementKind::Direct, "We will vote no,", Some("Rand Paul"))]
        );
        // A question followed by a new sentence that opens another quotation is not attributed.
        let found = find("“Is it over?” He asked: “Can we go home now?”");
        assert_eq!(found.iter().find(|(_, c, _)| c == "Is it over?").and_then(|f| f.2.clone()), None, "{found:?}");
    }

    #[test]
    fn an_interrupted_quotation_with_a_long_appositive_is_one_statement() {
        let found = find(
            "“We are not going to win this way,” said Ed Rendell, a former Pennsylvania governor and two-term Philadelphia mayor, referring to the primary. “We need a new plan.”",
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].1, "We are not going to win this way, We need a new plan.");
        assert_eq!(found[0].2.as_deref(), Some("Ed Rendell"));
    }

    #[test]
    fn quote_then_speaker_and_cue() {
        assert_eq!(
            find("“We are ready to talk,” Maria Lopez said on Monday."),
            [one(StatementKind::Direct, "We are ready to talk,", Some("Maria Lopez"))]
        );
        assert_eq!(
            find("The minister spoke. \"It is over,\" said the minister."),
            [one(StatementKind::Direct, "It is over,", None)]
        );
    }

    #[test]
    fn surname_resolves_to_full_name_and_pronoun_to_last_subject() {
        let t = "Chancellor Anna Berg has said the plan works.\n“We will not wait,” Berg said.\nLater she added: “Time is short.”";
        assert_eq!(
            find(t),
            [
                one(StatementKind::Indirect, "the plan works", Some("Anna Berg")),
                one(StatementKind::Direct, "We will not wait,", Some("Anna Berg")),
                one(StatementKind::Direct, "Time is short.", Some("Anna Berg")),
            ]
        );
    }

    #[test]
    fn colon_on_the_line_above_introduces_the_quote() {
        let t = "Omar Haddad has long argued for reform. In May he declared:\n\n“We need more than papers. They must be binding.”\n";
        assert_eq!(
            find(t),
            [one(StatementKind::Direct, "We need more than papers. They must be binding.", Some("Omar Haddad"))]
        );
    }

    #[test]
    fn missing_opening_mark() {
        let t = "Intro sentence here.\nSo we can hope that the deal is done soon,” said Peter Novak. Then more.";
        assert_eq!(
            find(t),
            [one(StatementKind::Direct, "So we can hope that the deal is done soon,", Some("Peter Novak"))]
        );
    }

    #[test]
    fn clauses_joined_by_a_semicolon_report_on_their_own() {
        // The second clause's subject opens its clause, not the sentence.
        let t = "Intro sentence here.\nMost of the younger voters backed the plan in the spring; 26% say they are conservative.";
        assert_eq!(find(t), [one(StatementKind::Indirect, "they are conservative", None)]);
    }

    #[test]
    fn partial_quote_in_reported_speech() {
        let t =
            "Foreign Minister Lena Sato described the strikes as “contrary to all efforts to end the war” and left.";
        assert_eq!(find(t), [one(StatementKind::Partial, "contrary to all efforts to end the war", Some("Lena Sato"))]);
    }

    #[test]
    fn scare_quotes_and_names_are_not_statements() {
        let t = "Commentators note that the “reliable security guarantees” clause in the draft is vague. It asked for U.S. “Patriot” systems.";
        // The commentators' reported view is a statement; the quoted words are not.
        assert_eq!(
            find(t),
            [one(StatementKind::Indirect, "the “reliable security guarantees” clause in the draft is vague", None)]
        );
    }

    #[test]
    fn unclosed_quote_ends_with_its_paragraph() {
        let t = "“This never closes, said nobody\nNext paragraph.";
        let got = find(t);
        assert!(got.iter().all(|(_, c, _)| !c.contains("Next paragraph")), "{got:?}");
    }

    #[test]
    fn multi_paragraph_quote_continues() {
        let t = "Jan Kowal said:\n“First part of the quote goes on.\n“Second part ends here.”\n";
        let got = find(t);
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(got[0].1.contains("Second part ends here."));
        assert_eq!(got[0].2.as_deref(), Some("Jan Kowal"));
    }

    #[test]
    fn doubled_apostrophes_are_quote_marks_and_quotes_continue_their_speaker() {
        let t =
            "''The negatives are going to come down,'' said Mike Lux, a progressive activist. ''Trump is a threat.''\n";
        assert_eq!(
            find(t),
            [one(StatementKind::Direct, "The negatives are going to come down, Trump is a threat.", Some("Mike Lux"))]
        );
        // In the next paragraph, a new statement by the same speaker.
        let t = "''We are ready,'' said Mike Lux.\n\n''And we will win.''\n";
        assert_eq!(
            find(t),
            [
                one(StatementKind::Direct, "We are ready,", Some("Mike Lux")),
                one(StatementKind::Direct, "And we will win.", Some("Mike Lux")),
            ]
        );
    }

    #[test]
    fn names_ending_in_ly_are_not_adverbs() {
        assert_eq!(
            find("Mrs. Schlafly said she considered the disclosure a deliberate attempt."),
            [one(StatementKind::Indirect, "she considered the disclosure a deliberate attempt", Some("Schlafly"))]
        );
        // Nor are nouns in -ly: the lawyer for the family is the speaker, not "the".
        assert!(is_adverb_or_aux("quickly") && !is_adverb_or_aux("family") && !is_adverb_or_aux("ally"));
        let a = ingest("t.txt", "A lawyer for the family said they would appeal.".as_bytes()).unwrap();
        let found = find_statements(&a);
        assert_eq!(found.len(), 1);
        let speaker = found[0].speaker.as_ref().unwrap();
        assert_eq!((speaker.text.as_str(), speaker.name.as_deref()), ("A lawyer for the family", None));
    }

    #[test]
    fn speaker_phrases_with_lowercase_titles_and_appositives() {
        assert_eq!(
            find("“We will win,” said Virginia delegate Beau Correll, angered by the vote."),
            [one(StatementKind::Direct, "We will win,", Some("Beau Correll"))]
        );
        assert_eq!(
            find("“He owes us an explanation,” Michael Ahrens, a campaign spokesman, said."),
            [one(StatementKind::Direct, "He owes us an explanation,", Some("Michael Ahrens"))]
        );
    }

    #[test]
    fn interrupted_quotation_is_one_statement() {
        let t = "“We want peace,” she said, “but not at any price.” Then she left.\n“New paragraph,” said Omar Haddad.";
        let a = ingest("t.txt", t.as_bytes()).unwrap();
        let got = find_statements(&a);
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(got[0].content, "We want peace, but not at any price.");
        assert_eq!(got[0].fragments.len(), 2);
        assert_eq!(&t[got[0].fragments[1].start..got[0].fragments[1].end], "“but not at any price.”");
    }

    #[test]
    fn many_quote_marks_and_odd_text_do_not_panic() {
        let t = "\"".repeat(10_000) + &"“".repeat(500) + "שלום \"עולם\" 😀 ”’‘«»„";
        let a = ingest("t.txt", t.as_bytes()).unwrap();
        for s in find_statements(&a) {
            assert!(a.text.is_char_boundary(s.start) && a.text.is_char_boundary(s.end));
        }
    }
}
