//! The analysis in the other forms people take it away in: a CSV of statements (for a
//! spreadsheet), a Markdown report (timeline and differences with their quotes, to paste
//! into a document), and Knight Lab TimelineJS JSON (to publish a timeline with that tool).
//!
//! Article text is data, never markup: CSV fields are quoted (RFC 4180) and formula-like
//! fields defused, Markdown special characters are escaped, and TimelineJS fields (which
//! that tool renders as HTML) are HTML-escaped.

use std::fmt::Write;

use chrono::Datelike;

use super::analysis::Analysis;
use super::statements::{Statement, StatementKind, TimeSource};
use super::when::period_start;

fn speaker_name(s: &Statement) -> String {
    s.speaker.as_ref().map_or_else(String::new, |sp| sp.name.clone().unwrap_or_else(|| sp.text.clone()))
}

fn title_of(analysis: &Analysis, id: &str) -> String {
    analysis
        .articles
        .iter()
        .find(|a| a.id == id)
        .map_or_else(String::new, |a| a.title.clone().unwrap_or_else(|| a.file.clone()))
}

/// One CSV field: quoted when it holds a comma, quote or line break; a leading `=`, `+`,
/// `-` or `@` is prefixed with `'` so that spreadsheets do not run it as a formula.
fn csv_field(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@']) { format!("'{s}") } else { s.to_string() };
    if s.contains([',', '"', '\n', '\r']) { format!("\"{}\"", s.replace('"', "\"\"")) } else { s }
}

/// The statements as CSV, one row each, with a header row. Offsets are code points.
pub fn csv(analysis: &Analysis) -> String {
    let doc = super::export::document(analysis);
    let mut out = String::from(
        "id,article,file,title,kind,speaker,speaker_entity,cue,time,time_source,time_text,start,end,content\r\n",
    );
    for (s, so) in analysis.statements.iter().zip(&doc.statements) {
        let article = analysis.articles.iter().find(|a| a.id == s.article);
        let (time, source, text) = match &s.time {
            Some(t) => (t.value.clone(), t.source.as_str(), t.text.clone().unwrap_or_default()),
            None => (String::new(), "", String::new()),
        };
        let fields = [
            s.id.clone(),
            s.article.clone(),
            article.map_or_else(String::new, |a| a.file.clone()),
            title_of(analysis, &s.article),
            s.kind.as_str().to_string(),
            speaker_name(s),
            s.speaker.as_ref().and_then(|sp| sp.entity.clone()).unwrap_or_default(),
            s.cue.clone().unwrap_or_default(),
            time,
            source.to_string(),
            text,
            so.start.to_string(),
            so.end.to_string(),
            s.content.clone(),
        ];
        let row: Vec<String> = fields.iter().map(|f| csv_field(f)).collect();
        out.push_str(&row.join(","));
        out.push_str("\r\n");
    }
    out
}

/// Escapes Markdown's special characters so that article text shows as written.
fn md(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '{' | '}' | '[' | ']' | '<' | '>' | '(' | ')' | '#' | '+' | '!' | '|' | '~'
        ) {
            out.push('\\');
        }
        if c == '\n' || c == '\r' {
            out.push(' ');
        } else {
            out.push(c);
        }
    }
    out
}

/// A Markdown report: the articles, the statements in time order, the differences with
/// their evidence, and the claims several articles share.
pub fn markdown(analysis: &Analysis) -> String {
    let mut out = String::from("# Parallax report\n\n");
    let _ = writeln!(out, "## Articles ({})\n", analysis.articles.len());
    for a in &analysis.articles {
        let title = a.title.clone().unwrap_or_else(|| format!("{} (no headline)", a.file));
        let date = a.published.clone().unwrap_or_else(|| "undated".into());
        let _ = writeln!(out, "- **{}** — {}, {}", md(&title), md(&a.file), md(&date));
    }
    let _ = writeln!(out, "\n## Who said what, and when\n");
    let mut order: Vec<&Statement> = analysis.statements.iter().collect();
    order.sort_by_key(|s| {
        let start = s.time.as_ref().and_then(|t| period_start(t.value.split('T').next().unwrap_or(&t.value)));
        (start.is_none(), start)
    });
    for s in order {
        let when = match &s.time {
            Some(t) if t.source == TimeSource::Article => format!("{} (article date)", t.value),
            Some(t) => format!("{} (“{}”)", t.value, t.text.clone().unwrap_or_default()),
            None => "undated".to_string(),
        };
        let who = speaker_name(s);
        let who = if who.is_empty() { "Unattributed".to_string() } else { who };
        let words = if s.kind == StatementKind::Indirect {
            format!("reported: {}", md(&s.content))
        } else {
            format!("“{}”", md(s.content.trim_end_matches(',')))
        };
        let _ = writeln!(
            out,
            "- **{}** — **{}**: {} — *{}*",
            md(&when),
            md(&who),
            words,
            md(&title_of(analysis, &s.article))
        );
    }
    let _ = writeln!(out, "\n## Where the articles differ\n");
    if analysis.discrepancies.is_empty() {
        out.push_str("No differences found.\n");
    }
    for d in &analysis.discrepancies {
        let _ = writeln!(out, "- {}", md(&d.note));
        for e in &d.items {
            let _ = writeln!(out, "  - “{}” — *{}*", md(&e.text), md(&title_of(analysis, &e.article)));
        }
    }
    let _ = writeln!(out, "\n## What several articles report\n");
    if analysis.claims.is_empty() {
        out.push_str("No claim is linked across articles.\n");
    }
    for c in &analysis.claims {
        let _ = writeln!(out, "- Claim {}:", c.id);
        for m in &c.members {
            let text = analysis.articles.iter().find(|a| a.id == m.article).map_or("", |a| &a.text[m.start..m.end]);
            let _ = writeln!(out, "  - “{}” — *{}*", md(text), md(&title_of(analysis, &m.article)));
        }
    }
    out
}

