//! The timeline of statements as a table: one row per moment (a day, or a coarser period
//! such as a month or week when that is all the text says), one lane per speaker or per
//! article, statements in their cells. Pure, so the page only draws it.
//!
//! Rows run in time order, undated statements last; each row says how many days passed
//! since the previous one, so the page can show the gaps of the real time axis. Lanes are
//! ordered by how many statements they hold; past [`MAX_LANES`], the rest share one lane.

use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::analysis::Analysis;
use super::statements::{Statement, StatementKind, TimeSource};
use super::when::period_start;

/// How many lanes are drawn before the rest share an "Others" lane.
pub const MAX_LANES: usize = 6;

/// The key of the "Others" lane.
pub const OTHERS: &str = "\u{1}others";

/// What a lane groups.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LaneBy {
    /// One lane per speaker (entity, else the mention as written).
    #[default]
    Speaker,
    /// One lane per article.
    Article,
}

/// How finely the time axis is cut: the zoom. A statement dated more coarsely than the
/// scale (a month, at the scale of days) keeps its own row; finer ones join the scale's
/// period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Scale {
    /// One row per day.
    #[default]
    Day,
    /// One row per ISO week.
    Week,
    /// One row per month.
    Month,
    /// One row per year.
    Year,
}

impl Scale {
    /// The next finer scale (zooming in), if any.
    pub fn finer(self) -> Option<Scale> {
        match self {
            Scale::Day => None,
            Scale::Week => Some(Scale::Day),
            Scale::Month => Some(Scale::Week),
            Scale::Year => Some(Scale::Month),
        }
    }

    /// The next coarser scale (zooming out), if any.
    pub fn coarser(self) -> Option<Scale> {
        match self {
            Scale::Day => Some(Scale::Week),
            Scale::Week => Some(Scale::Month),
            Scale::Month => Some(Scale::Year),
            Scale::Year => None,
        }
    }

    /// The row a moment falls in at this scale: (TimeML value, first day).
    fn bucket(self, value: &str, start: NaiveDate) -> (String, NaiveDate) {
        use chrono::Datelike;
        // A moment finer than the scale joins the scale's period; one as coarse or coarser
        // (a month, a season, at the scale of weeks) keeps its own value.
        let grain = match value.len() {
            10.. => Scale::Day,
            _ if value.as_bytes().get(5) == Some(&b'W') => Scale::Week,
            7 => Scale::Month,
            _ => Scale::Year,
        };
        match self {
            _ if grain >= self => (value.to_string(), start),
            Scale::Day => (value.to_string(), start),
            Scale::Week => {
                let w = start.iso_week();
                let monday = NaiveDate::from_isoywd_opt(w.year(), w.week(), chrono::Weekday::Mon).unwrap_or(start);
                (format!("{}-W{:02}", w.year(), w.week()), monday)
            }
            Scale::Month => (
                format!("{}-{:02}", start.year(), start.month()),
                NaiveDate::from_ymd_opt(start.year(), start.month(), 1).unwrap_or(start),
            ),
            Scale::Year => (format!("{}", start.year()), NaiveDate::from_ymd_opt(start.year(), 1, 1).unwrap_or(start)),
        }
    }
}

/// Which statements to show. Empty fields do not filter.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Filter {
    /// Words that must all occur (case-insensitively) in the statement, its speaker or its
    /// article's title.
    pub text: String,
    /// Only these kinds (empty: all).
    pub kinds: Vec<StatementKind>,
    /// Only this speaker (a lane key of [`LaneBy::Speaker`]).
    pub speaker: Option<String>,
    /// Only this article (id).
    pub article: Option<String>,
    /// Only statements whose words name this entity (id): any of its spellings, or for a
    /// country its capital and demonyms ("Kyiv", "Ukrainian").
    #[serde(default)]
    pub about: Option<String>,
}

/// A lane.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lane {
    /// The lane's key: an entity id, a speaker mention, `""` (unattributed), an article id,
    /// or [`OTHERS`].
    pub key: String,
    /// What the page shows.
    pub label: String,
    /// Statements in it (after filtering).
    pub count: usize,
}

/// A row: one moment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// The TimeML value of the moment (`2026-01-07`, `2025-09`, `2026-W02`), or `None` for
    /// undated statements.
    pub value: Option<String>,
    /// The first day of the moment's period.
    pub start: Option<NaiveDate>,
    /// Days since the previous row's start (None for the first row and undated ones).
    pub gap_days: Option<i64>,
    /// Per lane, the indexes (into `Analysis::statements`) of its statements, text order.
    pub cells: Vec<Vec<usize>>,
}

