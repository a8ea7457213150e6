//! `parallax`: the command-line tool over the core.
//!
//! ```text
//! parallax analyze [--date FILE=YYYY-MM-DD]... [--format json] FILE...
//! parallax jsonl IN.jsonl
//! ```
//! `analyze` prints the analysis of the files as one JSON document (see `docs/schema.md`);
//! `jsonl` reads one article per line (`{"id", "text", "dct"?}`) and prints one line of
//! predictions per article (`{"id", "quotes": [...], "timexes": [...]}`), the form the corpus
//! scorers read.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::main()
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use std::path::PathBuf;
    use std::process::ExitCode;

    use parallax::core::{Timex, analyze, export, find_timexes, formats, ingest, parse_date};

    const USAGE: &str = "\
usage: parallax analyze [--date FILE=YYYY-MM-DD]... [--format FORMAT] FILE...
       parallax jsonl IN.jsonl

Reads news articles (.txt, .md, .html; any encoding) and prints their analysis: statements
(who said what, and when), entities, time expressions, claims and differences.

options:
  --date FILE=DATE   the date FILE was published (overrides the page's metadata)
  --format FORMAT    json (default: the documented schema), csv (one row per statement),
                     markdown (a report), or timelinejs (Knight Lab TimelineJS JSON)
  -h, --help         print this help

jsonl reads one JSON object per line, {\"id\", \"text\", \"dct\" (optional date)}, and prints
one line per article: {\"id\", \"quotes\": [{\"start\", \"end\", \"speaker\", \"kind\", \"cue\"}],
\"timexes\": [{\"start\", \"end\", \"value\", \"type\", \"text\"}]} with code point offsets into
text (the form ../shared/tools/quote_eval.py and timex_eval.py score; dct anchors the times).";

    struct Args {
        command: String,
        format: String,
        dates: Vec<(String, String)>,
        files: Vec<PathBuf>,
    }

    fn parse_args() -> Result<Args, String> {
        use lexopt::prelude::*;
        let mut parser = lexopt::Parser::from_env();
        let mut args = Args { command: String::new(), format: "json".into(), dates: Vec::new(), files: Vec::new() };
        let mut command: Option<String> = None;
        while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
            match arg {
                Short('h') | Long("help") => {
                    println!("{USAGE}");
                    std::process::exit(0);
                }
                Long("date") => {
                    let v = parser
                        .value()
                        .map_err(|e| e.to_string())?
                        .string()
                        .map_err(|_| "--date: not UTF-8".to_string())?;
                    let (file, date) =
                        v.rsplit_once('=').ok_or_else(|| format!("--date {v}: expected FILE=YYYY-MM-DD"))?;
                    args.dates.push((file.to_string(), date.to_string()));
                }
                Long("format") => {
                    let v = parser.value().map_err(|e| e.to_string())?.to_string_lossy().to_string();
                    if !matches!(v.as_str(), "json" | "csv" | "markdown" | "timelinejs") {
                        return Err(format!("--format {v}: expected json, csv, markdown or timelinejs"));
                    }
                    args.format = v;
                }
                Value(v) if command.is_none() => {
                    let v = v.string().map_err(|_| "command: not UTF-8".to_string())?;
                    if v != "analyze" && v != "jsonl" {
                        return Err(format!("unknown command {v:?}"));
                    }
                    command = Some(v);
                }
                Value(v) => args.files.push(PathBuf::from(v)),
                _ => return Err(arg.unexpected().to_string()),
            }
        }
        let Some(command) = command else { return Err("expected a command: analyze or jsonl".into()) };
        if args.files.is_empty() {
            return Err(format!("{command}: expected input files"));
        }
        args.command = command;
        Ok(args)
    }

    pub fn main() -> ExitCode {
        let args = match parse_args() {
            Ok(a) => a,
            Err(e) => {
                eprintln!("parallax: {e}\n\n{USAGE}");
                return ExitCode::from(2);
            }
        };
        if args.command == "jsonl" {
            return jsonl(&args.files);
        }
        let mut articles = Vec::new();
        let mut failed = false;
        for path in &args.files {
            let name = path.display().to_string();
            let bytes = match std::fs::read(path) {
                Ok(b) => b,
                Err(e) => {
                    eprintln!("parallax: {name}: {e}");
                    failed = true;
                    continue;
                }
            };
            let mut article = match ingest(&name, &bytes) {
                Ok(a) => a,
                Err(e) => {
                    eprintln!("parallax: {e}");
                    failed = true;
                    continue;
                }
            };
            // --date matches the path as given or its file name.
            let base = path.file_name().map(|f| f.to_string_lossy().to_string()).unwrap_or_default();
            for (file, date) in &args.dates {
                if (*file == name || *file == base) && !article.set_user_date(date) {
                    eprintln!("parallax: --date {file}={date}: not a date (use YYYY-MM-DD)");
                    return ExitCode::from(2);
                }
            }
            articles.push(article);
        }
        for (file, _) in &args.dates {
            let known = args.files.iter().any(|p| {
                p.display().to_string() == *file || p.file_name().is_some_and(|f| f.to_string_lossy() == *file)
            });
            if !known {
                eprintln!("parallax: --date {file}: no such file among the inputs");
                return ExitCode::from(2);
            }
        }
        let analysis = analyze(articles);
        let out = match args.format.as_str() {
            "csv" => formats::csv(&analysis),
            "markdown" => formats::markdown(&analysis),
            "timelinejs" => formats::timelinejs(&analysis),
            _ => export::to_json(&analysis),
        };
        print!("{out}");
        if !out.ends_with('\n') {
            println!();
        }
        if failed { ExitCode::from(1) } else { ExitCode::SUCCESS }
    }

    #[derive(serde::Deserialize)]
    struct Line {
        id: String,
        text: String,
        #[serde(default)]
        dct: Option<String>,
    }

    /// Time expressions as JSON rows with code point offsets into `text` (the core's spans
    /// are byte offsets): one pass over the text for all of them.
    fn timex_rows(text: &str, timexes: &[Timex]) -> Vec<serde_json::Value> {
        let mut bytes: Vec<usize> = timexes.iter().flat_map(|t| [t.start, t.end]).collect();
        bytes.sort_unstable();
        bytes.dedup();
        let mut points = Vec::with_capacity(bytes.len());
        let mut chars = text.char_indices().map(|(b, _)| b).enumerate().peekable();
        for &b in &bytes {
            while chars.peek().is_some_and(|&(_, at)| at < b) {
                chars.next();
            }
            points.push(chars.peek().map_or_else(|| text.chars().count(), |&(n, _)| n));
        }
        let cp = |b: usize| bytes.binary_search(&b).map_or(0, |k| points[k]);
        timexes
            .iter()
            .map(|t| {
                serde_json::json!({
                    "start": cp(t.start), "end": cp(t.end), "value": t.value, "type": t.kind, "text": t.text,
                })
            })
            .collect()
    }

    /// Batch mode over JSONL: one article per line in, one line of predictions out.
    fn jsonl(files: &[PathBuf]) -> ExitCode {
        use std::io::{BufRead, Write};
        let stdout = std::io::stdout();
        let mut out = std::io::BufWriter::new(stdout.lock());
        for path in files {
            let file = match std::fs::File::open(path) {
                Ok(f) => f,
                Err(e) => {
                    eprintln!("parallax: {}: {e}", path.display());
                    return ExitCode::from(1);
                }
            };
            for (n, line) in std::io::BufReader::new(file).lines().enumerate() {
                let line = match line {
                    Ok(l) if l.trim().is_empty() => continue,
                    Ok(l) => l,
                    Err(e) => {
                        eprintln!("parallax: {}:{}: {e}", path.display(), n + 1);
                        return ExitCode::from(1);
                    }
                };
                let item: Line = match serde_json::from_str(&line) {
                    Ok(i) => i,
                    Err(e) => {
                        eprintln!("parallax: {}:{}: not an article object: {e}", path.display(), n + 1);
                        return ExitCode::from(1);
                    }
                };
                let quotes = match ingest(&item.id, item.text.as_bytes()) {
                    Ok(mut article) => {
                        if let Some(d) = &item.dct {
                            article.set_user_date(d);
                        }
                        let analysis = analyze(vec![article]);
                        let doc = export::document(&analysis);
                        doc.statements
                            .iter()
                            .map(|s| {
                                serde_json::json!({
                                    "start": s.start, "end": s.end, "kind": s.kind, "cue": s.cue, "fragments": s.fragments,
                                    "speaker": s.speaker.as_ref().map(|sp| sp.text),
                                })
                            })
                            .collect()
                    }
                    Err(_) => Vec::new(),
                };
                let anchor = item.dct.as_deref().and_then(parse_date);
                let timexes = timex_rows(&item.text, &find_timexes(&item.text, anchor.as_deref()));
                let row = serde_json::json!({ "id": item.id, "quotes": quotes, "timexes": timexes });
                if writeln!(out, "{row}").is_err() {
                    return ExitCode::from(1);
                }
            }
        }
        ExitCode::SUCCESS
    }
}
