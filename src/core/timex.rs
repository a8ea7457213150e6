//! Time expressions: the dates, times, durations and recurrences an article mentions
//! ("March 1, 2008", "on Wednesday", "last week", "three years", "every week"), found and
//! normalised to TimeML TIMEX3 values (`2008-03-01`, `2008-W09`, `P3Y`, `P1W`, `PAST_REF`)
//! against the article's date, the anchor.
//!
//! The text is cut once into tokens (runs of letters, runs of digits, single punctuation
//! marks), each with its byte span and its class in a small lexicon; hand-written
//! recognisers then try to match at each token, the longest match wins and scanning resumes
//! after it. Every recogniser looks at a bounded number of tokens, so the work is linear in
//! the text. The conventions are TimeML's, as annotated in TempEval-3 and MEANTIME:
//! - a span leaves out the preposition before it ("on [Wednesday]", "since [2014]") and keeps
//!   the words that belong to it ("[the past few days]", "[early 2009]", "[over six years]");
//! - a bare weekday in news is the nearest such day before the article's date (or that day
//!   itself), unless the sentence speaks of the future ("will", "next", "until"); a month,
//!   quarter or day of a month without a year is the nearest one, or the next or last one
//!   when the sentence's tense says so;
//! - a range of durations ("7 to 10 days") is two expressions, "7" (P7D) and "10 days"
//!   (P10D); a range of years ("from 2009 to 2011") is a duration (P2Y) holding two years;
//! - "N units ago" is a date at the unit's granularity ("a year ago" → the anchor's year − 1),
//!   and so are "N units later/earlier", counted from the last date named ("In 2005 … two
//!   years later" → 2007); "N units after/before" stays a duration ("[a day] after the vote");
//! - without an anchor, relative expressions keep X placeholders (`XXXX-09`, `XXXX-WXX-3`) or
//!   get a REF value (`PRESENT_REF`, `PAST_REF`, `FUTURE_REF`).
//!
//! "Today", "yesterday" and weekdays count from the anchor; an expression that only makes
//! sense after another one ("the same day", "at 15:00", "in the morning") takes the last day
//! named before it.

use chrono::{Datelike, Days, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};

/// The TimeML type of a time expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum TimexType {
    /// A calendar date or period: `2008-03-01`, `2008-W09`, `2008-03`, `2008`, `PAST_REF`.
    Date,
    /// A time of day: `2008-03-01T15:00`, `2008-03-01TNI` (night).
    Time,
    /// A length of time: `P3Y`, `PT90M`, `PXD` (some days).
    Duration,
    /// A recurrence: `P1W` for "every week", "weekly".
    Set,
}

impl TimexType {
    /// The type's name in words ("date", "duration"…).
    pub fn as_str(self) -> &'static str {
        match self {
            TimexType::Date => "date",
            TimexType::Time => "time",
            TimexType::Duration => "duration",
            TimexType::Set => "recurrence",
        }
    }
}

/// One time expression found in a text (byte offsets into it, end exclusive).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Timex {
    /// Start byte.
    pub start: usize,
    /// End byte (exclusive).
    pub end: usize,
    /// The expression as written (`&text[start..end]`).
    pub text: String,
    /// Date, time, duration or set.
    pub kind: TimexType,
    /// The TimeML value: `2008-03-01`, `2008-W09`, `P3Y`, `PRESENT_REF`, `XXXX-09`.
    pub value: String,
    /// The value was computed from the anchor or from a date named before (the expression
    /// alone does not fix it: "Tuesday", "last year", "two days later").
    pub anchored: bool,
}

/// Finds the time expressions of `text` and normalises them.
///
/// `anchor`: the article's date as "YYYY-MM-DD" (None when unknown: then relative
/// expressions get values with X placeholders or REF values, e.g. "XXXX-09", "PAST_REF").
/// The result is sorted by start; a range of years is a duration followed by the years it
/// holds, whose spans lie inside it.
///
/// ```
/// use parallax::core::{TimexType, find_timexes};
/// let found = find_timexes("The deal was signed on Tuesday, three years after talks began.", Some("2026-01-07"));
/// assert_eq!(found[0].text, "Tuesday");
/// assert_eq!(found[0].value, "2026-01-06");
/// assert_eq!((found[1].kind, found[1].value.as_str()), (TimexType::Duration, "P3Y"));
/// ```
pub fn find_timexes(text: &str, anchor: Option<&str>) -> Vec<Timex> {
    TimeTokens::new(text).find(anchor)
}

/// A text cut into the tokens time expressions are read from, to read them against one
/// anchor or several (an article without a date is read once to find its date in its
/// text, then again against that date) without tokenizing twice.
pub(crate) struct TimeTokens<'a> {
    text: &'a str,
    t: Vec<Tok>,
}

impl<'a> TimeTokens<'a> {
    pub(crate) fn new(text: &'a str) -> Self {
        TimeTokens { text, t: tokenize(text) }
    }

    /// [`find_timexes`] of the text.
    pub(crate) fn find(&self, anchor: Option<&str>) -> Vec<Timex> {
        let mut scanner = Scanner {
            text: self.text,
            t: &self.t,
            anchor: anchor.and_then(parse_anchor),
            out: Vec::new(),
            last_day: None,
            last_named: None,
        };
        scanner.run();
        scanner.out
    }
}

fn parse_anchor(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    let b = s.as_bytes();
    if b.len() < 10 || b[4] != b'-' || b[7] != b'-' || b.get(10).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let num = |r: std::ops::Range<usize>| s.get(r)?.parse::<u32>().ok();
    let y = num(0..4)?;
    NaiveDate::from_ymd_opt(i32::try_from(y).ok().filter(|y| *y >= 1)?, num(5..7)?, num(8..10)?)
}

// ---------------------------------------------------------------------------------------
// Tokens

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Word,
    Num,
    Punct(char),
}

/// Units of durations and calendar periods.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Fortnight,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
    Weekend,
}

/// Seasons, by their TimeML codes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Season {
    SP,
    SU,
    FA,
    WI,
}

/// Parts of a day, by their TimeML codes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Part {
    MO,
    AF,
    EV,
    NI,
}

impl Season {
    fn code(self) -> &'static str {
        match self {
            Season::SP => "SP",
            Season::SU => "SU",
            Season::FA => "FA",
            Season::WI => "WI",
        }
    }
}

impl Part {
    fn code(self) -> &'static str {
        match self {
            Part::MO => "MO",
            Part::AF => "AF",
            Part::EV => "EV",
            Part::NI => "NI",
        }
    }
}

/// The lexicon class of a word (lower-cased ASCII); `Other` for every word not listed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Lex {
    Other,
    /// Past the last token.
    Eof,
    /// A verb in the past tense ("said", "announced"): a cue that the sentence tells the past.
    PastV,
    /// A cue that the sentence speaks of the future ("will", "should", "scheduled").
    Fut,
    /// A cue of the future when "to" follows ("plans to", "is expected to").
    FutTo,
    /// "due": the future, unless "due to" (because of).
    Due,
    Month(u32),
    Abbr(u32),
    Weekday(u32),
    Weekdays(u32),
    NumW(u32),
    Ord(u32),
    Final,
    Hundred,
    Unit(Unit, bool),
    Season(Season),
    Part(Part),
    Today,
    Yesterday,
    Tomorrow,
    Tonight,
    Now,
    Right,
    Currently,
    Current,
    Present,
    Presently,
    Nowadays,
    Recently,
    Recent,
    Lately,
    Formerly,
    Soon,
    Very,
    As,
    Future,
    Past,
    Near,
    Distant,
    Long,
    Short,
    Term,
    Time,
    Being,
    Moment,
    These,
    Ago,
    Earlier,
    Later,
    Early,
    Late,
    Mid,
    Last,
    Next,
    This,
    The,
    A,
    An,
    Coming,
    Previous,
    Following,
    Same,
    Every,
    Each,
    Per,
    OtherW,
    Daily,
    Weekly,
    Monthly,
    Yearly,
    Annual,
    Quarterly,
    Hourly,
    Several,
    Few,
    Many,
    SomeW,
    Couple,
    Dozen,
    Dozens,
    Half,
    Single,
    Times,
    Twice,
    Once,
    Big,
    And,
    To,
    Or,
    Through,
    Until,
    Till,
    Since,
    From,
    In,
    On,
    At,
    By,
    Of,
    For,
    Within,
    Over,
    Under,
    During,
    Between,
    Before,
    After,
    Throughout,
    Just,
    Almost,
    Nearly,
    About,
    Around,
    Approximately,
    Roughly,
    More,
    Most,
    /// beginning, start, end, middle, rest, remainder.
    Bound,
    /// Verbs that end a day's trading: "ended", "finish", "closing".
    EndV,
    /// Adjectives between a number and its unit: "straight", "consecutive", "trading".
    Adj,
    Old,
    /// Things counted that do not end in "s" ("2000 people"), and units of measure.
    Count,
    Noon,
    Midnight,
    /// A time zone; `true` for UTC and GMT.
    Zone(bool),
    SetW,
    Christmas,
    Eve,
    Halloween,
    Thanksgiving,
    Easter,
    Valentine,
    Labor,
    Memorial,
    Veterans,
    Boxing,
    Good,
    Black,
    New,
    Q,
    /// Abbreviations that take a full stop without ending a sentence ("Mr.", "Inc.").
    Title,
}

#[derive(Clone, Copy, Debug)]
struct Tok {
    start: usize,
    end: usize,
    kind: Kind,
    lex: Lex,
    /// A word starting with an upper-case letter.
    cap: bool,
    /// White space before the token (true for the first one).
    space: bool,
    /// Sentence number (an approximation: line breaks and full stops before a capital).
    sent: u32,
}

/// Cuts `text` into words (letters), numbers (ASCII digits) and single punctuation marks.
fn tokenize(text: &str) -> Vec<Tok> {
    let b = text.as_bytes();
    // About one token in five bytes of news text, one in four at most in the corpora:
    // room for that many, so the vector is rarely copied as it grows.
    let mut toks: Vec<Tok> = Vec::with_capacity(b.len() / 4 + 8);
    // The character at byte `i`, a character boundary (ASCII without decoding).
    let char_at = |i: usize| if b[i] < 0x80 { char::from(b[i]) } else { text[i..].chars().next().unwrap_or(' ') };
    let (mut space, mut newline, mut sent) = (true, false, 0u32);
    // Whether the word being read is all ASCII letters (only those are in the lexicon).
    let mut ascii = false;
    let mut i = 0;
    while i < b.len() {
        let start = i;
        // ASCII white space (most of it) without decoding a character.
        if matches!(b[i], b' ' | b'\t'..=b'\r') {
            space = true;
            newline |= matches!(b[i], b'\n' | b'\r');
            i += 1;
            continue;
        }
        let c = char_at(i);
        i += c.len_utf8();
        if c.is_whitespace() {
            space = true;
            newline |= matches!(c, '\u{2028}' | '\u{2029}');
            continue;
        }
        let kind = if c.is_ascii_digit() {
            i += super::ascii::run(&b[i..], super::ascii::digits, u8::is_ascii_digit);
            Kind::Num
        } else if c.is_ascii_alphabetic()
            || (!c.is_ascii() && !matches!(c, '\u{2000}'..='\u{206F}') && c.is_alphabetic())
        {
            ascii = c.is_ascii();
            while i < b.len() {
                if b[i].is_ascii_alphabetic() {
                    i += 1 + super::ascii::run(&b[i + 1..], super::ascii::letters, u8::is_ascii_alphabetic);
                    continue;
                }
                let d = char_at(i);
                if d.is_ascii() || matches!(d, '\u{2000}'..='\u{206F}') || !d.is_alphabetic() {
                    break;
                }
                ascii = false;
                i += d.len_utf8();
            }
            Kind::Word
        } else {
            Kind::Punct(c)
        };
        let end = i;
        let cap = kind == Kind::Word && if c.is_ascii() { c.is_ascii_uppercase() } else { c.is_uppercase() };
        let lex = if kind == Kind::Word && ascii { lexeme(b, start, end, cap) } else { Lex::Other };
        if !toks.is_empty() {
            let opener = cap || kind == Kind::Num || matches!(kind, Kind::Punct('"' | '“' | '\'' | '‘' | '('));
            if newline || (space && opener && ends_sentence(&toks)) {
                sent += 1;
            }
        }
        toks.push(Tok { start, end, kind, lex, cap, space, sent });
        space = false;
        newline = false;
    }
    toks
}

/// The tokens so far end with a sentence's final mark (not the dot of "Mr." or "p.m.").
fn ends_sentence(toks: &[Tok]) -> bool {
    let n = toks.len();
    let mut k = n - 1;
    if matches!(toks[k].kind, Kind::Punct('"' | '”' | '’' | '\'' | ')')) && k > 0 {
        k -= 1;
    }
    match toks[k].kind {
        Kind::Punct('!' | '?') => true,
        Kind::Punct('.') => {
            k == 0 || {
                let w = &toks[k - 1];
                !(w.kind == Kind::Word && (w.end - w.start == 1 || matches!(w.lex, Lex::Title | Lex::Abbr(_))))
            }
        }
        _ => false,
    }
}

/// The lexicon class of the word `text[start..end]`, all ASCII letters (compared without
/// case), else `Other`.
fn lexeme(text: &[u8], start: usize, end: usize, cap: bool) -> Lex {
    let n = end - start;
    if n > 13 {
        return Lex::Other;
    }
    // `key` in a few instructions: the bytes as a big-endian integer, lower-cased. Read
    // straight from the text when 16 bytes follow (no copy through memory).
    let k = match text[start..].first_chunk::<16>() {
        Some(raw) => (u128::from_be_bytes(*raw) | u128::from_be_bytes([0x20; 16])) & !(u128::MAX >> (8 * n)),
        None => key(&text[start..end]),
    };
    debug_assert_eq!(k, key(&text[start..end]));
    match lookup(k) {
        Some(lex) => lex,
        // "announced", "agreed": a verb in the past (not "indeed", "speed", nor "United").
        None if !cap && n >= 5 && past_form(&text[start..end]) => Lex::PastV,
        None => Lex::Other,
    }
}

/// Ends in "ed" but not "eed" ("agreed" aside), without regard to case.
fn past_form(b: &[u8]) -> bool {
    let n = b.len();
    let low = |i: usize| b[i].to_ascii_lowercase();
    n >= 3 && low(n - 2) == b'e' && low(n - 1) == b'd' && (low(n - 3) != b'e' || b.eq_ignore_ascii_case(b"agreed"))
}

/// Lexicon classes, sorted by word.
mod lexicon {
    use super::Lex::{self, *};
    use super::{Part, Season, Unit};

