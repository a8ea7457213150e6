//! Ingest from real files: encodings, saved HTML pages, and the layout of plain-text
//! articles (headline, section, repeated headline, boilerplate), with the fixtures in
//! `tests/fixtures` and the example story in `static/examples`.

use std::fs;
use std::path::{Path, PathBuf};

use parallax::core::{Article, Format, RegionKind, ingest};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
}

fn load(path: &Path) -> Article {
    let name = path.file_name().unwrap().to_string_lossy().to_string();
    ingest(&name, &fs::read(path).unwrap()).unwrap_or_else(|e| panic!("{e}"))
}

fn regions(a: &Article) -> Vec<(RegionKind, &str)> {
    a.regions.iter().map(|r| (r.kind, &a.text[r.start..r.end])).collect()
}

#[test]
fn one_article_in_four_encodings_reads_the_same() {
    let want = load(&fixture("utf-8-bom.txt"));
    assert!(want.text.starts_with("World\nCafé Owners"), "{:?}", want.text);
    for (file, encoding) in
        [("windows-1252.txt", "windows-1252"), ("utf-16le-bom.txt", "UTF-16LE"), ("utf-16be.txt", "UTF-16BE")]
    {
        let a = load(&fixture(file));
        assert_eq!(a.text, want.text, "{file}");
        assert_eq!(a.encoding, encoding, "{file}");
        assert_eq!(a.title.as_deref(), Some("Café Owners Rally in Paris"), "{file}");
        assert_eq!(a.section.as_deref(), Some("World"), "{file}");
        assert_eq!(regions(&a).last(), Some(&(RegionKind::Boilerplate, "Share this article")), "{file}");
    }
    assert_eq!(want.encoding, "UTF-8");
}

#[test]
fn saved_bbc_page_title_byline_date_and_text() {
    let a = load(&fixture("bbc-1.html"));
    let expected: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(fixture("bbc-1.expected-metadata.json")).unwrap()).unwrap();
    assert_eq!(a.format, Format::Html);
    assert_eq!(a.title.as_deref(), expected["title"].as_str());
    assert_eq!(a.byline.as_deref(), expected["byline"].as_str());
    assert_eq!(a.site.as_deref(), expected["siteName"].as_str());
    assert_eq!(a.published.as_deref(), Some("2015-07-24"));
    assert_eq!(a.lang.as_deref(), Some("en"));
    assert!(a.text.contains("common sense gun safety laws"), "{}", &a.text[..300]);
    assert!(!a.text.contains("<p>") && !a.text.contains("function("), "markup or script leaked into the text");
    // Paragraphs are separated by blank lines.
    assert!(a.text.contains("\n\n"));
}

#[test]
fn declared_latin1_page() {
    let a = load(&fixture("latin-1-page.html"));
    assert_eq!(a.encoding, "windows-1252"); // WHATWG maps the iso-8859-1 label to windows-1252
    assert_eq!(a.title.as_deref(), Some("Grève à Paris"));
    assert_eq!(a.published.as_deref(), Some("2024-03-05"));
    assert_eq!(a.lang.as_deref(), Some("fr"));
    assert!(a.text.contains("« Nous ne céderons pas »"));
}

#[test]
fn markdown_heading_byline_and_boilerplate() {
    let a = load(&fixture("article.md"));
    assert_eq!(a.format, Format::Markdown);
    assert_eq!(a.title.as_deref(), Some("Talks Resume in Geneva"));
    assert_eq!(a.byline.as_deref(), Some("Jane Doe"));
    assert_eq!(
        regions(&a),
        [
            (RegionKind::Headline, "# Talks Resume in Geneva"),
            (RegionKind::Byline, "By Jane Doe"),
            (RegionKind::Boilerplate, "Follow us on social media"),
            (RegionKind::Boilerplate, "#Geneva #Talks"),
        ]
    );
    assert_eq!(a.text, fs::read_to_string(fixture("article.md")).unwrap(), "text is kept as loaded");
}

fn sample(n: usize) -> Article {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("static/examples/security-guarantees");
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    load(&files[n])
}

#[test]
fn sample_story_layouts() {
    // Section above the headline.
    let a = sample(0);
    assert_eq!(a.section.as_deref(), Some("World"));
    assert_eq!(
        a.title.as_deref(),
        Some("Zelenskyy Urges Swift Security Guarantee Pact as Russia Intensifies Drone and Missile Attacks")
    );
    // Kicker, headline, the headline again, and hashtag + comment boilerplate at the end.
    let b = sample(1);
    let kinds: Vec<RegionKind> = b.regions.iter().map(|r| r.kind).collect();
    assert_eq!(
        kinds,
        [
            RegionKind::Section,
            RegionKind::Headline,
            RegionKind::DuplicateHeadline,
            RegionKind::Boilerplate,
            RegionKind::Boilerplate
        ]
    );
    assert_eq!(b.section.as_deref(), Some("Breaking News"));
    assert!(regions(&b)[3].1.starts_with("#Ukraine #Zelenskyy"));
    assert_eq!(regions(&b)[4].1, "No comments");
    // Section below the headline, then the repeat; comment prompts at the end.
    let d = sample(3);
    assert_eq!(d.section.as_deref(), Some("World Defense"));
    assert_eq!(
        regions(&d).iter().map(|r| r.0).collect::<Vec<_>>(),
        [
            RegionKind::Headline,
            RegionKind::Section,
            RegionKind::DuplicateHeadline,
            RegionKind::Boilerplate,
            RegionKind::Boilerplate
        ]
    );
    // No headline at all: nothing invented.
    let e = sample(4);
    assert_eq!((e.title.as_deref(), e.section.as_deref()), (None, None));
    assert!(e.regions.is_empty());
    // Text is never altered by marking.
    for n in 0..5 {
        let a = sample(n);
        assert!(a.regions.iter().all(|r| a.text.is_char_boundary(r.start) && a.text.is_char_boundary(r.end)));
    }
}
