//! What the benchmarks read: PolNeAR train (`../shared/corpora/polnear-train/train.jsonl`,
//! 840 real articles) when present, else the example story.

use std::path::Path;

/// The articles as (id, text).
pub fn corpus() -> Vec<(String, String)> {
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

/// The articles cut at paragraph ends into parts of at least `min` bytes, each part its
/// own text: many distinct real texts (PolNeAR's 840 articles give 5,402 parts of 600
/// bytes) for measuring growth without replicated articles.
#[allow(dead_code)] // the comparison bench uses it, the analysis bench does not
pub fn parts(min: usize) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for (id, text) in corpus() {
        let mut part = String::new();
        for para in text.split('\n').filter(|p| !p.trim().is_empty()) {
            part.push_str(para);
            part.push('\n');
            if part.len() >= min {
                out.push((format!("{id}-{}", out.len()), std::mem::take(&mut part)));
            }
        }
        if !part.is_empty() {
            out.push((format!("{id}-{}", out.len()), part));
        }
    }
    out
}
