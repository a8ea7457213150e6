//! Invariants over arbitrary input (proptest): ingest and analysis never panic, every
//! offset lies on a character boundary inside the text, and spans nest as documented.

use proptest::prelude::*;

/// The same invariants the fuzz targets assert (`fuzz/`).
#[path = "../fuzz/src/invariants.rs"]
mod invariants;

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
    invariants::check_bytes("p.txt", bytes);
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

#[test]
fn share_links_round_trip_and_garbage_is_refused() {
    invariants::check_link("");
    invariants::check_link("1.");
    invariants::check_link("1.AAAA");
    invariants::check_round_trip("a.txt", "“Yes,” she said. 😀 שלום".as_bytes());
}

/// Replays the fuzzers' kept corpus (`fuzz/corpus/<target>/`): inputs that once found
/// new paths stay regression tests without needing cargo-fuzz.
#[test]
fn the_fuzz_corpus_keeps_the_invariants() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/corpus");
    let mut seen = 0;
    for target in ["ingest", "statements", "share"] {
        let Ok(dir) = std::fs::read_dir(root.join(target)) else { continue };
        for entry in dir.flatten() {
            let data = std::fs::read(entry.path()).unwrap();
            match target {
                "ingest" => invariants::ingest_input(&data),
                "statements" => invariants::statements_input(&data),
                _ => invariants::share_input(&data),
            }
            seen += 1;
        }
    }
    assert!(seen > 0, "fuzz/corpus is part of the repository and must not be empty");
}
