//! When: each article's date and the time each statement was made.
//!
//! An article's date comes from the user, else its page metadata, else the evidence of its
//! own text: the latest full date it names (an article is never older than the newest day it
//! mentions, so that date is a lower bound, marked [`DateSource::Text`]). Time expressions
//! are then normalised against that date ([`find_timexes`](crate::core::find_timexes)).
//!
//! A statement's time is, in order of preference:
//! 1. a date or time in its own attribution sentence but outside the quoted or reported
//!    words ("Zelensky said **on Wednesday** that…"), the one nearest the speaker;
//! 2. else one inherited from the context: the last day named earlier in the same
//!    paragraph, outside every quotation ("**On Monday**, the minister met… “We agreed,” he said.");
//! 3. else the article's date.
//!
//! An expression whose period starts after the article's date speaks of the future ("said
//! the talks would resume on Friday") and is never a statement's time; neither is a year
//! alone ("since the invasion in 2022") nor the bound of a period ("since 2014", "by May"). Each time says where
//! it came from ([`TimeSource`]).

use chrono::{Datelike, NaiveDate};

use super::article::{Article, DateSource};
use super::segment::Sentence;
use super::statements::{Statement, StatementTime, TimeSource};
use super::timex::{TimeTokens, Timex, TimexType};

/// Sets the article's date from its text when it has none: the latest full date
/// (`YYYY-MM-DD`) written out in it, outside its non-body regions. Returns the time
/// expressions of the text, normalised against the article's (possibly new) date.
pub(crate) fn date_and_timexes(article: &mut Article) -> Vec<Timex> {
    // Tokenized once, read once or twice.
    let tokens = TimeTokens::new(&article.text);
    if article.published.is_none() {
        let unanchored = tokens.find(None);
        let latest = unanchored
            .iter()
            .filter(|t| t.kind == TimexType::Date && !t.anchored && !article.in_region(t.start))
            .filter_map(|t| full_date(&t.value))
            .max();
        match latest {
            Some(d) => {
                article.published = Some(d.format("%Y-%m-%d").to_string());
                article.date_source = Some(DateSource::Text);
            }
            None => return unanchored,
        }
    }
    tokens.find(article.published.as_deref())
}

/// A `YYYY-MM-DD` value (possibly followed by a time of day) as a date.
fn full_date(value: &str) -> Option<NaiveDate> {
    let day = value.get(..10)?;
    if value.len() > 10 && !value[10..].starts_with('T') {
        return None;
    }
    NaiveDate::parse_from_str(day, "%Y-%m-%d").ok()
}

/// The first day of the period a TimeML date value names: `2025-09-03`, `2025-09`, `2025`,
/// `2025-W37`, `2025-Q3`, `2025-SU` (seasons count from their first month), with or without
/// a time of day. `None` for values that name no calendar period (`PAST_REF`, `XXXX-09`).
///
/// ```
/// use parallax::core::period_start;
/// assert_eq!(period_start("2026-W02").map(|d| d.to_string()).as_deref(), Some("2026-01-05"));
/// ```
pub fn period_start(value: &str) -> Option<NaiveDate> {
    let b = value.as_bytes();
    if b.len() < 4 || !b[..4].iter().all(u8::is_ascii_digit) {
        return None;
    }
    let year: i32 = value[..4].parse().ok()?;
    let rest = &value[4..];
    if rest.is_empty() {
        return NaiveDate::from_ymd_opt(year, 1, 1);
    }
    let rest = rest.strip_prefix('-')?;
    let rest = rest.split('T').next().unwrap_or(rest);
    if let Some(w) = rest.strip_prefix('W') {
        let week: u32 = w.get(..2)?.parse().ok()?;
        return NaiveDate::from_isoywd_opt(year, week, chrono::Weekday::Mon);
    }
    if let Some(q) = rest.strip_prefix('Q') {
        let q: u32 = q.parse().ok()?;
        return NaiveDate::from_ymd_opt(year, (q.checked_sub(1)?) * 3 + 1, 1);
    }
    let month = match rest.get(..2)? {
        "SP" => 3,
        "SU" => 6,
        "FA" => 9,
        "WI" => 12,
        m => m.parse().ok()?,
    };
    match rest.get(3..5) {
        Some(d) => NaiveDate::from_ymd_opt(year, month, d.parse().ok()?),
        None => NaiveDate::from_ymd_opt(year, month, 1),
    }
}