    /// Words (lower case, at most 13 letters) and their classes, sorted (a test checks it).
    #[rustfmt::skip]
    pub(super) const LEXICON: &[(&str, Lex)] = &[
        ("a", A), ("about", About), ("additional", Adj), ("after", After), ("afternoon", Part(Part::AF)), ("ago", Ago),
        ("aims", FutTo), ("almost", Almost), ("an", An), ("and", And), ("annual", Annual), ("annually", Annual),
        ("approximately", Approximately), ("apr", Abbr(4)), ("april", Month(4)), ("around", Around), ("as", As),
        ("at", At), ("aug", Abbr(8)), ("august", Month(8)), ("autumn", Season(Season::FA)), ("became", PastV),
        ("before", Before), ("began", PastV), ("beginning", Bound), ("begun", PastV), ("being", Being),
        ("between", Between), ("billion", Big), ("black", Black), ("bought", PastV), ("boxing", Boxing), ("broke", PastV),
        ("brought", PastV), ("bst", Zone(false)), ("built", PastV), ("business", Adj), ("by", By), ("calendar", Adj),
        ("came", PastV), ("capt", Title), ("cattle", Count), ("caught", PastV), ("cdt", Zone(false)),
        ("centuries", Unit(Unit::Century, true)), ("century", Unit(Unit::Century, false)), ("cest", Zone(false)),
        ("cet", Zone(false)), ("children", Count), ("chose", PastV), ("christmas", Christmas), ("close", EndV),
        ("closed", EndV), ("closes", EndV), ("closing", EndV), ("co", Title), ("col", Title), ("coming", Coming),
        ("consecutive", Adj), ("corp", Title), ("couple", Couple), ("cst", Zone(false)), ("current", Current),
        ("currently", Currently), ("daily", Daily), ("day", Unit(Unit::Day, false)), ("days", Unit(Unit::Day, true)),
        ("dealt", PastV), ("dec", Abbr(12)), ("decade", Unit(Unit::Decade, false)), ("decades", Unit(Unit::Decade, true)),
        ("december", Month(12)), ("did", PastV), ("distant", Distant), ("dollars", Count), ("dozen", Dozen),
        ("dozens", Dozens), ("dr", Title), ("drove", PastV), ("due", Due), ("during", During), ("each", Each),
        ("earlier", Earlier), ("early", Early), ("easter", Easter), ("edt", Zone(false)), ("eight", NumW(8)),
        ("eighteen", NumW(18)), ("eighty", NumW(80)), ("eleven", NumW(11)), ("end", Bound), ("ended", EndV),
        ("ending", EndV), ("ends", EndV), ("est", Zone(false)), ("et", Zone(false)), ("euros", Count), ("eve", Eve),
        ("evening", Part(Part::EV)), ("every", Every), ("expect", FutTo), ("expected", FutTo), ("expects", FutTo),
        ("extra", Adj), ("fall", Season(Season::FA)), ("fans", Count), ("feb", Abbr(2)), ("february", Month(2)),
        ("feet", Count), ("fell", PastV), ("felt", PastV), ("few", Few), ("fifteen", NumW(15)), ("fifty", NumW(50)),
        ("final", Final), ("finish", EndV), ("finished", EndV), ("finishes", EndV), ("finishing", EndV),
        ("first", Ord(1)), ("five", NumW(5)), ("flew", PastV), ("following", Following), ("foot", Count), ("for", For),
        ("formerly", Formerly), ("fortnight", Unit(Unit::Fortnight, false)), ("fortnights", Unit(Unit::Fortnight, true)),
        ("forty", NumW(40)), ("fought", PastV), ("found", PastV), ("four", NumW(4)), ("fourteen", NumW(14)),
        ("fourth", Ord(4)), ("friday", Weekday(5)), ("fridays", Weekdays(5)), ("from", From), ("full", Adj),
        ("further", Adj), ("future", Future), ("gave", PastV), ("gen", Title), ("gmt", Zone(true)), ("going", FutTo),
        ("good", Good), ("got", PastV), ("gov", Title), ("grew", PastV), ("had", PastV), ("half", Half),
        ("halloween", Halloween), ("held", PastV), ("hopes", FutTo), ("hour", Unit(Unit::Hour, false)),
        ("hourly", Hourly), ("hours", Unit(Unit::Hour, true)), ("hundred", Hundred), ("hundreds", Dozens), ("in", In),
        ("inc", Title), ("intend", FutTo), ("intends", FutTo), ("jan", Abbr(1)), ("january", Month(1)), ("jr", Title),
        ("jul", Abbr(7)), ("july", Month(7)), ("jun", Abbr(6)), ("june", Month(6)), ("just", Just), ("kept", PastV),
        ("kg", Count), ("kilometers", Count), ("kilometres", Count), ("km", Count), ("knew", PastV), ("labor", Labor),
        ("labour", Labor), ("last", Last), ("late", Late), ("lately", Lately), ("later", Later), ("led", PastV),
        ("left", PastV), ("ll", Fut), ("long", Long), ("lost", PastV), ("lt", Title), ("ltd", Title), ("made", PastV),
        ("many", Many), ("mar", Abbr(3)), ("march", Month(3)), ("may", Month(5)), ("meant", PastV),
        ("memorial", Memorial), ("men", Count), ("met", PastV), ("mid", Mid), ("middle", Bound), ("midnight", Midnight),
        ("might", Fut), ("miles", Count), ("million", Big), ("minute", Unit(Unit::Minute, false)),
        ("minutes", Unit(Unit::Minute, true)), ("moment", Moment), ("monday", Weekday(1)), ("mondays", Weekdays(1)),
        ("month", Unit(Unit::Month, false)), ("monthly", Monthly), ("months", Unit(Unit::Month, true)), ("more", More),
        ("morning", Part(Part::MO)), ("most", Most), ("mph", Count), ("mr", Title), ("mrs", Title), ("ms", Title),
        ("mt", Title), ("near", Near), ("nearly", Nearly), ("new", New), ("next", Next), ("night", Part(Part::NI)),
        ("nine", NumW(9)), ("nineteen", NumW(19)), ("ninety", NumW(90)), ("no", Title), ("noon", Noon), ("nov", Abbr(11)),
        ("november", Month(11)), ("now", Now), ("nowadays", Nowadays), ("oct", Abbr(10)), ("october", Month(10)),
        ("of", Of), ("old", Old), ("on", On), ("once", Once), ("one", NumW(1)), ("or", Or), ("other", OtherW),
        ("over", Over), ("paid", PastV), ("past", Past), ("pdt", Zone(false)), ("people", Count), ("per", Per),
        ("percent", Big), ("personnel", Count), ("plan", FutTo), ("planned", FutTo), ("planning", FutTo),
        ("plans", FutTo), ("police", Count), ("present", Present), ("presently", Presently), ("previous", Previous),
        ("prof", Title), ("pst", Zone(false)), ("q", Q), ("quarter", Unit(Unit::Quarter, false)),
        ("quarterly", Quarterly), ("quarters", Unit(Unit::Quarter, true)), ("ran", PastV), ("recent", Recent),
        ("recently", Recently), ("remainder", Bound), ("rep", Title), ("residents", Count), ("rest", Bound),
        ("rev", Title), ("right", Right), ("rose", PastV), ("roughly", Roughly), ("said", PastV), ("same", Same),
        ("sank", PastV), ("saturday", Weekday(6)), ("saturdays", Weekdays(6)), ("saw", PastV), ("scheduled", Fut),
        ("second", Ord(2)), ("seconds", Unit(Unit::Second, true)), ("sen", Title), ("sent", PastV), ("sep", Abbr(9)),
        ("sept", Abbr(9)), ("september", Month(9)), ("set", SetW), ("seven", NumW(7)), ("seventeen", NumW(17)),
        ("seventy", NumW(70)), ("several", Several), ("sgt", Title), ("shall", Fut), ("sheep", Count), ("short", Short),
        ("should", Fut), ("since", Since), ("single", Single), ("six", NumW(6)), ("sixteen", NumW(16)),
        ("sixty", NumW(60)), ("sold", PastV), ("some", SomeW), ("soon", Soon), ("sought", PastV), ("spent", PastV),
        ("spoke", PastV), ("spring", Season(Season::SP)), ("sr", Title), ("st", Title), ("staff", Count),
        ("start", Bound), ("stood", PastV), ("straight", Adj), ("struck", PastV), ("successive", Adj),
        ("summer", Season(Season::SU)), ("sunday", Weekday(7)), ("sundays", Weekdays(7)), ("ten", NumW(10)),
        ("term", Term), ("thanksgiving", Thanksgiving), ("the", The), ("these", These), ("third", Ord(3)),
        ("thirteen", NumW(13)), ("thirty", NumW(30)), ("this", This), ("thought", PastV), ("thousand", Big),
        ("thousands", Dozens), ("three", NumW(3)), ("threw", PastV), ("through", Through), ("throughout", Throughout),
        ("thursday", Weekday(4)), ("thursdays", Weekdays(4)), ("till", Till), ("time", Time), ("times", Times),
        ("to", To), ("today", Today), ("told", PastV), ("tomorrow", Tomorrow), ("tonight", Tonight), ("took", PastV),
        ("trading", Adj), ("trillion", Big), ("tuesday", Weekday(2)), ("tuesdays", Weekdays(2)), ("twelve", NumW(12)),
        ("twenty", NumW(20)), ("twice", Twice), ("two", NumW(2)), ("under", Under), ("until", Until), ("upcoming", Fut),
        ("utc", Zone(true)), ("valentine", Valentine), ("very", Very), ("veterans", Veterans), ("vs", Title),
        ("was", PastV), ("wednesday", Weekday(3)), ("wednesdays", Weekdays(3)), ("week", Unit(Unit::Week, false)),
        ("weekend", Unit(Unit::Weekend, false)), ("weekends", Unit(Unit::Weekend, true)), ("weekly", Weekly),
        ("weeks", Unit(Unit::Week, true)), ("went", PastV), ("were", PastV), ("whole", Adj), ("will", Fut),
        ("winter", Season(Season::WI)), ("within", Within), ("women", Count), ("won", PastV), ("working", Adj),
        ("would", Fut), ("wrote", PastV), ("year", Unit(Unit::Year, false)), ("yearly", Yearly),
        ("years", Unit(Unit::Year, true)), ("yen", Count), ("yesterday", Yesterday),
    ];

    /// The words packed into integers (see [`key`]), in the same order, for a fast search.
    pub(super) const KEYS: [u128; LEXICON.len()] = {
        let mut keys = [0u128; LEXICON.len()];
        let mut i = 0;
        while i < LEXICON.len() {
            keys[i] = key(LEXICON[i].0.as_bytes());
            i += 1;
        }
        keys
    };

    /// The index of a key in [`KEYS`], by open addressing: slot `hash(key)` and the ones after
    /// it hold 1 + the index of the keys stored there, 0 for an empty slot. Eight slots a key:
    /// most words are not in the lexicon, and most of them find an empty slot at once.
    const SLOTS: usize = 4096;
    const TABLE: [u16; SLOTS] = {
        assert!(LEXICON.len() * 8 <= SLOTS);
        let mut table = [0u16; SLOTS];
        let mut i = 0;
        while i < LEXICON.len() {
            let mut h = hash(KEYS[i]);
            while table[h] != 0 {
                h = (h + 1) % SLOTS;
            }
            table[h] = i as u16 + 1;
            i += 1;
        }
        table
    };

    const fn hash(k: u128) -> usize {
        let x = (k as u64) ^ ((k >> 64) as u64).rotate_left(29);
        (x.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 52) as usize % SLOTS
    }

    /// The lexicon class of a word given as its key.
    pub(super) fn lookup(k: u128) -> Option<Lex> {
        let mut h = hash(k);
        loop {
            let slot = TABLE[h] as usize;
            if slot == 0 {
                return None;
            }
            if KEYS[slot - 1] == k {
                return Some(LEXICON[slot - 1].1);
            }
            h = (h + 1) % SLOTS;
        }
    }

    /// A word of 1 to 16 ASCII letters as an integer, lower-cased (`| 0x20`), first byte
    /// highest, so that integers sort as the words do.
    pub(super) const fn key(word: &[u8]) -> u128 {
        let mut k = 0u128;
        let mut i = 0;
        while i < word.len() {
            k = (k << 8) | (word[i] | 0x20) as u128;
            i += 1;
        }
        k << (8 * (16 - word.len()))
    }
}
use Lex as L;
use lexicon::{key, lookup};

// ---------------------------------------------------------------------------------------
// Values