/// Escapes text for HTML (TimelineJS renders its text fields as HTML).
fn html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The dated statements as a Knight Lab TimelineJS document
/// (<https://timeline.knightlab.com/docs/json-format.html>): one event per statement,
/// grouped by speaker; a month or a year stays a month or a year.
pub fn timelinejs(analysis: &Analysis) -> String {
    let mut events = Vec::new();
    for s in &analysis.statements {
        let Some(t) = &s.time else { continue };
        let value = t.value.split('T').next().unwrap_or(&t.value);
        let Some(start) = period_start(value) else { continue };
        let mut date = serde_json::json!({ "year": start.year().to_string() });
        if value.len() >= 7 && value.as_bytes()[5].is_ascii_digit() {
            date["month"] = start.month().to_string().into();
        }
        if value.len() >= 10 {
            date["day"] = start.day().to_string().into();
        }
        let who = speaker_name(s);
        let who = if who.is_empty() { "Unattributed".to_string() } else { who };
        let words = if s.kind == StatementKind::Indirect {
            html(&s.content)
        } else {
            format!("“{}”", html(s.content.trim_end_matches(',')))
        };
        let when = match (&t.text, t.source) {
            (_, TimeSource::Article) | (None, _) => "dated by its article".to_string(),
            (Some(x), _) => format!("“{}”", html(x)),
        };
        events.push(serde_json::json!({
            "start_date": date,
            "text": {
                "headline": html(&who),
                "text": format!("<p>{words}</p><p><em>{}</em> ({when})</p>", html(&title_of(analysis, &s.article))),
            },
            "group": html(&who),
            "unique_id": s.id,
        }));
    }
    let doc = serde_json::json!({
        "title": { "text": { "headline": "Who said what, and when", "text": format!("{} articles, {} statements", analysis.articles.len(), events.len()) } },
        "events": events,
    });
    serde_json::to_string_pretty(&doc).expect("the timeline serialises")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::{analyze, ingest};

    fn sample() -> Analysis {
        let mut a = ingest(
            "a.txt",
            "Talks Resume\n\n“We are <b>ready</b>, =1+1,” Ana Ruiz said on Monday.\nRuiz said the *plan* works."
                .as_bytes(),
        )
        .unwrap();
        a.set_user_date("2026-01-07");
        analyze(vec![a])
    }

    #[test]
    fn csv_quotes_fields_and_defuses_formulas() {
        let c = csv(&sample());
        let lines: Vec<&str> = c.split("\r\n").collect();
        assert!(lines[0].starts_with("id,article,file,title,kind,speaker"));
        assert!(lines[1].contains("\"We are <b>ready</b>, =1+1,\""), "{}", lines[1]);
        assert!(lines[1].contains(",2026-01-05,sentence,Monday,"), "{}", lines[1]);
        assert_eq!(csv_field("=SUM(A1)"), "'=SUM(A1)");
        assert_eq!(csv_field("a \"b\""), "\"a \"\"b\"\"\"");
    }

    #[test]
    fn markdown_escapes_article_text() {
        let m = markdown(&sample());
        assert!(m.contains("\\<b\\>ready\\</b\\>"), "{m}");
        assert!(m.contains("\\*plan\\*"), "{m}");
        assert!(m.contains("**Ana Ruiz**"));
    }

    #[test]
    fn timelinejs_escapes_html_and_keeps_dates() {
        let t: serde_json::Value = serde_json::from_str(&timelinejs(&sample())).unwrap();
        let events = t["events"].as_array().unwrap();
        assert_eq!(events.len(), 2);
        let e = &events[0];
        assert_eq!(e["start_date"], serde_json::json!({ "year": "2026", "month": "1", "day": "5" }));
        let text = e["text"]["text"].as_str().unwrap();
        assert!(text.contains("&lt;b&gt;ready&lt;/b&gt;") && !text.contains("<b>"), "{text}");
    }
}
