//! Share links: a whole workspace (the articles and the dates the user set) in the
//! fragment of a link, so that opening the link anywhere reopens the same analysis and
//! nothing reaches a server.
//!
//! The workspace is written as JSON, deflated (miniz_oxide) and encoded URL-safe (base64),
//! behind a version: `1.<data>`. A link is input from a stranger, so decoding trusts
//! nothing: the encoded size, the inflated size and the number of articles are bounded, and
//! the articles are rebuilt through the same path as loaded files (plain text is ingested
//! again; a web page's extracted text and metadata are checked), never taken as they are.

use std::collections::BTreeMap;
use std::fmt;

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde::{Deserialize, Serialize};

use super::article::{Article, Format, content_id};
use super::corrections::Corrections;
use super::date::parse_date;
use super::decode::MAX_FILE_BYTES;

/// The longest encoded workspace accepted (characters after `#w=`).
pub const MAX_ENCODED: usize = 8 * 1024 * 1024;
/// The largest workspace accepted once inflated (bytes of JSON).
pub const MAX_INFLATED: usize = 64 * 1024 * 1024;
/// The most articles a shared workspace may hold.
pub const MAX_ARTICLES: usize = 5_000;
/// The version written in front of the data.
const VERSION: &str = "1";

/// Why a shared workspace could not be opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ShareError {
    /// Not a Parallax workspace (no version, another version, not base64).
    NotAWorkspace(String),
    /// Larger than the limits allow.
    TooLarge(String),
    /// Cut short or damaged on the way.
    Damaged(String),
}

impl fmt::Display for ShareError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ShareError::NotAWorkspace(why) => write!(f, "this is not a Parallax workspace ({why})"),
            ShareError::TooLarge(why) => write!(f, "the workspace is too large to open ({why})"),
            ShareError::Damaged(why) => {
                write!(f, "the workspace is damaged or was cut short, perhaps when the link was copied ({why})")
            }
        }
    }
}

/// A workspace read from a link.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Shared {
    /// The articles, in their order.
    pub articles: Vec<Article>,
    /// The user's dates, by article id (only dates that parse, for articles present).
    pub dates: BTreeMap<String, String>,
    /// The user's corrections (only those of articles present).
    pub corrections: Corrections,
}

#[derive(Serialize, Deserialize)]
struct Wire {
    articles: Vec<WireArticle>,
    #[serde(default)]
    dates: BTreeMap<String, String>,
    #[serde(default, skip_serializing_if = "Corrections::is_empty")]
    corrections: Corrections,
}

#[derive(Serialize, Deserialize)]
struct WireArticle {
    file: String,
    format: Format,
    encoding: String,
    text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    byline: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    site: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    lang: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    published: Option<String>,
}

/// Encodes a workspace for a link's fragment: `1.<deflated JSON, base64url>`.
pub fn encode(articles: &[Article], dates: &BTreeMap<String, String>, corrections: &Corrections) -> String {
    let wire = Wire {
        articles: articles
            .iter()
            .map(|a| {
                // Plain text is ingested again on the other side; a web page's metadata
                // cannot be found again from its extracted text, so it travels.
                let page = |v: &Option<String>| if a.format == Format::Html { v.clone() } else { None };
                WireArticle {
                    file: a.file.clone(),
                    format: a.format,
                    encoding: a.encoding.clone(),
                    text: a.text.clone(),
                    title: page(&a.title),
                    byline: page(&a.byline),
                    site: page(&a.site),
                    lang: page(&a.lang),
                    published: page(&a.published),
                }
            })
            .collect(),
        dates: dates.clone(),
        corrections: corrections.clone(),
    };
    let json = serde_json::to_vec(&wire).expect("the workspace serialises");
    let deflated = miniz_oxide::deflate::compress_to_vec(&json, 9);
    format!("{VERSION}.{}", URL_SAFE_NO_PAD.encode(deflated))
}

