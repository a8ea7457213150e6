//! The layout of a plain-text or Markdown article: which lines are a section label
//! ("World", "Breaking News"), the headline, a repeat of the headline, a byline, and which
//! are boilerplate (comment prompts, share buttons, hashtag lines).
//!
//! Saved articles carry these around their text. They are marked as [`Region`]s with byte
//! spans and never deleted: the text stays exactly as it was loaded, and later stages skip
//! what is marked.

use super::article::{Region, RegionKind};

/// What the layout pass found.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(crate) struct Layout {
    pub title: Option<String>,
    pub section: Option<String>,
    pub byline: Option<String>,
    pub regions: Vec<Region>,
}

/// One line of the text: its byte span without the line break, and its trimmed content.
#[derive(Debug, Clone, Copy)]
struct Line<'a> {
    start: usize,
    end: usize,
    text: &'a str,
}

fn lines(text: &str) -> Vec<Line<'_>> {
    let mut out = Vec::new();
    let mut start = 0;
    for piece in text.split_inclusive('\n') {
        let body = piece.trim_end_matches(['\n', '\r']);
        let lead = body.len() - body.trim_start().len();
        let trimmed = body.trim();
        out.push(Line { start: start + lead, end: start + lead + trimmed.len(), text: trimmed });
        start += piece.len();
    }
    out
}

/// Markdown heading markers and emphasis around a whole line ("# Title", "**World**").
fn strip_markup(line: &str) -> &str {
    let s = line.trim_start_matches('#').trim();
    s.trim_matches('*').trim_matches('_').trim()
}

fn words(s: &str) -> usize {
    s.split_whitespace().count()
}

fn starts_upper(s: &str) -> bool {
    s.chars().find(|c| c.is_alphanumeric()).is_some_and(|c| c.is_uppercase() || c.is_numeric())
}

/// A short label above or below a headline: "World", "Breaking News", "World Defense".
fn is_label(s: &str) -> bool {
    let w = words(s);
    (1..=3).contains(&w)
        && s.chars().count() <= 32
        && starts_upper(s)
        && !s.ends_with(['.', ',', ';', ':', '!', '?', '"', '”'])
        && s.split_whitespace().all(|w| starts_upper(w) || w == "&" || w == "-" || w == "|")
}

/// A headline: one line of a few words that does not read as a sentence of a paragraph.
fn is_headline(s: &str) -> bool {
    let w = words(s);
    (2..=30).contains(&w)
        && s.chars().count() <= 220
        && starts_upper(s)
        && (!s.ends_with(['.', ',', ';', ':']) || (s.ends_with('.') && (is_title_case(s) || is_labelled(s))))
}

/// Whether a short line opens with a few words and a colon ("Insiders: Trump will rebound
/// in New Hampshire."): the form of a headline that gives its source.
fn is_labelled(s: &str) -> bool {
    words(s) <= 16 && s.split_whitespace().take(6).any(|w| w.ends_with(':'))
}

/// Whether a line is in title case ("Trump Says He Never Pledged To Kill Family Members."):
/// at least three words of four letters or more, nearly all capitalised. A sentence of a
/// paragraph is not, so a headline saved with a final dot is still one.
fn is_title_case(s: &str) -> bool {
    let long = || s.split_whitespace().filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 4);
    let capitalised = long().filter(|w| starts_upper(w)).count();
    let all = long().count();
    all >= 3 && capitalised * 10 >= all * 8
}

/// "By Jane Doe", "By Jane Doe and John Roe, Reuters".
fn byline(s: &str) -> Option<&str> {
    let rest = s.strip_prefix("By ").or_else(|| s.strip_prefix("BY "))?;
    (words(rest) <= 10 && starts_upper(rest) && !rest.ends_with('.')).then_some(rest.trim())
}

