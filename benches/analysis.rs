//! Throughput of the whole analysis (ingest + statements + export) over real articles.
//!
//! Reads PolNeAR train (`../shared/corpora/polnear-train/train.jsonl`, 840 articles, 3.9 MB)
//! when present, else the example story; reports bytes per second on one core.
//! Run: `cargo bench --bench analysis`.

use std::path::Path;

use divan::counter::BytesCount;
use parallax::core::{analyze, export, ingest};

fn main() {
    divan::main();
}

fn corpus() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let polnear = root.join("../shared/corpora/polnear-train/train.jsonl");
    if let Ok(jsonl) = std::fs::read_to_string(&polnear) {
        return jsonl
            .lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .map(|v| (v["id"].as_str().unwrap_or("x").to_string(), v["text"].as_str().unwrap_or("").to_string()))
            .collect();
    }
    eprintln!("note: {} is absent; benchmarking the example story instead", polnear.display());
    let dir = root.join("static/examples/security-guarantees");
    let mut files: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    files
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .map(|p| (p.display().to_string(), std::fs::read_to_string(&p).unwrap()))
        .collect()
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