/// Decodes what [`encode`] wrote, checking everything.
pub fn decode(encoded: &str) -> Result<Shared, ShareError> {
    let encoded = encoded.trim();
    if encoded.len() > MAX_ENCODED {
        return Err(ShareError::TooLarge(format!("{} characters; at most {MAX_ENCODED}", encoded.len())));
    }
    let Some((version, data)) = encoded.split_once('.') else {
        return Err(ShareError::NotAWorkspace("no version".into()));
    };
    if version != VERSION {
        return Err(ShareError::NotAWorkspace(format!("version {version:?}; this Parallax reads version {VERSION}")));
    }
    let deflated =
        URL_SAFE_NO_PAD.decode(data).map_err(|e| ShareError::Damaged(format!("not URL-safe base64: {e}")))?;
    let json =
        miniz_oxide::inflate::decompress_to_vec_with_limit(&deflated, MAX_INFLATED).map_err(|e| match e.status {
            miniz_oxide::inflate::TINFLStatus::HasMoreOutput => {
                ShareError::TooLarge(format!("it inflates to more than {} MB", MAX_INFLATED / (1024 * 1024)))
            }
            status => ShareError::Damaged(format!("deflate data: {status:?}")),
        })?;
    let wire: Wire = serde_json::from_slice(&json).map_err(|e| ShareError::Damaged(format!("JSON: {e}")))?;
    if wire.articles.len() > MAX_ARTICLES {
        return Err(ShareError::TooLarge(format!("{} articles; at most {MAX_ARTICLES}", wire.articles.len())));
    }
    let mut articles = Vec::with_capacity(wire.articles.len());
    for w in wire.articles {
        if w.text.len() as u64 > MAX_FILE_BYTES {
            return Err(ShareError::TooLarge(format!("{}: {} bytes", w.file, w.text.len())));
        }
        let file: String = w.file.chars().filter(|c| !c.is_control()).take(300).collect();
        let article = match w.format {
            Format::Html => {
                let clean =
                    |s: Option<String>| s.map(|s| s.chars().filter(|c| !c.is_control()).take(1000).collect::<String>());
                let published = w.published.as_deref().and_then(parse_date);
                Article {
                    id: content_id(&w.text),
                    file,
                    format: Format::Html,
                    encoding: w.encoding.chars().take(40).collect(),
                    title: clean(w.title),
                    section: None,
                    byline: clean(w.byline),
                    site: clean(w.site),
                    lang: clean(w.lang),
                    date_source: published.as_ref().map(|_| super::article::DateSource::Metadata),
                    published,
                    text: w.text,
                    regions: Vec::new(),
                }
            }
            Format::Text | Format::Markdown => {
                if w.text.trim().is_empty() {
                    return Err(ShareError::Damaged(format!("{file}: the article is empty")));
                }
                let encoding: String = w.encoding.chars().take(40).collect();
                super::article::from_text(&file, w.format, &encoding, w.text)
            }
        };
        articles.push(article);
    }
    let dates = wire
        .dates
        .into_iter()
        .filter(|(id, d)| articles.iter().any(|a| a.id == *id) && parse_date(d).is_some())
        .collect();
    let mut corrections = wire.corrections;
    let ids: Vec<&str> = articles.iter().map(|a| a.id.as_str()).collect();
    corrections.retain_articles(&ids);
    corrections.speakers.retain(|_, name| name.chars().count() <= 200);
    let short = |v: &String| v.chars().count() <= super::corrections::MAX_META;
    corrections.titles.retain(|_, v| short(v));
    corrections.outlets.retain(|_, v| short(v));
    corrections.merges.retain(|k, v| short(k) && short(v));
    corrections.splits.retain(|k| short(k));
    Ok(Shared { articles, dates, corrections })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::ingest;

    #[test]
    fn text_read_from_any_encoding_survives_a_link() {
        // Found by the share fuzz target: UTF-16 text holding U+0000 and U+007F was read,
        // but its UTF-8 bytes looked binary when the link was opened and re-read.
        let mut bytes = vec![0xFE, 0xFF];
        for c in "Talks resume\u{0}\u{7f} in Geneva, the minister said on Monday.".encode_utf16() {
            bytes.extend(c.to_be_bytes());
        }
        let a = ingest("a.txt", &bytes).unwrap();
        let shared = decode(&encode(std::slice::from_ref(&a), &BTreeMap::new(), &Corrections::default())).unwrap();
        assert_eq!(shared.articles, vec![a]);
    }

    fn workspace() -> (Vec<Article>, BTreeMap<String, String>) {
        let a = ingest(
            "a.txt",
            "World\nTalks Resume\n\n“We are ready,” Ana Ruiz said. <script>alert(1)</script>".as_bytes(),
        )
        .unwrap();
        let page = "<html><head><title>Talks Resume in Geneva</title><meta name=\"author\" content=\"Jane Doe\"><meta property=\"article:published_time\" content=\"2026-01-05T10:00:00Z\"></head><body><article><h1>Talks Resume in Geneva</h1><p>The talks resumed on Monday in Geneva, where the delegations met for the first time in months. Officials said the mood was constructive and that progress was possible on several points.</p><p>“We are ready to sign,” the minister said after the meeting, adding that details remained to be settled by the negotiating teams in the coming weeks.</p></article></body></html>";
        let b = ingest("b.html", page.as_bytes()).unwrap();
        let dates = BTreeMap::from([(a.id.clone(), "2026-01-07".to_string())]);
        (vec![a, b], dates)
    }

    #[test]
    fn round_trip_is_exact() {
        let (articles, dates) = workspace();
        let mut corrections = Corrections::default();
        corrections.dropped.insert(format!("{}:0-5", articles[0].id));
        let link = encode(&articles, &dates, &corrections);
        assert!(link.starts_with("1.") && link.chars().all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c)));
        let back = decode(&link).unwrap();
        assert_eq!(back.articles, articles);
        assert_eq!(back.dates, dates);
        assert_eq!(back.corrections, corrections);
    }

    #[test]
    fn bad_links_are_refused_with_a_reason() {
        let (articles, dates) = workspace();
        let link = encode(&articles, &dates, &Corrections::default());
        assert!(matches!(decode("hello"), Err(ShareError::NotAWorkspace(_))));
        assert!(matches!(decode("2.abc"), Err(ShareError::NotAWorkspace(_))));
        assert!(matches!(decode("1.***"), Err(ShareError::Damaged(_))));
        // Cut short on the way.
        assert!(matches!(decode(&link[..link.len() / 2]), Err(ShareError::Damaged(_))));
        // Valid deflate of something that is not a workspace.
        let junk = format!("1.{}", URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec(b"[1,2,3]", 6)));
        assert!(matches!(decode(&junk), Err(ShareError::Damaged(_))));
    }

    #[test]
    fn a_decompression_bomb_is_refused() {
        let zeros = vec![b' '; MAX_INFLATED + 1024];
        let bomb = format!("1.{}", URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec(&zeros, 9)));
        assert!(bomb.len() < 200_000, "{}", bomb.len());
        assert!(matches!(decode(&bomb), Err(ShareError::TooLarge(_))));
    }

    #[test]
    fn crafted_articles_are_rebuilt_not_trusted() {
        // A plain-text article with a forged id and dates for unknown articles.
        let json = r#"{"articles":[{"file":"x.txt","format":"text","encoding":"UTF-8","text":"Talks Resume in Geneva\n\nThe talks resumed on Monday, officials said."}],"dates":{"nope":"2026-01-01","also":"not a date"}}"#;
        let link = format!("1.{}", URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec(json.as_bytes(), 6)));
        let back = decode(&link).unwrap();
        assert_eq!(
            back.articles[0].id,
            content_id("Talks Resume in Geneva\n\nThe talks resumed on Monday, officials said.")
        );
        assert_eq!(back.articles[0].title.as_deref(), Some("Talks Resume in Geneva"));
        assert!(back.dates.is_empty());
    }
}
