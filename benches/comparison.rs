//! The comparison across articles alone (stories, claims, differences, similarity, copied
//! passages) over 100, 1,000 and 5,000 real articles, with time and memory.
//!
//! Articles come from PolNeAR train (840; replicated with a changed last line beyond that,
//! so 5,000 articles hold about six near-copies of each: a worst case for copied passages)
//! or, without the corpora, from the example story. A second series compares distinct
//! texts only: PolNeAR's articles cut at paragraph ends into parts of at least 600 bytes
//! (5,402 of them), so growth is measured without copies. Each text is analysed alone
//! first; only `compare` is timed. Run: `cargo bench --bench comparison`.

use parallax::core::{Analysis, analyze_each, compare, ingest};

mod common;
use common::{corpus, parts};

#[global_allocator]
static ALLOC: divan::AllocProfiler = divan::AllocProfiler::system();

fn main() {
    divan::main();
}

fn each(n: usize) -> Analysis {
    let docs = corpus();
    let articles = (0..n)
        .map(|i| {
            let (id, text) = &docs[i % docs.len()];
            let text = if i < docs.len() { text.clone() } else { format!("{text}\nReplica {i}.") };
            ingest(&format!("{id}-{i}.txt"), text.as_bytes()).unwrap()
        })
        .collect();
    analyze_each(articles, &Default::default())
}

/// `compare` over `n` articles already analysed one by one.
#[divan::bench(args = [100, 1000, 5000], sample_count = 3)]
fn compare_n_articles(bencher: divan::Bencher, n: usize) {
    let base = each(n);
    bencher.with_inputs(|| base.clone()).bench_local_values(|mut a| {
        compare(&mut a);
        divan::black_box((a.claims.len(), a.copied.len()))
    });
}

/// `compare` over `n` distinct texts (parts of real articles), already analysed one by one.
#[divan::bench(args = [100, 1000, 5000], sample_count = 3)]
fn compare_n_distinct_texts(bencher: divan::Bencher, n: usize) {
    let docs = parts(600);
    let articles =
        docs.iter().cycle().take(n).map(|(id, text)| ingest(&format!("{id}.txt"), text.as_bytes()).unwrap()).collect();
    let base = analyze_each(articles, &Default::default());
    bencher.with_inputs(|| base.clone()).bench_local_values(|mut a| {
        compare(&mut a);
        divan::black_box((a.claims.len(), a.copied.len()))
    });
}