/// How finely a TimeML date value names its period: 1 year, 2 month/season/quarter/week,
/// 3 day or time of day.
fn granularity(value: &str) -> u8 {
    match value.len() {
        4 => 1,
        7 | 8 => 2,
        _ => 3,
    }
}

/// Whether a time expression can be the time a statement was made, in an article of date
/// `published`: a date or time of day that names a calendar period not starting after it,
/// at least a month fine (a year alone dates what is talked about: "the invasion in
/// 2022"), and not the bound of another period ("since 2014", "until March", "by Friday").
fn usable(text: &str, t: &Timex, published: Option<NaiveDate>) -> bool {
    if !matches!(t.kind, TimexType::Date | TimexType::Time) || granularity(&t.value) < 2 {
        return false;
    }
    let before = text[..t.start].trim_end();
    let word = before.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    if ["since", "until", "till", "before", "after", "from", "by", "through", "between", "to"]
        .iter()
        .any(|w| w.eq_ignore_ascii_case(word))
    {
        return false;
    }
    match (period_start(&t.value), published) {
        (Some(start), Some(p)) => start <= p && start.year() > p.year() - 100,
        (Some(_), None) => true,
        (None, _) => false,
    }
}

/// Places the statements of `article` (all of `statements` belong to it) in time, given the
/// article's time expressions.
/// `sents` are the article's sentences.
pub(crate) fn place(article: &Article, timexes: &[Timex], sents: &[Sentence], statements: &mut [Statement]) {
    let text = article.text.as_str();
    let published = article.published.as_deref().and_then(full_date);
    // Time expressions that can be a statement's time and lie outside every quotation and
    // reported clause: words someone said are not the time they said them.
    let mut quoted: Vec<(usize, usize)> = statements
        .iter()
        .flat_map(|s| match s.kind {
            super::statements::StatementKind::Indirect => vec![(s.start, s.end)],
            _ => s.fragments.iter().map(|f| (f.start, f.end)).collect(),
        })
        .collect();
    quoted.sort_unstable();
    let inside = |t: &Timex| {
        let i = quoted.partition_point(|&(s, _)| s <= t.start);
        i > 0 && quoted[..i].iter().rev().take(4).any(|&(s, e)| s <= t.start && t.end <= e)
    };
    let times: Vec<&Timex> =
        timexes.iter().filter(|t| !article.in_region(t.start) && usable(text, t, published) && !inside(t)).collect();

    for s in statements.iter_mut() {
        let (lo, hi) = match &s.speaker {
            Some(sp) => (s.start.min(sp.start), s.end.max(sp.end)),
            None => (s.start, s.end),
        };
        // The attribution sentence(s): those the statement and its speaker touch.
        let first = sents.partition_point(|x| x.end <= lo);
        let last = sents.partition_point(|x| x.start < hi);
        let window: Option<Sentence> =
            (first < last).then(|| Sentence { start: sents[first].start, end: sents[last - 1].end });
        let anchor = s.speaker.as_ref().map_or(s.start, |sp| sp.start);
        let own = window.and_then(|w| {
            times
                .iter()
                .filter(|t| w.start <= t.start && t.end <= w.end)
                .min_by_key(|t| t.start.abs_diff(anchor))
                .copied()
        });
        let time = match own {
            Some(t) => Some((t, TimeSource::Sentence)),
            None => {
                // The paragraph's earlier sentences (a paragraph is a line).
                let from = window.map_or(s.start, |w| w.start);
                let para_start = text[..from].rfind('\n').map_or(0, |i| i + 1);
                let i = times.partition_point(|t| t.start < from);
                // Only a day is precise enough to carry over to another sentence.
                times[..i]
                    .iter()
                    .rev()
                    .take_while(|t| t.start >= para_start)
                    .find(|t| granularity(&t.value) == 3)
                    .map(|t| (*t, TimeSource::Context))
            }
        };
        s.time = match time {
            Some((t, source)) => Some(StatementTime {
                value: t.value.clone(),
                text: Some(t.text.clone()),
                start: Some(t.start),
                end: Some(t.end),
                source,
            }),
            None => StatementTime::of_article(article),
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::{analyze, ingest};

    fn analysed(text: &str, date: Option<&str>) -> crate::core::Analysis {
        let mut a = ingest("a.txt", text.as_bytes()).unwrap();
        if let Some(d) = date {
            assert!(a.set_user_date(d));
        }
        analyze(vec![a])
    }

    #[test]
    fn period_starts() {
        let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
        assert_eq!(period_start("2025-09-03"), d(2025, 9, 3));
        assert_eq!(period_start("2025-09-03T15:00"), d(2025, 9, 3));
        assert_eq!(period_start("2025-09"), d(2025, 9, 1));
        assert_eq!(period_start("2025"), d(2025, 1, 1));
        assert_eq!(period_start("2026-W02"), d(2026, 1, 5));
        assert_eq!(period_start("2025-Q3"), d(2025, 7, 1));
        assert_eq!(period_start("2025-SU"), d(2025, 6, 1));
        for v in ["PAST_REF", "XXXX-09", "P3D", "", "2025-13", "2025-Q0", "20", "2025-W"] {
            assert_eq!(period_start(v), None, "{v}");
        }
    }

    #[test]
    fn the_sentence_time_outside_the_quote_is_the_statement_time() {
        // 2026-01-07 is a Wednesday; "on Monday" is 2026-01-05.
        let a = analysed(
            "Zelenskyy said on Monday that the troops would come in September. “We are ready by Friday,” he said.",
            Some("2026-01-07"),
        );
        let s = &a.statements;
        assert_eq!(s.len(), 2, "{s:#?}");
        let t = s[0].time.as_ref().unwrap();
        assert_eq!(
            (t.value.as_str(), t.text.as_deref(), t.source),
            ("2026-01-05", Some("Monday"), TimeSource::Sentence)
        );
        // "Friday" is inside the quotation: the words said, not when they were said. The
        // paragraph's earlier "on Monday" (outside the reported clause) is the context.
        let t = s[1].time.as_ref().unwrap();
        assert_eq!((t.value.as_str(), t.source), ("2026-01-05", TimeSource::Context));
    }

    #[test]
    fn without_a_time_in_the_paragraph_the_article_date_is_used_and_marked() {
        let a = analysed("On Monday the talks began.\n“We are ready,” Ana Ruiz said.", Some("2026-01-07"));
        let t = a.statements[0].time.as_ref().unwrap();
        assert_eq!((t.value.as_str(), t.text.as_deref(), t.source), ("2026-01-07", None, TimeSource::Article));
    }

    #[test]
    fn future_dates_are_not_when_something_was_said() {
        let a = analysed("Ana Ruiz said the vote would be held in March 2027.", Some("2026-01-07"));
        let t = a.statements[0].time.as_ref().unwrap();
        assert_eq!(t.source, TimeSource::Article, "{t:?}");
    }

    #[test]
    fn years_and_period_bounds_are_what_is_talked_about() {
        let a = analysed(
            "Since the invasion in 2022, Ana Ruiz has said the border is closed. Ruiz said the border had been shut since May 3, 2025.",
            Some("2026-01-07"),
        );
        for s in &a.statements {
            assert_eq!(s.time.as_ref().unwrap().source, TimeSource::Article, "{s:?}");
        }
    }

    #[test]
    fn an_undated_article_takes_the_latest_date_it_names() {
        let a = analysed(
            "The accord of March 3, 2024 was signed. On January 5, 2026, Ana Ruiz said the accord had failed.",
            None,
        );
        let art = &a.articles[0];
        assert_eq!(art.published.as_deref(), Some("2026-01-05"));
        assert_eq!(art.date_source, Some(DateSource::Text));
        assert!(a.timexes[0].iter().any(|t| t.value == "2024-03-03"));
    }

    #[test]
    fn an_article_without_any_date_has_untimed_statements() {
        let a = analysed("“We are ready,” Ana Ruiz said on Tuesday.", None);
        assert_eq!(a.articles[0].published, None);
        assert_eq!(a.statements[0].time, None);
    }
}
