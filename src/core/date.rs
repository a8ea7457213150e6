//! Calendar dates as they appear in page metadata and user input, normalised to ISO 8601
//! (`YYYY-MM-DD`). Only whole dates are kept: an article's date is a day.

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Parses a date written as ISO 8601 (`2025-09-03`, `2025-09-03T10:00:00Z`), or with a month
/// name (`September 3, 2025`, `3 Sep 2025`, `Wed, 03 Sep 2025 10:00:00 GMT`), into
/// `YYYY-MM-DD`. Returns `None` for anything else, or for a day that does not exist.
///
/// ```
/// use parallax::core::parse_date;
/// assert_eq!(parse_date("2025-09-03T10:00:00+02:00").as_deref(), Some("2025-09-03"));
/// assert_eq!(parse_date("Sept. 3, 2025").as_deref(), Some("2025-09-03"));
/// assert_eq!(parse_date("2025-02-30"), None);
/// ```
pub fn parse_date(input: &str) -> Option<String> {
    let s = input.trim();
    iso(s).or_else(|| with_month_name(s)).filter(|&(y, m, d)| valid(y, m, d)).map(fmt)
}

fn fmt((y, m, d): (i32, u32, u32)) -> String {
    format!("{y:04}-{m:02}-{d:02}")
}

fn iso(s: &str) -> Option<(i32, u32, u32)> {
    let b = s.as_bytes();
    if b.len() < 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    if b.len() > 10 && b[10].is_ascii_digit() {
        return None;
    }
    let num = |r: std::ops::Range<usize>| s.get(r)?.parse::<u32>().ok();
    Some((num(0..4)? as i32, num(5..7)?, num(8..10)?))
}

fn with_month_name(s: &str) -> Option<(i32, u32, u32)> {
    let words: Vec<&str> =
        s.split(|c: char| c.is_whitespace() || c == ',' || c == '.').filter(|w| !w.is_empty()).collect();
    let month_at = words.iter().position(|w| month(w).is_some())?;
    let m = month(words[month_at])?;
    let number = |w: &str| -> Option<u32> {
        let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        digits.parse().ok()
    };
    // "September 3 2025" or "3 September 2025" (the year is the first 4-digit number after).
    let year = words[month_at + 1..]
        .iter()
        .chain(words[..month_at].iter())
        .find_map(|w| (w.len() == 4).then(|| w.parse::<i32>().ok()).flatten())?;
    let day = words
        .get(month_at + 1)
        .and_then(|w| number(w))
        .filter(|&d| (1..=31).contains(&d))
        .or_else(|| month_at.checked_sub(1).and_then(|i| number(words[i])))
        .filter(|&d| (1..=31).contains(&d))?;
    Some((year, m, day))
}

/// The month number of an English month name or abbreviation ("Sept", "Sep", "September").
pub(crate) fn month(word: &str) -> Option<u32> {
    let w = word.to_ascii_lowercase();
    if w.len() < 3 {
        return None;
    }
    MONTHS.iter().position(|m| m.starts_with(&w) || (w == "sept" && *m == "september")).map(|i| i as u32 + 1)
}

fn valid(y: i32, m: u32, d: u32) -> bool {
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1000..=9999).contains(&y) && (1..=days).contains(&d)
}

#[cfg(test)]
mod tests {
    use super::parse_date;

    #[test]
    fn formats_seen_in_page_metadata() {
        for (input, want) in [
            ("2015-04-22", Some("2015-04-22")),
            ("2015-04-22T14:30:00Z", Some("2015-04-22")),
            ("Wed, 22 Apr 2015 14:30:00 GMT", Some("2015-04-22")),
            ("April 22, 2015", Some("2015-04-22")),
            ("22 April 2015", Some("2015-04-22")),
            ("2024-02-29", Some("2024-02-29")),
            ("2023-02-29", None),
            ("yesterday", None),
            ("2015-13-01", None),
            ("", None),
        ] {
            assert_eq!(parse_date(input).as_deref(), want, "{input}");
        }
    }
}