fn ymd(d: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

fn iso_week(d: NaiveDate) -> String {
    let w = d.iso_week();
    format!("{:04}-W{:02}", w.year(), w.week())
}

fn shift(d: NaiveDate, days: i64) -> Option<NaiveDate> {
    if days >= 0 {
        d.checked_add_days(Days::new(days.unsigned_abs()))
    } else {
        d.checked_sub_days(Days::new(days.unsigned_abs()))
    }
}

/// (year, month) moved by `by` months.
fn shift_month(y: i32, m: u32, by: i64) -> (i64, u32) {
    let k = i64::from(y) * 12 + i64::from(m) - 1 + by;
    (k.div_euclid(12), k.rem_euclid(12) as u32 + 1)
}

/// A number as TimeML writes it: `3`, `2.5`.
fn amount(x: f64) -> String {
    if x.fract() == 0.0 && x.abs() < 1e15 {
        format!("{}", x as i64)
    } else {
        let s = format!("{x:.2}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

/// The TimeML duration of `n` units (`None`: an unknown number, "X").
fn duration_value(n: Option<f64>, unit: Unit) -> String {
    let x = |mul: f64| n.map_or_else(|| "X".to_string(), |n| amount(n * mul));
    match unit {
        Unit::Second => format!("PT{}S", x(1.0)),
        Unit::Minute => format!("PT{}M", x(1.0)),
        Unit::Hour if n.is_some_and(|n| n.fract() != 0.0) => format!("PT{}M", x(60.0)),
        Unit::Hour => format!("PT{}H", x(1.0)),
        Unit::Day => format!("P{}D", x(1.0)),
        Unit::Week => format!("P{}W", x(1.0)),
        Unit::Fortnight => format!("P{}W", x(2.0)),
        Unit::Month => format!("P{}M", x(1.0)),
        Unit::Quarter => format!("P{}Q", x(1.0)),
        Unit::Year => format!("P{}Y", x(1.0)),
        Unit::Decade if n.is_none() => "PXDE".to_string(),
        Unit::Decade => format!("P{}Y", x(10.0)),
        Unit::Century if n.is_none() => "PXCE".to_string(),
        Unit::Century => format!("P{}Y", x(100.0)),
        Unit::Weekend => format!("P{}WE", x(1.0)),
    }
}

fn year_value(y: i64) -> String {
    if (0..=9999).contains(&y) { format!("{y:04}") } else { "XXXX".to_string() }
}

/// Easter Sunday (the Gregorian computus).
fn easter(y: i32) -> Option<NaiveDate> {
    let (a, b, c) = (y % 19, y / 100, y % 100);
    let (d, e) = (b / 4, b % 4);
    let g = (8 * b + 13) / 25;
    let h = (19 * a + b - d - g + 15) % 30;
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 19 * l) / 433;
    let month = (h + l - 7 * m + 90) / 25;
    let day = (h + l - 7 * m + 33 * month + 19) % 32;
    NaiveDate::from_ymd_opt(y, u32::try_from(month).ok()?, u32::try_from(day).ok()?)
}

/// A recogniser: the expression it finds at a token, if any.
type Recogniser<'a> = for<'s> fn(&'s Scanner<'a>, usize) -> Option<Hit>;

/// A found expression, in token indices `s..e`.
struct Hit {
    s: usize,
    e: usize,
    kind: TimexType,
    value: String,
    anchored: bool,
    /// The day it names, when it names one (for "the same day", times and parts of days).
    day: Option<NaiveDate>,
    /// Expressions inside it (the years of "from 2009 to 2011"), or right after it (the
    /// "09" of "2008-09").
    inner: Vec<Hit>,
}

impl Hit {
    fn new(s: usize, e: usize, kind: TimexType, value: impl Into<String>) -> Hit {
        Hit { s, e, kind, value: value.into(), anchored: false, day: None, inner: Vec::new() }
    }
    fn date(s: usize, e: usize, value: impl Into<String>) -> Hit {
        Hit::new(s, e, TimexType::Date, value)
    }
    fn anchored(mut self, anchored: bool) -> Hit {
        self.anchored = anchored;
        self
    }
    fn day(mut self, day: Option<NaiveDate>) -> Hit {
        self.day = day;
        self
    }
}

/// A date as precisely as the text named it (for "two days later", "the following year").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Named {
    year: i32,
    month: Option<u32>,
    day: Option<NaiveDate>,
}

impl Named {
    fn of(d: NaiveDate) -> Named {
        Named { year: d.year(), month: Some(d.month()), day: Some(d) }
    }

    /// A concrete TimeML value: `2008`, `2008-03`, `2008-03-01` (a time's date counts).
    fn parse(value: &str) -> Option<Named> {
        let b = value.as_bytes();
        let digits = |r: std::ops::Range<usize>| b.get(r.clone()).is_some_and(|s| s.iter().all(u8::is_ascii_digit));
        if !digits(0..4) || b.get(4).is_some_and(|c| *c != b'-') {
            return None;
        }
        let year = value[..4].parse().ok()?;
        if b.len() == 4 {
            return Some(Named { year, month: None, day: None });
        }
        if !digits(5..7) || b.get(7).is_some_and(|c| *c != b'-') {
            return None;
        }
        let month = value[5..7].parse().ok()?;
        if b.len() == 7 {
            return Some(Named { year, month: Some(month), day: None });
        }
        if !digits(8..10) || b.get(10).is_some_and(|c| *c != b'T') {
            return None;
        }
        let day = NaiveDate::from_ymd_opt(year, month, value[8..10].parse().ok()?)?;
        Some(Named::of(day))
    }
}

/// Which way a sentence points in time: `Some(true)` future, `Some(false)` past.
type Tense = Option<bool>;

struct Scanner<'a> {
    text: &'a str,
    t: &'a [Tok],
    anchor: Option<NaiveDate>,
    out: Vec<Timex>,
    /// The last day named.
    last_day: Option<NaiveDate>,
    /// The last date named, at its precision.
    last_named: Option<Named>,
}

const CURRENCY: [char; 5] = ['$', '€', '£', '¥', '#'];

impl<'a> Scanner<'a> {
    // -- token access ------------------------------------------------------------------

    fn lx(&self, i: usize) -> Lex {
        self.t.get(i).map_or(L::Eof, |t| t.lex)
    }
    fn prev(&self, i: usize) -> Lex {
        if i == 0 { L::Eof } else { self.lx(i - 1) }
    }
    fn pc(&self, i: usize) -> Option<char> {
        match self.t.get(i)?.kind {
            Kind::Punct(c) => Some(c),
            _ => None,
        }
    }
    fn is_p(&self, i: usize, c: char) -> bool {
        self.pc(i) == Some(c)
    }
    fn is_dash(&self, i: usize) -> bool {
        matches!(self.pc(i), Some('-' | '–' | '—'))
    }
    /// Token `i` exists and touches the one before it (no white space between).
    fn tight(&self, i: usize) -> bool {
        self.t.get(i).is_some_and(|t| !t.space)
    }
    fn is_word(&self, i: usize) -> bool {
        self.t.get(i).is_some_and(|t| t.kind == Kind::Word)
    }
    fn cap(&self, i: usize) -> bool {
        self.t.get(i).is_some_and(|t| t.cap)
    }
    /// The number of digits of token `i` (0 when it is not a number).
    fn nd(&self, i: usize) -> usize {
        match self.t.get(i) {
            Some(t) if t.kind == Kind::Num => t.end - t.start,
            _ => 0,
        }
    }
    fn num(&self, i: usize) -> Option<u32> {
        if !(1..=9).contains(&self.nd(i)) {
            return None;
        }
        self.raw(i).parse().ok()
    }
    fn raw(&self, i: usize) -> &'a str {
        self.t.get(i).map_or("", |t| &self.text[t.start..t.end])
    }
    fn word_is(&self, i: usize, w: &str) -> bool {
        self.is_word(i) && self.raw(i).eq_ignore_ascii_case(w)
    }
    fn same(&self, a: usize, b: usize) -> bool {
        a < self.t.len() && b < self.t.len() && self.t[a].sent == self.t[b].sent
    }
    fn sentence_start(&self, i: usize) -> bool {
        i == 0 || !self.same(i - 1, i)
    }
    /// A capitalised word that is not in the lexicon, inside a sentence (part of a name).
    fn name_word(&self, i: usize) -> bool {
        self.is_word(i) && self.cap(i) && matches!(self.lx(i), L::Other | L::New) && !self.sentence_start(i)
    }

    // -- the scan ----------------------------------------------------------------------

    fn run(&mut self) {
        let mut i = 0;
        while i < self.t.len() {
            if self.starter(i)
                && let Some(h) = self.best(i)
            {
                i = h.inner.iter().map(|x| x.e).fold(h.e, usize::max).max(i + 1);
                self.emit(h);
                continue;
            }
            i += 1;
        }
    }

    /// Token `i` can begin an expression (a cheap filter before the recognisers).
    fn starter(&self, i: usize) -> bool {
        let t = &self.t[i];
        match t.kind {
            Kind::Num => true,
            Kind::Punct(c) => matches!(c, '\'' | '’'),
            // "the" begins an expression only before a word of the lexicon or a number
            // ("the past week", "the 1990s"), not before any other word ("the president").
            // So do "a" and "an" ("a week", "a few days", "an hour"; not "a plan").
            Kind::Word if matches!(t.lex, L::The | L::A | L::An) => {
                !(self.is_word(i + 1) && self.lx(i + 1) == L::Other)
            }
            Kind::Word => !matches!(
                t.lex,
                L::Other
                    | L::PastV
                    | L::Fut
                    | L::And
                    | L::To
                    | L::Or
                    | L::Through
                    | L::Until
                    | L::Till
                    | L::Since
                    | L::In
                    | L::On
                    | L::At
                    | L::By
                    | L::Of
                    | L::For
                    | L::Within
                    | L::During
                    | L::Before
                    | L::After
                    | L::Throughout
                    | L::Title
                    | L::Times
                    | L::Big
                    | L::Adj
                    | L::Term
                    | L::Being
                    | L::Moment
                    | L::Old
                    | L::Count
                    | L::Eve
                    | L::Bound
                    | L::EndV
                    | L::SetW
                    | L::As
                    | L::Most
                    | L::Just
            ),
        }
    }

    /// The longest expression starting at token `i` (the earlier recogniser wins a tie).
    /// Only the recognisers that can start with token `i` run.
    fn best(&self, i: usize) -> Option<Hit> {
        let t = &self.t[i];
        let mut best: Option<Hit> = None;
        let mut take = |found: &[Recogniser<'a>]| {
            for f in found {
                if let Some(h) = f(self, i)
                    && h.e > h.s
                    && self.same(h.s, h.e - 1)
                    && best.as_ref().is_none_or(|b| h.e > b.e)
                {
                    best = Some(h);
                }
            }
        };
        match (t.kind, t.lex) {
            (Kind::Num, _) => take(&[Self::time, Self::numeric_date, Self::day_month, Self::duration, Self::year]),
            (Kind::Punct(_), _) => take(&[Self::year]),
            (_, L::Month(_) | L::Abbr(_)) => take(&[Self::month_date]),
            (_, L::Weekday(_)) => take(&[Self::weekday]),
            (_, L::Noon | L::Midnight) => take(&[Self::time]),
            (_, L::The) => take(&[
                Self::month_date,
                Self::day_month,
                Self::relative,
                Self::quarter,
                Self::season,
                Self::duration,
                Self::year,
                Self::reference,
                Self::part_of_day,
            ]),
            (_, L::A | L::An | L::Per) => take(&[Self::set, Self::duration]),
            (_, L::Last | L::Next | L::This | L::Current | L::Past | L::Coming) => {
                take(&[Self::month_date, Self::weekday, Self::relative, Self::season, Self::duration, Self::reference])
            }
            (_, L::Early | L::Late | L::Mid) => {
                take(&[Self::month_date, Self::weekday, Self::relative, Self::season, Self::year, Self::part_of_day])
            }
            (_, L::Earlier | L::Later | L::Today | L::Yesterday | L::Tomorrow | L::Tonight) => take(&[Self::relative]),
            (_, L::Ord(_) | L::Final | L::Q) => take(&[Self::quarter]),
            (_, L::Season(_)) => take(&[Self::season]),
            (_, L::Part(_)) => take(&[Self::part_of_day]),
            (
                _,
                L::Christmas
                | L::Halloween
                | L::Thanksgiving
                | L::Easter
                | L::Valentine
                | L::New
                | L::Labor
                | L::Memorial
                | L::Veterans
                | L::Boxing
                | L::Good
                | L::Black,
            ) => take(&[Self::holiday]),
            (_, L::From | L::Between) => take(&[Self::year]),
            (
                _,
                L::Every
                | L::Each
                | L::Weekdays(_)
                | L::Daily
                | L::Weekly
                | L::Monthly
                | L::Yearly
                | L::Annual
                | L::Quarterly
                | L::Hourly,
            ) => take(&[Self::set]),
            (
                _,
                L::Now
                | L::Right
                | L::Currently
                | L::Presently
                | L::Nowadays
                | L::Present
                | L::Recently
                | L::Lately
                | L::Formerly
                | L::More
                | L::Soon
                | L::Very
                | L::These,
            ) => take(&[Self::reference]),
            (_, L::Recent) => take(&[Self::duration, Self::reference]),
            _ => take(&[Self::duration]),
        }
        best
    }

    /// All recognisers at token `i`, for checking that [`Scanner::best`] skips none that
    /// could match.
    #[cfg(test)]
    fn best_of_all(&self, i: usize) -> Option<Hit> {
        let found = [
            self.time(i),
            self.numeric_date(i),
            self.month_date(i),
            self.day_month(i),
            self.weekday(i),
            self.relative(i),
            self.quarter(i),
            self.season(i),
            self.holiday(i),
            self.set(i),
            self.duration(i),
            self.year(i),
            self.reference(i),
            self.part_of_day(i),
        ];
        let mut best: Option<Hit> = None;
        for h in found.into_iter().flatten() {
            if h.e > h.s && self.same(h.s, h.e - 1) && best.as_ref().is_none_or(|b| h.e > b.e) {
                best = Some(h);
            }
        }
        best
    }

    fn emit(&mut self, mut h: Hit) {
        if h.day.is_some() {
            self.last_day = h.day;
        }
        if matches!(h.kind, TimexType::Date | TimexType::Time)
            && let Some(n) = Named::parse(&h.value)
        {
            self.last_named = Some(n);
        }
        let inner = std::mem::take(&mut h.inner);
        let (start, end) = (self.t[h.s].start, self.t[h.e - 1].end);
        self.out.push(Timex {
            start,
            end,
            text: self.text[start..end].to_string(),
            kind: h.kind,
            value: h.value,
            anchored: h.anchored,
        });
        for x in inner {
            self.emit(x);
        }
    }

    // -- context -----------------------------------------------------------------------

    /// Whether the sentence around tokens `s..e` speaks of the future or the past: the first
    /// cue before the expression decides ("will", "until", "said", "announced"), or, for an
    /// expression opening its sentence, the first cue after it.
    fn tense(&self, s: usize, e: usize) -> Tense {
        let (mut k, mut seen) = (s, 0);
        let at_start = loop {
            if k == 0 || !self.same(k - 1, s) {
                break true;
            }
            if seen >= 14 {
                break false;
            }
            k -= 1;
            if let Some(t) = self.cue(k) {
                return Some(t);
            }
            seen += 1;
        };
        if at_start && seen <= 3 {
            for k in e..(e + 10).min(self.t.len()) {
                if !self.same(k, s) {
                    break;
                }
                if let Some(t) = self.cue(k) {
                    return Some(t);
                }
            }
        }
        None
    }

    fn cue(&self, k: usize) -> Tense {
        match self.lx(k) {
            L::Fut | L::Until | L::Till | L::Next | L::Tomorrow => Some(true),
            L::FutTo | L::SetW => (self.lx(k + 1) == L::To).then_some(true),
            L::Due => (self.lx(k + 1) != L::To).then_some(true),
            L::Month(5) if !self.cap(k) => Some(true), // the modal "may"
            L::PastV | L::EndV if self.lx(k) == L::PastV || self.raw(k).ends_with("ed") => {
                // A passive participle tells nothing by itself: "to be held", "should be
                // completed" point ahead, "is being held" is no cue.
                if k > 0 && self.word_is(k - 1, "be") {
                    let modal = k > 1
                        && (matches!(self.lx(k - 2), L::To | L::Fut | L::Month(5))
                            || ["could", "must", "can", "cannot"].iter().any(|w| self.word_is(k - 2, w)));
                    return modal.then_some(true);
                }
                if k > 0 && self.word_is(k - 1, "being") {
                    return None;
                }
                Some(false)
            }
            L::Ago | L::Since | L::Last | L::Yesterday | L::Formerly | L::Recently => Some(false),
            _ => None,
        }
    }

    /// The day an expression without one refers to: the last day named, else the anchor.
    fn ref_day(&self) -> Option<NaiveDate> {
        self.last_day.or(self.anchor)
    }

    /// The year of period `p` named without one (`per` months a period: 1 for months, 3 for
    /// quarters, 6 for halves; `p` counts from 1), by the tense, else the nearest.
    fn year_for_period(&self, p: u32, per: u32, tense: Tense) -> Option<i32> {
        let a = self.anchor?;
        let (y, now) = (a.year(), (a.month() - 1) / per + 1);
        Some(match tense {
            Some(true) => {
                if p >= now {
                    y
                } else {
                    y + 1
                }
            }
            Some(false) => {
                if p <= now {
                    y
                } else {
                    y - 1
                }
            }
            None => {
                let periods = 12 / per as i32;
                let d = p as i32 - now as i32;
                if d > periods / 2 {
                    y - 1
                } else if d < -(periods / 2) {
                    y + 1
                } else {
                    y
                }
            }
        })
    }

    /// The date of a day of a month named without a year: the nearest one, or the next or
    /// last one when the tense says so.
    fn date_for_day(&self, date: impl Fn(i32) -> Option<NaiveDate>, tense: Tense) -> Option<NaiveDate> {
        let a = self.anchor?;
        let cands = (a.year() - 1..=a.year() + 1).filter_map(date);
        match tense {
            Some(true) => cands.filter(|c| *c >= a).min(),
            Some(false) => cands.filter(|c| *c <= a).max(),
            None => cands.min_by_key(|c| (*c - a).num_days().abs()),
        }
    }

    /// A two-digit year: the latest century that does not put it more than ten years after
    /// the anchor (without one, after 2025: "'82" is 1982, "'07" 2007).
    fn full_year(&self, yy: u32) -> i32 {
        let limit = self.anchor.map_or(2035, |a| a.year() + 10);
        let y = limit - limit.rem_euclid(100) + yy as i32;
        if y > limit { y - 100 } else { y }
    }

    // -- pieces ------------------------------------------------------------------------

    /// "early", "late", "mid", "mid-", "the beginning of", "the end of": the token after.
    fn prefix(&self, i: usize) -> Option<usize> {
        match self.lx(i) {
            L::Early | L::Late | L::Mid => {
                Some(if self.is_dash(i + 1) && self.tight(i + 1) && self.tight(i + 2) { i + 2 } else { i + 1 })
            }
            L::The if self.lx(i + 1) == L::Bound && self.lx(i + 2) == L::Of => Some(i + 3),
            _ => None,
        }
    }

    /// A number of units: digits ("90", "1,000", "2.5"), words ("three", "twenty-five"),
    /// "a"/"an", "a couple of", "a dozen", "half a", "N and a half"; `None` inside for an
    /// unknown number ("several", "a few", "many"). Returns the token after it.
    fn quantity(&self, i: usize) -> Option<(Option<f64>, usize)> {
        let (n, j) = match self.lx(i) {
            _ if self.nd(i) > 0 => {
                if i > 0
                    && self.tight(i)
                    && (self.is_word(i - 1)
                        || self.nd(i - 1) > 0
                        || self.pc(i - 1).is_some_and(|c| CURRENCY.contains(&c) || c == '.' || c == ','))
                {
                    return None;
                }
                if self.nd(i) > 9 {
                    return None;
                }
                let mut v = f64::from(self.num(i)?);
                let mut j = i + 1;
                while self.is_p(j, ',') && self.tight(j) && self.nd(j + 1) == 3 && self.tight(j + 1) && v < 1e9 {
                    v = v * 1000.0 + f64::from(self.num(j + 1)?);
                    j += 2;
                }
                if self.is_p(j, '.') && self.tight(j) && (1..=3).contains(&self.nd(j + 1)) && self.tight(j + 1) {
                    let frac = self.raw(j + 1);
                    v += f64::from(self.num(j + 1)?) / 10f64.powi(frac.len() as i32);
                    j += 2;
                }
                if self.tight(j) && (self.is_p(j, '%') || self.nd(j) > 0) {
                    return None;
                }
                (Some(v), j)
            }
            L::NumW(n) => {
                let mut v = n;
                let mut j = i + 1;
                if n >= 20 && n % 10 == 0 {
                    let k = if self.is_dash(j) && self.tight(j) { j + 1 } else { j };
                    if let L::NumW(u) = self.lx(k)
                        && u < 10
                    {
                        v += u;
                        j = k + 1;
                    }
                }
                if self.lx(j) == L::Hundred {
                    v *= 100;
                    j += 1;
                }
                (Some(f64::from(v)), j)
            }
            L::A | L::An => match self.lx(i + 1) {
                L::Few => (None, i + 2),
                L::Couple => (Some(2.0), if self.lx(i + 2) == L::Of { i + 3 } else { i + 2 }),
                L::Dozen => (Some(12.0), i + 2),
                L::Half => (Some(0.5), i + 2),
                L::Hundred => (Some(100.0), i + 2),
                L::NumW(_) => return None,
                _ if self.nd(i + 1) > 0 => {
                    let (n, j) = self.quantity(i + 1)?;
                    (n, j)
                }
                _ => (Some(1.0), i + 1),
            },
            L::Several | L::Few | L::Many => (None, i + 1),
            L::SomeW if matches!(self.lx(i + 1), L::Unit(_, true)) => (None, i + 1),
            L::Couple => (Some(2.0), if self.lx(i + 1) == L::Of { i + 2 } else { i + 1 }),
            L::Dozen => (Some(12.0), i + 1),
            L::Dozens => (None, if self.lx(i + 1) == L::Of { i + 2 } else { i + 1 }),
            L::Half if matches!(self.lx(i + 1), L::A | L::An) => (Some(0.5), i + 2),
            L::Single if self.is_dash(i + 1) && self.tight(i + 1) => (Some(1.0), i + 1),
            _ => return None,
        };
        // "two and a half"
        if let (Some(v), true) = (n, self.lx(j) == L::And && self.lx(j + 1) == L::A && self.lx(j + 2) == L::Half) {
            return Some((Some(v + 0.5), j + 3));
        }
        Some((n, j))
    }

    /// "and a half" or "-and-a-half" after a unit: the token after it.
    fn and_a_half(&self, j: usize) -> Option<usize> {
        let mut k = j;
        let step = |k: usize| if self.is_dash(k) && self.tight(k) { k + 1 } else { k };
        k = step(k);
        if self.lx(k) != L::And {
            return None;
        }
        k = step(k + 1);
        if self.lx(k) != L::A {
            return None;
        }
        k = step(k + 1);
        (self.lx(k) == L::Half).then_some(k + 1)
    }

    /// A day of the month, 1 to 31, with an optional "st"/"nd"/"rd"/"th": (day, token after).
    fn day_num(&self, k: usize) -> Option<(u32, usize)> {
        if !(1..=2).contains(&self.nd(k)) {
            return None;
        }
        let d = self.num(k)?;
        if !(1..=31).contains(&d) || (k > 0 && self.tight(k) && (self.is_word(k - 1) || self.nd(k - 1) > 0)) {
            return None;
        }
        let mut e = k + 1;
        if self.tight(e) && ["st", "nd", "rd", "th"].iter().any(|s| self.word_is(e, s)) {
            e += 1;
        }
        let glued = self.tight(e)
            && (self.is_word(e)
                || self.nd(e) > 0
                || matches!(self.pc(e), Some('%' | ':' | '/'))
                || (matches!(self.pc(e), Some('.' | ',')) && self.nd(e + 1) > 0 && self.tight(e + 1)));
        if glued {
            return None;
        }
        Some((d, e))
    }

    /// A four-digit year at token `j` that reads as a year here. `ctx`: the words around
    /// already make it a date ("March 2008", "since 1997").
    fn year_tok(&self, j: usize, ctx: bool) -> Option<(i32, usize)> {
        if self.nd(j) != 4 {
            return None;
        }
        let y: i32 = self.raw(j).parse().ok()?;
        if j > 0 {
            let before = self.pc(j - 1);
            if before.is_some_and(|c| CURRENCY.contains(&c))
                || (self.tight(j)
                    && (self.is_word(j - 1)
                        || self.nd(j - 1) > 0
                        || matches!(before, Some('.' | ',' | '/' | ':' | '+'))))
            {
                return None;
            }
        }
        let n = j + 1;
        if self.tight(n)
            && (self.is_word(n)
                || self.nd(n) > 0
                || matches!(self.pc(n), Some('%' | '°'))
                || (matches!(self.pc(n), Some('.' | ',' | ':' | '/')) && self.nd(n + 1) > 0 && self.tight(n + 1)))
        {
            return None;
        }
        let prev = self.prev(j);
        let strong = ctx
            || matches!(
                prev,
                L::In
                    | L::Since
                    | L::Until
                    | L::Till
                    | L::By
                    | L::From
                    | L::During
                    | L::Before
                    | L::After
                    | L::Through
                    | L::Early
                    | L::Late
                    | L::Mid
                    | L::Month(_)
                    | L::Abbr(_)
                    | L::Season(_)
            );
        let plausible = (1900..=2099).contains(&y) || (strong && (1000..=2999).contains(&y));
        if !plausible {
            return None;
        }
        if strong {
            return Some((y, n));
        }
        if matches!(
            prev,
            L::About | L::Nearly | L::Almost | L::SomeW | L::Approximately | L::Roughly | L::Over | L::Under
        ) {
            return None;
        }
        // "2000 points", "1500 jobs", "2000 people": a count of things.
        if self.is_word(n)
            && !self.cap(n)
            && self.same(j, n)
            && ((self.raw(n).len() >= 3 && self.raw(n).ends_with('s')) || self.lx(n) == L::Count)
        {
            return None;
        }
        // "Russell 2000 Index": inside a name.
        if j > 0 && self.name_word(j - 1) && self.same(j - 1, j) && self.is_word(n) && self.cap(n) && self.same(j, n) {
            return None;
        }
        Some((y, n))
    }

    // -- recognisers ---------------------------------------------------------------------

    /// "15:00", "3 p.m.", "6:40 pm", "0800 UTC", "noon", "12:00 UTC Monday".
    fn time(&self, i: usize) -> Option<Hit> {
        let (mut m, mut e, mut colon) = (0u32, i + 1, false);
        let mut h = match self.lx(i) {
            L::Noon => 12,
            L::Midnight => 24,
            _ => {
                let digits = self.nd(i);
                if digits == 0
                    || (i > 0
                        && ((self.tight(i)
                            && (self.is_word(i - 1) || self.pc(i - 1).is_some_and(|c| ".,:/".contains(c))))
                            || self.pc(i - 1).is_some_and(|c| CURRENCY.contains(&c))))
                {
                    return None;
                }
                let h;
                if digits <= 2 {
                    h = self.num(i)?;
                    if matches!(self.pc(i + 1), Some(':' | '.'))
                        && self.tight(i + 1)
                        && self.nd(i + 2) == 2
                        && self.tight(i + 2)
                    {
                        m = self.num(i + 2)?;
                        e = i + 3;
                        colon = self.is_p(i + 1, ':');
                        if self.is_p(e, ':') && self.tight(e) && self.nd(e + 1) == 2 && self.tight(e + 1) {
                            e += 2;
                        }
                    }
                } else if digits == 4 && matches!(self.lx(i + 1), L::Zone(true)) {
                    let v = self.num(i)?;
                    (h, m) = (v / 100, v % 100);
                    colon = true;
                } else {
                    return None;
                }
                if self.tight(e)
                    && (self.nd(e) > 0
                        || matches!(self.pc(e), Some(':' | '.' | ',')) && self.tight(e + 1) && self.nd(e + 1) > 0)
                {
                    return None;
                }
                h
            }
        };
        if let Some((pm, after)) = self.ampm(e) {
            if !(1..=12).contains(&h) {
                return None;
            }
            h = match (pm, h) {
                (true, 12) => 12,
                (true, h) => h + 12,
                (false, 12) => 0,
                (false, h) => h,
            };
            e = after;
        } else if self.word_is(e, "o") && matches!(self.pc(e + 1), Some('\'' | '’')) && self.word_is(e + 2, "clock") {
            e += 3;
        } else if !colon && !matches!(self.lx(i), L::Noon | L::Midnight) {
            return None;
        }
        if h > 24 || m > 59 || (h == 24 && m > 0) {
            return None;
        }
        let mut utc = false;
        if let L::Zone(z) = self.lx(e) {
            utc = z;
            e += 1;
        } else if self.tight(e) && self.word_is(e, "z") {
            utc = true;
            e += 1;
        }
        // The day: right after it ("12:00 UTC Monday"), or after a comma or "on", or the last
        // day named, or the anchor.
        let mut anchored = true;
        let day = match self.lx(e) {
            L::Today | L::Yesterday | L::Tomorrow | L::Weekday(_) => {
                let d = self.relative(e).or_else(|| self.weekday(e));
                match d {
                    Some(d) if d.day.is_some() && self.same(i, d.e - 1) => {
                        e = d.e;
                        d.day
                    }
                    _ => self.ref_day(),
                }
            }
            _ => {
                let k = if self.is_p(e, ',') || self.lx(e) == L::On { e + 1 } else { e };
                let later = self
                    .month_date(k)
                    .or_else(|| self.day_month(k))
                    .or_else(|| self.weekday(k))
                    .filter(|d| self.same(i, d.e - 1))
                    .and_then(|d| d.day);
                if let Some(d) = later {
                    anchored = false;
                    Some(d)
                } else {
                    self.ref_day()
                }
            }
        };
        let date = day.map_or_else(|| "XXXX-XX-XX".to_string(), ymd);
        let value = format!("{date}T{h:02}:{m:02}{}", if utc { "Z" } else { "" });
        Some(Hit::new(i, e, TimexType::Time, value).anchored(anchored && day.is_some()))
    }

    /// "a.m.", "p.m.", "am", "PM": (is p.m., token after).
    fn ampm(&self, e: usize) -> Option<(bool, usize)> {
        if !self.is_word(e) {
            return None;
        }
        let w = self.raw(e);
        if w.eq_ignore_ascii_case("am") || w.eq_ignore_ascii_case("pm") {
            return Some((w.as_bytes()[0].eq_ignore_ascii_case(&b'p'), e + 1));
        }
        let letter = w.eq_ignore_ascii_case("a") || w.eq_ignore_ascii_case("p");
        if letter && self.is_p(e + 1, '.') && self.tight(e + 1) && self.word_is(e + 2, "m") && self.tight(e + 2) {
            let end = if self.is_p(e + 3, '.') && self.tight(e + 3) { e + 4 } else { e + 3 };
            return Some((w.eq_ignore_ascii_case("p"), end));
        }
        None
    }

    /// "2008-03-01", "7/8/07", "03.01.2008".
    fn numeric_date(&self, i: usize) -> Option<Hit> {
        let a = self.nd(i);
        if a == 0
            || (i > 0
                && self.tight(i)
                && (self.is_word(i - 1) || matches!(self.pc(i - 1), Some('/' | '-' | '.' | ':' | ','))))
        {
            return None;
        }
        let sep = self.pc(i + 1)?;
        let shaped = matches!(sep, '-' | '/' | '.')
            && self.tight(i + 1)
            && self.tight(i + 2)
            && self.is_p(i + 3, sep)
            && self.tight(i + 3)
            && self.tight(i + 4);
        if !shaped {
            return None;
        }
        let (b, c) = (self.nd(i + 2), self.nd(i + 4));
        let e = i + 5;
        if self.tight(e)
            && (self.nd(e) > 0
                || self.is_word(e)
                || (matches!(self.pc(e), Some('/' | '-' | '.')) && self.nd(e + 1) > 0))
        {
            return None;
        }
        let (x, y, z) = (self.num(i)?, self.num(i + 2)?, self.num(i + 4)?);
        let (year, month, day) = if a == 4 && (1..=2).contains(&b) && (1..=2).contains(&c) && sep != '.' {
            (x as i32, y, z)
        } else if (1..=2).contains(&a) && (1..=2).contains(&b) && (c == 4 || (c == 2 && sep == '/')) {
            let year = if c == 4 { z as i32 } else { self.full_year(z) };
            // Month first with slashes (American), day first otherwise.
            if sep == '/' && x <= 12 { (year, x, y) } else { (year, y, x) }
        } else {
            return None;
        };
        let d = NaiveDate::from_ymd_opt(year, month, day)?;
        Some(Hit::date(i, e, ymd(d)).day(Some(d)))
    }

    /// "March 1, 2008", "Jan. 5", "April 2nd", "March 2008", "October of 2007", "in June",
    /// "early June", "last September", "October of next year".
    fn month_date(&self, i: usize) -> Option<Hit> {
        let pre = self.prefix(i);
        let mut j = pre.unwrap_or(i);
        let rel = match self.lx(j) {
            L::Last | L::Next | L::This if pre.is_none() => {
                j += 1;
                Some(self.lx(i))
            }
            _ => None,
        };
        let (m, abbr) = match self.lx(j) {
            L::Month(m) => (m, false),
            L::Abbr(m) => (m, true),
            _ => return None,
        };
        if !self.cap(j) {
            return None;
        }
        let mut k = j + 1;
        if abbr && self.is_p(k, '.') && self.tight(k) {
            k += 1;
        }
        if rel.is_none() {
            if let Some((d, after)) = self.day_num(k) {
                NaiveDate::from_ymd_opt(2000, m, d)?;
                let y = if self.is_p(after, ',') { after + 1 } else { after };
                if let Some((year, e)) = self.year_tok(y, true)
                    && let Some(date) = NaiveDate::from_ymd_opt(year, m, d)
                {
                    return Some(Hit::date(i, e, ymd(date)).day(Some(date)));
                }
                let tense = self.tense(i, after);
                let date = self.date_for_day(|y| NaiveDate::from_ymd_opt(y, m, d), tense);
                let value = date.map_or_else(|| format!("XXXX-{m:02}-{d:02}"), ymd);
                return Some(Hit::date(i, after, value).anchored(date.is_some()).day(date));
            }
            let y = if matches!(self.lx(k), L::Of) || self.is_p(k, ',') { k + 1 } else { k };
            if let Some((year, e)) = self.year_tok(y, true) {
                return Some(Hit::date(i, e, format!("{year:04}-{m:02}")));
            }
        }
        if abbr {
            return None;
        }
        if rel.is_none() && pre.is_none() {
            // "May" is mostly the modal; "Theresa May", "Jan March" are names.
            let prev = self.prev(j);
            let date_prep = matches!(
                prev,
                L::In
                    | L::Since
                    | L::Until
                    | L::Till
                    | L::By
                    | L::From
                    | L::During
                    | L::Before
                    | L::After
                    | L::Through
                    | L::Of
            );
            if (m == 5 && !date_prep) || (j > 0 && self.name_word(j - 1) && self.same(j - 1, j)) {
                return None;
            }
        }
        let e = j + 1;
        // "October of next year", "May last year"
        let k = if self.lx(e) == L::Of { e + 1 } else { e };
        let of_year = if self.lx(k + 1) == L::Unit(Unit::Year, false) {
            match self.lx(k) {
                L::Next => Some(1),
                L::Last | L::Previous => Some(-1),
                L::This => Some(0),
                _ => None,
            }
        } else {
            None
        };
        let year = self.anchor.map(|a| {
            let (y, now) = (a.year(), a.month());
            match (rel, of_year) {
                (_, Some(d)) => Some(y + d),
                (Some(L::Last), _) => Some(if m < now { y } else { y - 1 }),
                (Some(L::Next), _) => Some(if m > now { y } else { y + 1 }),
                (Some(_), _) => Some(y),
                (None, None) => self.year_for_period(m, 1, self.tense(i, e)),
            }
        });
        Some(match year.flatten() {
            Some(y) => Hit::date(i, e, format!("{y:04}-{m:02}")).anchored(true),
            None => Hit::date(i, e, format!("XXXX-{m:02}")),
        })
    }

    /// "1 March 2008", "11 December", "the 5th of March".
    fn day_month(&self, i: usize) -> Option<Hit> {
        let j = if self.lx(i) == L::The { i + 1 } else { i };
        let (d, mut k) = self.day_num(j)?;
        if j > i && k == j + 1 {
            return None; // "the 5 March"
        }
        if self.lx(k) == L::Of {
            k += 1;
        }
        let m = match self.lx(k) {
            L::Month(m) | L::Abbr(m) if self.cap(k) => m,
            _ => return None,
        };
        NaiveDate::from_ymd_opt(2000, m, d)?;
        let mut e = k + 1;
        if matches!(self.lx(k), L::Abbr(_)) && self.is_p(e, '.') && self.tight(e) {
            e += 1;
        }
        let y = if self.is_p(e, ',') { e + 1 } else { e };
        if let Some((year, end)) = self.year_tok(y, true)
            && let Some(date) = NaiveDate::from_ymd_opt(year, m, d)
        {
            return Some(Hit::date(i, end, ymd(date)).day(Some(date)));
        }
        let date = self.date_for_day(|y| NaiveDate::from_ymd_opt(y, m, d), self.tense(i, e));
        let value = date.map_or_else(|| format!("XXXX-{m:02}-{d:02}"), ymd);
        Some(Hit::date(i, e, value).anchored(date.is_some()).day(date))
    }

    /// "Wednesday", "last Monday", "next Friday", "Monday morning", "Monday next week",
    /// "Monday, March 3, 2008".
    fn weekday(&self, i: usize) -> Option<Hit> {
        // "late Tuesday", "early Monday"
        let mut j = if matches!(self.lx(i), L::Early | L::Late) { i + 1 } else { i };
        let mut rel = match self.lx(j) {
            L::Last | L::Next | L::This | L::Past | L::Coming => Some(self.lx(j)),
            _ => None,
        };
        if rel.is_some() {
            j += 1;
        }
        // "this past Monday"
        if rel == Some(L::This) && self.lx(j) == L::Past {
            rel = Some(L::Last);
            j += 1;
        }
        let L::Weekday(w) = self.lx(j) else { return None };
        let mut e = j + 1;
        if rel.is_none() {
            let k = if self.is_p(e, ',') { e + 1 } else { e };
            if let Some(mut h) = self.month_date(k).or_else(|| self.day_month(k))
                && self.same(i, h.e - 1)
                && let Some(day) = h.day
            {
                // Without a year ("Thursday, Sept. 15"): the nearest year in which that day
                // falls on that weekday.
                if h.anchored
                    && let Some(a) = self.anchor
                    && let Some(d) = (a.year() - 1..=a.year() + 1)
                        .filter_map(|y| NaiveDate::from_ymd_opt(y, day.month(), day.day()))
                        .filter(|d| d.weekday().number_from_monday() == w)
                        .min_by_key(|d| (*d - a).num_days().abs())
                {
                    h.value = ymd(d);
                    h.day = Some(d);
                }
                h.s = i;
                return Some(h);
            }
        }
        let part = match self.lx(e) {
            L::Part(p) => {
                e += 1;
                Some(p)
            }
            _ => None,
        };
        let mut weeks = None;
        if rel.is_none() {
            if matches!(self.lx(e), L::Next | L::Last | L::This) && self.lx(e + 1) == L::Unit(Unit::Week, false) {
                weeks = Some(match self.lx(e) {
                    L::Next => 1,
                    L::Last => -1,
                    _ => 0,
                });
                e += 2;
            } else if self.lx(e) == L::Next && !self.is_word(e + 1) {
                rel = Some(L::Next);
                e += 1;
            }
        }
        let date = self.anchor.and_then(|a| {
            let now = i64::from(a.weekday().number_from_monday());
            let w = i64::from(w);
            let back = (now - w).rem_euclid(7);
            let ahead = (w - now).rem_euclid(7);
            let offset = match (rel, weeks) {
                (_, Some(k)) => w - now + 7 * k,
                (Some(L::Last | L::Past), _) => -(if back == 0 { 7 } else { back }),
                (Some(L::Next | L::Coming), _) => {
                    if ahead == 0 {
                        7
                    } else {
                        ahead
                    }
                }
                (Some(_), _) => w - now,
                (None, None) => {
                    if self.tense(i, e) == Some(true) {
                        ahead
                    } else {
                        -back
                    }
                }
            };
            shift(a, offset)
        });
        let base = date.map_or_else(|| format!("XXXX-WXX-{w}"), ymd);
        Some(
            match part {
                Some(p) => Hit::new(i, e, TimexType::Time, format!("{base}T{}", p.code())),
                None => Hit::date(i, e, base),
            }
            .anchored(date.is_some())
            .day(date),
        )
    }

    /// The value of this (0), last (-1) or next (1) week, month, quarter, year, weekend,
    /// decade or century.
    fn period(&self, unit: Unit, by: i64) -> Option<(String, bool)> {
        let Some(a) = self.anchor else {
            let v = match unit {
                Unit::Week => "XXXX-WXX",
                Unit::Weekend => "XXXX-WXX-WE",
                Unit::Month => "XXXX-XX",
                Unit::Quarter => "XXXX-QX",
                Unit::Year => "XXXX",
                Unit::Decade => "XXX",
                Unit::Century => "XX",
                _ => return None,
            };
            return Some((v.to_string(), false));
        };
        let y = i64::from(a.year());
        let v = match unit {
            Unit::Week => iso_week(shift(a, 7 * by)?),
            Unit::Weekend => format!("{}-WE", iso_week(shift(a, 7 * by)?)),
            Unit::Month => {
                let (y, m) = shift_month(a.year(), a.month(), by);
                format!("{}-{m:02}", year_value(y))
            }
            Unit::Quarter => {
                let q = i64::from((a.month() - 1) / 3) + by;
                format!("{}-Q{}", year_value(y + q.div_euclid(4)), q.rem_euclid(4) + 1)
            }
            Unit::Year => year_value(y + by),
            Unit::Decade => {
                let d = y.div_euclid(10) + by;
                if !(0..=999).contains(&d) {
                    return None;
                }
                format!("{d:03}")
            }
            Unit::Century => {
                let c = y.div_euclid(100) + by;
                if !(0..=99).contains(&c) {
                    return None;
                }
                format!("{c:02}")
            }
            _ => return None,
        };
        Some((v, true))
    }

    /// "today", "yesterday morning", "tonight", "earlier today", "this week", "last month",
    /// "next year", "the last quarter", "the previous year", "the weekend", "the same day",
    /// "the end of last year", "earlier this year", "late in the day", "(ended) the day".
    fn relative(&self, i: usize) -> Option<Hit> {
        let (j, pre) = match self.lx(i) {
            L::Earlier | L::Later
                if !matches!(self.lx(i + 1), L::Today | L::Tonight | L::This | L::In | L::Last | L::Next) =>
            {
                return None;
            }
            L::Earlier | L::Later => (i + 1, true),
            _ => match self.prefix(i) {
                Some(p) => (p, true),
                None => (i, false),
            },
        };
        let day_hit = |e: usize| {
            let d = self.ref_day();
            Hit::date(i, e, d.map_or_else(|| "XXXX-XX-XX".to_string(), ymd)).anchored(d.is_some()).day(d)
        };
        match self.lx(j) {
            L::Today | L::Yesterday | L::Tomorrow | L::Tonight => {
                let off = match self.lx(j) {
                    L::Yesterday => -1,
                    L::Tomorrow => 1,
                    _ => 0,
                };
                let date = self.anchor.and_then(|a| shift(a, off));
                let mut e = j + 1;
                let part = match self.lx(j) {
                    L::Tonight => Some(Part::NI),
                    _ => match self.lx(e) {
                        L::Part(p) => {
                            e += 1;
                            Some(p)
                        }
                        _ => None,
                    },
                };
                let base = match date {
                    Some(d) => ymd(d),
                    None if part.is_none() && self.lx(j) == L::Today => "PRESENT_REF".to_string(),
                    None => "XXXX-XX-XX".to_string(),
                };
                Some(
                    match part {
                        Some(p) => Hit::new(i, e, TimexType::Time, format!("{base}T{}", p.code())),
                        None => Hit::date(i, e, base),
                    }
                    .anchored(date.is_some())
                    .day(date),
                )
            }
            L::This | L::Last | L::Next | L::Current => {
                let mut by = match self.lx(j) {
                    L::Last => -1,
                    L::Next => 1,
                    _ => 0,
                };
                let mut j = j;
                // "this past weekend"
                if self.lx(j) == L::This && self.lx(j + 1) == L::Past && matches!(self.lx(j + 2), L::Unit(_, false)) {
                    by = -1;
                    j += 1;
                }
                match self.lx(j + 1) {
                    L::Unit(u, false) => {
                        let (v, anchored) = self.period(u, by)?;
                        Some(Hit::date(i, j + 2, v).anchored(anchored))
                    }
                    L::Part(p) if by == 0 || (by == -1 && matches!(p, Part::NI | Part::EV)) => {
                        let date = self.anchor.and_then(|a| shift(a, by));
                        let base = date.map_or_else(|| "XXXX-XX-XX".to_string(), ymd);
                        Some(
                            Hit::new(i, j + 2, TimexType::Time, format!("{base}T{}", p.code()))
                                .anchored(date.is_some())
                                .day(date),
                        )
                    }
                    _ => None,
                }
            }
            L::The => match (self.lx(j + 1), self.lx(j + 2)) {
                // "the following day", "the previous day": next to the last day named.
                (L::Following | L::Next | L::Previous, L::Unit(Unit::Day, false)) => {
                    let by = if self.lx(j + 1) == L::Previous { -1 } else { 1 };
                    let d = self.ref_day().and_then(|d| shift(d, by));
                    let value = d.map_or_else(|| "XXXX-XX-XX".to_string(), ymd);
                    Some(Hit::date(i, j + 3, value).anchored(d.is_some()).day(d))
                }
                (L::Current, L::Unit(u, false)) => {
                    let (v, anchored) = self.period(u, 0)?;
                    Some(Hit::date(i, j + 3, v).anchored(anchored))
                }
                // "the following week", "the previous year": next to the last date named.
                (L::Following | L::Previous, L::Unit(u @ (Unit::Week | Unit::Month | Unit::Year), false))
                    if self.lx(j + 1) == L::Following || self.last_named.is_some() =>
                {
                    let by = if self.lx(j + 1) == L::Previous { -1 } else { 1 };
                    let base = self.last_named.or(self.anchor.map(Named::of))?;
                    let value = match (u, base.month, base.day) {
                        (Unit::Week, _, Some(d)) => iso_week(shift(d, 7 * by)?),
                        (Unit::Month, Some(m), _) => {
                            let (y, m) = shift_month(base.year, m, by);
                            format!("{}-{m:02}", year_value(y))
                        }
                        (Unit::Year, _, _) => year_value(i64::from(base.year) + by),
                        _ => return None,
                    };
                    Some(Hit::date(i, j + 3, value).anchored(true))
                }
                (L::Last | L::Previous, L::Unit(u, false)) => {
                    let (v, anchored) = self.period(u, -1)?;
                    Some(Hit::date(i, j + 3, v).anchored(anchored))
                }
                (L::Same, L::Unit(Unit::Day, false)) => Some(day_hit(j + 3)),
                // "the day before yesterday", "the day after tomorrow"
                (L::Unit(Unit::Day, false), L::Before | L::After)
                    if matches!(
                        (self.lx(j + 2), self.lx(j + 3)),
                        (L::Before, L::Yesterday) | (L::After, L::Tomorrow)
                    ) =>
                {
                    let by = if self.lx(j + 2) == L::Before { -2 } else { 2 };
                    let d = self.anchor.and_then(|a| shift(a, by));
                    let value = d.map_or_else(|| "XXXX-XX-XX".to_string(), ymd);
                    Some(Hit::date(i, j + 4, value).anchored(d.is_some()).day(d))
                }
                // "the weekend": the last one, unless the sentence looks ahead.
                (L::Unit(Unit::Weekend, false), _) => {
                    let by = match self.anchor {
                        Some(a) if a.weekday().num_days_from_monday() < 5 && self.tense(i, j + 2) != Some(true) => -1,
                        _ => 0,
                    };
                    let (v, anchored) = self.period(Unit::Weekend, by)?;
                    Some(Hit::date(i, j + 2, v).anchored(anchored))
                }
                (L::Unit(Unit::Day, false), _)
                    if pre || matches!(self.prev(j), L::EndV | L::Bound | L::For | L::During | L::Throughout) =>
                {
                    Some(day_hit(j + 2))
                }
                (L::Unit(u @ (Unit::Week | Unit::Month | Unit::Year), false), _) if pre => {
                    let (v, anchored) = self.period(u, 0)?;
                    Some(Hit::date(i, j + 2, v).anchored(anchored))
                }
                _ => None,
            },
            // "late in the day", "earlier in the day"
            L::In if pre && self.lx(j + 1) == L::The && self.lx(j + 2) == L::Unit(Unit::Day, false) => {
                Some(day_hit(j + 3))
            }
            _ => None,
        }
    }

    /// "the first quarter of 2009", "the fourth quarter", "third-quarter", "Q3 2009",
    /// "the second half of this year".
    fn quarter(&self, i: usize) -> Option<Hit> {
        let (q, half, mut e) = if self.word_is(i, "q") && self.cap(i) && self.tight(i + 1) && self.nd(i + 1) == 1 {
            let q = self.num(i + 1)?;
            if !(1..=4).contains(&q) || self.is_word(i + 2) && self.tight(i + 2) {
                return None;
            }
            (q, false, i + 2)
        } else {
            let j = if self.lx(i) == L::The { i + 1 } else { i };
            let q = match self.lx(j) {
                L::Ord(n) if (1..=4).contains(&n) => n,
                L::Final => 4,
                _ => return None,
            };
            let mut k = j + 1;
            if self.is_dash(k) && self.tight(k) && self.tight(k + 1) {
                k += 1;
            }
            match self.lx(k) {
                L::Unit(Unit::Quarter, false) => (q, false, k + 1),
                L::Half if q <= 2 => (q, true, k + 1),
                _ => return None,
            }
        };
        // The year: "of 2009", "2009", "of this year", "of last year", "of the year".
        let mut year: Option<i32> = None;
        let mut by: Option<i32> = None;
        let k = if self.lx(e) == L::Of { e + 1 } else { e };
        if let Some((y, end)) = self.year_tok(k, true) {
            year = Some(y);
            e = end;
        } else if k > e && self.lx(k + 1) == L::Unit(Unit::Year, false) {
            by = match self.lx(k) {
                L::This | L::The | L::Current => Some(0),
                L::Last | L::Previous => Some(-1),
                L::Next => Some(1),
                _ => None,
            };
            if by.is_some() {
                e = k + 2;
            }
        }
        if half && year.is_none() && by.is_none() {
            return None; // "the second half" of a match
        }
        let (code, per) = if half { ('H', 6) } else { ('Q', 3) };
        let mut anchored = false;
        let year = year.or_else(|| {
            anchored = true;
            match by {
                Some(b) => self.anchor.map(|a| a.year() + b),
                None => self.year_for_period(q, per, self.tense(i, e)),
            }
        });
        let value = match year {
            Some(y) => format!("{y:04}-{code}{q}"),
            None => format!("XXXX-{code}{q}"),
        };
        Some(Hit::date(i, e, value).anchored(anchored && year.is_some()))
    }

    /// "spring", "this summer", "last winter", "the fall of 2008", "Autumn 2009".
    fn season(&self, i: usize) -> Option<Hit> {
        let pre = self.prefix(i);
        let mut j = pre.unwrap_or(i);
        let rel = match self.lx(j) {
            L::Last | L::Next | L::This | L::The => {
                j += 1;
                Some(self.lx(j - 1))
            }
            _ => None,
        };
        let L::Season(season) = self.lx(j) else { return None };
        // "Arab Spring", "Winter Olympics", "Donna Summer": names.
        if (j > 0 && self.name_word(j - 1) && self.same(j - 1, j)) || (self.name_word(j + 1) && self.same(j, j + 1)) {
            return None;
        }
        let mut e = j + 1;
        let k = if self.lx(e) == L::Of { e + 1 } else { e };
        let mut year = None;
        if let Some((y, end)) = self.year_tok(k, true) {
            year = Some(y);
            e = end;
        }
        // "fall" is mostly the verb or a drop in prices.
        if self.word_is(j, "fall") && year.is_none() {
            let ok = match rel {
                Some(L::Last | L::Next | L::This) => true,
                Some(_) => {
                    matches!(self.prev(i), L::In | L::During | L::By | L::Until | L::Since)
                        && !matches!(self.lx(e), L::Of | L::In)
                }
                None => false,
            };
            if !ok {
                return None;
            }
        }
        let by = match rel {
            Some(L::Last) => -1,
            Some(L::Next) => 1,
            _ => 0,
        };
        let anchored = year.is_none() && self.anchor.is_some();
        let value = match year.or_else(|| self.anchor.map(|a| a.year() + by)) {
            Some(y) => format!("{y:04}-{}", season.code()),
            None => format!("XXXX-{}", season.code()),
        };
        Some(Hit::date(i, e, value).anchored(anchored))
    }

    /// "Christmas", "Christmas Eve", "New Year's Day", "Halloween", "Thanksgiving",
    /// "Easter", "Valentine's Day", "Good Friday", "Black Friday", "Labor Day", "Memorial
    /// Day", "Veterans Day", "Boxing Day".
    fn holiday(&self, i: usize) -> Option<Hit> {
        let possessive = |k: usize| matches!(self.pc(k), Some('\'' | '’')) && self.word_is(k + 1, "s");
        type DateOf = fn(i32) -> Option<NaiveDate>;
        let (date, mut e): (DateOf, usize) = match self.lx(i) {
            L::Christmas if self.lx(i + 1) == L::Eve => (|y| NaiveDate::from_ymd_opt(y, 12, 24), i + 2),
            L::Christmas => (
                |y| NaiveDate::from_ymd_opt(y, 12, 25),
                if self.lx(i + 1) == L::Unit(Unit::Day, false) && self.cap(i + 1) { i + 2 } else { i + 1 },
            ),
            L::Halloween => (|y| NaiveDate::from_ymd_opt(y, 10, 31), i + 1),
            L::Valentine if possessive(i + 1) && self.lx(i + 3) == L::Unit(Unit::Day, false) => {
                (|y| NaiveDate::from_ymd_opt(y, 2, 14), i + 4)
            }
            L::Thanksgiving => (
                |y| {
                    // The fourth Thursday of November.
                    NaiveDate::from_weekday_of_month_opt(y, 11, Weekday::Thu, 4)
                },
                if self.lx(i + 1) == L::Unit(Unit::Day, false) { i + 2 } else { i + 1 },
            ),
            L::Easter if self.lx(i + 1) == L::Weekday(1) => (|y| easter(y).and_then(|d| shift(d, 1)), i + 2),
            L::Easter => (easter, if matches!(self.lx(i + 1), L::Weekday(7)) { i + 2 } else { i + 1 }),
            L::Good if self.cap(i) && self.lx(i + 1) == L::Weekday(5) && self.cap(i + 1) => {
                (|y| easter(y).and_then(|d| shift(d, -2)), i + 2)
            }
            // The day after Thanksgiving.
            L::Black if self.cap(i) && self.lx(i + 1) == L::Weekday(5) && self.cap(i + 1) => {
                (|y| NaiveDate::from_weekday_of_month_opt(y, 11, Weekday::Thu, 4).and_then(|d| shift(d, 1)), i + 2)
            }
            L::Labor | L::Memorial | L::Veterans | L::Boxing if self.cap(i) => {
                // "Veterans Day", "Veterans' Day"
                let k = if matches!(self.pc(i + 1), Some('\'' | '’')) { i + 2 } else { i + 1 };
                if self.lx(k) != L::Unit(Unit::Day, false) || !self.cap(k) {
                    return None;
                }
                let date: DateOf = match self.lx(i) {
                    // The first Monday of September (United States, Canada).
                    L::Labor => |y| NaiveDate::from_weekday_of_month_opt(y, 9, Weekday::Mon, 1),
                    // The last Monday of May.
                    L::Memorial => |y| {
                        let end = NaiveDate::from_ymd_opt(y, 5, 31)?;
                        shift(end, -i64::from(end.weekday().num_days_from_monday()))
                    },
                    L::Veterans => |y| NaiveDate::from_ymd_opt(y, 11, 11),
                    _ => |y| NaiveDate::from_ymd_opt(y, 12, 26),
                };
                (date, k + 1)
            }
            L::New if self.cap(i) && self.word_is(i + 1, "year") && self.cap(i + 1) => {
                let k = if possessive(i + 2) { i + 4 } else { i + 2 };
                match self.lx(k) {
                    L::Eve => (|y| NaiveDate::from_ymd_opt(y, 12, 31), k + 1),
                    L::Unit(Unit::Day, false) => (|y| NaiveDate::from_ymd_opt(y, 1, 1), k + 1),
                    _ => return None,
                }
            }
            _ => return None,
        };
        if let Some((y, end)) = self.year_tok(e, true)
            && let Some(d) = date(y)
        {
            e = end;
            return Some(Hit::date(i, e, ymd(d)).day(Some(d)));
        }
        let d = self.date_for_day(date, self.tense(i, e));
        let value = match d {
            Some(d) => ymd(d),
            None => {
                let d = date(2000)?;
                format!("XXXX-{:02}-{:02}", d.month(), d.day())
            }
        };
        Some(Hit::date(i, e, value).anchored(d.is_some()).day(d))
    }

    /// "every week", "each year", "every other day", "every Monday", "daily", "annual",
    /// "15 a year", "per day", "on Mondays".
    fn set(&self, i: usize) -> Option<Hit> {
        let set = |e: usize, v: String| Some(Hit::new(i, e, TimexType::Set, v));
        match self.lx(i) {
            L::Every | L::Each => {
                let mut j = i + 1;
                let mut n = Some(1.0);
                if self.lx(j) == L::OtherW {
                    n = Some(2.0);
                    j += 1;
                } else if !matches!(self.lx(j), L::A | L::An)
                    && let Some((q, k)) = self.quantity(j)
                {
                    n = q;
                    j = k;
                }
                match self.lx(j) {
                    L::Unit(u, _) => set(j + 1, duration_value(n, u)),
                    L::Weekday(w) => set(j + 1, format!("XXXX-WXX-{w}")),
                    L::Part(p) => set(j + 1, format!("XXXX-XX-XXT{}", p.code())),
                    _ => None,
                }
            }
            L::Daily | L::Weekly | L::Monthly | L::Yearly | L::Annual | L::Quarterly | L::Hourly => {
                // "the Daily Mail", "Weekly Standard": names.
                if self.cap(i) && (self.name_word(i + 1) || (i > 0 && self.name_word(i - 1))) {
                    return None;
                }
                let v = match self.lx(i) {
                    L::Daily => "P1D",
                    L::Weekly => "P1W",
                    L::Monthly => "P1M",
                    L::Quarterly => "P3M",
                    L::Hourly => "PT1H",
                    _ => "P1Y",
                };
                set(i + 1, v.to_string())
            }
            L::Weekdays(w) => set(i + 1, format!("XXXX-WXX-{w}")),
            L::A | L::An | L::Per => {
                // "15 a year", "$15-an-hour"
                let k = if self.is_dash(i + 1) && self.tight(i + 1) && self.tight(i + 2) { i + 2 } else { i + 1 };
                let L::Unit(u, false) = self.lx(k) else { return None };
                let after_amount = |p: usize| {
                    self.nd(p) > 0
                        || self.is_p(p, '%')
                        || matches!(self.lx(p), L::NumW(_) | L::Times | L::Twice | L::Once | L::Big | L::Hundred)
                };
                // "eight hours a day", "three meals a day"
                let counted = |p: usize| matches!(self.lx(p), L::Unit(_, true)) || (self.is_word(p) && !self.cap(p));
                let rate = self.lx(i) == L::Per
                    || (i > 0 && after_amount(i - 1))
                    || (i > 1 && counted(i - 1) && after_amount(i - 2))
                    || (i > 1 && self.is_dash(i - 1) && self.tight(i) && self.tight(i - 1) && after_amount(i - 2));
                if !rate || matches!(self.lx(k + 1), L::Ago | L::Earlier | L::Later | L::Before | L::After | L::Of) {
                    return None;
                }
                set(k + 1, duration_value(Some(1.0), u))
            }
            _ => None,
        }
    }

    /// "three years", "90 minutes", "the next four years", "the past few days", "over six
    /// years", "two-year", "three-year-long", "a 20 year low", "six straight days", "recent
    /// weeks", "for years", "7 to 10 days" (here "7"), "a week and a half", "two years ago".
    fn duration(&self, i: usize) -> Option<Hit> {
        let mut j = i;
        let modifier = matches!(
            self.lx(j),
            L::Almost
                | L::Nearly
                | L::About
                | L::Around
                | L::Approximately
                | L::Roughly
                | L::Over
                | L::Under
                | L::SomeW
        ) && self.quantity(j + 1).is_some_and(|(n, _)| n.is_some());
        if modifier {
            j += 1;
        }
        let mut rel = None;
        if !modifier {
            if self.lx(j) == L::The
                && matches!(
                    self.lx(j + 1),
                    L::Next
                        | L::Past
                        | L::Last
                        | L::Coming
                        | L::Previous
                        | L::Ord(1)
                        | L::Final
                        | L::Following
                        | L::Recent
                )
            {
                rel = Some(self.lx(j + 1));
                j += 2;
            } else if matches!(self.lx(j), L::Next | L::Past | L::Last | L::Coming | L::Recent | L::Previous) {
                rel = Some(self.lx(j));
                j += 1;
            }
        }
        // "over the years", "for the past"...: "the" before a plural unit.
        let bare_context = |k: usize| {
            matches!(
                self.prev(k),
                L::For | L::In | L::Within | L::Over | L::After | L::During | L::Throughout | L::Just
            )
        };
        if rel.is_none()
            && !modifier
            && self.lx(j) == L::The
            && matches!(self.lx(j + 1), L::Unit(_, true))
            && bare_context(i)
        {
            j += 1;
        }
        let quantity = self.quantity(j);
        let (mut n, k) = match quantity {
            Some((n, k)) => (n, k),
            None => (None, j),
        };
        // A range: "7 to 10 days" is "7" (P7D) then "10 days".
        if quantity.is_some() && n.is_some() && !matches!(self.lx(j), L::A | L::An) {
            let joins = matches!(self.lx(k), L::To | L::Or)
                || (self.lx(k) == L::And && self.prev(i) == L::Between)
                || (self.is_dash(k) && self.nd(j) > 0);
            if joins && let Some((Some(_), k2)) = self.quantity(k + 1) {
                let mut u = k2;
                while matches!(self.lx(u), L::Adj | L::Long | L::Short) && u < k2 + 2 {
                    u += 1;
                }
                if let L::Unit(unit, _) = self.lx(u)
                    && !matches!(self.lx(u + 1), L::Ago)
                {
                    return Some(Hit::new(i, k, TimexType::Duration, duration_value(n, unit)));
                }
            }
        }
        let mut u = k;
        while quantity.is_some() && matches!(self.lx(u), L::Adj | L::Long | L::Short) && u < k + 2 {
            u += 1;
        }
        // "two-year", not "$15-an-hour".
        let hyphen = quantity.is_some()
            && self.is_dash(u)
            && self.tight(u)
            && self.tight(u + 1)
            && !matches!(self.lx(u - 1), L::A | L::An);
        if hyphen {
            u += 1;
        }
        let (unit, plural) = match self.lx(u) {
            L::Unit(unit, plural) => (unit, plural),
            // "30 second" only after digits ("a second" is an ordinal).
            L::Ord(2) if self.nd(j) > 0 => (Unit::Second, false),
            _ => return None,
        };
        let mut e = u + 1;
        // "about a quarter of its dealers", "three quarters of voters": fractions.
        let plain = u - usize::from(hyphen) == k;
        if unit == Unit::Quarter
            && (matches!(self.lx(j), L::A | L::An) || (plain && self.lx(e) == L::Of) || (hyphen && plural))
        {
            return None;
        }
        if let Some(after) = self.and_a_half(e) {
            n = Some(n.unwrap_or(if quantity.is_none() { 1.0 } else { 0.0 }) + 0.5);
            e = after;
            if quantity.is_none() {
                // "week-and-a-half" stands without a number.
                return Some(Hit::new(i, e, TimexType::Duration, duration_value(n, unit)));
            }
        }
        if quantity.is_none() {
            let long = self.is_dash(e) && self.tight(e) && self.lx(e + 1) == L::Long && self.tight(e + 1);
            let ok = if plural {
                rel.is_some() || bare_context(i) || long || self.lx(e) == L::Ago
            } else {
                matches!(rel, Some(L::Past | L::Next | L::Coming)) && self.lx(i) == L::The
            };
            if !ok {
                return None;
            }
            if long {
                e += 2;
            }
            n = if plural { None } else { Some(1.0) };
        }
        // Ages are not durations here: "a three-year-old", "five years old".
        if self.lx(e) == L::Old || (self.is_dash(e) && self.tight(e) && self.lx(e + 1) == L::Old) {
            return None;
        }
        if hyphen && self.is_dash(e) && self.tight(e) && self.lx(e + 1) == L::Long && self.tight(e + 1) {
            e += 2;
        }
        // "two years ago", "three days from now": from the anchor; "two days later", "a year
        // earlier": from the last date named.
        if rel.is_none() {
            let anchor = self.anchor.map(Named::of);
            match self.lx(e) {
                L::Ago => return Some(self.shifted(i, e + 1, n, unit, -1, anchor)),
                L::From if self.lx(e + 1) == L::Now => return Some(self.shifted(i, e + 2, n, unit, 1, anchor)),
                L::Later | L::Earlier => {
                    let sign = if self.lx(e) == L::Later { 1 } else { -1 };
                    return Some(self.shifted(i, e + 1, n, unit, sign, self.last_named.or(anchor)));
                }
                _ => {}
            }
        }
        Some(Hit::new(i, e, TimexType::Duration, duration_value(n, unit)))
    }

    /// The date `n` units before (`sign` -1) or after (1) `base`, at the unit's grain
    /// (days for days and weeks, months for months and quarters, else years); a REF value
    /// when the number or the base is unknown or too coarse.
    fn shifted(&self, s: usize, e: usize, n: Option<f64>, unit: Unit, sign: i64, base: Option<Named>) -> Hit {
        let vague = Hit::date(s, e, if sign < 0 { "PAST_REF" } else { "FUTURE_REF" });
        let (Some(b), Some(n)) = (base, n) else { return vague };
        if n > 1e5 {
            return vague;
        }
        let months = |m: u32, k: f64| {
            let (y, m) = shift_month(b.year, m, sign * k.round() as i64);
            format!("{}-{m:02}", year_value(y))
        };
        let years = |k: f64| year_value(i64::from(b.year) + sign * k.round() as i64);
        let (value, day) = match (unit, b.month, b.day) {
            (Unit::Second | Unit::Minute | Unit::Hour, _, Some(d)) => (ymd(d), Some(d)),
            (Unit::Day | Unit::Week | Unit::Fortnight | Unit::Weekend, _, Some(d)) => {
                let per = match unit {
                    Unit::Day => 1.0,
                    Unit::Fortnight => 14.0,
                    _ => 7.0,
                };
                match shift(d, sign * (n * per).round() as i64) {
                    Some(d) => (ymd(d), Some(d)),
                    None => return vague,
                }
            }
            (Unit::Month, Some(m), _) => (months(m, n), None),
            (Unit::Quarter, Some(m), _) => (months(m, 3.0 * n), None),
            (Unit::Year, Some(m), _) if n.fract() != 0.0 => (months(m, 12.0 * n), None),
            (Unit::Year, _, _) => (years(n), None),
            (Unit::Decade, _, _) => (years(10.0 * n), None),
            (Unit::Century, _, _) => (years(100.0 * n), None),
            _ => return vague,
        };
        Hit::date(s, e, value).anchored(true).day(day)
    }

    /// "2008", "since 2014" (the year alone), "early 2009", "mid-2011", "the end of 2009",
    /// "the 1990s" (199), "70s", "'82", "from 2009 to 2011" (P2Y holding two years).
    fn year(&self, i: usize) -> Option<Hit> {
        if matches!(self.lx(i), L::From | L::Between) {
            return self.year_range(i);
        }
        let pre = self.prefix(i);
        let j = pre.unwrap_or(i);
        let ctx = pre.is_some();
        // "21st century" (TimeML counts centuries from 0: "20")
        if (1..=2).contains(&self.nd(j))
            && self.tight(j + 1)
            && ["st", "nd", "rd", "th"].iter().any(|s| self.word_is(j + 1, s))
            && self.lx(j + 2) == L::Unit(Unit::Century, false)
        {
            let n = self.num(j)?;
            return (1..=99).contains(&n).then(|| Hit::date(i, j + 3, format!("{:02}", n - 1)));
        }
        // "1990s"
        if self.nd(j) == 4 && self.word_is(j + 1, "s") && self.tight(j + 1) && self.raw(j).ends_with('0') {
            return Some(Hit::date(i, j + 2, &self.raw(j)[..3]));
        }
        // "'82", "'90s"
        if matches!(self.pc(j), Some('\'' | '’')) && self.nd(j + 1) == 2 && self.tight(j + 1) {
            let yy = self.num(j + 1)?;
            let y = self.full_year(yy);
            if self.word_is(j + 2, "s") && self.tight(j + 2) && yy % 10 == 0 {
                return Some(Hit::date(i, j + 3, format!("{:03}", y / 10)));
            }
            let glued = self.tight(j + 2) && (self.is_word(j + 2) || self.nd(j + 2) > 0);
            let prep = matches!(
                self.prev(j),
                L::In
                    | L::Since
                    | L::Until
                    | L::Till
                    | L::By
                    | L::From
                    | L::Of
                    | L::During
                    | L::Before
                    | L::After
                    | L::Through
                    | L::To
                    | L::And
            );
            return (!glued && (ctx || prep)).then(|| Hit::date(i, j + 2, format!("{y:04}")));
        }
        // "70s", "80s"
        if self.nd(j) == 2 && self.word_is(j + 1, "s") && self.tight(j + 1) && self.raw(j).ends_with('0') {
            let prep = matches!(
                self.prev(j),
                L::The | L::And | L::Or | L::To | L::In | L::Since | L::Through | L::Early | L::Late | L::Mid
            );
            if !(ctx || prep) || (self.tight(j) && j > 0 && !self.is_dash(j - 1)) {
                return None;
            }
            let y = self.full_year(self.num(j)?);
            return Some(Hit::date(i, j + 2, format!("{:03}", y / 10)));
        }
        let (y, e) = self.year_tok(j, ctx)?;
        let mut h = Hit::date(i, e, format!("{y:04}"));
        // "2008-09", "1850-58": the second year too.
        if self.is_dash(e)
            && self.tight(e)
            && self.tight(e + 1)
            && self.nd(e + 1) == 2
            && !(self.tight(e + 2) && (self.is_word(e + 2) || self.nd(e + 2) > 0 || self.is_dash(e + 2)))
        {
            let y2 = y - y % 100 + self.num(e + 1)? as i32;
            if y2 > y {
                h.inner.push(Hit::date(e + 1, e + 2, format!("{y2:04}")));
            }
        }
        Some(h)
    }

    fn year_range(&self, i: usize) -> Option<Hit> {
        let (y1, e1) = self.year_tok(i + 1, true)?;
        let joins = match self.lx(i) {
            L::Between => self.lx(e1) == L::And,
            _ => matches!(self.lx(e1), L::To | L::Until | L::Till | L::Through) || self.is_dash(e1),
        };
        if !joins {
            return None;
        }
        let (y2, e2) = self.year_tok(e1 + 1, true)?;
        if y2 <= y1 || y2 - y1 > 200 {
            return None;
        }
        let mut h = Hit::new(i, e2, TimexType::Duration, format!("P{}Y", y2 - y1));
        h.inner = vec![Hit::date(i + 1, e1, format!("{y1:04}")), Hit::date(e1 + 1, e2, format!("{y2:04}"))];
        Some(h)
    }

    /// "now", "currently", "current", "recently", "recent", "formerly", "soon", "the
    /// future", "the past", "the near term", "the time being", "these days", "at the moment".
    fn reference(&self, i: usize) -> Option<Hit> {
        const PRESENT: &str = "PRESENT_REF";
        const PAST: &str = "PAST_REF";
        const FUTURE: &str = "FUTURE_REF";
        let r = |e: usize, v: &str| Some(Hit::date(i, e, v));
        let hyphen_after = |k: usize| self.is_dash(k) && self.tight(k);
        match self.lx(i) {
            L::Now if !hyphen_after(i + 1) => r(i + 1, PRESENT),
            L::Right if self.lx(i + 1) == L::Now && !hyphen_after(i + 2) => r(i + 2, PRESENT),
            L::Currently | L::Presently | L::Nowadays => r(i + 1, PRESENT),
            L::Current if !hyphen_after(i + 1) => r(i + 1, PRESENT),
            L::Present if self.prev(i) == L::At => r(i + 1, PRESENT),
            L::Recently | L::Lately | L::Formerly => r(i + 1, PAST),
            L::More if self.lx(i + 1) == L::Recently => r(i + 2, PAST),
            L::Recent if self.prev(i) != L::Most && !hyphen_after(i + 1) => r(i + 1, PAST),
            // not "as soon as", "soon-to-be"
            L::Soon if !hyphen_after(i + 1) && (self.prev(i) != L::As || self.lx(i + 1) != L::As) => r(i + 1, FUTURE),
            L::Very if self.lx(i + 1) == L::Soon => r(i + 2, FUTURE),
            L::These if self.lx(i + 1) == L::Unit(Unit::Day, true) && self.lx(i + 2) != L::Of => r(i + 2, PRESENT),
            L::The => match (self.lx(i + 1), self.lx(i + 2)) {
                (L::Future, _) => r(i + 2, FUTURE),
                (L::Near | L::Distant, L::Future) => r(i + 3, FUTURE),
                (L::Near | L::Long | L::Short, L::Term) => r(i + 3, FUTURE),
                (L::Past, _) => r(i + 2, PAST),
                (L::Present, _) if !self.is_word(i + 2) => r(i + 2, PRESENT),
                (L::Time, L::Being) => r(i + 3, PRESENT),
                (L::Moment, _) if self.prev(i) == L::At => r(i + 2, PRESENT),
                _ => None,
            },
            _ => None,
        }
    }

    /// "(in) the morning", "in morning trading", "early morning": a part of the last day
    /// named; "the morning of March 3".
    fn part_of_day(&self, i: usize) -> Option<Hit> {
        // "the morning of March 3"
        if self.lx(i) == L::The
            && let L::Part(p) = self.lx(i + 1)
            && self.lx(i + 2) == L::Of
            && let Some(h) = self.month_date(i + 3).or_else(|| self.day_month(i + 3)).or_else(|| self.weekday(i + 3))
            && let Some(d) = h.day
        {
            return Some(
                Hit::new(i, h.e, TimexType::Time, format!("{}T{}", ymd(d), p.code())).anchored(h.anchored).day(h.day),
            );
        }
        let (j, ok) = match self.lx(i) {
            L::The => (i + 1, matches!(self.prev(i), L::In | L::During)),
            L::Early | L::Late => (i + 1, true),
            _ => (i, matches!(self.prev(i), L::In | L::During)),
        };
        let L::Part(p) = self.lx(j) else { return None };
        if !ok {
            return None;
        }
        let day = self.ref_day();
        let base = day.map_or_else(|| "XXXX-XX-XX".to_string(), ymd);
        Some(Hit::new(i, j + 1, TimexType::Time, format!("{base}T{}", p.code())).anchored(day.is_some()))
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn review_fixes() {
        let v = |t: &str| {
            super::find_timexes(t, Some("2026-01-07")).into_iter().map(|x| (x.text, x.value)).collect::<Vec<_>>()
        };
        // A time followed by a comma and a number is still a time.
        assert!(
            v("At 15:00, 12 people were hurt.").iter().any(|(t, _)| t == "15:00"),
            "{:?}",
            v("At 15:00, 12 people were hurt.")
        );
        // "the previous year" counts from the last date named, "last year" from the article's date.
        let found = v("In 2005 the firm grew; the previous year it had shrunk.");
        assert!(found.contains(&("the previous year".into(), "2004".into())), "{found:?}");
        assert!(v("Sales fell last year.").contains(&("last year".into(), "2025".into())));
        assert!(v("Sales fell the previous year.").contains(&("the previous year".into(), "2025".into())));
    }

    use super::lexicon::{KEYS, LEXICON};
    use super::*;

    /// 2026-01-07 is a Wednesday (ISO week 2).
    const ANCHOR: Option<&str> = Some("2026-01-07");

    /// (text, value) of every expression found.
    fn found(text: &str, anchor: Option<&str>) -> Vec<(String, String)> {
        find_timexes(text, anchor).into_iter().map(|t| (t.text, t.value)).collect()
    }

    /// The one expression found in `text`: (text, value).
    fn one(text: &str, anchor: Option<&str>) -> (String, String) {
        let all = found(text, anchor);
        assert_eq!(all.len(), 1, "{text:?}: {all:?}");
        all.into_iter().next().unwrap()
    }

    fn pair(text: &str, value: &str) -> (String, String) {
        (text.to_string(), value.to_string())
    }

    fn kind(text: &str) -> TimexType {
        let all = find_timexes(text, ANCHOR);
        assert_eq!(all.len(), 1, "{text:?}: {all:?}");
        all[0].kind
    }

    #[test]
    fn lexicon_is_sorted_and_short() {
        assert!(LEXICON.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(LEXICON.iter().all(|(w, _)| w.len() <= 13 && w.bytes().all(|b| b.is_ascii_lowercase())));
        assert!(KEYS.windows(2).all(|w| w[0] < w[1]));
        // A word alone (keyed from its bytes) and inside a longer text (read 16 bytes at once).
        let word_lex = |w: &str, cap: bool| {
            let alone = lexeme(w.as_bytes(), 0, w.len(), cap);
            let text = format!("on {w} and some more words");
            assert_eq!(lexeme(text.as_bytes(), 3, 3 + w.len(), cap), alone, "{w}");
            alone
        };
        for (word, lex) in LEXICON {
            assert_eq!(word_lex(word, false), *lex, "{word}");
            assert_eq!(word_lex(&word.to_uppercase(), true), *lex, "{word}");
        }
        assert_eq!(word_lex("government", false), Lex::Other);
        assert_eq!(word_lex("announced", false), Lex::PastV);
        assert_eq!(word_lex("Mondays", false), Lex::Weekdays(1));
        assert_eq!(word_lex("Monday", true), Lex::Weekday(1));
        assert_eq!(word_lex("Mon", true), Lex::Other);
    }

    #[test]
    fn explicit_dates() {
        assert_eq!(one("Signed on March 1, 2008 in Paris.", ANCHOR), pair("March 1, 2008", "2008-03-01"));
        assert_eq!(one("Signed on 1 March 2008.", ANCHOR), pair("1 March 2008", "2008-03-01"));
        assert_eq!(one("The vote is on Jan. 5.", ANCHOR), pair("Jan. 5", "2026-01-05"));
        assert_eq!(one("It closed on January 5.", ANCHOR), pair("January 5", "2026-01-05"));
        assert_eq!(one("It was dated 2008-03-01.", ANCHOR), pair("2008-03-01", "2008-03-01"));
        assert_eq!(one("He left in March 2008.", ANCHOR), pair("March 2008", "2008-03"));
        assert_eq!(one("He left in 2008.", ANCHOR), pair("2008", "2008"));
        assert_eq!(one("It began in September 2025.", ANCHOR), pair("September 2025", "2025-09"));
        assert_eq!(one("Prices rose in the 1990s.", ANCHOR), pair("1990s", "199"));
        assert_eq!(one("Prices have risen since 2014.", ANCHOR), pair("2014", "2014"));
        assert_eq!(one("The April 2nd report said so.", ANCHOR), pair("April 2nd", "2025-04-02"));
        assert_eq!(one("Friday, March 25, 2016, was the day.", ANCHOR), pair("Friday, March 25, 2016", "2016-03-25"));
        assert_eq!(one("The date, 7/8/07, was chosen.", ANCHOR), pair("7/8/07", "2007-07-08"));
        assert_eq!(one("Stocks fell to lows not seen since '82.", ANCHOR), pair("'82", "1982"));
        assert_eq!(one("It opens in early 2009.", ANCHOR), pair("early 2009", "2009"));
        assert_eq!(one("It opens in mid-2011.", ANCHOR), pair("mid-2011", "2011"));
        assert_eq!(one("It was cheap in the 70s.", ANCHOR), pair("70s", "197"));
    }

    #[test]
    fn months_without_a_year_take_the_tense_or_the_nearest_year() {
        assert_eq!(one("In September, the firm said it had lost money.", ANCHOR), pair("September", "2025-09"));
        assert_eq!(one("The plant will open in September.", ANCHOR), pair("September", "2026-09"));
        assert_eq!(one("Sales fell in December.", ANCHOR), pair("December", "2025-12"));
        assert_eq!(one("The trial is set to begin on March 3.", ANCHOR), pair("March 3", "2026-03-03"));
        assert_eq!(one("The contract may be signed on December 12.", ANCHOR), pair("December 12", "2026-12-12"));
        assert_eq!(one("It was announced on December 12.", ANCHOR), pair("December 12", "2025-12-12"));
        assert_eq!(one("A deal is expected to close in early June.", ANCHOR), pair("early June", "2026-06"));
        assert_eq!(
            found("Dealers won't be renewed after October of next year.", ANCHOR),
            [pair("October", "2027-10"), pair("next year", "2027")]
        );
        assert_eq!(one("She said so last September.", ANCHOR), pair("last September", "2025-09"));
        // "May" is a month only where a month can stand; "Theresa May" is a name.
        assert!(found("Prices may rise. Theresa May spoke.", ANCHOR).is_empty());
        assert_eq!(one("The law passed in May.", ANCHOR), pair("May", "2025-05"));
    }

    #[test]
    fn weekdays_are_the_last_such_day_unless_the_sentence_looks_ahead() {
        assert_eq!(one("The minister spoke on Wednesday.", ANCHOR), pair("Wednesday", "2026-01-07"));
        assert_eq!(one("The minister spoke on Tuesday.", ANCHOR), pair("Tuesday", "2026-01-06"));
        assert_eq!(one("After tuesday's discussions, talks stalled.", ANCHOR), pair("tuesday", "2026-01-06"));
        assert_eq!(one("Earlier on Monday, the army withdrew.", ANCHOR), pair("Monday", "2026-01-05"));
        assert_eq!(one("The leaders will meet on Friday.", ANCHOR), pair("Friday", "2026-01-09"));
        assert_eq!(one("Markets stay closed until Friday.", ANCHOR), pair("Friday", "2026-01-09"));
        assert_eq!(one("They meet on Monday next.", ANCHOR), pair("Monday next", "2026-01-12"));
        assert_eq!(one("They meet next Friday.", ANCHOR), pair("next Friday", "2026-01-09"));
        assert_eq!(one("They met last Monday.", ANCHOR), pair("last Monday", "2026-01-05"));
        assert_eq!(one("They met last Wednesday.", ANCHOR), pair("last Wednesday", "2025-12-31"));
        assert_eq!(one("GM announced plans Friday to cut jobs.", ANCHOR), pair("Friday", "2026-01-02"));
        assert_eq!(one("Talks resume Monday next week.", ANCHOR), pair("Monday next week", "2026-01-12"));
        assert_eq!(one("He left on Monday morning.", ANCHOR), pair("Monday morning", "2026-01-05TMO"));
        assert_eq!(kind("He left on Monday morning."), TimexType::Time);
        assert_eq!(
            one("GM admitted Thursday night that it lost money.", ANCHOR),
            pair("Thursday night", "2026-01-01TNI")
        );
    }

    #[test]
    fn days_weeks_months_and_years_relative_to_the_anchor() {
        let cases = [
            ("The vote is today.", "today", "2026-01-07"),
            ("The vote was yesterday.", "yesterday", "2026-01-06"),
            ("The vote is tomorrow.", "tomorrow", "2026-01-08"),
            ("The vote is tonight.", "tonight", "2026-01-07TNI"),
            ("The vote was earlier today.", "earlier today", "2026-01-07"),
            ("He said so this morning.", "this morning", "2026-01-07TMO"),
            ("He said so last night.", "last night", "2026-01-06TNI"),
            ("Talks began this week.", "this week", "2026-W02"),
            ("Talks began last week.", "last week", "2026-W01"),
            ("Talks begin next week.", "next week", "2026-W03"),
            ("Talks began this weekend.", "this weekend", "2026-W02-WE"),
            ("Sales rose this month.", "this month", "2026-01"),
            ("Sales rose last month.", "last month", "2025-12"),
            ("Sales rose this year.", "this year", "2026"),
            ("Sales rose last year.", "last year", "2025"),
            ("Sales will rise next year.", "next year", "2027"),
            ("Sales rose earlier this year.", "earlier this year", "2026"),
            ("Sales rose at the end of last year.", "the end of last year", "2025"),
            ("Sales rose in the previous year.", "the previous year", "2025"),
            ("Sales rose in the last quarter.", "the last quarter", "2025-Q4"),
            ("Sales rose in the third quarter of 2009.", "the third quarter of 2009", "2009-Q3"),
            ("Sales rose in the first quarter of last year.", "the first quarter of last year", "2025-Q1"),
            ("Sales rose in the fourth quarter.", "the fourth quarter", "2025-Q4"),
            ("Sales fell this spring.", "this spring", "2026-SP"),
            ("Sales fell a year ago.", "a year ago", "2025"),
            ("Sales fell two weeks ago.", "two weeks ago", "2025-12-24"),
            ("Sales fell three months ago.", "three months ago", "2025-10"),
            ("Shops open on Christmas Eve.", "Christmas Eve", "2025-12-24"),
        ];
        for (text, span, value) in cases {
            assert_eq!(one(text, ANCHOR), pair(span, value), "{text}");
        }
    }

    #[test]
    fn the_same_day_and_times_take_the_last_day_named() {
        assert_eq!(
            found("Stocks fell on Monday. Data released the same day were weak.", ANCHOR),
            [pair("Monday", "2026-01-05"), pair("the same day", "2026-01-05")]
        );
        assert_eq!(one("The market opened at 3 p.m.", ANCHOR), pair("3 p.m.", "2026-01-07T15:00"));
        assert_eq!(one("The market opened at 15:00.", ANCHOR), pair("15:00", "2026-01-07T15:00"));
        assert_eq!(one("It landed at 18:00 UTC.", ANCHOR), pair("18:00 UTC", "2026-01-07T18:00Z"));
        assert_eq!(one("It filed at 12:00 UTC Monday.", ANCHOR), pair("12:00 UTC Monday", "2026-01-05T12:00Z"));
        assert_eq!(one("At 0800 UTC, banks moved.", ANCHOR), pair("0800 UTC", "2026-01-07T08:00Z"));
        assert_eq!(
            found("It flew on Tuesday, landing at 6:40 pm.", ANCHOR),
            [pair("Tuesday", "2026-01-06"), pair("6:40 pm", "2026-01-06T18:40")]
        );
        assert_eq!(kind("The market opened at 3 p.m."), TimexType::Time);
        // Ratios, scores and prices are not times.
        assert!(found("It won 3:1 and costs 2.50 dollars, up 1.16%.", ANCHOR).is_empty());
    }

    #[test]
    fn durations() {
        assert_eq!(one("The war lasted three years.", ANCHOR), pair("three years", "P3Y"));
        assert_eq!(found("Repairs take 7 to 10 days.", ANCHOR), [pair("7", "P7D"), pair("10 days", "P10D")]);
        assert_eq!(
            found("Repairs take the next 7 to 10 days.", ANCHOR),
            [pair("the next 7", "P7D"), pair("10 days", "P10D")]
        );
        assert_eq!(
            found("Repairs take between 60 and 90 days.", ANCHOR),
            [pair("60", "P60D"), pair("90 days", "P90D")]
        );
        assert_eq!(
            found("It takes a week to week-and-a-half.", ANCHOR),
            [pair("a week", "P1W"), pair("week-and-a-half", "P1.5W")]
        );
        assert_eq!(one("The talk ran 90 minutes.", ANCHOR), pair("90 minutes", "PT90M"));
        assert_eq!(one("She signed a two-year deal.", ANCHOR), pair("two-year", "P2Y"));
        assert_eq!(one("It ended a four-year struggle.", ANCHOR), pair("four-year", "P4Y"));
        assert_eq!(one("It ended the three-year-long war.", ANCHOR), pair("three-year-long", "P3Y"));
        assert_eq!(one("It came a day after the vote.", ANCHOR), pair("a day", "P1D"));
        assert_eq!(one("Prices rose in recent weeks.", ANCHOR), pair("recent weeks", "PXW"));
        assert_eq!(one("Prices rose over the past few days.", ANCHOR), pair("the past few days", "PXD"));
        assert_eq!(one("Prices rose over the past decade.", ANCHOR), pair("the past decade", "P10Y"));
        assert_eq!(
            one("It is almost two and a half years late.", ANCHOR),
            pair("almost two and a half years", "P2.5Y")
        );
        assert_eq!(one("The index hit a 20 year low.", ANCHOR), pair("a 20 year", "P20Y"));
        assert_eq!(one("It fell for six straight days.", ANCHOR), pair("six straight days", "P6D"));
        assert_eq!(one("They waited half an hour.", ANCHOR), pair("half an hour", "PT30M"));
        assert_eq!(one("It has been delayed for years.", ANCHOR), pair("years", "PXY"));
        assert_eq!(kind("The war lasted three years."), TimexType::Duration);
        // Ages and fractions are not durations.
        assert!(found("A 55-year-old man and a boy, five years old, own about a quarter of it.", ANCHOR).is_empty());
        assert!(found("Three-quarters of the voters agreed.", ANCHOR).is_empty());
    }

    #[test]
    fn references_and_sets() {
        let cases = [
            ("Prices are now higher.", "now", "PRESENT_REF"),
            ("Prices are currently higher.", "currently", "PRESENT_REF"),
            ("Prices recently rose.", "recently", "PAST_REF"),
            ("He was formerly a minister.", "formerly", "PAST_REF"),
            ("Prices will soon rise.", "soon", "FUTURE_REF"),
            ("Prices will rise in the future.", "the future", "FUTURE_REF"),
            ("Prices hold for the time being.", "the time being", "PRESENT_REF"),
        ];
        for (text, span, value) in cases {
            assert_eq!(one(text, ANCHOR), pair(span, value), "{text}");
        }
        let sets = [
            ("They meet every week.", "every week", "P1W"),
            ("It is updated daily.", "daily", "P1D"),
            ("It is audited annually.", "annually", "P1Y"),
            ("It delivers 15 a year.", "a year", "P1Y"),
            ("They meet every Monday.", "every Monday", "XXXX-WXX-1"),
        ];
        for (text, span, value) in sets {
            assert_eq!(one(text, ANCHOR), pair(span, value), "{text}");
            assert_eq!(kind(text), TimexType::Set, "{text}");
        }
        // Not time expressions: "as soon as", "now-defunct", names with "Daily".
        assert!(found("Call as soon as you can about the now-defunct Daily Mail.", ANCHOR).is_empty());
    }

    #[test]
    fn without_an_anchor_relative_values_keep_placeholders() {
        let cases = [
            ("They met on Wednesday.", "Wednesday", "XXXX-WXX-3"),
            ("They met in September.", "September", "XXXX-09"),
            ("They meet today.", "today", "PRESENT_REF"),
            ("They met yesterday.", "yesterday", "XXXX-XX-XX"),
            ("They met last week.", "last week", "XXXX-WXX"),
            ("They met last year.", "last year", "XXXX"),
            ("They met on January 5.", "January 5", "XXXX-01-05"),
            ("They met at 3 p.m.", "3 p.m.", "XXXX-XX-XXT15:00"),
            ("They met two years ago.", "two years ago", "PAST_REF"),
            ("They met in the fourth quarter.", "the fourth quarter", "XXXX-Q4"),
            ("They met in March 2008.", "March 2008", "2008-03"),
        ];
        for (text, span, value) in cases {
            assert_eq!(one(text, None), pair(span, value), "{text}");
        }
        assert!(!find_timexes("They met on Wednesday.", None)[0].anchored);
        assert!(find_timexes("They met on Wednesday.", ANCHOR)[0].anchored);
        assert!(!find_timexes("They met in March 2008.", ANCHOR)[0].anchored);
        // An anchor that is not a date is no anchor.
        assert_eq!(one("They met on Wednesday.", Some("soon")), pair("Wednesday", "XXXX-WXX-3"));
    }

    #[test]
    fn numbers_that_are_not_years() {
        let text =
            "It cost $2008 and 1,999 units; the Russell 2000 Index rose 2.5% to 2010.55; 2000 points; Airbus A380.";
        assert!(found(text, ANCHOR).is_empty(), "{:?}", found(text, ANCHOR));
    }

    #[test]
    fn offsets_are_char_boundaries_on_any_input() {
        let inputs = [
            "😀 on Wednesday 😀, 3 p.m. 😀 2008-03-01😀",
            "قال الوزير يوم الأربعاء 2008 ثم on Monday غادر",
            "ﬁve years…since 2014’s “March 1, 2008” — «next week»",
            "\u{200f}Tuesday\u{200e} at 15:00\u{2029}March\u{301}",
            "'",
            "-",
            "the",
            "a",
            "1",
            "12:",
            "Jan.",
            "the end of",
            "between 2009 and",
            "2008-",
            "1/2/",
            "3 p.",
            "'8",
        ];
        for text in inputs {
            for anchor in [ANCHOR, None] {
                for t in find_timexes(text, anchor) {
                    assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end), "{text:?}: {t:?}");
                    assert!(t.start < t.end && t.end <= text.len());
                    assert_eq!(&text[t.start..t.end], t.text);
                }
            }
        }
    }

    #[test]
    fn long_and_odd_lines_run_in_linear_time() {
        let start = std::time::Instant::now();
        let digits = "7".repeat(1 << 20);
        assert!(find_timexes(&digits, ANCHOR).is_empty());
        let mixed = "the the last 1-2-3 a a year 12:30 March the end of 😀 ".repeat(20_000);
        let n = find_timexes(&mixed, ANCHOR).len();
        assert!(n >= 20_000);
        // A quadratic scan would take hours on these; a linear one takes well under a second
        // (seconds in an unoptimised build).
        assert!(start.elapsed().as_secs() < 30, "{:?}", start.elapsed());
    }

    #[test]
    fn dispatch_runs_every_recogniser_that_could_match() {
        let text = "On Monday, March 1, 2008, at 3 p.m. UTC, the last quarter of 2009, the past few days, \
            7 to 10 days, a week to week-and-a-half, every week, annual, 15 a year, the 1990s, '82, from 2009 to \
            2011, tonight, this morning, last night, the same day, the end of last year, early June, the future, \
            Christmas Eve, New Year's Day, Q3 2009, the second half of 2009, this spring, in the morning, \
            right now, more recently, very soon, these days, at present, the near term, two years ago, \
            three-year-long, half an hour, the first-quarter, 18:00 UTC Monday, 7/8/07, 2008-03-01, \
            1 March 2008, the 5th of May, Monday next week, next Friday, Thanksgiving, Easter Sunday, \
            the president said, The Kremlin, the Märch plan, the 2020s, the 'nineties, a plan, an ally, \
            a 20 year low, an hour, a few days, a fortnight.";
        dispatch_matches_all_recognisers(text);
    }

    /// [`dispatch_runs_every_recogniser_that_could_match`] over real news (PolNeAR, MEANTIME),
    /// when the corpora are there.
    #[test]
    fn dispatch_runs_every_recogniser_that_could_match_in_real_news() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpora");
        let mut texts = 0;
        for file in ["polnear-train/train.jsonl", "meantime-timex/timex.jsonl"] {
            let Ok(lines) = std::fs::read_to_string(root.join(file)) else {
                eprintln!("skipped {file}: ../shared/corpora is not here");
                continue;
            };
            for line in lines.lines().take(400) {
                let doc: serde_json::Value = serde_json::from_str(line).unwrap();
                dispatch_matches_all_recognisers(doc["text"].as_str().unwrap_or(""));
                texts += 1;
            }
        }
        eprintln!("{texts} texts checked");
    }

    fn dispatch_matches_all_recognisers(text: &str) {
        let t = tokenize(text);
        for anchor in [ANCHOR, None] {
            let s = Scanner {
                text,
                t: &t,
                anchor: anchor.and_then(parse_anchor),
                out: Vec::new(),
                last_day: None,
                last_named: None,
            };
            for i in 0..s.t.len() {
                let key = |h: Option<Hit>| h.map(|h| (h.s, h.e, h.value));
                let all = key(s.best_of_all(i));
                if s.starter(i) {
                    assert_eq!(key(s.best(i)), all, "token {i} {:?}", s.raw(i));
                } else {
                    assert_eq!(all, None, "token {i} {:?} is no starter but starts {all:?}", s.raw(i));
                }
            }
        }
    }
}
