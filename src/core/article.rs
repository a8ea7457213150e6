//! An article as loaded: its decoded text, its metadata, and the regions of its text that
//! are not body (headline, section label, repeated headline, byline, boilerplate).
//!
//! [`ingest`] is the one way in: bytes and a file name go in, an [`Article`] or an
//! [`Error`](super::Error) that names the file comes out.

use serde::{Deserialize, Serialize};

use super::ascii::{self, HIGH};
use super::decode::decode;
use super::error::Result;
use super::{date, html, layout};

/// How an article was written down.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// Plain text.
    Text,
    /// Markdown.
    Markdown,
    /// A saved web page; `text` is its extracted main content.
    Html,
}

/// What kind of non-body region a span of the text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RegionKind {
    /// The article's headline.
    Headline,
    /// A section or kicker label ("World", "Breaking News").
    Section,
    /// The headline repeated (pages saved as text often carry it twice).
    DuplicateHeadline,
    /// A byline line ("By Jane Doe").
    Byline,
    /// Page furniture: comment prompts, share buttons, hashtag lines, advertisements.
    Boilerplate,
}

/// A marked span of an article's text (byte offsets, end exclusive).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Region {
    /// What the span is.
    pub kind: RegionKind,
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
}

/// Where an article's date came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DateSource {
    /// Given by the user (the `--date` flag, or the date field in the page).
    User,
    /// Read from the page's metadata.
    Metadata,
    /// Inferred from the text: the latest full date it names (a lower bound).
    Text,
}

/// One loaded article.
///
/// ```
/// use parallax::core::{ingest, RegionKind};
/// let a = ingest("story.txt", "World\nTalks Resume in Geneva\n\n“We are ready,” she said.\n".as_bytes()).unwrap();
/// assert_eq!(a.title.as_deref(), Some("Talks Resume in Geneva"));
/// assert_eq!(a.section.as_deref(), Some("World"));
/// assert_eq!(a.regions[0].kind, RegionKind::Section);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Article {
    /// A stable identifier derived from the text (the same text always gets the same id).
    pub id: String,
    /// The file name (or another label for pasted text or a URL).
    pub file: String,
    /// How it was written.
    pub format: Format,
    /// The encoding the bytes were decoded from.
    pub encoding: String,
    /// The headline, if one was found.
    pub title: Option<String>,
    /// The section or kicker label, if any.
    pub section: Option<String>,
    /// The author line, if any.
    pub byline: Option<String>,
    /// The publication's name, if known.
    pub site: Option<String>,
    /// The language code, if declared.
    pub lang: Option<String>,
    /// The article's date (`YYYY-MM-DD`), if known.
    pub published: Option<String>,
    /// Where `published` came from.
    pub date_source: Option<DateSource>,
    /// The text. For plain text and Markdown, the decoded file exactly; for HTML, the
    /// extracted main content with paragraphs separated by blank lines.
    pub text: String,
    /// Non-body regions of `text`, in order.
    pub regions: Vec<Region>,
}

impl Article {
    /// Sets the article's date as given by the user (`YYYY-MM-DD` or another form
    /// [`parse_date`](super::parse_date) reads). Returns false, changing nothing, if the
    /// date cannot be read.
    pub fn set_user_date(&mut self, date: &str) -> bool {
        match date::parse_date(date) {
            Some(d) => {
                self.published = Some(d);
                self.date_source = Some(DateSource::User);
                true
            }
            None => false,
        }
    }

    /// The number of words in the article's body (regions excluded).
    pub fn word_count(&self) -> usize {
        let mut count = 0;
        let mut at = 0;
        for r in &self.regions {
            count += count_words(&self.text[at..r.start.max(at)]);
            at = at.max(r.end);
        }
        count + count_words(&self.text[at..])
    }

    /// Whether the byte offset lies in a non-body region.
    pub fn in_region(&self, offset: usize) -> bool {
        self.regions.iter().any(|r| r.start <= offset && offset < r.end)
    }
}

/// The number of whitespace-separated words in `s` (as `split_whitespace().count()`, with
/// ASCII handled byte by byte).
pub(crate) fn count_words(s: &str) -> usize {
    let bytes = s.as_bytes();
    let mut count = 0;
    let mut after_space = true;
    let mut p = 0;
    while p < bytes.len() {
        // Eight ASCII bytes at a time, as one integer (SWAR), without decoding or branching
        // per byte: each byte's high bit flags it as a space, and a word begins at a
        // non-space after a space.
        if let Some(x) = ascii::chunk(&bytes[p..])
            && x & HIGH == 0
        {
            let space = ascii::spaces(x);
            let before = (space << 8) | if after_space { 0x80 } else { 0 };
            count += (!space & HIGH & before).count_ones() as usize;
            after_space = space >> 63 == 1;
            p += 8;
            continue;
        }
        let c = s[p..].chars().next().unwrap_or(' ');
        p += c.len_utf8();
        let space = c.is_whitespace();
        count += usize::from(after_space & !space);
        after_space = space;
    }
    count
}

