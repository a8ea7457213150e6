//! The `parallax analyze` command: its JSON contract (docs/schema.md) and its errors.

use std::path::Path;
use std::process::Command;

fn parallax(args: &[&str]) -> (i32, serde_json::Value, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_parallax")).args(args).output().unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    let json = if stdout.trim().is_empty() { serde_json::Value::Null } else { serde_json::from_str(&stdout).unwrap() };
    (out.status.code().unwrap_or(-1), json, String::from_utf8(out.stderr).unwrap())
}

fn sample(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("static/examples/security-guarantees").join(name).display().to_string()
}

#[test]
fn analyze_prints_the_documented_schema() {
    let file = sample("002_72a3ff669605c644.txt");
    let (code, doc, err) =
        parallax(&["analyze", "--date", "002_72a3ff669605c644.txt=2026-01-07", "--format", "json", &file]);
    assert_eq!(code, 0, "{err}");
    let article = &doc["articles"][0];
    for key in ["id", "file", "title", "section", "byline", "published", "text"] {
        assert!(article.get(key).is_some(), "articles[].{key} missing");
    }
    assert_eq!(article["title"], "Zelensky Says Allies Have Yet to Offer Clear Security Guarantees for Ukraine");
    assert_eq!(article["section"], "News");
    assert_eq!(article["byline"], serde_json::Value::Null);
    assert_eq!(article["published"], "2026-01-07");
    assert_eq!(article["date_source"], "user");
    // For plain text, `text` is the decoded file unchanged.
    assert_eq!(article["text"], std::fs::read_to_string(&file).unwrap());

    let text: Vec<char> = article["text"].as_str().unwrap().chars().collect();
    let statements = doc["statements"].as_array().unwrap();
    assert!(!statements.is_empty());
    for s in statements {
        for key in ["id", "article", "kind", "speaker", "cue", "start", "end", "content", "time", "fragments"] {
            assert!(s.get(key).is_some(), "statements[].{key} missing");
        }
        // start/end are code point offsets, end exclusive.
        let (start, end) = (s["start"].as_u64().unwrap() as usize, s["end"].as_u64().unwrap() as usize);
        let span: String = text[start..end].iter().collect();
        assert!(span.contains(s["content"].as_str().unwrap()), "{span:?}");
        assert_eq!(s["time"]["value"], "2026-01-07");
    }
    let quote = statements.iter().find(|s| s["content"].as_str().unwrap().starts_with("I am asking")).unwrap();
    assert_eq!(quote["kind"], "direct");
    assert_eq!(quote["speaker"]["text"], "Zelensky");
    assert_eq!(quote["cue"], "said");
    // Time expressions, with code point spans into the article's text.
    let timexes = doc["timexes"].as_array().unwrap();
    let wednesday = timexes.iter().find(|t| t["text"] == "Wednesday").expect("“on Wednesday” is a timex");
    assert_eq!((wednesday["type"].as_str(), wednesday["value"].as_str()), (Some("DATE"), Some("2026-01-07")));
    let (start, end) = (wednesday["start"].as_u64().unwrap() as usize, wednesday["end"].as_u64().unwrap() as usize);
    assert_eq!(text[start..end].iter().collect::<String>(), "Wednesday");
    assert!(doc["claims"].is_array() && doc["discrepancies"].is_array());
}

#[test]
fn discrepancies_carry_evidence_spans_from_each_side() {
    let files: Vec<String> =
        ["002_72a3ff669605c644.txt", "004_7a67eb502e32b0b8.txt"].iter().map(|f| sample(f)).collect();
    let args: Vec<&str> = ["analyze", "--format", "json"].into_iter().chain(files.iter().map(String::as_str)).collect();
    let (code, doc, _) = parallax(&args);
    assert_eq!(code, 0);
    let spelling = doc["discrepancies"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["kind"] == "name-spelling")
        .expect("Zelensky / Zelenskyy");
    for item in spelling["items"].as_array().unwrap() {
        let article = doc["articles"].as_array().unwrap().iter().find(|a| a["id"] == item["article"]).unwrap();
        let text: Vec<char> = article["text"].as_str().unwrap().chars().collect();
        let (s, e) = (item["start"].as_u64().unwrap() as usize, item["end"].as_u64().unwrap() as usize);
        assert_eq!(text[s..e].iter().collect::<String>(), item["text"].as_str().unwrap());
    }
}

#[test]
fn a_bad_file_is_reported_and_the_others_are_analysed() {
    let dir = std::env::temp_dir().join(format!("parallax-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("photo.png");
    std::fs::write(&bad, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap();
    let good = sample("003_7b25e7083ed971ed.txt");
    let (code, doc, err) = parallax(&["analyze", bad.to_str().unwrap(), &good]);
    assert_eq!(code, 1);
    assert!(err.contains("photo.png: this is a PNG image, not an article"), "{err}");
    assert_eq!(doc["articles"].as_array().unwrap().len(), 1);
}

#[test]
fn usage_errors() {
    let (code, _, err) = parallax(&["analyze"]);
    assert_eq!(code, 2);
    assert!(err.contains("usage:"), "{err}");
    let (code, _, err) = parallax(&["analyze", "--date", "x.txt=2026-13-45", &sample("000_95f3302524994cca.txt")]);
    assert_eq!(code, 2);
    assert!(err.contains("no such file") || err.contains("not a date"), "{err}");
    let (code, _, err) =
        parallax(&["analyze", "--date", "000_95f3302524994cca.txt=soon", &sample("000_95f3302524994cca.txt")]);
    assert_eq!(code, 2);
    assert!(err.contains("not a date"), "{err}");
}

#[test]
fn other_formats() {
    let file = sample("002_72a3ff669605c644.txt");
    let run = |format: &str| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_parallax"))
            .args(["analyze", "--date", "002_72a3ff669605c644.txt=2026-01-07", "--format", format, &file])
            .output()
            .unwrap();
        assert!(out.status.success(), "{format}: {}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8(out.stdout).unwrap()
    };
    let csv = run("csv");
    assert!(csv.starts_with("id,article,file,title,kind,speaker,"));
    assert!(csv.lines().any(|l| l.contains("Wednesday")), "the time expression is in its row");
    assert!(run("markdown").starts_with("# Parallax report"));
    let tl: serde_json::Value = serde_json::from_str(&run("timelinejs")).unwrap();
    assert!(tl["events"].as_array().unwrap().iter().any(|e| e["start_date"]["day"] == "7"));
    let (code, _, err) = parallax(&["analyze", "--format", "xml", &file]);
    assert_eq!(code, 2);
    assert!(err.contains("expected json, csv, markdown or timelinejs"), "{err}");
}
