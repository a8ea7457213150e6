//! Measurements against the real corpora in `../shared/corpora` (present in CI; a user's
//! clone may not have them, and then these tests skip with a message).

use std::fs;
use std::path::{Path, PathBuf};

use parallax::core::ingest;

fn corpus(name: &str) -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpora").join(name);
    if dir.is_dir() {
        Some(dir)
    } else {
        eprintln!("skipped: {} is absent (it ships with the development corpora, not the repository)", dir.display());
        None
    }
}

fn norm(s: Option<&str>) -> String {
    s.unwrap_or("").split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Title and byline of every saved page in `readability-pages`, against the metadata that
/// Mozilla's Readability.js finds (`expected-metadata.json`).
#[test]
fn readability_pages_title_and_byline() {
    let Some(dir) = corpus("readability-pages") else { return };
    let mut pages: Vec<PathBuf> =
        fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).filter(|p| p.join("source.html").is_file()).collect();
    pages.sort();
    let (mut titles, mut bylines, mut texts) = (0, 0, 0);
    let mut misses = Vec::new();
    for page in &pages {
        let name = page.file_name().unwrap().to_string_lossy().to_string();
        let bytes = fs::read(page.join("source.html")).unwrap();
        let expected: serde_json::Value =
            serde_json::from_str(&fs::read_to_string(page.join("expected-metadata.json")).unwrap()).unwrap();
        let article = match ingest(&format!("{name}.html"), &bytes) {
            Ok(a) => a,
            Err(e) => {
                misses.push(format!("{name}: {e}"));
                continue;
            }
        };
        texts += usize::from(!article.text.trim().is_empty());
        let want_title = norm(expected["title"].as_str());
        let want_byline = norm(expected["byline"].as_str());
        if norm(article.title.as_deref()) == want_title {
            titles += 1;
        } else {
            misses.push(format!("{name}: title {:?} != {want_title:?}", article.title));
        }
        if norm(article.byline.as_deref()) == want_byline {
            bylines += 1;
        } else {
            misses.push(format!("{name}: byline {:?} != {want_byline:?}", article.byline));
        }
    }
    let n = pages.len();
    let rate = |k: usize| k as f64 / n as f64;
    eprintln!(
        "readability-pages: {n} pages; title exact {titles}/{n} ({:.3}), byline exact {bylines}/{n} ({:.3}), text found {texts}/{n}",
        rate(titles),
        rate(bylines)
    );
    for m in &misses {
        eprintln!("  {m}");
    }
    assert!(n >= 50, "expected the whole corpus, found {n} pages");
    assert!(rate(titles) >= 0.95, "title agreement {:.3}", rate(titles));
    assert!(rate(bylines) >= 0.90, "byline agreement {:.3}", rate(bylines));
    assert_eq!(texts, n, "every page yields text");
}
