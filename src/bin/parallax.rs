//! `parallax`: the command-line tool over the core.
//!
//! ```text
//! parallax analyze [--date FILE=YYYY-MM-DD]... [--format json] FILE...
//! ```
//! prints the analysis of the files as one JSON document (see `docs/schema.md`).

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

    use parallax::core::{analyze, export, ingest};

    const USAGE: &str = "\
usage: parallax analyze [--date FILE=YYYY-MM-DD]... [--format json] FILE...

Reads news articles (.txt, .md, .html; any encoding) and prints their statements
(who said what, and when) as one JSON document.

options:
  --date FILE=DATE   the date FILE was published (overrides the page's metadata)
  --format json      the output format (json is the only one so far)
  -h, --help         print this help";

    struct Args {
        dates: Vec<(String, String)>,
        files: Vec<PathBuf>,
    }

    fn parse_args() -> Result<Args, String> {
        use lexopt::prelude::*;
        let mut parser = lexopt::Parser::from_env();
        let mut args = Args { dates: Vec::new(), files: Vec::new() };
        let mut command = None;
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
                    let v = parser.value().map_err(|e| e.to_string())?;
                    if v != "json" {
                        return Err(format!("--format {}: only json is supported", v.to_string_lossy()));
                    }
                }
                Value(v) if command.is_none() => {
                    let v = v.string().map_err(|_| "command: not UTF-8".to_string())?;
                    if v != "analyze" {
                        return Err(format!("unknown command {v:?}"));
                    }
                    command = Some(v);
                }
                Value(v) => args.files.push(PathBuf::from(v)),
                _ => return Err(arg.unexpected().to_string()),
            }
        }
        if command.is_none() || args.files.is_empty() {
            return Err("expected: analyze FILE...".into());
        }
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
        println!("{}", export::to_json(&analyze(articles)));
        if failed { ExitCode::from(1) } else { ExitCode::SUCCESS }
    }
}
