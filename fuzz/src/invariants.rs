//! The invariants every input must keep, shared by the fuzz targets (`cargo fuzz`) and the
//! property tests (`tests/properties.rs` includes this file): ingest and analysis never
//! panic, every offset lies on a character boundary inside the text, spans nest as
//! documented, and a share link decodes to what was encoded.

use parallax::core::{Article, analyze, export, ingest, share};

/// Reads `bytes` as the file `name` and, if it is an article, checks its analysis.
pub fn check_bytes(name: &str, bytes: &[u8]) {
    if let Ok(article) = ingest(name, bytes) {
        check_article(article);
    }
}

/// Checks the regions, statements and export of one ingested article.
pub fn check_article(article: Article) {
    let text = article.text.clone();
    for r in &article.regions {
        assert!(r.start <= r.end && r.end <= text.len());
        assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
    }
    let analysis = analyze(vec![article]);
    for s in &analysis.statements {
        assert!(s.start <= s.end && s.end <= text.len(), "{s:?}");
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end), "{s:?}");
        assert!(!s.fragments.is_empty());
        for f in &s.fragments {
            assert!(s.start <= f.start && f.start <= f.end && f.end <= s.end, "{s:?}");
            assert!(text.is_char_boundary(f.start) && text.is_char_boundary(f.end));
        }
        if let Some(sp) = &s.speaker {
            assert!(sp.start <= sp.end && sp.end <= text.len());
            assert!(text.is_char_boundary(sp.start) && text.is_char_boundary(sp.end));
        }
    }
    for t in analysis.timexes.iter().flatten() {
        assert!(t.start <= t.end && t.end <= text.len(), "{t:?}");
        assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end), "{t:?}");
    }
    // The export converts every offset without panicking and stays within the text.
    let doc = export::document(&analysis);
    let chars = text.chars().count();
    for s in &doc.statements {
        assert!(s.start <= s.end && s.end <= chars);
    }
}

/// A share link from anywhere: decoding never panics, and what decodes encodes back to
/// a link that decodes to the same workspace.
pub fn check_link(link: &str) {
    if let Ok(shared) = share::decode(link) {
        let again = share::encode(&shared.articles, &shared.dates, &shared.corrections);
        assert_eq!(share::decode(&again).as_ref().ok(), Some(&shared));
    }
}

/// An article's text survives a share link unchanged.
pub fn check_round_trip(name: &str, bytes: &[u8]) {
    let Ok(article) = ingest(name, bytes) else { return };
    let link = share::encode(std::slice::from_ref(&article), &Default::default(), &Default::default());
    let shared = share::decode(&link).expect("a link Parallax wrote decodes");
    assert_eq!(shared.articles.len(), 1);
    assert_eq!(shared.articles[0].text, article.text);
    assert_eq!(shared.articles[0].file, article.file);
}

/// The `ingest` target: the first byte picks the file name's extension, so one input
/// reaches the text, Markdown and HTML readers and every encoding detector.
pub fn ingest_input(data: &[u8]) {
    match data.split_first() {
        Some((b, rest)) => check_bytes(["a.txt", "a.html", "a.md", "a"][usize::from(*b % 4)], rest),
        None => check_bytes("a.txt", data),
    }
}

/// The `statements` target: UTF-8 text straight to the statement engine.
pub fn statements_input(data: &[u8]) {
    if std::str::from_utf8(data).is_ok() {
        check_bytes("a.txt", data);
    }
}

/// The `share` target: mostly links (the first byte decides), sometimes article text
/// sent through a link and back.
pub fn share_input(data: &[u8]) {
    match data.split_first() {
        Some((b, rest)) if b % 4 != 0 => {
            if let Ok(link) = std::str::from_utf8(rest) {
                check_link(link);
            }
        }
        Some((_, rest)) => check_round_trip("a.txt", rest),
        None => check_link(""),
    }
}
