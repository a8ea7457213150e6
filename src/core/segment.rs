//! Sentences: byte spans of the sentences of a text.
//!
//! A sentence never spans a line break (in saved articles, a line is a paragraph). Inside a
//! line, a sentence ends at `.`, `!`, `?` or `…` (and any closing quote marks or brackets
//! after it) when whitespace and then an uppercase letter, a digit or an opening mark
//! follow, unless the word before the stop is an abbreviation ("Mr.", "Gen.", "U.S.",
//! an initial like "J.").

use super::names::{WordSet, Words};

/// A sentence's byte span in its text, end exclusive, without surrounding whitespace.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset one past the last character.
    pub end: usize,
}

static ABBREVIATIONS: WordSet = WordSet::new(&[
    "mr", "mrs", "ms", "dr", "prof", "st", "sen", "rep", "gov", "gen", "lt", "col", "maj", "capt", "sgt", "adm",
    "cmdr", "jr", "sr", "inc", "corp", "ltd", "co", "no", "nos", "vs", "v", "jan", "feb", "mar", "apr", "jun", "jul",
    "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "pres", "rev", "hon", "fig", "approx", "dept", "est", "op",
    "pp", "vol", "al", "e.g", "i.e",
]);

/// Whether `word` (without its dot) is an abbreviation that takes a dot ("Mr", "Sen", "Jan").
pub(crate) fn is_abbreviation(word: &str) -> bool {
    // None is longer than six letters: most words are rejected without comparing.
    word.len() <= 6 && ABBREVIATIONS.has(word)
}

fn is_closing(c: char) -> bool {
    matches!(c, '"' | '”' | '’' | '\'' | '»' | ')' | ']' | '›')
}

fn is_opening(c: char) -> bool {
    matches!(c, '"' | '“' | '‘' | '\'' | '«' | '(' | '[' | '„' | '‹' | '¿' | '¡')
}

/// Whether the word that ends just before byte `dot` (a period) is an abbreviation.
fn abbreviation_before(line: &str, dot: usize) -> bool {
    let word_start = line[..dot]
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace() || is_opening(c) || c == '—' || c == '-')
        .map_or(0, |(i, c)| i + c.len_utf8());
    let word = &line[word_start..dot];
    if word.is_empty() {
        return false;
    }
    // "J." (an initial), "U.S." / "U.N." (dotted), or a listed abbreviation.
    let mut chars = word.chars();
    let initial = chars.next().is_some_and(|c| c.is_alphabetic() && c.is_uppercase()) && chars.next().is_none();
    initial || word.contains('.') || is_abbreviation(word)
}

/// Whether the abbreviation before the stop at `dot` is dotted ("U.S.", not "Mr.") and the
/// word at `next` is one that opens a sentence, never a name ("He", "The", "But").
fn opener_after_dotted(line: &str, dot: usize, next: usize) -> bool {
    const OPENERS: &[&str] = &[
        "He", "She", "They", "We", "It", "The", "But", "And", "This", "That", "These", "Those", "There", "His", "Her",
        "Their", "Its", "In", "When", "While", "However", "Yet",
    ];
    let dotted = line[..dot].rsplit(char::is_whitespace).next().is_some_and(|w| w.len() >= 3 && w.contains('.'));
    let word: &str = line[next..].split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    dotted && OPENERS.contains(&word)
}

/// Splits `text` into sentences.
///
/// ```
/// use parallax::core::sentences;
/// let t = "Mr. Smith met U.S. officials. “We agreed,” he said.\nNew line";
/// let s: Vec<&str> = sentences(t).iter().map(|s| &t[s.start..s.end]).collect();
/// assert_eq!(s, ["Mr. Smith met U.S. officials.", "“We agreed,” he said.", "New line"]);
/// ```
pub fn sentences(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut line_start = 0;
    for piece in text.split_inclusive('\n') {
        let line = piece.trim_end_matches(['\n', '\r']);
        split_line(line, line_start, &mut out);
        line_start += piece.len();
    }
    out
}

fn push(out: &mut Vec<Sentence>, line: &str, base: usize, start: usize, end: usize) {
    let s = &line[start..end];
    let lead = s.len() - s.trim_start().len();
    let trimmed = s.trim();
    if !trimmed.is_empty() {
        out.push(Sentence { start: base + start + lead, end: base + start + lead + trimmed.len() });
    }
}

