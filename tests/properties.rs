//! Invariants over arbitrary input (proptest): ingest and analysis never panic, every
//! offset lies on a character boundary inside the text, and spans nest as documented.

use parallax::core::{analyze, export, ingest};
use proptest::prelude::*;

/// Text made of the pieces that stress the statement pass: quote marks of every kind,
/// names, cues, punctuation, right-to-left text and emoji.
fn newsy() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("“".to_string()),
        Just("”".to_string()),
        Just("\"".to_string()),
        Just("''".to_string()),
        Just("‘".to_string()),
        Just("’".to_string()),
        Just("«".to_string()),
        Just("»".to_string()),
        Just("„".to_string()),
        Just(", ".to_string()),
        Just(". ".to_string()),
        Just(": ".to_string()),
        Just("\n".to_string()),
        Just("\n\n".to_string()),
        Just(" said ".to_string()),
        Just(" told reporters that ".to_string()),
        Just("according to ".to_string()),
        Just("Mr. ".to_string()),
        Just("U.S. ".to_string()),
        Just("President Anna Berg".to_string()),
        Just(" he ".to_string()),
        Just(" the minister ".to_string()),
        Just("שלום עולם".to_string()),
        Just("😀".to_string()),
        "[a-zA-Z ]{1,12}",
        any::<char>().prop_map(|c| c.to_string()),
    ];
    prop::collection::vec(piece, 0..80).prop_map(|v| v.concat())
}

fn check(bytes: &[u8]) {
    let Ok(article) = ingest("p.txt", bytes) else { return };
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
    // The export converts every offset without panicking and stays within the text.
    let doc = export::document(&analysis);
    let chars = text.chars().count();
    for s in &doc.statements {
        assert!(s.start <= s.end && s.end <= chars);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn newsy_text_keeps_the_invariants(text in newsy()) {
        check(text.as_bytes());
    }

    #[test]
    fn arbitrary_bytes_keep_the_invariants(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        check(&bytes);
    }
}

#[test]
fn ten_thousand_quote_marks_and_a_long_line() {
    let marks = "“".repeat(5_000) + &"”".repeat(5_000);
    check(marks.as_bytes());
    let line = "word said “x” ".repeat(20_000); // about 300 KB on one line
    check(line.as_bytes());
}