/// The table.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Timeline {
    /// Lanes, most statements first.
    pub lanes: Vec<Lane>,
    /// Rows in time order, undated last.
    pub rows: Vec<Row>,
    /// Statements shown.
    pub shown: usize,
    /// With lanes by speaker, a statement that other articles report too (one claim) is
    /// drawn once: its index → the indexes of the others, which are not in the cells.
    pub also: BTreeMap<usize, Vec<usize>>,
}

/// A statement's speaker lane: its entity, else the mention, else "" (unattributed).
pub fn speaker_key(s: &Statement) -> String {
    s.speaker.as_ref().map_or_else(String::new, |sp| sp.entity.clone().unwrap_or_else(|| sp.text.clone()))
}

fn speaker_label(analysis: &Analysis, s: &Statement) -> String {
    match &s.speaker {
        None => "Unattributed".to_string(),
        Some(sp) => sp
            .entity
            .as_ref()
            .and_then(|id| analysis.entities.iter().find(|e| &e.id == id))
            .map_or_else(|| sp.name.clone().unwrap_or_else(|| sp.text.clone()), |e| e.name.clone()),
    }
}

/// Whether `text` (lowercase) holds `name` (lowercase) as whole words.
fn names_in(text: &str, name: &str) -> bool {
    text.match_indices(name).any(|(i, m)| {
        let before = text[..i].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
        let after = text[i + m.len()..].chars().next().is_none_or(|c| !c.is_alphanumeric());
        before && after
    })
}

fn matches(analysis: &Analysis, s: &Statement, filter: &Filter, words: &[String]) -> bool {
    if !filter.kinds.is_empty() && !filter.kinds.contains(&s.kind) {
        return false;
    }
    if filter.speaker.as_ref().is_some_and(|k| *k != speaker_key(s)) {
        return false;
    }
    if filter.article.as_ref().is_some_and(|a| *a != s.article) {
        return false;
    }
    if let Some(id) = &filter.about {
        let content = s.content.to_lowercase();
        let entity = analysis.entities.iter().find(|e| &e.id == id);
        if !entity.is_some_and(|e| e.aliases.iter().any(|a| names_in(&content, &a.to_lowercase()))) {
            return false;
        }
    }
    if words.is_empty() {
        return true;
    }
    let title = analysis.articles.iter().find(|a| a.id == s.article).and_then(|a| a.title.as_deref()).unwrap_or("");
    let hay = format!("{} {} {}", s.content, speaker_label(analysis, s), title).to_lowercase();
    words.iter().all(|w| hay.contains(w.as_str()))
}

impl Filter {
    /// The filter without the parts that name nothing in `analysis` (a speaker, entity or
    /// article of another workspace, restored with the view settings): they would hide
    /// every statement.
    pub fn valid_for(&self, analysis: &Analysis) -> Filter {
        let mut f = self.clone();
        if f.speaker.as_ref().is_some_and(|k| !analysis.statements.iter().any(|s| speaker_key(s) == *k)) {
            f.speaker = None;
        }
        if f.about.as_ref().is_some_and(|id| !analysis.entities.iter().any(|e| e.id == *id)) {
            f.about = None;
        }
        if f.article.as_ref().is_some_and(|id| !analysis.articles.iter().any(|a| a.id == *id)) {
            f.article = None;
        }
        f
    }
}

/// Builds the timeline of `analysis`, with lanes `by` and the statements `filter` keeps, one
/// row per day.
pub fn timeline(analysis: &Analysis, by: LaneBy, filter: &Filter) -> Timeline {
    timeline_at(analysis, by, filter, Scale::Day)
}