fn split_line(line: &str, base: usize, out: &mut Vec<Sentence>) {
    let bytes = line.as_bytes();
    let char_at = |p: usize| match bytes.get(p) {
        None => None,
        Some(&b) if b < 0x80 => Some(b as char),
        Some(_) => line[p..].chars().next(),
    };
    let is_stop = |c: char| matches!(c, '.' | '!' | '?' | '…');
    let mut start = 0;
    let mut p = 0;
    while let Some(c) = char_at(p) {
        if !is_stop(c) {
            // Jump to the next byte that can start a stop (., !, ?, or the lead byte of
            // "…"): the characters between are not decoded.
            p += c.len_utf8();
            p += super::ascii::first_of(&bytes[p..], [b'.', b'!', b'?', 0xE2]).unwrap_or(bytes.len() - p);
            continue;
        }
        // Take the run of stops and closing marks.
        let mut j = p + c.len_utf8();
        let mut run = 1;
        while let Some(n) = char_at(j).filter(|&n| is_stop(n) || is_closing(n)) {
            j += n.len_utf8();
            run += 1;
        }
        // Whitespace, then the start of a new sentence.
        let mut k = j;
        while let Some(n) = char_at(k).filter(|n| n.is_whitespace()) {
            k += n.len_utf8();
        }
        let spaced = k > j;
        let starts_sentence = char_at(k).is_some_and(|n| n.is_uppercase() || n.is_numeric() || is_opening(n));
        // (A dotted abbreviation ends a sentence when a word that only opens one follows:
        // "…attacks in the U.S. He says…".)
        // (Read back to the word before the stop only where a sentence could start after
        // it: a long line of dots and no spaces stays linear.)
        let abbreviation = || c == '.' && run == 1 && abbreviation_before(line, p) && !opener_after_dotted(line, p, k);
        if spaced && starts_sentence && !abbreviation() {
            push(out, line, base, start, j);
            start = k;
            p = k;
        } else {
            p = j;
        }
    }
    push(out, line, base, start, line.len());
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(t: &str) -> Vec<&str> {
        sentences(t).iter().map(|s| &t[s.start..s.end]).collect()
    }

    #[test]
    fn quotes_and_stops() {
        assert_eq!(
            split("He said “it is over.” Then he left! Did he? Yes…"),
            ["He said “it is over.”", "Then he left!", "Did he?", "Yes…"]
        );
    }

    #[test]
    fn a_dotted_abbreviation_before_a_sentence_opener_ends_the_sentence() {
        assert_eq!(
            split("He wants to stop attacks in the U.S. He says more is needed."),
            ["He wants to stop attacks in the U.S.", "He says more is needed."]
        );
        // Not before a name, nor after a listed abbreviation.
        assert_eq!(split("Talks with the U.S. Senate began."), ["Talks with the U.S. Senate began."]);
        assert_eq!(split("He met Gen. The Rock."), ["He met Gen. The Rock."]);
    }

    #[test]
    fn a_long_line_of_dots_splits_in_linear_time() {
        let line = "a.".repeat(200_000);
        assert_eq!(split(&line).len(), 1);
    }

    #[test]
    fn abbreviations_and_initials() {
        assert_eq!(
            split("Gen. J. R. Smith arrived at 5 p.m. on Monday."),
            ["Gen. J. R. Smith arrived at 5 p.m. on Monday."]
        );
        assert_eq!(split("Talks with the U.S. Vice President began."), ["Talks with the U.S. Vice President began."]);
    }

    #[test]
    fn lowercase_after_stop_does_not_split() {
        assert_eq!(split("The figure was 3.5 percent. it rose."), ["The figure was 3.5 percent. it rose."]);
    }

    #[test]
    fn lines_are_boundaries_and_blank_lines_vanish() {
        assert_eq!(split("One\n\n  Two.  \r\nThree"), ["One", "Two.", "Three"]);
    }

    #[test]
    fn offsets_on_char_boundaries_with_multibyte_text() {
        let t = "Zelenskyy’s “call.” Ünïcode ok. 😀 Emoji. שלום עולם.";
        for s in sentences(t) {
            assert!(t.is_char_boundary(s.start) && t.is_char_boundary(s.end));
        }
    }
}