/// A stable short id for a text: 64-bit FNV-1a, hex.
pub(crate) fn content_id(text: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.as_bytes() {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("a{:012x}", h >> 16)
}

fn format_of(file: &str, text: &str) -> Format {
    let lower = file.to_ascii_lowercase();
    let ext = lower.rsplit_once('.').map_or("", |(_, e)| e);
    match ext {
        "html" | "htm" | "xhtml" | "shtml" => return Format::Html,
        "md" | "markdown" | "mdown" => return Format::Markdown,
        _ => {}
    }
    let head: String = text.trim_start().chars().take(256).collect::<String>().to_ascii_lowercase();
    if head.starts_with("<!doctype html")
        || head.starts_with("<html")
        || (head.starts_with("<?xml") && head.contains("<html"))
    {
        Format::Html
    } else {
        Format::Text
    }
}

/// Reads the bytes of one input (named `file`) as an article.
///
/// The format comes from the file extension (`.html`, `.md`), else from the content (a
/// document that starts like an HTML page is one). The encoding is detected (see
/// [`decode`](super::decode)).
pub fn ingest(file: &str, bytes: &[u8]) -> Result<Article> {
    let decoded = decode(file, bytes)?;
    let format = format_of(file, &decoded.text);
    let mut article = Article {
        id: String::new(),
        file: file.to_string(),
        format,
        encoding: decoded.encoding.to_string(),
        title: None,
        section: None,
        byline: None,
        site: None,
        lang: None,
        published: None,
        date_source: None,
        text: String::new(),
        regions: Vec::new(),
    };
    match format {
        Format::Html => {
            let page = html::extract(file, &decoded.text)?;
            article.title = page.title;
            article.byline = page.byline;
            article.site = page.site;
            article.lang = page.lang;
            article.published = page.published.as_deref().and_then(date::parse_date);
            article.text = page.text;
        }
        Format::Text | Format::Markdown => return Ok(from_text(file, format, decoded.encoding, decoded.text)),
    }
    if article.published.is_some() {
        article.date_source = Some(DateSource::Metadata);
    }
    article.id = content_id(&article.text);
    Ok(article)
}

/// An article from text that is already decoded (plain text or Markdown): its layout
/// (headline, byline, boilerplate) found, nothing decoded again. A share link's articles
/// come back this way, so that text Parallax once read is never judged again as bytes.
pub(crate) fn from_text(file: &str, format: Format, encoding: &str, text: String) -> Article {
    let found = layout::detect(&text);
    Article {
        id: content_id(&text),
        file: file.to_string(),
        format,
        encoding: encoding.to_string(),
        title: found.title,
        section: found.section,
        byline: found.byline,
        site: None,
        lang: None,
        published: None,
        date_source: None,
        regions: found.regions,
        text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_keeps_the_decoded_text_unchanged() {
        let src = "World\r\nHeadline Here\r\n\r\nBody “quote” text.\r\n\r\nNo comments\r\n";
        let a = ingest("a.txt", src.as_bytes()).unwrap();
        assert_eq!(a.text, src);
        assert_eq!(a.format, Format::Text);
        assert_eq!(a.word_count(), 3);
    }

    #[test]
    fn word_count_matches_split_whitespace() {
        for s in ["", " a  b\tc\n", "Zelenskyy’s call\u{00A0}now", "x\u{2003}y\u{000B}z", "😀 😀"] {
            assert_eq!(count_words(s), s.split_whitespace().count(), "{s:?}");
        }
        // Every ASCII byte, as a separator and as a letter, at every offset of a chunk.
        for b in 0u8..0x80 {
            for at in 0..10 {
                let c = (b as char).to_string();
                for s in [
                    format!("{}{c}word{c}{c}and more text here{c}", "x ".repeat(at)),
                    format!("{}{c}{c}", "ab".repeat(at)),
                    format!("{c}{}{c}é {c}", " ".repeat(at)),
                ] {
                    assert_eq!(count_words(&s), s.split_whitespace().count(), "{s:?}");
                }
            }
        }
    }

    #[test]
    fn same_text_same_id_and_different_text_different_id() {
        let a = ingest("a.txt", b"Some article text.").unwrap();
        let b = ingest("renamed.txt", b"Some article text.").unwrap();
        let c = ingest("a.txt", b"Other article text.").unwrap();
        assert_eq!(a.id, b.id);
        assert_ne!(a.id, c.id);
    }

    #[test]
    fn html_is_recognised_by_content_without_extension() {
        let page = "<!DOCTYPE html><html><head><title>Talks Resume</title></head><body><article><h1>Talks Resume</h1><p>The talks resumed on Monday in Geneva, where the delegations met for the first time in months. Officials said the mood was constructive and that progress was possible on several points of the agenda.</p><p>“We are ready to sign,” the minister said after the meeting, adding that details remained to be settled by the negotiating teams in the coming weeks.</p></article></body></html>";
        let a = ingest("pasted", page.as_bytes()).unwrap();
        assert_eq!(a.format, Format::Html);
        assert!(a.text.contains("We are ready to sign"), "{}", a.text);
        assert!(!a.text.contains('<'));
    }

    #[test]
    fn user_date_overrides_and_bad_dates_change_nothing() {
        let mut a = ingest("a.txt", b"Some article text.").unwrap();
        assert!(a.set_user_date("2026-01-07"));
        assert_eq!(a.published.as_deref(), Some("2026-01-07"));
        assert_eq!(a.date_source, Some(DateSource::User));
        assert!(!a.set_user_date("not a date"));
        assert_eq!(a.published.as_deref(), Some("2026-01-07"));
    }
}
