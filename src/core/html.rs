//! Saved web pages: the main article text and its metadata (title, byline, site name,
//! published time, language), found the way Firefox's Reader View finds them.
//!
//! The work is done by `dom_smoothie`, a Rust port of Mozilla's Readability.js; this module
//! only picks its options and turns its result into plain text with one blank line between
//! paragraphs. Page HTML is parsed, never rendered, so scripts in it cannot run.

use dom_smoothie::{Config, ParsePolicy, Readability, TextMode};

use super::error::{Error, ErrorKind, Result};

/// What was found in a page.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(crate) struct Page {
    pub title: Option<String>,
    pub byline: Option<String>,
    pub site: Option<String>,
    pub lang: Option<String>,
    pub published: Option<String>,
    pub text: String,
}

fn config() -> Config {
    Config { text_mode: TextMode::Formatted, ..Config::default() }
}

fn non_empty(s: Option<String>) -> Option<String> {
    s.map(|s| s.split_whitespace().collect::<Vec<_>>().join(" ")).filter(|s| !s.is_empty())
}

/// Paragraphs separated by exactly one blank line, lines trimmed, no runs of blank lines.
fn tidy(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank = false;
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() {
            blank = !out.is_empty();
            continue;
        }
        if blank {
            out.push_str("\n\n");
        } else if !out.is_empty() {
            out.push('\n');
        }
        blank = false;
        out.push_str(line);
    }
    out
}

/// Extracts the article from the page `html` (the content of the input named `file`).
pub(crate) fn extract(file: &str, html: &str) -> Result<Page> {
    let no_text = || Error::new(ErrorKind::NoText, file);
    let parse = |policy: ParsePolicy| Readability::new(html, None, Some(config())).ok()?.parse_with_policy(policy).ok();
    // Readability.js relaxes its cleaning when the strict pass finds too little; the raw
    // policy is the last resort for pages with unusual markup.
    let article = parse(ParsePolicy::Strict)
        .filter(|a| !a.text_content.trim().is_empty())
        .or_else(|| parse(ParsePolicy::Raw))
        .ok_or_else(no_text)?;
    let text = tidy(&article.text_content);
    if text.is_empty() {
        return Err(no_text());
    }
    Ok(Page {
        title: non_empty(Some(article.title)),
        byline: non_empty(article.byline),
        site: non_empty(article.site_name),
        lang: non_empty(article.lang),
        published: non_empty(article.published_time),
        text,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn broken_html_still_yields_text() {
        let page = "<html><body><div><p>Unclosed paragraph about the talks in Geneva that went on for hours and hours <b>bold <i>nested</b> still going, and the minister said the talks were productive and would continue next week with more delegations joining.<p>Second paragraph, also unclosed, describing the reaction from the opposition, who said the talks were a waste of time and money.";
        let p = extract("broken.html", page).unwrap();
        assert!(p.text.contains("Unclosed paragraph"), "{}", p.text);
        assert!(p.text.contains("Second paragraph"), "{}", p.text);
    }

    #[test]
    fn page_without_text_is_refused() {
        let err =
            extract("empty.html", "<html><head><title>x</title></head><body><script>var a=1;</script></body></html>")
                .unwrap_err();
        assert_eq!(err.kind(), &ErrorKind::NoText);
    }

    #[test]
    fn tidy_collapses_blank_runs() {
        assert_eq!(tidy("\n\n  a \n b\n\n\n\n c  \n\n"), "a\nb\n\nc");
    }
}