fn normalized(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric() || c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Lines that are page furniture rather than article text, whole-line matches only.
fn is_boilerplate(s: &str) -> bool {
    if s.chars().count() > 160 {
        return false;
    }
    let tags: Vec<&str> = s.split_whitespace().collect();
    if tags.len() >= 2 && tags.iter().all(|t| t.starts_with('#') && t.len() > 1) {
        return true;
    }
    let l = s.to_lowercase();
    const STARTS: &[&str] = &[
        "no comments",
        "leave a comment",
        "leave a reply",
        "post a comment",
        "add a comment",
        "comments are closed",
        "be the first to comment",
        "view comments",
        "show comments",
        "load comments",
        "join the conversation",
        "share this",
        "share on ",
        "share:",
        "follow us",
        "subscribe",
        "sign up for",
        "sign up to",
        "click here",
        "read more",
        "related:",
        "related articles",
        "related stories",
        "related posts",
        "more from",
        "tags:",
        "filed under",
        "advertisement",
        "sponsored",
        "all rights reserved",
        "copyright",
        "©",
        "you must be logged",
        "log in to comment",
        "login to comment",
        "please log in",
        "this article was",
        "image source",
        "photo:",
        "image:",
        "print this",
        "email this",
        "recommended",
    ];
    const CONTAINS: &[&str] = &[
        "comments available",
        "comment box",
        "all rights reserved",
        "newsletter",
        "cookie",
        "privacy policy",
        "terms of service",
        "terms of use",
    ];
    STARTS.iter().any(|p| l.starts_with(p)) || (words(s) <= 16 && CONTAINS.iter().any(|p| l.contains(p)))
}

/// Finds the layout of a plain-text (or Markdown) article.
pub(crate) fn detect(text: &str) -> Layout {
    let lines = lines(text);
    let mut layout = Layout::default();
    let non_blank: Vec<usize> = (0..lines.len()).filter(|&i| !lines[i].text.is_empty()).collect();
    if non_blank.is_empty() {
        return layout;
    }

    // The head: labels, a headline, its repeat and a byline, before the first body line.
    let mut head: Vec<(usize, RegionKind)> = Vec::new();
    let mut headline_norm: Option<String> = None;
    for (pos, &i) in non_blank.iter().enumerate().take(8) {
        let line = strip_markup(lines[i].text);
        let last = head.last().map(|&(_, k)| k);
        let is_last_line = pos + 1 == non_blank.len();
        if headline_norm.as_ref().is_some_and(|h| normalized(line) == *h) {
            head.push((i, RegionKind::DuplicateHeadline));
            continue;
        }
        if headline_norm.is_some() && byline(line).is_some() {
            head.push((i, RegionKind::Byline));
            continue;
        }
        let after_headline = matches!(last, Some(RegionKind::Headline));
        // (A date on a line of its own, "March 3, 2026", is the article's date, read from
        // its text, not a label.)
        if is_label(line)
            && super::date::parse_date(line).is_none()
            && !head.iter().any(|&(_, k)| k == RegionKind::Section)
            && (headline_norm.is_none() || after_headline)
            && !is_last_line
        {
            head.push((i, RegionKind::Section));
            continue;
        }
        if headline_norm.is_none() && is_headline(line) && !is_last_line {
            headline_norm = Some(normalized(line));
            head.push((i, RegionKind::Headline));
            continue;
        }
        break;
    }
    // Without a headline, a short first line is a heading of the body, not a section label.
    if headline_norm.is_some() {
        for (i, kind) in head {
            let line = lines[i];
            let content = strip_markup(line.text).to_string();
            match kind {
                RegionKind::Headline => layout.title = Some(content),
                RegionKind::Section => layout.section = Some(content),
                RegionKind::Byline => layout.byline = byline(&content).map(str::to_string),
                _ => {}
            }
            layout.regions.push(Region { kind, start: line.start, end: line.end });
        }
    }

    // The tail: boilerplate lines at the end, read from the bottom up.
    let first_body = layout.regions.last().map_or(0, |r| r.end);
    let mut tail = Vec::new();
    for &i in non_blank.iter().rev().take(12) {
        let line = lines[i];
        if line.start < first_body || !is_boilerplate(line.text) {
            break;
        }
        tail.push(Region { kind: RegionKind::Boilerplate, start: line.start, end: line.end });
    }
    // Furniture lines inside the body ("Advertisement") are marked too.
    let tail_start = tail.last().map_or(text.len(), |r| r.start);
    for &i in &non_blank {
        let line = lines[i];
        // These labels are short: a line of prose is not lowercased to be compared.
        if line.start >= first_body && line.end <= tail_start && line.text.len() <= 40 {
            let l = line.text.to_lowercase();
            if matches!(
                l.as_str(),
                "advertisement" | "skip advertisement" | "story continues below advertisement" | "continue reading"
            ) {
                layout.regions.push(Region { kind: RegionKind::Boilerplate, start: line.start, end: line.end });
            }
        }
    }
    tail.reverse();
    layout.regions.extend(tail);
    layout.regions.sort_by_key(|r| r.start);
    layout
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(RegionKind, &str)> {
        detect(text).regions.iter().map(|r| (r.kind, &text[r.start..r.end])).collect()
    }

    #[test]
    fn section_before_headline() {
        let t = "World\nLeaders Meet in Paris\n\nThe leaders met on Monday. They talked.\n";
        let l = detect(t);
        assert_eq!(l.title.as_deref(), Some("Leaders Meet in Paris"));
        assert_eq!(l.section.as_deref(), Some("World"));
    }

    #[test]
    fn a_date_under_the_headline_is_no_section() {
        let t = "Council Splits Over Tram Plan\n\nMarch 3, 2026\n\nThe mayor said the tram would open next year.\n";
        assert_eq!(kinds(t), vec![(RegionKind::Headline, "Council Splits Over Tram Plan")]);
    }

    #[test]
    fn section_after_headline_and_repeated_headline() {
        let t = "Leaders Meet in Paris\n\nWorld Defense\n\nLeaders Meet in Paris\n\nThe leaders met on Monday.\n";
        assert_eq!(
            kinds(t),
            vec![
                (RegionKind::Headline, "Leaders Meet in Paris"),
                (RegionKind::Section, "World Defense"),
                (RegionKind::DuplicateHeadline, "Leaders Meet in Paris"),
            ]
        );
    }

    #[test]
    fn body_subheading_after_repeat_is_not_a_section() {
        let t = "Breaking News\n\nA Turning Point?\n\nA Turning Point?\n\nIntroduction\n\nIn recent weeks, much happened.\n";
        let l = detect(t);
        assert_eq!(l.section.as_deref(), Some("Breaking News"));
        assert_eq!(l.title.as_deref(), Some("A Turning Point?"));
        assert!(!kinds(t).iter().any(|(_, s)| *s == "Introduction"));
    }

    #[test]
    fn no_headline_when_the_text_starts_with_a_paragraph() {
        let t = "President Jane Doe has said that the plan will go ahead. She spoke on Monday.\nMore text.\n";
        assert_eq!(detect(t), Layout::default());
    }

    #[test]
    fn a_title_case_line_with_a_final_dot_is_a_headline() {
        let t = "Senator Says The Plan Will Fail Within Weeks.\n\nThe senator spoke on Monday.\n";
        assert_eq!(kinds(t), vec![(RegionKind::Headline, "Senator Says The Plan Will Fail Within Weeks.")]);
        let t = "Insiders: the senator will rebound in the state.\n\nThe senator spoke on Monday.\n";
        assert_eq!(kinds(t), vec![(RegionKind::Headline, "Insiders: the senator will rebound in the state.")]);
        // A sentence that opens the text is not, however many names it holds.
        let t = "Senator Jane Doe told Reuters on Monday that the plan will fail.\n\nMore text.\n";
        assert_eq!(detect(t), Layout::default());
    }

    #[test]
    fn a_single_line_is_not_a_headline() {
        assert_eq!(detect("Just a line of text"), Layout::default());
    }

    #[test]
    fn markdown_heading_and_byline() {
        let t = "# Leaders Meet in Paris\n\nBy Jane Doe and John Roe\n\nThe leaders met.\n";
        let l = detect(t);
        assert_eq!(l.title.as_deref(), Some("Leaders Meet in Paris"));
        assert_eq!(l.byline.as_deref(), Some("Jane Doe and John Roe"));
    }

    #[test]
    fn trailing_boilerplate_is_marked_not_removed() {
        let t = "Title Of The Story\n\nBody text here.\n\n#Ukraine #Peace #News\n\nNo comments\n";
        assert_eq!(
            kinds(t),
            vec![
                (RegionKind::Headline, "Title Of The Story"),
                (RegionKind::Boilerplate, "#Ukraine #Peace #News"),
                (RegionKind::Boilerplate, "No comments"),
            ]
        );
    }

    #[test]
    fn a_body_sentence_mentioning_comments_is_not_boilerplate() {
        let t = "Title Of The Story\n\nThe minister declined to comment on the newsletter leak, saying only that the matter was being investigated by the police and would be resolved.\n";
        assert_eq!(kinds(t), vec![(RegionKind::Headline, "Title Of The Story")]);
    }

    #[test]
    fn crlf_line_ends() {
        let t = "World\r\nLeaders Meet\r\n\r\nBody text.\r\n";
        assert_eq!(kinds(t), vec![(RegionKind::Section, "World"), (RegionKind::Headline, "Leaders Meet")]);
    }
}
