//! Throughput of the whole analysis (ingest + statements + export) over real articles.
//!
//! Reads PolNeAR train (`../shared/corpora/polnear-train/train.jsonl`, 840 articles, 3.9 MB)
//! when present, else the example story; reports bytes per second on one core.
//! Run: `cargo bench --bench analysis`.

use divan::counter::BytesCount;

mod common;
use common::corpus;
use parallax::core::{analyze, export, ingest};

fn main() {
    divan::main();
}

/// Ingest, analyse and export every article, one at a time (as the CLI's jsonl mode does).
#[divan::bench(sample_count = 10)]
fn whole_analysis(bencher: divan::Bencher) {
    let docs = corpus();
    let bytes: usize = docs.iter().map(|(_, t)| t.len()).sum();
    bencher.counter(BytesCount::new(bytes)).bench(|| {
        let mut statements = 0;
        for (id, text) in &docs {
            if let Ok(article) = ingest(id, text.as_bytes()) {
                statements += export::document(&analyze(vec![article])).statements.len();
            }
        }
        divan::black_box(statements)
    });
}

/// The whole analysis of one drop of `n` articles together (comparison included: claims,
/// differences, stories), from PolNeAR (replicated when n exceeds it).
#[divan::bench(args = [100, 1000], sample_count = 3)]
fn one_drop_of_n_articles(bencher: divan::Bencher, n: usize) {
    let docs = corpus();
    let articles: Vec<_> = (0..n)
        .map(|i| {
            let (id, text) = &docs[i % docs.len()];
            // A replica differs by a line, so that it is a distinct article.
            let text = if i < docs.len() { text.clone() } else { format!("{text}\nReplica {i}.") };
            ingest(&format!("{id}-{i}.txt"), text.as_bytes()).unwrap()
        })
        .collect();
    bencher.bench(|| divan::black_box(analyze(articles.clone()).claims.len()));
}

/// The stages of the whole analysis one by one, to see where its time goes.
mod stages {
    use super::*;
    use parallax::core::{find_statements, find_timexes, sentences};

    /// Decoding, format detection, metadata and regions.
    #[divan::bench(sample_count = 10)]
    fn ingest_only(bencher: divan::Bencher) {
        let docs = corpus();
        let bytes: usize = docs.iter().map(|(_, t)| t.len()).sum();
        bencher.counter(BytesCount::new(bytes)).bench(|| {
            docs.iter().filter_map(|(id, text)| ingest(id, text.as_bytes()).ok()).map(|a| a.text.len()).sum::<usize>()
        });
    }

    /// Sentence splitting.
    #[divan::bench(sample_count = 10)]
    fn sentence_split(bencher: divan::Bencher) {
        let docs = corpus();
        let bytes: usize = docs.iter().map(|(_, t)| t.len()).sum();
        bencher.counter(BytesCount::new(bytes)).bench(|| docs.iter().map(|(_, t)| sentences(t).len()).sum::<usize>());
    }

    /// Time expressions, anchored to a fixed date.
    #[divan::bench(sample_count = 10)]
    fn time_expressions(bencher: divan::Bencher) {
        let docs = corpus();
        let bytes: usize = docs.iter().map(|(_, t)| t.len()).sum();
        bencher
            .counter(BytesCount::new(bytes))
            .bench(|| docs.iter().map(|(_, t)| find_timexes(t, Some("2016-06-01")).len()).sum::<usize>());
    }

    /// Statements (sentences, tokens, quotes, reported speech, speakers) of ingested articles.
    #[divan::bench(sample_count = 10)]
    fn statements(bencher: divan::Bencher) {
        let docs: Vec<_> = corpus().iter().filter_map(|(id, t)| ingest(id, t.as_bytes()).ok()).collect();
        let bytes: usize = docs.iter().map(|a| a.text.len()).sum();
        bencher.counter(BytesCount::new(bytes)).bench(|| docs.iter().map(|a| find_statements(a).len()).sum::<usize>());
    }
}
