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