/// [`timeline`] with rows cut at `scale` (days, weeks, months or years).
pub fn timeline_at(analysis: &Analysis, by: LaneBy, filter: &Filter, scale: Scale) -> Timeline {
    let words: Vec<String> = filter.text.split_whitespace().map(str::to_lowercase).collect();
    let mut kept: Vec<usize> = (0..analysis.statements.len())
        .filter(|&i| matches(analysis, &analysis.statements[i], filter, &words))
        .collect();
    // One card for one claim by one speaker: the first article's statement stands for the
    // others (lanes by article keep each article's own).
    let mut also: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    if by == LaneBy::Speaker {
        let position: HashMap<&str, usize> =
            analysis.statements.iter().enumerate().map(|(i, s)| (s.id.as_str(), i)).collect();
        let shown: std::collections::HashSet<usize> = kept.iter().copied().collect();
        let mut hidden: std::collections::HashSet<usize> = std::collections::HashSet::new();
        for claim in &analysis.claims {
            let mut members: Vec<usize> = claim
                .members
                .iter()
                .filter_map(|m| m.statement.as_deref().and_then(|id| position.get(id).copied()))
                .filter(|i| shown.contains(i))
                .collect();
            members.sort_unstable();
            members.dedup();
            // Only statements of one speaker are one card.
            let Some((&first, rest)) = members.split_first() else { continue };
            let key = speaker_key(&analysis.statements[first]);
            let same: Vec<usize> =
                rest.iter().copied().filter(|&i| speaker_key(&analysis.statements[i]) == key).collect();
            if !same.is_empty() {
                hidden.extend(same.iter().copied());
                also.entry(first).or_default().extend(same);
            }
        }
        kept.retain(|i| !hidden.contains(i));
    }

    // Lanes, by count.
    let mut counts: BTreeMap<String, (usize, String)> = BTreeMap::new(); // key -> (count, label)
    for &i in &kept {
        let s = &analysis.statements[i];
        let (key, label) = match by {
            LaneBy::Speaker => (speaker_key(s), speaker_label(analysis, s)),
            LaneBy::Article => {
                let a = analysis.articles.iter().find(|a| a.id == s.article);
                (s.article.clone(), a.map_or_else(String::new, |a| a.title.clone().unwrap_or_else(|| a.file.clone())))
            }
        };
        counts.entry(key).or_insert((0, label)).0 += 1;
    }
    let mut lanes: Vec<Lane> = counts.into_iter().map(|(key, (count, label))| Lane { key, label, count }).collect();
    lanes.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.label.cmp(&b.label)).then_with(|| a.key.cmp(&b.key)));
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut others = None;
    if lanes.len() > MAX_LANES {
        let rest: usize = lanes[MAX_LANES - 1..].iter().map(|l| l.count).sum();
        lanes.truncate(MAX_LANES - 1);
        lanes.push(Lane { key: OTHERS.to_string(), label: "Others".to_string(), count: rest });
        others = Some(MAX_LANES - 1);
    }
    for (n, l) in lanes.iter().enumerate() {
        index.insert(l.key.clone(), n);
    }
    let lane_of = |s: &Statement| -> usize {
        let key = match by {
            LaneBy::Speaker => speaker_key(s),
            LaneBy::Article => s.article.clone(),
        };
        index.get(&key).copied().or(others).unwrap_or(0)
    };

    // Rows, by moment.
    let mut moments: Vec<(Option<NaiveDate>, Option<String>, usize)> = kept
        .iter()
        .map(|&i| {
            let s = &analysis.statements[i];
            let value = s.time.as_ref().map(|t| t.value.split('T').next().unwrap_or(&t.value).to_string());
            let start = value.as_deref().and_then(period_start);
            match (value, start) {
                (Some(v), Some(d)) => {
                    let (v, d) = scale.bucket(&v, d);
                    (Some(d), Some(v), i)
                }
                _ => (None, None, i),
            }
        })
        .collect();
    // Dated first, by start then by coarser-first, then text order; undated last.
    moments.sort_by(|a, b| {
        (a.0.is_none(), a.0, a.1.as_ref().map(String::len), a.2).cmp(&(
            b.0.is_none(),
            b.0,
            b.1.as_ref().map(String::len),
            b.2,
        ))
    });
    let mut rows: Vec<Row> = Vec::new();
    for (start, value, i) in moments {
        let lane = lane_of(&analysis.statements[i]);
        match rows.last_mut() {
            Some(r) if r.value == value => r.cells[lane].push(i),
            _ => {
                let gap_days = match (rows.last().and_then(|r| r.start), start) {
                    (Some(prev), Some(now)) => Some((now - prev).num_days()),
                    _ => None,
                };
                let mut cells = vec![Vec::new(); lanes.len()];
                cells[lane].push(i);
                rows.push(Row { value, start, gap_days, cells });
            }
        }
    }
    let shown = kept.len() + also.values().map(Vec::len).sum::<usize>();
    Timeline { lanes, rows, shown, also }
}

/// Whether a statement's time is only the article's date (the text does not say when).
pub fn is_article_date(s: &Statement) -> bool {
    s.time.as_ref().is_some_and(|t| t.source == TimeSource::Article)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::{analyze, ingest};

    fn two_articles() -> Analysis {
        let mut a = ingest(
            "a.txt",
            "On Monday, Ana Ruiz said the border was closed.\n“We will wait,” Ana Ruiz said.".as_bytes(),
        )
        .unwrap();
        a.set_user_date("2026-01-07");
        let mut b = ingest("b.txt", "“Nothing changed,” Ben Cole said in September 2025.".as_bytes()).unwrap();
        b.set_user_date("2026-01-08");
        let c = ingest("c.txt", "“Later,” Ana Ruiz said.".as_bytes()).unwrap();
        analyze(vec![a, b, c])
    }

    #[test]
    fn rows_in_time_order_with_gaps_and_undated_last() {
        let a = two_articles();
        let t = timeline(&a, LaneBy::Speaker, &Filter::default());
        let values: Vec<Option<&str>> = t.rows.iter().map(|r| r.value.as_deref()).collect();
        assert_eq!(values, [Some("2025-09"), Some("2026-01-05"), Some("2026-01-07"), None], "{t:#?}");
        assert_eq!(t.rows[1].gap_days, Some(126));
        assert_eq!(t.rows[2].gap_days, Some(2));
        assert_eq!(t.shown, a.statements.len());
        // Ana Ruiz has the most statements: the first lane.
        assert_eq!(t.lanes[0].label, "Ana Ruiz");
        assert_eq!(t.lanes[0].count, 3);
        let total: usize = t.rows.iter().flat_map(|r| &r.cells).map(Vec::len).sum();
        assert_eq!(total, a.statements.len());
    }

    #[test]
    fn zooming_out_joins_days_into_weeks_months_and_years() {
        let a = two_articles();
        let day = timeline(&a, LaneBy::Speaker, &Filter::default());
        let values = |t: &Timeline| t.rows.iter().map(|r| r.value.clone()).collect::<Vec<_>>();
        // 2026-01-05 (Monday) and 2026-01-07 (Wednesday) share ISO week 2.
        let week = timeline_at(&a, LaneBy::Speaker, &Filter::default(), Scale::Week);
        assert_eq!(values(&week), [Some("2025-09".into()), Some("2026-W02".into()), None], "{:?}", values(&day));
        assert_eq!(week.rows[1].start, NaiveDate::from_ymd_opt(2026, 1, 5));
        let month = timeline_at(&a, LaneBy::Speaker, &Filter::default(), Scale::Month);
        assert_eq!(values(&month), [Some("2025-09".into()), Some("2026-01".into()), None]);
        let year = timeline_at(&a, LaneBy::Speaker, &Filter::default(), Scale::Year);
        assert_eq!(values(&year), [Some("2025".into()), Some("2026".into()), None]);
        // Nothing is lost at any scale.
        for t in [&day, &week, &month, &year] {
            assert_eq!(t.rows.iter().flat_map(|r| &r.cells).map(Vec::len).sum::<usize>(), a.statements.len());
        }
        assert_eq!(Scale::Day.coarser(), Some(Scale::Week));
        assert_eq!(Scale::Day.finer(), None);
    }

    #[test]
    fn lanes_by_article_and_filters() {
        let a = two_articles();
        let t = timeline(&a, LaneBy::Article, &Filter::default());
        assert_eq!(t.lanes.len(), 3);
        let t = timeline(&a, LaneBy::Speaker, &Filter { text: "NOTHING".into(), ..Filter::default() });
        assert_eq!(t.shown, 1);
        assert_eq!(t.lanes[0].label, "Ben Cole");
        let t = timeline(&a, LaneBy::Speaker, &Filter { kinds: vec![StatementKind::Direct], ..Filter::default() });
        assert!(
            t.rows
                .iter()
                .flat_map(|r| r.cells.iter().flatten())
                .all(|&i| a.statements[i].kind == StatementKind::Direct)
        );
        let ben = t.lanes.iter().find(|l| l.label == "Ben Cole").unwrap().key.clone();
        let t = timeline(&a, LaneBy::Speaker, &Filter { speaker: Some(ben), ..Filter::default() });
        assert_eq!(t.shown, 1);
    }

    #[test]
    fn groups_behind_who_have_lanes_of_their_own() {
        let t = "Intro line here.\nThe plan drew support from governors who see him as the most viable choice. It drew fire from union leaders who see him as a threat to their members.";
        let a = analyze(vec![ingest("a.txt", t.as_bytes()).unwrap()]);
        let t = timeline(&a, LaneBy::Speaker, &Filter::default());
        let labels: Vec<&str> = t.lanes.iter().map(|l| l.label.as_str()).collect();
        assert!(labels.contains(&"governors") && labels.contains(&"union leaders"), "{labels:?}");
    }

    #[test]
    fn one_claim_by_one_speaker_is_one_card_with_its_count() {
        let filler = "Heavy rain fell across the southern valleys overnight. Bread prices rose again in city bakeries. The national museum opened a large painting show.";
        let other = "Local fishermen stayed home during rough seas. The old railway bridge reopened after long repairs. Primary schools closed early for winter holidays.";
        let quote = "“The grain corridor will reopen before the harvest and every ship will sail under escort,” Anna Berg said.";
        let a = analyze(vec![
            ingest("a.txt", format!("{filler}\n{quote}").as_bytes()).unwrap(),
            ingest("b.txt", format!("{other}\n{quote}").as_bytes()).unwrap(),
        ]);
        assert_eq!(a.claims.len(), 1, "{:#?}", a.claims);
        let t = timeline(&a, LaneBy::Speaker, &Filter::default());
        let cards: Vec<usize> = t.rows.iter().flat_map(|r| r.cells.iter().flatten().copied()).collect();
        assert_eq!(cards.len(), 1);
        assert_eq!(t.also.get(&cards[0]).map(Vec::len), Some(1));
        assert_eq!(t.shown, 2);
        // Lanes by article keep each article's own card.
        let t = timeline(&a, LaneBy::Article, &Filter::default());
        assert_eq!(t.rows.iter().flat_map(|r| r.cells.iter().flatten()).count(), 2);
        assert!(t.also.is_empty());
    }

    #[test]
    fn filters_naming_nothing_here_are_dropped() {
        let a = two_articles();
        let f = Filter {
            speaker: Some("e99".into()),
            about: Some("e98".into()),
            article: Some("nope".into()),
            ..Filter::default()
        };
        assert_eq!(f.valid_for(&a), Filter::default());
        let ana = a.statements.iter().find(|s| s.content.contains("Later")).unwrap();
        let f = Filter { speaker: Some(speaker_key(ana)), ..Filter::default() };
        assert_eq!(f.valid_for(&a), f);
    }

    #[test]
    fn statements_about_an_entity() {
        let a = analyze(vec![
            ingest(
                "a.txt",
                "“Moscow must pay,” Ana Ruiz said.\n“Russian troops will leave,” Ben Cole said.\n“We wait,” Cara Diaz said.\n“Prussia was a state,” Dan Frost said.".as_bytes(),
            )
            .unwrap(),
        ]);
        let russia = a.entities.iter().find(|e| e.name == "Russia").expect("Russia, from Moscow and Russian");
        let t = timeline(&a, LaneBy::Speaker, &Filter { about: Some(russia.id.clone()), ..Filter::default() });
        let shown: Vec<&str> =
            t.rows.iter().flat_map(|r| r.cells.iter().flatten()).map(|&i| a.statements[i].content.as_str()).collect();
        assert_eq!(shown.len(), 2, "{shown:?}");
        assert!(shown.iter().all(|c| c.contains("Moscow") || c.contains("Russian")));
    }

    #[test]
    fn many_speakers_share_an_others_lane() {
        let names =
            ["Ana Ruiz", "Ben Cole", "Cara Diaz", "Dan Frost", "Eva Grant", "Finn Hale", "Gia Moreau", "Hal Weiss"];
        let text: String = names.iter().map(|n| format!("“We disagree,” {n} said.\n")).collect();
        let a = analyze(vec![ingest("a.txt", text.as_bytes()).unwrap()]);
        let t = timeline(&a, LaneBy::Speaker, &Filter::default());
        assert_eq!(t.lanes.len(), MAX_LANES);
        assert_eq!(t.lanes.last().unwrap().key, OTHERS);
        let total: usize = t.rows.iter().flat_map(|r| &r.cells).map(Vec::len).sum();
        assert_eq!(total, t.shown);
    }
}
