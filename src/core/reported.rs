//! Reported speech: statements without quotation marks.
//!
//! Three shapes cover most of what news writing reports:
//! - **speaker, cue, content**: "Zelensky said (that) he has raised the issue…",
//!   "Officials familiar with the talks said the document…", "He told reporters that…";
//! - **content, speaker, cue**: "The plan will go ahead, the minister said.";
//! - **according to**: "According to officials, the talks…", "…, according to the report."
//!
//! Only verbs that take a reported clause count as cues here ("say", "warn", "argue"; not
//! "call", "describe"), and the content must be a clause of a few words. Sentences already
//! covered by a quotation are left to the quotation pass.

use super::names::{self, Mention, Token};
use super::segment::Sentence;

/// Reporting verbs whose object is a thing, not a reported clause.
const NOT_CLAUSE_CUES: &[&str] = &[
    "call",
    "describe",
    "label",
    "continue",
    "put",
    "mock",
    "charge",
    "signal",
    "post",
    "tweet",
    "answer",
    "reply",
    "quip",
    "joke",
    "shout",
    "whisper",
    "laugh",
    "bark",
    "snap",
    "scoff",
    "sigh",
    "grouse",
    "fret",
    "bemoan",
    "marvel",
    "insinuate",
    "forecast",
    "vent",
    "yell",
    "scream",
    "interrupt",
    "interject",
    "retaliate",
    "text",
    "email",
    "recount",
    "tout",
    "crow",
    "summarize",
    "summarise",
    "elaborate",
    "comment",
    "remark",
    "beg",
    "plead",
    "thunder",
    "chide",
    "scold",
    "gripe",
    "fume",
    "muse",
    "lament",
    "exclaim",
    "boast",
    "brag",
    "counter",
    "retort",
    "query",
    "inquire",
    "wonder",
    "threaten",
    "tell",
];

/// Words that open a short adjunct after "she said" ("on Monday", "in a statement").
const ADJUNCT_STARTS: &[&str] = &[
    "on",
    "in",
    "at",
    "during",
    "after",
    "to",
    "late",
    "early",
    "earlier",
    "last",
    "this",
    "yesterday",
    "today",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// A reported statement found in a sentence (byte offsets).
#[derive(Debug, Clone)]
pub(crate) struct Reported {
    pub start: usize,
    pub end: usize,
    pub mention: Mention,
    pub cue: String,
}

fn clause_cue(t: &Token) -> Option<&'static str> {
    // Which reporting verbs can introduce a clause, by their index, decided once.
    static CLAUSE: std::sync::OnceLock<Vec<bool>> = std::sync::OnceLock::new();
    let clause = CLAUSE.get_or_init(|| names::CUE_BASES.iter().map(|l| clause_lemma(l).is_some()).collect());
    let i = t.cue_index()?;
    clause[i].then_some(names::CUE_BASES[i])
}

/// A reporting verb's lemma if it can introduce a clause of speech.
fn clause_lemma(lemma: &'static str) -> Option<&'static str> {
    (lemma == "tell" || !NOT_CLAUSE_CUES.contains(&lemma)).then_some(lemma)
}

fn is_quote_mark(t: &Token) -> bool {
    matches!(t.text, "“" | "”" | "\"" | "'" | "‘" | "’" | "«" | "»" | "„")
}

/// The index of a sentence's final stop (".", "!", "?"), or its length when it has none:
/// the end of what its clauses say.
fn before_stop(toks: &[Token]) -> usize {
    toks.len() - usize::from(toks.last().is_some_and(|t| matches!(t.text, "." | "!" | "?")))
}

fn words_between(toks: &[Token], i: usize, j: usize) -> usize {
    toks[i..j].iter().filter(|t| t.is_word()).count()
}

/// The speaker that ends at token `end` (exclusive), reading back: a name, a pronoun, a
/// role, or the sentence's subject with a short modifier ("Officials familiar with the
/// talks").
fn speaker_before(toks: &[Token], end: usize) -> Option<Mention> {
    subject_before(toks, end).or_else(|| {
        // "It wasn’t an accident — Brendan Buck, a spokesman for Ryan, told…", "Dec 29
        // (Reuters) - U.S. candidate Hillary Clinton said": a dash opens a new subject.
        let end = super::statements::past_adverbs(toks, end);
        let dash = (1..end.saturating_sub(1)).rev().find(|&k| matches!(toks[k].text, "—" | "–" | "-"))? + 1;
        // Only a name that opens the new clause: "— some (favored by…)" names no one.
        subject_before(&toks[dash..], end - dash)
            .filter(|m| m.kind == names::MentionKind::Name && m.start == toks[dash].start)
    })
}

/// "…, who said": the one named before the relative pronoun. A person's name is kept as
/// the speaker's name, and the mention is the pronoun, the clause's own subject (as "he"
/// is, resolved to a name); a role or group before it is the mention itself.
pub(crate) fn relative_speaker(toks: &[Token], end: usize) -> Option<Mention> {
    if end < 2 || toks[end - 1].text != "who" || toks[end - 2].text != "," {
        return None;
    }
    let who = &toks[end - 1];
    let antecedent = names::mention_ending_at(toks, end - 2).or_else(|| noun_phrase_ending_at(toks, end - 2))?;
    if antecedent.kind == names::MentionKind::Pronoun {
        return Some(antecedent);
    }
    let name = described(toks, &antecedent, end - 1);
    Some(Mention { start: who.start, end: who.end(), name, ..antecedent })
}

/// The name a relative pronoun at `k` stands for: the antecedent's name, or the words of
/// the group or role it describes ("a young child, who" → "a young child").
fn described(toks: &[Token], antecedent: &Mention, k: usize) -> Option<String> {
    if antecedent.kind == names::MentionKind::Name {
        return antecedent.name.clone();
    }
    let at = toks.partition_point(|t| t.start < antecedent.start);
    Some(spelled(&toks[at..k]))
}

/// The words of a phrase as written, without commas: a space only where the text has
/// one ("Trump’s campaign manager").
fn spelled(phrase: &[Token]) -> String {
    let mut s = String::new();
    let mut prev_end = None;
    for t in phrase.iter().filter(|t| t.text != ",") {
        if prev_end.is_some_and(|e| e < t.start) {
            s.push(' ');
        }
        s.push_str(t.text);
        prev_end = Some(t.end());
    }
    s
}

/// The noun phrase that a relative clause describes when it is no speaker mention of its
/// own ("a young child, who said…"): the words back to a determiner, at most four.
fn noun_phrase_ending_at(toks: &[Token], end: usize) -> Option<Mention> {
    let d = (end.saturating_sub(5)..end.saturating_sub(1))
        .rev()
        .take_while(|&j| toks[j].is_word() && !toks[j].is_in(FINITE))
        .find(|&j| toks[j].is_in(&names::DETERMINERS))?;
    // (A noun after the determiner's words, not a verb or an adverb.)
    let head = &toks[end - 1];
    if !head.is_word() || head.is_cue() || head.text.ends_with("ly") || head.text.ends_with("ed") {
        return None;
    }
    Some(Mention { start: toks[d].start, end: head.end(), name: None, kind: names::MentionKind::Role, titled: false })
}

/// "Republicans who say…", "23 percent who said…": the relative pronoun is the mention,
/// as in [`relative_speaker`]; the group it describes is kept as its name, which the page
/// shows, with no entity of its own.
fn restrictive_speaker(toks: &[Token], end: usize) -> Option<Mention> {
    let who = &toks[end - 1];
    let antecedent = names::mention_ending_at(toks, end - 1).filter(|m| m.kind != names::MentionKind::Pronoun)?;
    // (A subject or an appositive that the clause describes is itself the speaker:
    // "Voters who say the economy matters most were divided", "Lloyd Grove, the editor who
    // wrote the profile".)
    let at = toks.partition_point(|t| t.start < antecedent.start);
    let leads = at == 0 || matches!(toks[at - 1].text, "," | "—" | "–" | "(");
    if !who.text.eq_ignore_ascii_case("who") || leads {
        return Some(antecedent);
    }
    let name = described(toks, &antecedent, end - 1);
    Some(Mention { start: who.start, end: who.end(), name, ..antecedent })
}

/// [`speaker_before`] within one clause.
fn subject_before(toks: &[Token], end: usize) -> Option<Mention> {
    let end = super::statements::past_adverbs(toks, end);
    if end == 0 {
        return None;
    }
    // "Sullivan put off deciding … but said the group could…": a second verb of the
    // sentence's subject, when that subject is a name or a pronoun.
    if toks[end - 1].is_in(&["and", "but"][..]) {
        return participle_subject(toks, end);
    }
    // "56 percent of Cuban-Americans polled said…", "Most Republicans surveyed say…": the
    // ones asked are the speaker.
    if end >= 2
        && toks[end - 1].is_in(&["polled", "surveyed", "interviewed", "questioned", "sampled"][..])
        && let Some(m) = subject_before(toks, end - 1).filter(|m| m.kind == names::MentionKind::Role)
    {
        return Some(Mention { end: toks[end - 1].end(), ..m });
    }
    if let Some(m) = relative_speaker(toks, end) {
        return Some(m);
    }
    // "One of the authors of that report, Ari Fleischer, said": a person's name set off by
    // commas right before the verb is the one who speaks.
    if end >= 3
        && toks[end - 1].text == ","
        && let Some(m) = names::mention_ending_at(toks, end - 1).filter(names::person_like)
        // (After a description, not a place: "a philanthropist from Monsey, New York,".)
        && toks
            .partition_point(|t| t.start < m.start)
            .checked_sub(2)
            .is_some_and(|k| toks[k + 1].text == "," && toks[k].is_word() && !toks[k].is_capitalized())
    {
        return Some(m);
    }
    // "women who want…", "Republicans who said": the noun the clause describes, or nobody.
    if toks[end - 1].is_in(&["who", "which", "that"][..]) {
        return restrictive_speaker(toks, end);
    }
    if let Some(m) = names::mention_ending_at(toks, end) {
        // "Trump and Ryan said": both, when they open the clause.
        let at = toks.partition_point(|t| t.start < m.start);
        let joined = at >= 2 && toks[at - 1].text == "and";
        // ("Carson, Fiorina and Huckabee said": back over a list of names.)
        let listed = |mut first: Mention| {
            for _ in 0..4 {
                let p = toks.partition_point(|t| t.start < first.start);
                match names::mention_ending_at(toks, p.saturating_sub(1)).filter(|f| {
                    p >= 2 && toks[p - 1].text == "," && f.kind == names::MentionKind::Name && first.kind == f.kind
                }) {
                    Some(f) => first = f,
                    None => break,
                }
            }
            first
        };
        // (At the clause's start, not the end of a list: "Sciences, Engineering and
        // Medicine noted".)
        let opens = |first: &Mention| {
            toks.partition_point(|t| t.start < first.start).checked_sub(1).is_none_or(|p| {
                matches!(toks[p].text, ";" | "—" | "–" | "both" | "Both")
                    || (p == 0 && toks[0].is_in(&["but", "and", "yet", "so"][..]))
                    || (toks[p].text == "," && opens_intro(&toks[0]) && !toks[..p].iter().any(|t| t.text == ","))
            })
        };
        // (The whole list when it opens the clause, else the name before "and": "In Iowa,
        // Cruz and Rubio said" is not "Iowa, Cruz and Rubio".)
        if joined
            && m.kind != names::MentionKind::Pronoun
            && let Some(first) = names::mention_ending_at(toks, at - 1)
                .filter(|f| f.kind != names::MentionKind::Pronoun)
                .and_then(|f| [listed(f.clone()), f].into_iter().find(|m| opens(m)))
        {
            return Some(both(first, &m));
        }
        // ("The Kentucky Republican and the New York businessman discussed": the whole
        // subject when it is a plain noun phrase.)
        if joined
            && m.kind == names::MentionKind::Role
            && let Some(whole) = subject_phrase(toks, end).filter(|w| {
                w.start < m.start
                    && w.end == m.end
                    && !toks[..at].iter().any(|t| t.start >= w.start && matches!(t.text, "," | "—" | "–"))
            })
        {
            return Some(whole);
        }
        return Some(m);
    }
    // The subject at the sentence start, with a modifier of a few words and no verb.
    let Some((m, j)) = names::mention_starting_at(toks, 0) else { return subject_phrase(toks, end) };
    if j >= end {
        return if j == end { Some(m) } else { subject_phrase(toks, end) };
    }
    // "Officials familiar with the talks", "sources close to the president", "analysts at
    // the bank": the modifier opens with one of these words and holds no verb.
    const MODIFIER_STARTS: &[&str] = &[
        "familiar",
        "close",
        "at",
        "of",
        "for",
        "from",
        "in",
        "with",
        "on",
        "behind",
        "involved",
        "briefed",
        "knowledgeable",
        "inside",
        "within",
        "across",
        "near",
    ];
    let modifier = &toks[j..end];
    let opens = modifier[0].is_in(MODIFIER_STARTS);
    // (The opening word may be a participle itself: "briefed", "involved".)
    let verbless = modifier[1..].iter().all(|t| {
        !t.is_cue()
            && !super::statements::is_adverb_or_aux(t.text)
            && !t.text.ends_with("ed")
            && !matches!(t.text, "." | ";" | ":" | ",")
    });
    (phrase_len(modifier) <= 8 && opens && verbless)
        .then(|| names::span_mention(toks, 0, end))
        .flatten()
        .or_else(|| subject_phrase(toks, end))
}

/// The length of a phrase in words, a possessive ending ("China’s") part of its word.
fn phrase_len(phrase: &[Token]) -> usize {
    // (The apostrophe is no word; the "s" after it is no word of its own.)
    let possessive_s = |k: usize| k > 0 && phrase[k].text == "s" && matches!(phrase[k - 1].text, "’" | "'");
    (0..phrase.len()).filter(|&k| phrase[k].is_word() && !possessive_s(k)).count()
}

/// Words that open a sentence's introductory phrase, which ends at its first comma ("In a
/// brief interview, the senator said…", "Speaking to reporters, …").
pub(crate) const INTRO_STARTS: &[&str] = &[
    "back",
    "in",
    "on",
    "at",
    "after",
    "during",
    "before",
    "asked",
    "speaking",
    "although",
    "though",
    "while",
    "when",
    "if",
    "as",
    "for",
    "since",
    "meanwhile",
    "instead",
    "later",
    "earlier",
    "yesterday",
    "today",
    "last",
    "this",
    "despite",
    "unlike",
    "like",
    "because",
    "until",
    "once",
    "with",
    "without",
    "from",
    "under",
    "over",
    "among",
    "by",
    "writing",
    "responding",
    "addressing",
    "citing",
    "however",
    "still",
    "now",
    "following",
    "amid",
    "throughout",
    "upon",
    "given",
    "having",
    "hours",
    "days",
    "weeks",
    "moments",
    "minutes",
    "soon",
    "overall",
    "nonetheless",
    "nevertheless",
    "thus",
];

/// Whether a sentence's first word opens an introductory phrase: one of [`INTRO_STARTS`]
/// or an adverb ("Shortly after the announcement, …", "Separately, …").
pub(crate) fn opens_intro(t: &Token) -> bool {
    t.is_in(INTRO_STARTS)
        || (t.is_capitalized()
            && t.text.len() > 4
            && t.text.ends_with("ly")
            // ("Nearly half said", "Early results show": a word of the subject.)
            && !t.is_in(&["nearly", "early", "only", "roughly", "fully", "likely", "family"][..]))
}

/// Conjunctions that open a subordinate clause with a subject of its own.
const SUBORDINATORS: &[&str] = &["while", "although", "though", "because", "whereas", "when", "after", "before"];

/// Words that show a phrase is a clause, not a noun phrase.
const FINITE: &[&str] = &[
    "is", "was", "were", "are", "be", "been", "has", "have", "had", "did", "does", "do", "will", "would", "can",
    "could", "should", "may", "might", "must",
];

/// Participles that are adjectives in a speaker phrase ("an unnamed official").
const ADJECTIVE_PARTICIPLES: &[&str] =
    &["unnamed", "detailed", "elected", "unidentified", "retired", "united", "appointed", "named", "based", "related"];

/// The subject before a cue read as a whole noun phrase, when the speaker is not a name
/// right before the verb: "Other senators said", "Many of his supporters say", "Shane Shook,
/// a security expert who has helped investigate the attacks, said", "In a brief interview,
/// the senator's spokesman said". Its head (the words before the first comma) holds no
/// verb; the parts after commas are appositives or "who" clauses.
fn subject_phrase(toks: &[Token], end: usize) -> Option<Mention> {
    let mut i = 0;
    while i < end
        && matches!(toks[i].text.to_ascii_lowercase().as_str(), "and" | "but" | "yet" | "so" | "," | "—" | "-")
    {
        i += 1;
    }
    // (Two at most: "Still, while the industry cannot block it all, people who… say".)
    for _ in 0..2 {
        if i < end && opens_intro(&toks[i]) {
            i = match (i..end).find(|&k| toks[k].text == ",") {
                Some(k) => k + 1,
                // "While the top candidates of both parties say…, they differ": the verb is
                // inside the opening clause, whose subject follows its conjunction.
                None if toks[i].is_in(SUBORDINATORS) => i + 1,
                None => return None,
            };
        }
    }
    let mut j = end;
    while j > i && matches!(toks[j - 1].text, "," | "—" | "–") {
        j -= 1;
    }
    if i >= j || j - i > 40 {
        return None;
    }
    // "Mostly, they've offered…", "To a person, they don’t want…": a pronoun after the
    // last comma is the subject; what comes before it is an opening phrase.
    if j >= i + 2 && toks[j - 2].text == "," {
        let t = &toks[j - 1];
        let word = t.text.split(['\'', '’']).next().unwrap_or("");
        if names::PRONOUNS.iter().any(|p| p.eq_ignore_ascii_case(word)) {
            return Some(Mention {
                start: t.start,
                end: t.start + word.len(),
                name: None,
                kind: names::MentionKind::Pronoun,
                titled: false,
            });
        }
    }
    let seg = &toks[i..j];
    // ("--" is two hyphens: "The justice -- who has been… -- said".)
    let mut parts = seg.split(|t| matches!(t.text, "," | "—" | "–" | "-" | "(" | ")"));
    let head = parts.next().filter(|h| !h.is_empty())?;
    // "People who have battled online threats say", "The judges who ruled that Texas could
    // not implement its law said": a relative clause with no comma ends the head; its own
    // verbs are not the head's.
    let head = match head.iter().position(|t| t.is_in(&["who", "whom", "whose"][..])) {
        Some(r) if r >= 1 && head.len() - r <= 16 => &head[..r],
        _ => head,
    };
    if head.len() > 10 {
        return None;
    }
    // (After an article or a possessive only: "Some argue…" is a verb.)
    const ARTICLES: &[&str] = &["the", "a", "an", "this", "that", "his", "her", "its", "their", "our", "my", "your"];
    let noun =
        |k: usize| head[k].is_in(&["state", "states"][..]) || k.checked_sub(1).is_some_and(|p| head[p].is_in(ARTICLES));
    let verb_in_head = head.iter().enumerate().any(|(k, t)| {
        // ("Will Rogers", "May Smith": a capitalised word before a name is the name's.)
        // ("Theresa May, …": so is a capitalised word after a name.)
        (t.is_in(FINITE)
            && !(t.is_capitalized()
                && (head.get(k + 1).is_some_and(Token::is_capitalized)
                    || k.checked_sub(1).is_some_and(|p| head[p].is_capitalized()))))
            // ("A statement posted on the website said": a participle of saying after its
            // noun is a reduced relative too.)
            // ("The state officials": "state" and "states" are nouns here, as in `forward`;
            // "The report published Tuesday": so is a verb's form after a determiner.)
            || (t.is_cue() && !(t.text.ends_with("ed") && reduced_relative(head, k)) && !noun(k))
            || (t.text.starts_with(|c: char| c.is_lowercase())
                && t.text.ends_with("ed")
                && !t.text.contains('-')
                && !t.is_in(ADJECTIVE_PARTICIPLES)
                && !reduced_relative(head, k)
                // ("Those surveyed said", "those polled")
                && !k.checked_sub(1).is_some_and(|p| head[p].text.eq_ignore_ascii_case("those")))
            || matches!(t.text, ";" | ":" | "“" | "”" | "\"")
    });
    if verb_in_head || (head.len() > 1 && head[0].is_in(&["there", "it", "this", "that", "what", "here"][..])) {
        return None;
    }
    // The mention ends before the trailing parts that are adjuncts: "The company, in a
    // statement," is the company.
    let mut mention_end = j;
    let mut after_adjunct = false;
    // (A closing quote mark after a comma ends a title the phrase opened: "the show “The
    // Apprentice,” said".)
    let title_closes = |p: &[Token]| {
        let double = |t: &Token| matches!(t.text, "“" | "”" | "\"");
        p.iter().all(double) && {
            let at = toks.partition_point(|t| t.start < p[0].start);
            toks[i..at].iter().filter(|t| double(t)).count() % 2 == 1
        }
    };
    for p in parts.filter(|p| !p.is_empty() && !title_closes(p)) {
        let first = &p[0];
        // An appositive with no verb of its own ("head of the NAACP Legal Defense Fund"),
        // or a participle phrase ("speaking on condition of anonymity").
        let verbless = p.len() <= 22 && !p.iter().any(|t| t.is_in(FINITE) || t.is_cue());
        let participle = first.text.ends_with("ing");
        // ("The administration, in an effort that has drawn criticism, has said": an
        // adjunct set off by commas.)
        let adjunct = p.len() <= 22 && first.is_in(&["in", "on", "at", "after", "during", "despite", "amid"][..]);
        if !adjunct {
            mention_end = j;
        } else if !after_adjunct {
            mention_end = toks.partition_point(|t| t.start < first.start) - 1;
        }
        after_adjunct = adjunct;
        let ok = adjunct
            || first.is_in(&["who", "which", "whose"][..])
            || first.is_in(&names::DETERMINERS)
            || first.is_capitalized()
            || first.text.starts_with(|c: char| c.is_ascii_digit())
            || ((verbless || participle) && first.is_word());
        // (Not a clause of its own: "…, he backed Paul", "…, which the left opposes".)
        let clause = first.is_in(names::PRONOUNS)
            || (first.is_in(&["who", "which"][..])
                && p.get(1).is_some_and(|t| t.is_in(&names::DETERMINERS) || t.is_in(names::PRONOUNS)));
        if !ok || clause {
            return None;
        }
    }
    names::span_mention(toks, i, mention_end)
}

/// "made it clear that…", "makes clear that…", "made the case that…", "made the point
/// that…": the index of "that" when such a phrase starts at `c`.
pub(crate) fn makes_clear(toks: &[Token], c: usize) -> Option<usize> {
    if !toks[c].is_in(&["make", "makes", "made", "making"][..]) {
        return None;
    }
    let is = |k: usize, words: &[&str]| toks.get(k).is_some_and(|t| t.is_in(words));
    let that = if is(c + 1, &["clear", "plain"]) {
        c + 2
    } else if (is(c + 1, &["it"]) && is(c + 2, &["clear", "plain"]))
        || (is(c + 1, &["the"]) && is(c + 2, &["case", "point", "argument"]))
    {
        c + 3
    } else {
        return None;
    };
    toks.get(that).is_some_and(|t| t.text == "that").then_some(that)
}

/// Tokens written out with single spaces: a cue of several words ("made it clear").
pub(crate) fn phrase(toks: &[Token]) -> String {
    toks.iter().map(|t| t.text).collect::<Vec<_>>().join(" ")
}

/// The verb that the infinitive cue at `c` continues: "went on to say", "continued to
/// insist", "proceeded to explain".
fn went_on_to(toks: &[Token], c: usize) -> Option<usize> {
    if c < 2 || toks[c - 1].text != "to" {
        return None;
    }
    if toks[c - 2].is_in(&["continued", "continues", "continue", "proceeded", "proceeds"][..]) {
        return Some(c - 2);
    }
    (c >= 3 && toks[c - 2].text == "on" && toks[c - 3].is_in(&["went", "goes", "go", "going"][..])).then(|| c - 3)
}

/// Whether the past participle `head[k]` opens a reduced relative clause after its noun,
/// "A poll released last week", "A court document filed Thursday", "the survey conducted
/// by Gallup": a lowercase noun before it, a preposition or a time after it.
fn reduced_relative(head: &[Token], k: usize) -> bool {
    // ("People briefed on the talks": a plural noun may open the sentence; "Carson appeared
    // on…" is a name and its verb.)
    // ("A CNN poll of South Carolina released on Tuesday": a place after "of" may end the
    // noun phrase.)
    let place_of = || {
        let run = head[..k].iter().rev().take_while(|t| t.is_capitalized()).count();
        k > run + 1 && head[k - run - 1].is_in(&["of", "in", "from"][..]) && head[k - run - 2].is_in(POLLS)
    };
    k >= 1
        && head[k - 1].is_word()
        && (head[k - 1].text.starts_with(|c: char| c.is_lowercase())
            || (k == 1 && (head[0].text.ends_with('s') || head[0].is_in(&["people", "police"][..])))
            || place_of())
        && !head[k - 1].is_in(&names::DETERMINERS)
        && !head[k - 1].is_in(&["both", "all", "each", "who", "that", "which"][..])
        && !super::statements::is_adverb_or_aux(head[k - 1].text)
        && head.get(k + 1).is_some_and(|n| {
            n.is_in(names::PREPOSITIONS) || n.is_in(TIME_WORDS) || n.is_in(&["last", "this", "earlier"][..])
        })
}

/// The speaker of a participle cue ("Zelensky stressed, indicating that…"): a name, a
/// pronoun or a role ("Other advisers have been urging…, saying that…") opening the
/// sentence, past an opening phrase ("On Sunday, Mr. Trump…"), right before its verb.
fn participle_subject(toks: &[Token], c: usize) -> Option<Mention> {
    let mut s = usize::from(toks.first().is_some_and(|t| t.is_in(&["and", "but", "yet"][..])));
    if toks.get(s).is_some_and(opens_intro) {
        s = match (s..c).find(|&k| toks[k].text == ",") {
            Some(k) => k + 1,
            // "After saying he was nervous, the man…": the participle opens the sentence;
            // the main clause's subject, after its comma, is the one who said it.
            None if c == s + 1 || (c == s + 2 && super::statements::is_adverb_or_aux(toks[s + 1].text)) => {
                let comma = (c + 1..toks.len()).find(|&k| toks[k].text == ",")?;
                let (m, j) = names::mention_starting_at(toks, comma + 1)?;
                let verb = toks.get(j).is_some_and(|t| t.is_word() && !t.is_capitalized());
                return verb.then_some(m);
            }
            None => return None,
        };
    }
    // ("The Democrats blocked the bill, saying…": a capitalised group after "the".)
    let (mut m, mut j) = names::mention_starting_at(toks, s).or_else(|| {
        let the = toks.get(c)?.text.ends_with("ing")
            && toks.get(s)?.text.eq_ignore_ascii_case("the")
            && toks.get(s + 1)?.is_capitalized();
        the.then(|| names::mention_starting_at(toks, s + 1)).flatten()
    })?;
    // "Shortly after the announcement, the families…", "Hours later, Trump…": words before
    // a comma that are not the mention itself open the sentence; the subject follows.
    if let Some(comma) = (j..c.min(s + 8)).find(|&k| toks[k].text == ",")
        && comma > j
        && toks[s..comma].iter().all(|t| t.is_word() && !t.is_cue() && !t.is_in(FINITE))
        && let Some((after, k)) = names::mention_starting_at(toks, comma + 1)
    {
        (m, j, s) = (after, k, comma + 1);
    }
    // "Republicans, who hold a majority in the Senate, have blocked…": past a relative
    // clause set off by commas.
    if toks.get(j).is_some_and(|t| t.text == ",")
        && toks.get(j + 1).is_some_and(|t| t.is_in(&["who", "which"][..]))
        && let Some(close) = (j + 3..c.min(j + 24)).find(|&k| toks[k].text == ",")
        && close + 1 < c
    {
        j = close + 1;
    }
    // ("He’s comparing…": after a pronoun, "’s" is "is" or "has".)
    if m.kind == names::MentionKind::Pronoun
        && toks.get(j).is_some_and(|t| matches!(t.text, "’" | "'"))
        && toks.get(j + 1).is_some_and(|t| t.text == "s")
    {
        j += 2;
    }
    // ("Others remain sceptical, warning…": a bare "others" or "some" names no one.)
    let bare = j == s + 1 && toks[s].is_in(&["others", "some", "many", "several", "another"][..]);
    let named =
        matches!(m.kind, names::MentionKind::Name | names::MentionKind::Pronoun | names::MentionKind::Role) && !bare;
    // "Gary Emineth, a former state party chairman, became…": past an appositive that
    // opens with a determiner and holds no verb.
    // ("Other Republican candidates, including Carly Fiorina and Ben Carson, have…": past
    // the ones it includes.)
    if named
        && toks.get(j).is_some_and(|t| t.text == ",")
        && toks.get(j + 1).is_some_and(|t| t.is_in(&["including", "like", "among"][..]))
        && let Some(close) = (j + 3..c.min(j + 16)).find(|&k| toks[k].text == ",")
    {
        j = close + 1;
    }
    if named
        && toks.get(j).is_some_and(|t| t.text == ",")
        && toks.get(j + 1).is_some_and(|t| t.is_in(&names::DETERMINERS))
    {
        let close = (j + 2..c.min(j + 14)).find(|&k| toks[k].text == ",")?;
        if toks[j + 1..close].iter().any(|t| t.is_in(FINITE) || t.is_in(&["who", "which", "that"][..])) {
            return None;
        }
        j = close + 1;
    }
    // "Bernie Sanders and Ted Cruz both campaigned…, hoping": both speak.
    if named && toks.get(j).is_some_and(|t| t.text == "and") {
        if let Some((other, k)) =
            names::mention_starting_at(toks, j + 1).filter(|(o, _)| o.kind != names::MentionKind::Pronoun)
        {
            (m, j) = (both(m, &other), k);
        } else {
            return None;
        }
    }
    (named && j < c && toks[j].is_word() && !toks[j].is_capitalized()).then_some(m)
}

/// Two speakers joined by "and" ("Trump and Ryan", "Sanders and his supporters"): one
/// group mention over both.
fn both(first: Mention, second: &Mention) -> Mention {
    Mention { start: first.start, end: second.end, name: None, kind: names::MentionKind::Role, titled: false }
}

/// Words that end a time adjunct ("on Friday", "last week", "earlier this month").
pub(crate) const TIME_WORDS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "today",
    "yesterday",
    "tonight",
    "week",
    "month",
    "year",
    "morning",
    "afternoon",
    "evening",
    "night",
    "weekend",
];

/// Nouns of polls and findings, which speak for themselves ("a poll showing…").
const POLLS: &[&str] = &["poll", "polls", "polling", "survey", "surveys", "study", "studies", "tally", "estimates"];

/// Verbs of intention, whose content may be "to" and what is intended ("vowed to fight on").
const TO_VERBS: &[&str] = &[
    "vow", "pledge", "promise", "hope", "plan", "seek", "refuse", "decline", "want", "agree", "threaten", "decide",
    "try", "aim", "intend", "urge", "ask",
];

/// Whether a speaker mention is "it", "this", "that", "which" or "what" alone: a thing.
fn is_thing(toks: &[Token], m: &Mention) -> bool {
    let first = toks.partition_point(|t| t.start < m.start);
    toks.get(first).is_some_and(|t| m.end == t.end() && t.is_in(&["it", "this", "that", "which", "what"][..]))
}

/// Forms of "be" before a verb ("is stressing", "was told").
const BE: &[&str] = &["is", "are", "was", "were", "be", "been", "being", "am", "’m", "'m", "’re", "'re"];

/// Whether a form of "be" stands before the verb at `c`, over adverbs ("is also
/// stressing", "was later told").
fn be_before(toks: &[Token], c: usize) -> bool {
    let mut b = c;
    while b > 0
        && (super::statements::is_adverb_or_aux(toks[b - 1].text) || names::is_negation(&toks[b - 1]))
        && !toks[b - 1].is_in(BE)
    {
        b -= 1;
    }
    // ("He’s predicting": "’s" is "is" before a form in -ing; "He’s said" is "has".)
    b > 0 && (toks[b - 1].is_in(BE) || (toks[c].text.ends_with("ing") && super::statements::contracted_s(toks, b)))
}

/// A verb of speaking that takes no clause of its own ("joke", "tweet", "boast") takes one
/// when "that" and a subject follow it: "Trump tweeted that the election was rigged", "he
/// joked that they…" (not "answered that question", "described that").
fn that_clause(toks: &[Token], c: usize) -> Option<&'static str> {
    let lemma = toks[c].cue_lemma()?;
    if matches!(lemma, "call" | "describe" | "label" | "continue" | "put") {
        return None;
    }
    // ("Bush tweeted Monday that…", "groused to a crowd in Georgia that…": an adjunct of
    // a few words, all words and no verb, may come first.)
    let k = that_after(toks, c + 1).filter(|&k| {
        k <= c + 6 && toks[c + 1..k].iter().all(|t| t.is_word() && !t.is_cue() && !t.is_in(&["and", "but", "or"][..]))
    })?;
    let (that, subject) = (toks.get(k)?, toks.get(k + 1)?);
    // ("boasted that, thanks to his method, he…": a phrase set off before the subject.)
    let subject_like = set_off_after(toks, k)
        || subject.is_in(names::PRONOUNS)
        || subject.is_in(&names::DETERMINERS)
        || subject.is_capitalized()
        || subject.text.starts_with(|ch: char| ch.is_ascii_digit())
        || subject.is_in(&["it", "there", "his", "her", "their", "its", "our", "no"][..]);
    // "Hegseth's recent remarks that…": a form that is not a past tense is a noun unless a
    // name or a pronoun says it ("Trump tweets that…").
    let past = toks[c].text.ends_with("ed");
    let said_by = c > 0 && (toks[c - 1].is_capitalized() || toks[c - 1].is_in(names::PRONOUNS));
    (that.text == "that" && subject_like && (past || said_by)).then_some(lemma)
}

/// Whether the "that" at `k` opens a clause with a phrase set off by commas before its
/// subject ("that, thanks to his method, he…"), not a pronoun before a comma ("He said
/// that, but his aides disagreed").
fn set_off_after(toks: &[Token], k: usize) -> bool {
    toks.get(k + 1).is_some_and(|t| t.text == ",")
        && toks.get(k + 2).is_some_and(|t| t.is_word() && !t.is_in(&["and", "but", "or", "too", "then", "so"][..]))
}

/// Where the reported content starts after the cue at `c`: past the object of "tell"
/// ("told reporters"), a short adjunct ("in a statement"), and "that".
/// Whether the reporting verb form at `toks[c]` is a noun there: after a determiner or a
/// possessive ("the call", "Ukraine's demand"), or a form that is mostly a noun ("reports",
/// "question", "find") unless a name or a pronoun says it and a clause follows.
pub(crate) fn noun_use(toks: &[Token], c: usize, lemma: &str) -> bool {
    if c == 0 {
        return false;
    }
    // ("He’s predicting…", "Christie’s been making…": "’s" is "is" or "has".)
    if super::statements::contracted_s(toks, c) {
        return false;
    }
    if naming(toks, c) {
        return true;
    }
    const NOUN_FORMS: &[&str] = &[
        "state",
        "states",
        "point",
        "points",
        "report",
        "reports",
        "claim",
        "claims",
        "notes",
        "hopes",
        "fears",
        "estimates",
        "demand",
        "demands",
        "warns",
        "proposals",
        "question",
        "questions",
        "call",
        "find",
        "attacks",
    ];
    let before = &toks[c - 1];
    // "a Sunday talk show", "ABC’s TV show Scandal", "the hit CW show": a show is a noun
    // after the kind of show it is.
    const SHOW_KINDS: &[&str] = &[
        "talk",
        "radio",
        "television",
        "game",
        "reality",
        "awards",
        "award",
        "news",
        "morning",
        "cable",
        "chat",
        "web",
        "quiz",
        "comedy",
        "variety",
        "cooking",
        "road",
        "trade",
        "fashion",
        "slide",
        "hit",
        "network",
        "late-night",
        "horror",
        "dog",
        "horse",
        "art",
        "magic",
        "puppet",
        "floor",
        "light",
    ];
    // (Or a network's initials: "ABC’s TV show", "the hit CW show".)
    let initials = || (2..=4).contains(&before.text.len()) && before.text.chars().all(|c| c.is_ascii_uppercase());
    // (Not "Footage from the game shows that…", "ABC News shows…": a verb there.)
    if toks[c].is_in(&["show", "shows"][..])
        && ((before.is_in(SHOW_KINDS) && !before.is_capitalized()) || initials())
        && toks.get(c + 1).is_none_or(|n| n.text != "that")
    {
        return true;
    }
    // ("…distanced himself from the movement by saying he would…": a participle after "by"
    // is how its subject said it.)
    let by_participle = before.text == "by" && toks[c].text.ends_with("ing");
    (before.is_in(&["the", "a", "an", "by", "as", "of", "for", "this", "that", "his", "her", "their", "its"][..])
        && !by_participle)
        // "Ukraine's demand touches…": after a possessive, a noun.
        || before.text.ends_with("'s")
        || before.text.ends_with("’s")
        || (matches!(before.text, "s" | "’" | "'") && before.start > 0)
        // "reflects fears that…", "a former state senator", "a point of order": these
        // forms are nouns unless a name or a pronoun says them and a clause follows.
        || (toks[c].is_in(NOUN_FORMS)
            && (toks.get(c + 1).is_none_or(|n| {
                // A clause opens after it: "that", "to" after a verb of intention, "on"
                // after "call", or a name ("The Post reports Clinton’s last…").
                let clause = n.is_in(&["that", "on", "upon"][..])
                    || (n.text == "to" && TO_VERBS.contains(&lemma))
                    || (n.is_capitalized() && n.is_word() && !n.is_in(&names::NOT_NAMES))
                    // ("Trump claims he's worth…", "The candidate claims his net worth…")
                    || n.is_in(&["he", "she", "they", "we", "i", "his", "her", "their"][..])
                    || (n.text == "out" && lemma == "point");
                !clause
            }) || !(before.is_capitalized()
                || before.is_in(names::PRONOUNS)
                || group_before(toks, c)
                // ("Gerry O'Brien, a GOP consultant, notes that…")
                || (before.text == "," && toks.get(c + 1).is_some_and(|n| n.text == "that")))))
}

/// Whether a group or a role ends right before `c` ("Labor leaders point out", "The
/// candidate claims"), the subject of a verb there.
fn group_before(toks: &[Token], c: usize) -> bool {
    names::mention_ending_at(toks, c).is_some_and(|m| {
        let at = toks.partition_point(|t| t.start < m.start);
        m.kind == names::MentionKind::Role && !(at > 0 && toks[at - 1].is_in(names::PREPOSITIONS))
    })
}

/// Whether "called" at `toks[c]` names something rather than reports a speaker: after a
/// thing ("a program called Sandy Hook Promise", "the resort now called Trump National
/// Doral") or an indefinite group ("a group called the “We The People Foundation”"), not
/// after a speaker ("Obama called bankers “fat cats”") nor before "on" ("called on").
fn naming(toks: &[Token], c: usize) -> bool {
    if toks[c].text != "called" || toks.get(c + 1).is_some_and(|n| n.is_in(&["on", "upon", "for"][..])) {
        return false;
    }
    let b = super::statements::past_adverbs(toks, c);
    let Some(prev) = b.checked_sub(1).map(|k| &toks[k]) else { return false };
    let thing = prev.is_word()
        && prev.text.starts_with(|ch: char| ch.is_lowercase())
        && !prev.is_in(names::PRONOUNS)
        && !prev.is_in(&["who", "that", "which", "and", "but", "or", "to", "then", "also"][..]);
    let indefinite = prev.text == "another" || (b >= 2 && toks[b - 2].is_in(&["a", "an", "another"][..]));
    thing && (!prev.is_in(&names::ROLE_NOUNS) || indefinite)
}

/// The "that" opening a clause within a few words from token `i` ("told reporters on
/// Sunday that…"), not a relative pronoun after a clause ("said he backed a bill that…").
fn that_after(toks: &[Token], i: usize) -> Option<usize> {
    let k = (i..toks.len().min(i + 10)).find(|&k| toks[k].text == "that")?;
    // (Not "op-ed", a noun; "re-opened" is a verb.)
    let clause = toks[i..k].iter().any(|t| {
        t.is_in(names::PRONOUNS)
            || t.is_in(FINITE)
            || (t.text.ends_with("ed") && !t.is_capitalized() && !t.text.ends_with("-ed"))
    });
    (!clause).then_some(k)
}

fn content_start(toks: &[Token], c: usize, lemma: &str) -> Option<usize> {
    let mut i = c + 1;
    if lemma == "rule out" {
        return Some(c + 2);
    }
    if lemma == "refer" && toks.get(c + 1).is_some_and(|t| t.text == "to") {
        return Some(c + 2);
    }
    if lemma == "make clear" {
        return makes_clear(toks, c).map(|that| that + 1);
    }
    // "found itself at the center…", "found ways to…": no clause.
    if toks
        .get(i)
        .is_some_and(|t| t.is_in(&["itself", "himself", "herself", "themselves", "myself", "ourselves", "ways"][..]))
    {
        return None;
    }
    // Directives: "called on Western allies to finalise…", "urged allies to act": the
    // content is the addressee and what they are to do (a few words, then "to").
    if matches!(lemma, "call on" | "urge" | "ask" | "press") {
        let from = if lemma == "call on" { c + 2 } else { c + 1 };
        let to = (from + 1..toks.len().min(from + 6)).find(|&k| toks[k].text == "to");
        if let Some(k) = to
            && toks[from..k].iter().all(|t| t.is_word() && !t.is_cue())
            && toks.get(k + 1).is_some_and(|t| t.is_word() && !t.is_capitalized())
        {
            return Some(from);
        }
        if lemma == "call on" {
            return None;
        }
    }
    // Verbs with a person as object before the clause: "assured Zelensky that…".
    if matches!(lemma, "assure" | "remind" | "inform" | "convince" | "persuade" | "warn" | "promise" | "urge") {
        if let Some(k) = that_after(toks, i) {
            return Some(k + 1);
        }
        if lemma != "warn" {
            return None;
        }
    }
    if lemma == "tell" {
        // "told reporters that", "told CNN on Sunday that", "told him"
        let that = that_after(toks, i);
        return Some(match that {
            Some(k) => k + 1,
            None => i + usize::from(toks.get(i).is_some_and(|t| t.is_word())),
        });
    }
    if let Some(k) = that_after(toks, i) {
        // Only an adjunct may stand between the cue and "that": no comma, no verb.
        // "seeking assurances that would deter…": a verb right after "that" makes it a
        // relative pronoun; the content starts at the object it describes.
        if k > i && toks.get(k + 1).is_some_and(|t| t.is_in(FINITE)) {
            return Some(i);
        }
        // ("in Saturday’s New York Times": a possessive inside the adjunct; not an
        // object's, "reiterating Moscow’s stance that…" keeps the stance.)
        let adjunct = toks[i].is_in(names::PREPOSITIONS);
        if toks[i..k].iter().enumerate().all(|(j, t)| {
            (t.is_word() && !t.is_cue())
                || (adjunct && matches!(t.text, "’" | "'") && toks.get(i + j + 1).is_some_and(|n| n.text == "s"))
        }) {
            // ("said that’s what he expected": "that" is the clause's own subject.)
            let contracted = toks.get(k + 1).is_some_and(|t| matches!(t.text, "’" | "'"))
                && toks.get(k + 2).is_some_and(|t| t.text == "s");
            // ("said that, thanks to…, he was…": past the comma; "He said that, but…" reports
            // nothing here.)
            let comma = toks.get(k + 1).is_some_and(|t| t.text == ",");
            if comma && !set_off_after(toks, k) {
                return None;
            }
            return Some(if contracted { k } else { k + 1 + usize::from(comma) });
        }
    }
    if toks.get(i).is_some_and(|t| t.text == ",") {
        i += 1;
    }
    // "said on Friday he met…", "said last week the plan…": a time adjunct of up to three
    // words before the clause.
    // ("said for weeks he’s the only one…", "said over the weekend the plan…": a span.)
    const SPANS: &[&str] = &["days", "weeks", "months", "years", "decades"];
    if toks.get(i).is_some_and(|t| t.is_in(&["on", "last", "this", "earlier", "late", "in", "at", "over", "for"][..]))
        && let Some(k) = (i + 1..toks.len().min(i + 4)).find(|&k| {
            (toks[k].is_in(TIME_WORDS) || (toks[i].is_in(&["for", "over", "in"][..]) && toks[k].is_in(SPANS)))
                // ("argued for a year of reform": an object, not a span of time.)
                && (!toks[i].is_in(&["for", "over"][..]) || toks.get(k + 1).is_none_or(|t| t.text != "of"))
        })
        && toks[i + 1..k].iter().all(|t| t.is_word())
    {
        i = k + 1;
        // ("said on Saturday, and it has activated…": a clause of the writer's follows;
        // the words reported come before.)
        if toks.get(i).is_some_and(|t| t.text == ",") {
            if toks.get(i + 1).is_some_and(|t| t.is_in(&["and", "but"][..])) {
                return None;
            }
            i += 1;
        }
    }
    // A preposition or a possessive opens an object, not a clause: "insists on…",
    // "emphasized its desire for peace".
    const NOT_CLAUSE: &[&str] = &[
        "on", "upon", "about", "of", "for", "to", "in", "with", "at", "by", "from", "its", "his", "her", "their",
        "our", "my", "your", "into", "against", "over", "up", "out", "off", "down", "back", "him", "them", "me", "us",
    ];
    // ...except "to" after verbs of intention ("vowed to fight on") and a possessive after
    // "say" and its kin ("said his campaign would…").
    const SAY_VERBS: &[&str] = &[
        "say", "add", "claim", "argue", "insist", "note", "believe", "think", "explain", "suggest", "predict", "warn",
        "report", "announce", "reveal", "confirm",
    ];
    let t = toks.get(i)?;
    if t.text.ends_with("ing") && t.is_cue() {
        return None;
    }
    // ("said about half of the adjustment reflected…", "said over 100 people attended":
    // a hedged figure opens the clause's subject.)
    // ("said at least six planes…", "reported more than 100 arrests")
    let number = |n: &Token| {
        n.text.starts_with(|c: char| c.is_ascii_digit())
            || n.is_in(
                &["half", "a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"][..],
            )
    };
    let figure = (t.is_in(&["about", "over"][..]) && toks.get(i + 1).is_some_and(number))
        || (toks.get(i + 1).is_some_and(|n| {
            (t.text == "at" && n.is_in(&["least", "most"][..])) || (t.text == "more" && n.text == "than")
        }) && toks.get(i + 2).is_some_and(number));
    // ("warned against the forces of hate", "argued for a new name": what they stood for.)
    let stance = (t.is_in(&["against", "of"][..]) && matches!(lemma, "warn" | "caution" | "argue"))
        || (t.text == "for" && lemma == "argue");
    if stance && toks.get(i + 1).is_some_and(Token::is_word) {
        return Some(i + 1);
    }
    // ("The poll shows her with a lead": whom a finding is about, then how they stand.)
    let shown = lemma == "show" && t.is_in(&["her", "him", "them"][..]);
    let allowed = !t.is_in(NOT_CLAUSE)
        || shown
        || (figure && SAY_VERBS.contains(&lemma))
        || (t.text == "to" && TO_VERBS.contains(&lemma))
        || (t.is_in(&["his", "her", "its", "their", "our", "my", "your"][..]) && SAY_VERBS.contains(&lemma));
    allowed.then_some(i)
}

/// A claim named by whose it is: "Trump’s claim that Obama founded ISIS", "his promise
/// to build a wall". The one it belongs to is the speaker; what follows "that" or "to" is
/// the content.
fn claim_of(toks: &[Token], taken: &dyn Fn(usize, usize) -> bool) -> Option<Reported> {
    static CLAIMS: names::WordSet = names::WordSet::new(&[
        "claim",
        "claims",
        "suggestion",
        "assertion",
        "argument",
        "insistence",
        "contention",
        "promise",
        "pledge",
        "vow",
        "warning",
        "call",
        "calls",
        "demand",
        "accusation",
        "allegation",
        "charge",
    ]);
    // (Only adjectives between: in "his plan calls for…" the noun is "plan" and "calls" a
    // verb.)
    let adjective = |t: &Token| {
        ["al", "ous", "ive", "ed", "ent", "ful", "ic"].iter().any(|e| t.text.ends_with(e))
            || t.is_in(&["recent", "latest", "own", "false", "new", "earlier", "clarion"][..])
    };
    let last = before_stop(toks);
    for n in 2..last.saturating_sub(3) {
        let noun = &toks[n];
        if !noun.is_in(&CLAIMS) {
            continue;
        }
        let next = &toks[n + 1];
        let intends = noun.is_in(&["promise", "pledge", "vow", "call", "calls", "demand"][..]);
        let opens = (next.text == "that" && !toks[n + 2].is_in(FINITE) && !toks[n + 2].text.ends_with("ed"))
            || (next.text == "to" && intends && toks[n + 2].is_word() && !toks[n + 2].is_capitalized());
        // (Not "for": "his call for robust guarantees goes beyond…" runs into the writer's
        // own clause, with no mark where the call ends.)
        if !opens {
            continue;
        }
        // Past up to two adjectives ("his recent call"), to the possessive.
        let mut k = n;
        while k > 1 && n - k < 2 && toks[k - 1].is_word() && !toks[k - 1].is_capitalized() && adjective(&toks[k - 1]) {
            k -= 1;
        }
        let owner = &toks[k - 1];
        let mention = if owner.is_in(&["his", "her", "their"][..]) {
            Mention {
                start: owner.start,
                end: owner.end(),
                name: None,
                kind: names::MentionKind::Pronoun,
                titled: false,
            }
        } else if owner.text == "s" && k >= 3 && matches!(toks[k - 2].text, "’" | "'") {
            match names::mention_ending_at(toks, k - 2) {
                Some(m) if m.kind != names::MentionKind::Pronoun => m,
                _ => continue,
            }
        } else {
            continue;
        };
        let start = n + 2;
        let end = (start..last).find(|&j| matches!(toks[j].text, ";" | ":" | "—" | "–")).unwrap_or(last);
        if words_between(toks, start, end) < 3 || taken(toks[start].start, toks[end - 1].end()) {
            continue;
        }
        return Some(Reported {
            start: toks[start].start,
            end: toks[end - 1].end(),
            mention,
            cue: noun.text.to_string(),
        });
    }
    None
}

/// What a poll or a survey found, said as where it was found: "In a CBS News poll last
/// month, she led Sanders 56 percent to 32 percent". The poll is the source; the clause
/// after it is what it found.
fn in_poll(toks: &[Token], taken: &dyn Fn(usize, usize) -> bool) -> Option<Reported> {
    let last = before_stop(toks);
    // The poll's phrase: a few words naming a poll, with no verb of its own.
    let poll_phrase = |from: usize, to: usize| {
        to > from
            && to - from <= 16
            && toks[from..to.min(from + 8)].iter().any(|t| t.is_in(POLLS))
            && !toks[from..to].iter().any(|t| t.is_in(FINITE) || t.is_cue() || is_quote_mark(t))
    };
    let clause = |from: usize, to: usize| {
        words_between(toks, from, to) >= 4
            && toks[from].is_word()
            && !taken(toks[from].start, toks[to - 1].end())
            && !toks[from..to].iter().any(|t| matches!(t.text, ";" | ":"))
    };
    let open = usize::from(toks.first().is_some_and(|t| t.is_in(&["but", "and", "yet"][..])));
    // "In a poll released Monday, 50 percent chose Clinton."
    if toks.get(open).is_some_and(|t| t.text.eq_ignore_ascii_case("in"))
        && let Some(comma) = (open + 2..last.min(open + 18)).find(|&k| toks[k].text == ",")
        && poll_phrase(open + 1, comma)
    {
        // ("In the new poll, conducted March 11-13, 40 percent…": past its participle.)
        let participle = toks
            .get(comma + 1)
            .is_some_and(|t| t.text.ends_with("ed") && t.text.starts_with(|c: char| c.is_lowercase()));
        let comma = if participle { (comma + 2..last.min(comma + 12)).find(|&k| toks[k].text == ",")? } else { comma };
        if !clause(comma + 1, last) {
            return None;
        }
        let mention = names::span_mention(toks, open + 1, comma)?;
        return Some(Reported {
            start: toks[comma + 1].start,
            end: toks[last - 1].end(),
            mention,
            cue: toks[open].text.to_string(),
        });
    }
    // (After the clause, "…is ahead in the polls", a poll is mostly a place, not a source:
    // the clause is the writer's.)
    None
}

/// A sentence the writer hedges without naming a source: "Trump is expected to deliver a
/// victory speech tonight", "The crowd seemed to shrink". PolNeAR and fact-checkers count
/// these as unattributed claims; they are reported with no speaker, the whole sentence as
/// their content.
pub(crate) fn unattributed(toks: &[Token], taken: &dyn Fn(usize, usize) -> bool) -> Option<Question> {
    let last = before_stop(toks);
    let start = usize::from(toks.first().is_some_and(|t| t.is_in(&["but", "and", "yet", "so"][..])));
    // ("WASHINGTON — The Senate is expected to…": past a dateline, all capitals before a
    // dash.)
    let start = (start + 1..toks.len().min(start + 8))
        .find(|&k| matches!(toks[k].text, "—" | "–" | "-"))
        .filter(|&k| {
            toks[start..k].iter().all(|t| t.is_capitalized() || matches!(t.text, "," | "." | "(" | ")"))
                && toks[start..k].iter().any(|t| t.is_word() && !t.text.chars().any(char::is_lowercase))
        })
        .map_or(start, |k| k + 1);
    // (Most sentences are turned away by the first test, on "to".)
    let c = (start + 1..last.saturating_sub(2)).find(|&k| {
        let t = &toks[k];
        toks[k + 1].text == "to"
            && toks[k + 2].is_word()
            && (matches!(t.text, "seems" | "seemed" | "appear" | "appears" | "appeared")
                // ("is expected to", "are widely expected to"; not "as expected".)
                || (t.text == "expected"
                    && (k.saturating_sub(2)..k).any(|j| toks[j].is_in(BE))
                    && !toks[k - 1].is_in(&["as", "than"][..])))
    })?;
    let quotes = (start..last).any(|k| is_quote_mark(&toks[k]) && !is_possessive_mark(toks, k));
    if words_between(toks, start, last) < 5 || quotes {
        return None;
    }
    let (from, to) = (toks[start].start, toks[last - 1].end());
    if taken(from, to) {
        return None;
    }
    let cue = if toks[c].text == "expected" {
        format!("{} expected", toks[(c.saturating_sub(2)..c).find(|&j| toks[j].is_in(BE))?].text)
    } else {
        toks[c].text.to_string()
    };
    Some(Question { start: from, end: to, asker: None, cue })
}

/// A question put to the sentence's subject: "Asked whether he would run, Smith said…",
/// "…, she said when asked about the vote.", "Asked by Matt Lauer whether she had
/// practised, she said…". Its content is the question, up to the next comma; its speaker is
/// the one who asked, when named ("by Matt Lauer"), else no one. A hedged sentence with no
/// source ([`unattributed`]) is returned in the same shape, with no speaker.
pub(crate) struct Question {
    pub start: usize,
    pub end: usize,
    pub asker: Option<Mention>,
    pub cue: String,
}

/// The [`Question`] put in a sentence, if any.
pub(crate) fn question_put(toks: &[Token], taken: &dyn Fn(usize, usize) -> bool) -> Option<Question> {
    const QUESTION_WORDS: &[&str] =
        &["if", "whether", "about", "what", "which", "who", "why", "how", "when", "where", "to"];
    let a = toks.iter().position(|t| t.text.eq_ignore_ascii_case("asked"))?;
    // Put to the subject: opening the sentence, after "when" or a comma ("…, asked about
    // his claims, …"), or in the passive ("was asked whether…").
    let put =
        a == 0 || toks[a - 1].is_in(&["when", "after", "before", "once", ",", "was", "were", "been", "being"][..]);
    if !put {
        return None;
    }
    let mut k = a + 1;
    let mut asker = None;
    if toks.get(k).is_some_and(|t| t.text == "by") {
        let end = (k + 2..toks.len().min(k + 9)).find(|&j| toks[j].is_in(QUESTION_WORDS) || toks[j].text == ",")?;
        // ("by Ingraham on Thursday about…": the asker ends at a preposition.)
        let name_end = (k + 2..end).find(|&j| toks[j].is_in(names::PREPOSITIONS)).unwrap_or(end);
        asker = Some(names::span_mention(toks, k + 1, name_end)?);
        k = end;
    }
    while toks.get(k).is_some_and(|t| super::statements::is_adverb_or_aux(t.text)) {
        k += 1;
    }
    // "asked to leave" is a request; only a question or its topic is content here.
    if !toks.get(k).is_some_and(|t| t.is_in(QUESTION_WORDS) && t.text != "to") {
        return None;
    }
    let last = before_stop(toks);
    let end = (k + 1..last).find(|&j| toks[j].text == ",").unwrap_or(last);
    // ("when asked about Bill Clinton": a bare name is a topic, not a question.)
    if words_between(toks, k, end) < 4 || taken(toks[k].start, toks[end - 1].end()) {
        return None;
    }
    Some(Question { start: toks[k].start, end: toks[end - 1].end(), asker, cue: toks[a].text.to_string() })
}

/// A headline that reports someone's words: "Trump Says He Never Pledged…", "Graham:
/// Trump's Rhetoric Is Destroying the Party". The speaker is the run of capitalised words
/// (at most four) that opens the headline, right before a verb of saying in title case or
/// a colon; the rest is the content.
pub(crate) fn in_headline(s: Sentence, toks: &[Token]) -> Option<Reported> {
    let last = before_stop(toks);
    // ("EXCLUSIVE – Roger Stone: …": a shouted label and its dash open the line.)
    let o = if toks.len() > 3
        && toks[0].is_word()
        && !toks[0].text.chars().any(char::is_lowercase)
        && matches!(toks[1].text, "–" | "—" | "-" | "|")
    {
        2
    } else {
        0
    };
    let k = (o + 1..toks.len().min(o + 8)).find(|&k| {
        let t = &toks[k];
        t.text == ":"
            || (k < o + 5
                && t.is_capitalized()
                && names::cue_lemma(&t.text.to_ascii_lowercase()).and_then(clause_lemma).is_some())
    })?;
    // "Clinton to Planned Parenthood: …", "Former AG Mukasey at RNC: …": in a headline's
    // source before a colon, whom it was said to or where it was said follows the name.
    let mut k_end = k;
    if toks[k].text == ":"
        && let Some(p) = (o + 1..k.saturating_sub(1)).find(|&j| toks[j].is_in(&["to", "at", "on"][..]))
        && toks[p].text.starts_with(|c: char| c.is_lowercase())
    {
        k_end = p;
    }
    // "Rick Perry Just Announced…", "Trump May Not Have Suggested…": the name ends before
    // an adverb or an auxiliary.
    let mut e = k_end;
    while e > o + 1 && super::statements::is_adverb_or_aux(&toks[e - 1].text.to_ascii_lowercase()) {
        e -= 1;
    }
    let words = &toks[o..e];
    // Title case, or before a colon a sentence-case source ("Clinton camp: …").
    // ("Bill is back: …", "Spoiler no more: …": a phrase with a verb or a negation names no
    // one.)
    let cased = |t: &Token| {
        t.is_capitalized()
            || (toks[k].text == ":"
                && !t.is_in(names::PREPOSITIONS)
                && !t.is_in(FINITE)
                && !names::is_negation(t)
                && !t.is_in(&["no", "more", "back", "out", "up"][..]))
    };
    if !words.iter().all(|t| t.is_word() && cased(t))
        || !words[0].is_capitalized()
        || words[0].is_in(&["how", "why", "what", "when", "where", "who", "which"][..])
    {
        return None;
    }
    // Before a colon, a label or a shout names no one: "Breaking:", "Revealed:", "BUSTED:",
    // "FIX IS IN:", "The Ninth Circle:", "Clinton Wades In:" (a preposition: a phrase).
    if toks[k].text == ":" {
        const LABELS: &[&str] = &[
            "breaking",
            "exclusive",
            "update",
            "updated",
            "watch",
            "video",
            "photos",
            "opinion",
            "analysis",
            "live",
            "editorial",
            "commentary",
            "review",
            "explainer",
            "factbox",
            "timeline",
            "revealed",
            "confirmed",
            "wow",
            "look",
            "listen",
            "boom",
            "oops",
            "just",
        ];
        let shout =
            words.iter().all(|t| !t.text.chars().any(char::is_lowercase)) && words.iter().any(|t| t.text.len() > 3);
        let label = words[0].is_in(LABELS) || (e == o + 1 && words[0].text.ends_with("ing"));
        if shout || label || words[0].text == "The" || words.iter().any(|t| t.is_in(names::PREPOSITIONS)) {
            return None;
        }
    }
    // "Clinton Accused Of…", "Senator Asked By…": a past participle before "of" or "by" is
    // the passive; the name is who was spoken of.
    if toks[k].text.ends_with("ed") && toks.get(k + 1).is_some_and(|t| t.is_in(&["of", "by"][..])) {
        return None;
    }
    let mention = names::span_mention(toks, o, e)?;
    // ("Poll: …", "Insiders: …": a role or a group gives a headline's source too.)
    let source =
        mention.kind == names::MentionKind::Name || (toks[k].text == ":" && mention.kind == names::MentionKind::Role);
    if !source || words_between(toks, k + 1, last) < 3 {
        return None;
    }
    let _ = s;
    Some(Reported { start: toks[k + 1].start, end: toks[last - 1].end(), mention, cue: toks[k].text.to_string() })
}

/// Finds reported statements in one sentence. `taken` says whether a byte span overlaps a
/// quotation already found. Those of its main clause ([`in_main_clause`]), and beside them
/// a verb of judging before them ([`object_statement`]), a participle of saying that
/// opens the sentence ([`intro_participle`]), relative clauses that report
/// ([`relative_statements`]), clauses joined inside what those report
/// ([`joined_clauses`]) and a later clause of the sentence ([`later_clause`]).
pub(crate) fn in_sentence(s: Sentence, toks: &[Token], taken: &dyn Fn(usize, usize) -> bool) -> Vec<Reported> {
    let mut out = in_main_clause(s, toks, taken);
    // "Trump also mocked Carson’s story about the knife, an event that Carson says led him
    // to Christ": a verb of judging before what the sentence reports reports on its own.
    // (Not in a run-on "sentence" of many kilobytes, which would make this quadratic.)
    if let Some(first) = out.iter().map(|r| r.start.min(r.mention.start)).min()
        && s.end - s.start <= 2_000
    {
        let lim = toks.partition_point(|t| t.start < first);
        // (Up to the comma before a relative clause that holds it: "…, an event that".)
        let lim = (1..lim)
            .rev()
            .take_while(|&k| lim - k <= 6)
            .find(|&k| {
                toks[k].text == ","
                    && toks[k + 1..lim].iter().any(|t| t.is_in(&["that", "which", "who", "where", "when"][..]))
            })
            .unwrap_or(lim);
        let lim = if lim > 0
            && (matches!(toks[lim - 1].text, "," | "—" | "–" | "(") || toks[lim - 1].is_in(&["and", "but"][..]))
        {
            lim - 1
        } else {
            lim
        };
        if lim >= 4
            && let Some(before) = object_statement(&toks[..lim], lim, taken).filter(|r| r.end <= first)
        {
            out.insert(0, before);
        }
    }
    if let Some(intro) =
        intro_participle(toks, taken).filter(|i| out.iter().all(|r| r.end <= i.start || i.end <= r.start))
    {
        out.insert(0, intro);
    }
    // (The steps below only in a sentence of ordinary length.)
    if s.end - s.start > 2_000 {
        return out;
    }
    // "Cruz, who says Trump is attacking him…, said…": a relative clause whose verb
    // reports, beside what the main clause reports.
    let relatives = relative_statements(toks, taken, &out);
    out.extend(relatives);
    joined_clauses(s, toks, taken, &mut out);
    // "While civil rights groups praised the attempt, they said he didn’t go far enough",
    // "Durbin said he “hand-delivered a letter…,” and he said he hoped…": a clause after
    // what the sentence has reported, or after its quotation, reports on its own (twice
    // at most).
    for _ in 0..2 {
        // (What the sentence reported last, whose subject a verb joined to it shares.)
        let latest = out.iter().max_by_key(|r| r.end.max(r.mention.end));
        let reported_end = latest.map(|r| r.end.max(r.mention.end));
        let after = match reported_end {
            Some(e) => toks.partition_point(|t| t.start < e),
            // (Only where a quotation is in the sentence, which `taken` knows at once.)
            None if !taken(s.start, s.end) => break,
            None => match (0..toks.len()).rev().find(|&k| is_quote_mark(&toks[k]) && !is_possessive_mark(toks, k)) {
                Some(k) => k + 1,
                None => break,
            },
        };
        // (After a quotation, the clause may follow its words: "Bob said there was
        // “some reporting” even in the midst of the attacks…, but he said he played no
        // role…".)
        let next = || {
            let j = (after..toks.len()).find(|&j| {
                matches!(toks[j].text, ";" | "—" | "–")
                    || (toks[j].text == "," && toks.get(j + 1).is_some_and(|t| t.is_in(&["but", "while", "yet"][..])))
            })?;
            later_clause(s, toks, j, None, taken)
        };
        match later_clause(s, toks, after, latest.map(|r| &r.mention), taken)
            .or_else(|| reported_end.is_none().then(next).flatten())
        {
            Some(r) => out.push(r),
            None => break,
        }
    }
    out
}

/// "Clinton said Russian services hacked the committee's computers and she accused Trump
/// of…", "Trump cites the crowds as an example: He says…": a clause joined inside the
/// words a statement reports (by "and", "but", "while", "whereas" or a colon), with a
/// reporting verb and a subject of its own (or the statement's, right after "and" or
/// "but"), is a statement of its own; the first one ends before the join, the second
/// within the first's words. Not a verb of a stance ([`STANCES`]).
fn joined_clauses(s: Sentence, toks: &[Token], taken: &dyn Fn(usize, usize) -> bool, out: &mut Vec<Reported>) {
    let mut i = 0;
    while i < out.len() && out.len() < 6 {
        let (from, to) =
            (toks.partition_point(|t| t.start < out[i].start), toks.partition_point(|t| t.end() <= out[i].end));
        let split = (from + 2..to.saturating_sub(3)).find_map(|j| {
            let join = toks[j].is_in(&["and", "but", "while", "whereas"][..]) || toks[j].text == ":";
            // (Its verb is near the join, past a short subject: most joins are turned away
            // here, before the clause is read.)
            if !join
                || words_between(toks, from, j) < 2
                || !toks[j + 1..to.min(j + 9)].iter().any(|t| t.is_cue() || t.object_lemma().is_some())
            {
                return None;
            }
            // (Not two names, the subjects of one verb: "…said Hillary Clinton and her aides
            // told…".)
            let named =
                toks[from..j].iter().all(|t| !t.is_word() || t.is_capitalized() || t.is_in(&names::DETERMINERS));
            if toks[j].is_in(&["and", "but"][..]) && named {
                return None;
            }
            let at = if toks[j - 1].text == "," { j - 1 } else { j };
            // (Read within the first statement's words, so that the second ends where the
            // first did.)
            let within = &toks[..to];
            let mut second = later_clause(s, within, at, Some(&out[i].mention), taken)
                .or_else(|| shared_verb(within, at, to, &out[i].mention))?;
            second.end = second.end.min(out[i].end);
            // (Not a verb of a stance, "…and Bush's team thinks…", "…while Republicans
            // favored…": inside reported words, it is mostly what was reported.)
            let stance = names::cue_lemma(&second.cue)
                .or_else(|| names::object_lemma(&second.cue))
                .is_some_and(|l| STANCES.contains(&l));
            // (Its subject opens the clause, or it shares the statement's: "…strong and
            // growing, and he promised…" joins at the second "and".)
            let opens = second.mention == out[i].mention || second.mention.start == toks[j + 1].start;
            (second.start > toks[j].start && second.start < second.end && opens && !stance).then_some((at, second))
        });
        if let Some((at, second)) = split {
            out[i].end = toks[at - 1].end();
            out.insert(i + 1, second);
        }
        i += 1;
    }
}

/// "Clinton attacked Trump, saying he would…, and reminded the audience of…": a second
/// verb of saying or judging in a regular past tense (-ed), after a comma and "and" or "but" at
/// `at`, shares the statement's subject `m`; its words run to the statement's end
/// (token `to`).
fn shared_verb(toks: &[Token], at: usize, to: usize, m: &Mention) -> Option<Reported> {
    if toks[at].text != "," || !coordinated_verb(toks, at + 1) {
        return None;
    }
    let v = (at + 2..to.min(at + 5)).find(|&k| !super::statements::is_adverb_or_aux(toks[k].text))?;
    let t = &toks[v];
    let past = t.text.ends_with("ed") && t.text.starts_with(|c: char| c.is_lowercase());
    let lemma = t.cue_lemma().or_else(|| t.object_lemma())?;
    // (A decline is a refusal only before "to": "…, but declined by 0.2%".)
    let refusal = matches!(lemma, "decline" | "refuse");
    if !past || STANCES.contains(&lemma) || (refusal && toks.get(v + 1).is_none_or(|n| n.text != "to")) {
        return None;
    }
    let start = content_start(toks, v, lemma).unwrap_or(v + 1);
    (start < to && words_between(toks, start, to) >= 2).then(|| Reported {
        start: toks[start].start,
        end: toks[to - 1].end(),
        mention: m.clone(),
        cue: t.text.to_string(),
    })
}

/// Verbs of thinking, wanting and taking sides: reporting verbs that say where someone
/// stands rather than what they said.
const STANCES: &[&str] = &[
    "think",
    "believe",
    "want",
    "hope",
    "wish",
    "agree",
    "show",
    "find",
    "favor",
    "worry",
    "feel",
    "know",
    "expect",
    "see",
    "endorse",
    "support",
    "oppose",
    "prefer",
    "fear",
    "doubt",
    "plan",
    "seek",
    "intend",
    "like",
    "defend",
    "applaud",
    "praise",
    "describe",
    "mention",
    "acknowledge",
];

/// Statements of relative clauses whose verb reports or judges: "Cruz, who says Trump is
/// attacking him because the polls have tightened, said…", "governors who see him as the
/// most viable alternative", "a panel…, which said the army carried out…". The
/// relative pronoun is the speaker, named by the one it describes; the words run to the
/// clause's end: the comma before the main clause's verb, or the sentence's end. Not where
/// `out` already reports the same words.
fn relative_statements(toks: &[Token], taken: &dyn Fn(usize, usize) -> bool, out: &[Reported]) -> Vec<Reported> {
    let mut found = Vec::new();
    let last = before_stop(toks);
    for k in 1..last.saturating_sub(2) {
        // (Most words are turned away by their first letter.)
        if !matches!(toks[k].text.as_bytes()[0], b'w' | b'W')
            || !toks[k].is_in(&["who", "which"][..])
            || toks[k - 1].is_in(names::PREPOSITIONS)
        {
            continue;
        }
        let mut c = k + 1;
        while c < last && c - k <= 4 && super::statements::is_adverb_or_aux(toks[c].text) && !toks[c].is_in(BE) {
            c += 1;
        }
        // (A finite verb, not a participle or a passive: "who was asked", "which is seen".)
        if c >= last || toks[c].text.ends_with("ing") || toks[c].is_in(BE) || be_before(toks, c) {
            continue;
        }
        let (lemma, object) = match clause_cue(&toks[c]) {
            Some(l) => (l, false),
            None => match toks[c].object_lemma() {
                // ("who spoke on condition of anonymity": only "spoke about/of/out" reports.)
                Some("speak") if !spoken_of(toks, c) => continue,
                Some(l) => (l, true),
                None => continue,
            },
        };
        // ("women who want to obtain…", "the novice who wants to unseat…": a wish in a
        // relative clause describes more often than it reports; measured on PolNeAR, a
        // third of these are attributions.)
        // ("…in the county, which suggests the message is not landing": a "which" that
        // stands for a clause finds, it reports no one.)
        let finding = matches!(lemma, "suggest" | "indicate" | "show" | "mean" | "signal" | "reflect" | "prove");
        if noun_use(toks, c, lemma) || lemma == "want" || (finding && toks[k].text.eq_ignore_ascii_case("which")) {
            continue;
        }
        let Some(start) = (if object { Some(c + 1) } else { content_start(toks, c, lemma) }) else { continue };
        if start >= last || is_quote_mark(&toks[start]) {
            continue;
        }
        // The clause ends at a comma or a dash before the main clause's verb ("…, said"),
        // at a semicolon, or with the sentence.
        // (Not a participle set off inside it: "the plan, backed by Democrats, would…".)
        let main_verb = |j: usize| {
            let t = &toks[j];
            t.is_word()
                && !t.is_capitalized()
                && !t.text.ends_with("ing")
                && (t.is_cue() || t.is_in(FINITE) || t.text.ends_with("ed"))
                && toks.get(j + 1).is_none_or(|n| n.text != "by")
        };
        let end = (start + 1..last)
            .find(|&j| {
                matches!(toks[j].text, ";" | ":")
                    || (matches!(toks[j].text, "," | "—" | "–") && j + 1 < last && main_verb(j + 1))
            })
            .unwrap_or(last);
        let before = if toks[k - 1].text == "," { k - 1 } else { k };
        let Some(antecedent) = names::mention_ending_at(toks, before)
            .filter(|m| m.kind != names::MentionKind::Pronoun)
            .or_else(|| noun_phrase_ending_at(toks, before))
        else {
            continue;
        };
        // "Business owners who fear months of roadworks spoke against the plan": a clause
        // with no comma inside the sentence's subject ends at the sentence's own verb.
        let opens = toks.partition_point(|t| t.start < antecedent.start) == 0;
        let end = if before == k && opens { main_verb_after(toks, start, end).unwrap_or(end) } else { end };
        if words_between(toks, start, end) < 2 {
            continue;
        }
        let (from, to) = (toks[start].start, toks[end - 1].end());
        if taken(from, to) || out.iter().chain(&found).any(|r| r.start < to && from < r.end) {
            continue;
        }
        let pronoun = &toks[k];
        let name = described(toks, &antecedent, k);
        let mention = Mention { start: pronoun.start, end: pronoun.end(), name, ..antecedent };
        found.push(Reported { start: from, end: to, mention, cue: toks[c].text.to_string() });
    }
    found
}

/// The first verb of the sentence's main clause in `start + 1..end`, for a relative clause
/// in the subject ("Business owners who fear months of roadworks spoke…"): a finite or
/// past form, or a verb of saying not in -ing.
fn main_verb_after(toks: &[Token], start: usize, end: usize) -> Option<usize> {
    // Common irregular past forms, which no ending shows.
    static IRREGULAR_PAST: names::WordSet = names::WordSet::new(&[
        "spoke", "went", "came", "made", "took", "gave", "saw", "met", "won", "lost", "led", "left", "held", "kept",
        "ran", "began", "became", "got", "found", "sent", "stood", "fell", "rose", "grew", "wrote", "paid", "sought",
        "brought", "bought", "fought", "thought", "felt", "knew", "heard", "meant", "voted", "split",
    ]);
    (start + 1..end).find(|&j| {
        let t = &toks[j];
        t.is_word()
            && !t.is_capitalized()
            && ((t.is_cue() && !t.text.ends_with("ing"))
                || t.is_in(FINITE)
                || t.is_in(&IRREGULAR_PAST)
                || (t.text.ends_with("ed") && !t.is_in(ADJECTIVE_PARTICIPLES)))
    })
}

/// The statement of a clause that opens at token `after` past a boundary: a comma, a dash
/// or a semicolon, or a conjunction ("and", "but", "while"…) with or without one. A verb
/// right after "and" or "but" shares the subject `prev` of what the sentence reported
/// before ("…has deemed the pages personal and says it does not plan to…").
fn later_clause(
    s: Sentence,
    toks: &[Token],
    after: usize,
    prev: Option<&Mention>,
    taken: &dyn Fn(usize, usize) -> bool,
) -> Option<Reported> {
    const JOINS: &[&str] = &["and", "but", "yet", "while", "whereas", "though", "although"];
    let mut b = after;
    let mut boundary = false;
    while b < toks.len() && (matches!(toks[b].text, "," | "—" | "–" | ";" | ":") || is_quote_mark(&toks[b])) {
        boundary |= !is_quote_mark(&toks[b]);
        b += 1;
    }
    if b < toks.len() && toks[b].is_in(JOINS) {
        if let Some(m) = prev.filter(|_| toks[b].is_in(&["and", "but"][..])) {
            let last = before_stop(toks);
            if let Some(Some((r, c))) = forward(toks, b + 1..last.min(b + 4), last, taken, Some((m, true)))
                && r.mention == *m
                && clause_cue(&toks[c]).is_some()
            {
                return Some(r);
            }
        }
        b += 1;
        boundary = true;
    }
    // (Not a relative clause: "…, say some Democrats, who cringe as they recall…".)
    if !boundary || toks.len() < b + 4 || toks[b].is_in(&["who", "which", "whose", "whom", "where", "when"][..]) {
        return None;
    }
    let tail = &toks[b..];
    // (Most tails hold no verb of saying or judging, and no "that": they are turned away
    // here.)
    let verb = |t: &Token| {
        t.is_cue() || t.object_lemma().is_some() || matches!(t.text, "that" | "according" | "made" | "makes" | "make")
    };
    if !tail.iter().any(verb) {
        return None;
    }
    let found = first_in_sentence(Sentence { start: tail[0].start, end: s.end }, tail, taken)?;
    // (Its speaker is named in the clause itself, before its words: an attribution after
    // them, "…, says Evan Tracey", is the quotation's.)
    (found.mention.start >= tail[0].start && found.mention.end <= found.start).then_some(found)
}

/// The index of a participle of saying that opens the sentence after "After", "While",
/// "In", "By"… ("After saying he was nervous, …", "While denouncing the plan, …").
fn intro_at(toks: &[Token]) -> Option<usize> {
    let s = usize::from(toks.first().is_some_and(|t| t.is_in(&["and", "but", "yet"][..])));
    if !toks.get(s).is_some_and(|t| t.is_in(&["after", "while", "in", "by", "before", "without", "when", "upon"][..])) {
        return None;
    }
    let c = if toks.get(s + 1).is_some_and(|t| super::statements::is_adverb_or_aux(t.text)) { s + 2 } else { s + 1 };
    // ("put" and "post" report words only in set phrases, "as he put it", "posted on
    // Twitter that…": "By putting the onus on Trump", "After posting the tweets" are acts.)
    toks.get(c)
        .is_some_and(|t| t.text.ends_with("ing") && t.is_cue() && !matches!(t.cue_lemma(), Some("put" | "post")))
        .then_some(c)
}

/// The statement of a participle that opens the sentence ([`intro_at`]): its content runs
/// to the comma before the main clause, whose subject says it.
fn intro_participle(toks: &[Token], taken: &dyn Fn(usize, usize) -> bool) -> Option<Reported> {
    let c = intro_at(toks)?;
    let start = content_start(toks, c, participle_lemma(&toks[c]))?;
    let comma = (start + 1..toks.len()).find(|&k| toks[k].text == ",")?;
    if words_between(toks, start, comma) < 2 {
        return None;
    }
    let mention = participle_subject(toks, c)?;
    let (from, to) = (toks[start].start, toks[comma - 1].end());
    (!taken(from, to)).then(|| Reported { start: from, end: to, mention, cue: toks[c].text.to_string() })
}

/// "News of the move was first reported by the Miami Herald.", "The campaign, first
/// reported by The Washington Post, is…": the one who reported it is named after "by"; what
/// they reported is the subject.
fn reported_by(toks: &[Token], taken: &dyn Fn(usize, usize) -> bool) -> Option<Reported> {
    let k = (2..toks.len().saturating_sub(2)).find(|&k| {
        toks[k].is_in(&["reported", "revealed", "disclosed"][..])
            && toks[k + 1].text == "by"
            && toks[k - 1].is_in(&["was", "were", "first", "been", ","][..])
    })?;
    let by_end = names::phrase_end(toks, k + 2);
    let mention = names::span_mention(toks, k + 2, by_end)?;
    // The subject: from the sentence's start (past an opening phrase) to the verb's
    // auxiliary, or to the comma that sets the participle off.
    let mut b = k;
    while b > 0 && (toks[b - 1].is_in(&["was", "were", "is", "are", "been", "has", "had", "first", "originally"][..])) {
        b -= 1;
    }
    if b == 0 {
        return None;
    }
    let end = if toks[b - 1].text == "," { b - 1 } else { b };
    let mut start = 0;
    if opens_intro(&toks[0]) {
        start = (0..end).find(|&j| toks[j].text == ",")? + 1;
    }
    // (A noun phrase, not a clause: "That he lied was reported by…".)
    let clause = |t: &Token| {
        t.is_cue() || t.is_in(FINITE) || t.is_in(names::PRONOUNS) || t.is_in(&["that", "what", "whether", ","][..])
    };
    if end <= start || toks[start..end].iter().any(clause) {
        return None;
    }
    let (from, to) = (toks[start].start, toks[end - 1].end());
    (!taken(from, to)).then(|| Reported { start: from, end: to, mention, cue: toks[k].text.to_string() })
}

/// The reported statements of a sentence's main clause: the first one found, and a second
/// cue of the same speaker after a comma ("…, Smith said, adding that…", "Smith said A,
/// noting that B") or a second reporting clause, which report words of their own. With
/// none, a poll's finding, a claim named by whose it is, "first reported by", or a verb of
/// saying joined to a first verb that reports nothing ([`coordinated_cue`]).
fn in_main_clause(s: Sentence, toks: &[Token], taken: &dyn Fn(usize, usize) -> bool) -> Vec<Reported> {
    let Some(first) = first_in_sentence(s, toks, taken) else {
        return in_poll(toks, taken)
            .or_else(|| claim_of(toks, taken))
            .or_else(|| reported_by(toks, taken))
            .or_else(|| coordinated_cue(toks, taken))
            .into_iter()
            .collect();
    };
    let mut out = Vec::with_capacity(2);
    if let Some((cut, second)) = second_speaker(toks, &first, taken) {
        out.push(cut);
        out.push(second);
        return out;
    }
    // The content ends at the participle's comma; the participle's content follows it.
    let (from, to) = (toks.partition_point(|t| t.start < first.start), toks.partition_point(|t| t.end() <= first.end));
    let after = toks.partition_point(|t| t.start < first.end);
    let split = (from + 1..to.saturating_sub(3))
        .chain(after..toks.len().saturating_sub(3))
        .find(|&k| toks[k].text == "," && continues(toks, k + 1));
    match split {
        Some(k) => {
            let lemma = participle_lemma(&toks[k + 1]);
            let second = content_start(toks, k + 1, lemma).filter(|&c| words_between(toks, c, toks.len()) >= 3);
            let last = before_stop(toks);
            if k > from {
                out.push(Reported { end: toks[k.min(to) - 1].end().max(first.start), ..first.clone() });
            } else {
                out.push(first.clone());
            }
            if let Some(c) = second.filter(|&c| c < last && !taken(toks[c].start, toks[last - 1].end())) {
                out.push(Reported {
                    start: toks[c].start,
                    end: toks[last - 1].end(),
                    cue: toks[k + 1].text.to_string(),
                    ..first
                });
            }
        }
        None => out.push(first),
    }
    out
}

/// "The State Department has deemed the pages personal and says it does not plan to…",
/// "Clinton celebrated in Florida and said it was another step…": a verb of saying joined
/// by "and" or "but" to a first verb that reports nothing shares the sentence's subject.
fn coordinated_cue(toks: &[Token], taken: &dyn Fn(usize, usize) -> bool) -> Option<Reported> {
    // (A run-on "sentence" of many kilobytes is not read, as in `first_in_sentence`.)
    if toks.last().zip(toks.first()).is_some_and(|(l, f)| l.end() - f.start > 2_000) {
        return None;
    }
    let last = before_stop(toks);
    for k in 2..last.saturating_sub(3) {
        if !toks[k].is_in(&["and", "but"][..]) {
            continue;
        }
        let mut c = k + 1;
        while c < last && super::statements::is_adverb_or_aux(toks[c].text) && !toks[c].is_in(BE) {
            c += 1;
        }
        // (After a form of "be" it is a passive or an adjective: "and is asked to…",
        // "there is added security".)
        if toks.get(c).is_none_or(|t| t.is_in(BE)) {
            continue;
        }
        let Some(lemma) = clause_cue(&toks[c]) else {
            continue;
        };
        // A finite verb ("said", "says"), not a participle or a noun ("and saying", "and claims
        // of fraud").
        if toks[c].text.ends_with("ing") || noun_use(toks, c, lemma) {
            continue;
        }
        let Some(start) = content_start(toks, c, lemma) else {
            continue;
        };
        if start >= last || words_between(toks, start, last.min(start + 8)) < 3 {
            continue;
        }
        let Some(mention) =
            participle_subject(toks, c).or_else(|| main_subject(toks, k)).filter(|m| !is_thing(toks, m))
        else {
            continue;
        };
        if not_their_words(toks, &mention) {
            continue;
        }
        let (from, to) = (toks[start].start, toks[last - 1].end());
        if taken(from, to) {
            continue;
        }
        return Some(Reported { start: from, end: to, mention, cue: toks[c].text.to_string() });
    }
    None
}

/// The subject of a sentence's first verb, before `end`, read as a whole noun phrase
/// ("The State Department has deemed…", "Other former CIA officers with no direct
/// knowledge of the case chafed…"): the words from the sentence's start (past an opening
/// phrase and its comma) to the first finite verb, with no comma or clause between.
fn main_subject(toks: &[Token], end: usize) -> Option<Mention> {
    let mut s = usize::from(toks.first().is_some_and(|t| t.is_in(&["and", "but", "yet"][..])));
    if toks.get(s).is_some_and(opens_intro) {
        s = (s..end).find(|&k| toks[k].text == ",")? + 1;
    }
    let first = toks.get(s)?;
    if !(first.is_capitalized() || first.is_in(&names::DETERMINERS)) || first.is_in(names::PRONOUNS) {
        return None;
    }
    let verb = |t: &Token| {
        t.is_word()
            && !t.is_capitalized()
            && (t.is_in(FINITE) || (t.text.ends_with("ed") && !t.is_in(ADJECTIVE_PARTICIPLES)))
    };
    // ("The renewed push…": a participle after a determiner is an adjective.)
    let j = (s + 1..end.min(s + 14)).find(|&k| verb(&toks[k]) && !toks[k - 1].is_in(&names::DETERMINERS))?;
    // ("…comes as Ukraine faces pressure and seeks…": a clause between the subject's verb
    // and the one joined has a subject of its own.)
    if toks[j..end]
        .iter()
        .any(|t| t.is_in(SUBORDINATORS) || t.is_in(&["as", "if", "who", "which", "that", "since"][..]))
    {
        return None;
    }
    if toks[s..j].iter().any(|t| {
        !t.is_word() && t.text != "’" && t.text != "'" || t.is_cue() || t.is_in(&["who", "which", "that", "and"][..])
    }) {
        return None;
    }
    names::span_mention(toks, s, j)
}

/// "Most said they were worried, while 9 percent said…", "He denied it and said that…":
/// a second reporting clause coordinated inside the first one's content ends that
/// content and reports on its own, with its own speaker or the sentence's subject.
fn second_speaker(
    toks: &[Token],
    first: &Reported,
    taken: &dyn Fn(usize, usize) -> bool,
) -> Option<(Reported, Reported)> {
    const JOINS: &[&str] = &["but", "while", "and", "whereas", "though", "although", "yet"];
    let (from, to) = (toks.partition_point(|t| t.start < first.start), toks.partition_point(|t| t.end() <= first.end));
    let last = before_stop(toks);
    for k in from + 2..to.saturating_sub(3) {
        let next = match toks[k].text {
            ";" => k + 1,
            "," | "—" | "–" if toks[k + 1].is_in(JOINS) => k + 2,
            "and" | "but" if toks[k + 1].is_cue() || super::statements::is_adverb_or_aux(toks[k + 1].text) => k,
            _ => continue,
        };
        // Its verb comes within ten words, and is the clause's own first reporting verb,
        // not a later one ("six in 10 said they want").
        let Some(Some((second, c))) = forward(toks, next..next + 11, last, taken, Some((&first.mention, false))) else {
            continue;
        };
        if second.start <= toks[c].start || toks[next..c].iter().any(Token::is_cue) {
            continue;
        }
        let cut = Reported { end: toks[k - 1].end(), ..first.clone() };
        return Some((cut, second));
    }
    None
}

/// The speaker of a verb set off by commas inside a sentence ("…, he said, …",
/// "…, strategists said, …"): a short mention right after a comma that follows at least
/// a word.
fn parenthetical_speaker(toks: &[Token], c: usize) -> Option<Mention> {
    let end = super::statements::past_adverbs(toks, c);
    let m = names::mention_ending_at(toks, end)?;
    let first = toks.partition_point(|t| t.start < m.start);
    (first >= 2 && toks[first - 1].text == "," && end - first <= 6 && words_between(toks, 0, first - 1) >= 1)
        .then_some(m)
}

/// Whether a subject's verb reports nothing of theirs: a condition or a question about
/// them ("If Russia refuses to negotiate…", "whether Moscow will agree to…"), or the
/// attribution of the quotation just closed ("…,” Pence told Chuck Todd during an
/// interview").
fn not_their_words(toks: &[Token], mention: &Mention) -> bool {
    let at = toks.partition_point(|t| t.start < mention.start);
    let clause = toks[..at].iter().rev().take_while(|t| !matches!(t.text, "," | ";" | ":" | "—" | "–"));
    clause.take(12).any(|t| t.is_in(&["if", "whether", "unless"][..]))
        || (at.saturating_sub(2)..at).any(|k| is_quote_mark(&toks[k]) && !is_possessive_mark(toks, k))
}

/// Whether the apostrophe at `k` makes a possessive ("NBC’s Ali Vitali", "Sanders’
/// aides"), not a closing quotation mark.
fn is_possessive_mark(toks: &[Token], k: usize) -> bool {
    let attached = |a: &Token, b: &Token| a.end() == b.start;
    matches!(toks[k].text, "’" | "'")
        && k > 0
        && toks[k - 1].is_word()
        && attached(&toks[k - 1], &toks[k])
        && (toks.get(k + 1).is_some_and(|n| n.text == "s" && attached(&toks[k], n))
            || toks[k - 1].text.ends_with(['s', 'S']))
}

/// Words that open no short clause of what was said: times, pronouns of the words
/// themselves, question words.
const SHORT_NOT_CONTENT: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "today",
    "yesterday",
    "tonight",
    "tomorrow",
    "earlier",
    "later",
    "last",
    "this",
    "next",
    "recently",
    "afterward",
    "afterwards",
    "then",
    "on",
    "in",
    "at",
    "it",
    "that",
    "when",
    "why",
    "how",
    "what",
    "where",
    "who",
    "whether",
    "if",
    "again",
    "once",
    "twice",
    "aloud",
    "publicly",
    "privately",
    "repeatedly",
    "early",
    "via",
    "nothing",
    "anything",
    "something",
    "much",
    "little",
    "more",
    "less",
];

/// Whether the words after "told" only name the one told and when ("told POLITICO
/// earlier this week"): words, no verb.
fn told_and_when(rest: &[Token]) -> bool {
    // A subject pronoun or a past tense makes a clause: "told reporters he planned to…".
    rest.iter().all(|t| {
        let past = t.text.ends_with("ed") && !t.is_capitalized();
        t.is_word() && !t.is_in(FINITE) && !t.is_cue() && !t.is_in(names::PRONOUNS) && !past
    })
}

/// Whether the token at `k` opens a participle of saying that continues the speaker's
/// words: "adding that", "noting", "saying he…".
/// The verb a participle that [`continues`] the words is a form of ("adding" → "add",
/// "referring" → "refer").
fn participle_lemma(t: &Token) -> &'static str {
    clause_cue(t).or_else(|| t.object_lemma()).unwrap_or("say")
}

fn continues(toks: &[Token], k: usize) -> bool {
    let Some(t) = toks.get(k) else { return false };
    (t.text.ends_with("ing") && clause_cue(t).is_some_and(|l| !matches!(l, "continue" | "call")))
        // ("…,” he said, referring to other comments…": what the words were about.)
        || (t.text == "referring" && toks.get(k + 1).is_some_and(|t| t.text == "to"))
}

/// Whether `toks[k]` joins a second verb of the same subject ("Cruz opposed the bill but
/// has since said…", "…and called it…"): the object of the first verb ends there.
fn coordinated_verb(toks: &[Token], k: usize) -> bool {
    if !toks[k].is_in(&["and", "but"][..]) {
        return false;
    }
    let mut j = k + 1;
    let mut auxiliary = false;
    while j < toks.len() && super::statements::is_adverb_or_aux(toks[j].text) {
        auxiliary |= toks[j].is_in(FINITE);
        j += 1;
    }
    auxiliary
        || toks.get(j).is_some_and(|t| {
            t.text.starts_with(|c: char| c.is_lowercase()) && (t.is_cue() || t.object_lemma().is_some())
        })
}

fn first_in_sentence(s: Sentence, toks: &[Token], taken: &dyn Fn(usize, usize) -> bool) -> Option<Reported> {
    // Reported speech is a sentence of ordinary length; a run-on "sentence" of many
    // kilobytes (a line without stops) is not read, which keeps the pass linear.
    if s.end - s.start > 2_000 {
        return None;
    }
    if toks.len() < 4 {
        return None;
    }
    let last = before_stop(toks);
    // "According to X, content." / "content, according to X."
    if let Some(a) = (0..toks.len().saturating_sub(1)).find(|&k| names::according_to(toks, k)) {
        let comma = (a + 2..last).find(|&k| toks[k].text == ",");
        // "Fundraising, according to the campaign, has surged…": set off by commas inside
        // the sentence, the source speaks for all of it.
        let inside =
            comma.filter(|&c| a > 0 && toks[a - 1].text == "," && c > a + 2 && words_between(toks, c + 1, last) >= 2);
        if let Some(c) = inside
            && let Some(mention) = names::span_mention(toks, a + 2, c)
            && words_between(toks, 0, last) >= 6
        {
            return Some(Reported {
                start: toks[0].start,
                end: toks[last - 1].end(),
                mention,
                cue: "according to".into(),
            });
        }
        // ("But according to reports, he could not…": a conjunction may open it.)
        // ("(According to the police, it…": or a parenthesis.)
        let opens = a == 0 || (a == 1 && (toks[0].is_in(&["but", "and", "yet", "so"][..]) || toks[0].text == "("));
        // "…ahead 46 percent to 39 percent according to a CBS poll.": at the sentence's end
        // the comma before it may be missing.
        // (Only a source runs to the end: "The plan according to officials will cost…" is
        // a clause.)
        let closes = a >= 4
            && toks[a - 1].is_word()
            && comma.is_none()
            && !toks[a + 2..last].iter().any(|t| t.is_in(FINITE) || t.is_cue());
        // (With no comma after it, an opening "according to" sets off nothing.)
        let opens = opens && comma.is_some();
        if opens || (a > 0 && toks[a - 1].text == ",") || closes {
            let (speaker_end, content) = if opens {
                let c = comma?;
                // (Within the parenthesis it opens.)
                let close = (toks[0].text == "(")
                    .then(|| (c + 1..toks.len()).rev().find(|&k| toks[k].text == ")"))
                    .flatten()
                    .map_or(last, |k| k.min(last));
                let close = if close > c + 1 && toks[close - 1].text == "." { close - 1 } else { close };
                (c, (c + 1, close))
            } else {
                (last, (0, if closes { a } else { a - 1 }))
            };
            let mention = names::span_mention(toks, a + 2, speaker_end)?;
            if words_between(toks, content.0, content.1) >= 3 {
                return Some(Reported {
                    start: toks[content.0].start,
                    end: toks[content.1 - 1].end(),
                    mention,
                    cue: "according to".into(),
                });
            }
        }
    }
    // "As the paper noted, it is surprising…", "As Smith put it, …": the source of the
    // clause after the comma.
    if toks.len() > 6
        && toks[0].text.eq_ignore_ascii_case("as")
        && let Some(c) = (2..last.min(14)).find(|&k| toks.get(k + 1).is_some_and(|t| t.text == ",") && clause_cue(&toks[k]).is_some())
        && !toks[c].text.ends_with("ing")
        // (A bare form is a noun there: "As of the last fundraising report, …".)
        && toks[c].cue_lemma() != Some(toks[c].text)
        && !toks[1..c].iter().any(|t| t.text == ",")
        && words_between(toks, c + 2, last) >= 4
        && let Some(mention) = names::span_mention(toks, 1, super::statements::past_adverbs(toks, c))
        && !toks[1..c].iter().any(|t| t.is_in(FINITE) && !t.is_capitalized())
    {
        let (from, to) = (toks[c + 2].start, toks[last - 1].end());
        if !taken(from, to) {
            return Some(Reported { start: from, end: to, mention, cue: toks[c].text.to_string() });
        }
    }
    // "As reported by Western Journalism, investigators found…".
    if toks.len() > 5
        && toks[0].text.eq_ignore_ascii_case("as")
        && toks[1].text == "reported"
        && toks[2].text == "by"
        && let Some(c) = (4..last.min(16)).find(|&k| toks[k].text == ",")
        && words_between(toks, c + 1, last) >= 3
        && let Some(mention) = names::span_mention(toks, 3, c)
    {
        let (from, to) = (toks[c + 1].start, toks[last - 1].end());
        if !taken(from, to) {
            return Some(Reported { start: from, end: to, mention, cue: "reported".into() });
        }
    }
    // "But that is not good enough, said Howard Rubel, a senior analyst, who notes that…":
    // an inverted attribution inside the sentence speaks for what comes before it, ahead
    // of any later verb.
    // (The name after the verb ends at a comma or the sentence's end: "said Ms. Brainard
    // conveyed…" is a clause, "told POLITICO, …" names the one told.)
    let inverted = (2..last.saturating_sub(2)).find(|&c| {
        toks[c - 1].text == ","
            && toks[c].is_cue()
            && !toks[c].text.ends_with("ing")
            && clause_cue(&toks[c]).is_some_and(|l| l != "tell")
            && !toks[c + 1].is_in(names::PRONOUNS)
            && {
                let name_end =
                    (c + 1..last).find(|&k| !(toks[k].is_word() && toks[k].is_capitalized())).unwrap_or(last);
                // (Or a short group closed by a comma: "…, say some Democrats, who cringe…".)
                let group = (c + 2..last.min(c + 8)).find(|&k| toks[k].text == ",").is_some_and(|comma| {
                    toks[c + 1..comma]
                        .iter()
                        .all(|t| t.is_word() && !t.is_cue() && !t.text.ends_with("ed") && !t.is_in(FINITE))
                        && names::mention_ending_at(toks, comma)
                            .is_some_and(|m| m.start >= toks[c + 1].start && m.start <= toks[c + 2].start)
                });
                group || (name_end > c + 1 && (name_end == last || toks[name_end].text == ","))
            }
    });
    if let Some(r) = inverted.and_then(|c| backward_at(toks, c, last, taken)) {
        return Some(r);
    }
    match forward(toks, 1..last, last, taken, None) {
        Some(found) => found.map(|(r, _)| r),
        None => backward(toks, last, taken),
    }
}

/// "speaker cue (that) content.": the first reporting verb among the tokens `verbs` with a
/// speaker before it and a clause after it, and the verb's index; `Some(None)` when the
/// sentence's clause is a quotation's, so nothing else in it reports. A verb right after
/// "and" or "but" has the subject `shared`, when given ("…, and said that…").
fn forward(
    toks: &[Token],
    verbs: std::ops::Range<usize>,
    last: usize,
    taken: &dyn Fn(usize, usize) -> bool,
    shared: Option<(&Mention, bool)>,
) -> Option<Option<(Reported, usize)>> {
    for c in verbs.start.max(1)..verbs.end.min(last) {
        // Only a reporting verb or "rule(d) out" opens this shape: most words are turned
        // away here.
        let first = toks[c].text.as_bytes().first().map_or(0, |&b| b | 0x20);
        // "made it clear that…": said, and insisted on.
        let make_clear_that = if first == b'm' { makes_clear(toks, c) } else { None };
        let make_clear = make_clear_that.is_some();
        if !toks[c].is_cue() && first != b'r' && !make_clear {
            continue;
        }
        // "called on allies to finalise…": a directive, reported like a clause.
        let directive =
            toks[c].cue_lemma() == Some("call") && toks.get(c + 1).is_some_and(|t| t.is_in(&["on", "upon"][..]));
        // "ruled out the deployment…": a rejection, reported like "rejected".
        // Not when negated: "have not publicly ruled out…" leaves something open.
        let rule_out = names::rules_out(toks, c) && !toks[c.saturating_sub(3)..c].iter().any(names::is_negation);
        // Without a verb of clauses, one that takes a clause only with "that" ("tweeted that…").
        let clause = clause_cue(&toks[c]);
        let that_only = clause.is_none() && !directive && !rule_out && !make_clear;
        let lemma = if directive {
            Some("call on")
        } else if rule_out {
            Some("rule out")
        } else if make_clear {
            Some("make clear")
        } else {
            clause.or_else(|| that_clause(toks, c))
        };
        let Some(lemma) = lemma else { continue };
        // "This is not about me, Obama told his advisers as he…": set off after the words
        // it reports, "told" and whom it names report the words before.
        if lemma == "tell"
            && parenthetical_speaker(toks, c).is_some()
            && let Some(r) = backward_at(toks, c, last, taken)
        {
            return Some(Some((r, c)));
        }
        // "state", "states" are nouns far more often than verbs ("Rust Belt states that
        // have suffered", "battleground states"); "stated" is the verb.
        if matches!(toks[c].text, "state" | "states") {
            continue;
        }
        // "Pence went on to say…", "She continued to insist…": the verb is the subject's,
        // read from the verb it follows.
        let head = went_on_to(toks, c);
        if (head.is_none() && toks[c - 1].is_in(&["to", "be", "been", "being"][..])) || noun_use(toks, c, lemma) {
            continue;
        }
        // A participle ("…, warning that…") reports only after a comma, and only for a named
        // subject: "Others remain sceptical, warning…" and "Europe demanding a larger role"
        // are not someone's words.
        // "Ryan is stressing that…": after a form of "be" a participle is the verb of the
        // subject before it, read like "Ryan stressed". A past participle there is a
        // passive ("Sanders was declared the winner", "He was told that…"), which says
        // nothing its subject said.
        let after_be = be_before(toks, c);
        let participle = toks[c].text.ends_with("ing") && !after_be;
        if after_be && !toks[c].text.ends_with("ing") {
            continue;
        }
        // ("a new poll showing Trump down to 14 percent": a poll's finding, right after it.)
        let finding = participle
            && toks[c - 1].is_in(POLLS)
            && matches!(toks[c].cue_lemma(), Some("show" | "find" | "suggest" | "indicate"));
        // "…soared in the polls by saying that…", "erred in saying that…", "issued a
        // statement saying that…": the sentence's subject speaks. (Not "for saying": "Trump
        // attacked Khan for saying…" is Khan's.)
        // "…, with 30 percent of voters saying they…": the share speaks; so does anyone
        // after "with" ("…, with Donald Trump tweeting that…").
        let share = participle
            && (toks[c].text == "saying"
                || (toks.get(c + 1).is_some_and(|t| t.text == "that")
                    && names::mention_ending_at(toks, c).is_some_and(|m| m.kind == names::MentionKind::Name)))
            && names::mention_ending_at(toks, c).is_some_and(|m| {
                let at = toks.partition_point(|t| t.start < m.start);
                at > 0 && toks[at - 1].is_in(&["with", "left"][..])
            });
        const STATEMENT_NOUNS: &[&str] =
            &["statement", "response", "letter", "post", "tweet", "email", "message", "release", "note"];
        let subjects = participle
            && (toks[c - 1].is_in(&["by", "after", "in", "while", "without", "when"][..])
                || (toks[c].text == "saying" && toks[c - 1].is_in(STATEMENT_NOUNS)));
        if participle && !matches!(toks[c - 1].text, "," | "—" | "–") && !finding && !subjects && !share {
            continue;
        }
        // ("After saying he was nervous, the man…": a participle that opens the sentence
        // is read beside its main clause, by `intro_participle`.)
        if participle && intro_at(toks) == Some(c) {
            continue;
        }
        // "Salceda, citing data from the State Department, said that…": a participle phrase
        // before the sentence's own verb describes its subject; the verb reports.
        if participle
            && (c + 2..last.min(c + 24))
                .any(|k| toks[k - 1].text == "," && clause_cue(&toks[k]).is_some() && !toks[k].text.ends_with("ing"))
        {
            continue;
        }
        // "…, Manafort said, adding that…": the participle is Manafort's, read with the
        // attribution at the end of the sentence.
        if participle && c >= 2 && clause_cue(&toks[c - 2]).is_some() {
            continue;
        }
        // "So it makes sense, strategists said, for Democrats to…": a speaker and a verb
        // set off by commas inside the sentence speak for all of it.
        // ("The solution, the partner told them, was simple": past whom they told.)
        let told = toks.get(c + 1).is_some_and(|t| t.is_in(&["them", "him", "her", "me", "us", "reporters"][..]))
            && toks.get(c + 2).is_some_and(|t| t.text == ",");
        let comma = c + 1 + usize::from(told);
        if !participle
            && toks.get(comma).is_some_and(|t| t.text == ",")
            && words_between(toks, comma + 1, last) >= 2
            // (Not "…, Manafort said, adding that…": the attribution of what comes before.)
            && !continues(toks, comma + 1)
            && let Some(mention) = parenthetical_speaker(toks, c)
        {
            let (from, to) = (toks[0].start, toks[last - 1].end());
            if taken(from, to) {
                return Some(None);
            }
            return Some(Some((Reported { start: from, end: to, mention, cue: toks[c].text.to_string() }, c)));
        }
        let Some(start) = content_start(toks, c, lemma) else { continue };
        // (A quotation there is the words, unless it was too short to be anyone's: “zero”
        // voters would follow…)
        if start >= last
            || toks
                .get(start)
                .is_some_and(|t| (is_quote_mark(t) && taken(t.start, toks[last - 1].end())) || t.text == ":")
        {
            continue;
        }
        // ("declined to comment": a refusal is reported however short.)
        let refusal = matches!(lemma, "decline" | "refuse") && toks[start].text == "to";
        // ("They said she could.", "Everyone but Hewlett said yes.": a verb of saying
        // reports however short a clause.)
        // (Not a time, which dates the words before: "…, the airline said Thursday."; nor
        // "I said it", "did not say when".)
        let words = words_between(toks, start, last);
        // (Nor after a speaker set off by a comma, the attribution of the words before it:
        // "…, the airline said early Friday.")
        let short = || {
            matches!(lemma, "say" | "tell")
                && words >= 1
                && !toks[start].is_in(SHORT_NOT_CONTENT)
                && (opens_intro(&toks[0]) || parenthetical_speaker(toks, c).is_none())
        };
        if words < 3 && !refusal && !short() {
            continue;
        }
        // "…, Smith told POLITICO earlier this week.": the one told and when, not a clause.
        if lemma == "tell" && last - start <= 6 && toks[start - 1].text != "that" && told_and_when(&toks[start..last]) {
            continue;
        }
        let joined = shared.filter(|_| {
            let b = super::statements::past_adverbs(toks, c);
            b > 0 && toks[b - 1].is_in(&["and", "but"][..])
        });
        let speaker = if let Some((m, whole)) = joined {
            // A bare form there is not this subject's verb ("had her staff … and tell"),
            // unless the subject is plural and its clause was `whole` before "and"
            // ("Carson, Fiorina and Huckabee have characterized … and say").
            let words = || toks.iter().filter(|t| t.start >= m.start && t.end() <= m.end);
            let plural = whole
                && (words().any(|t| t.text == "and" || t.is_in(&["they", "we", "i", "you"][..]))
                    || words().next_back().is_some_and(|t| t.text.ends_with('s') && !t.is_capitalized()));
            if toks[c].cue_lemma() == Some(toks[c].text) && !plural {
                continue;
            }
            Some(m.clone())
        } else if finding || share {
            names::mention_ending_at(toks, c)
        } else if participle {
            participle_subject(toks, c)
        } else {
            speaker_before(toks, head.unwrap_or(c))
        };
        let Some(mention) = speaker else { continue };
        // "Cruz, who says Trump is attacking him…, said he…": a relative clause set off by
        // commas before the main clause's verb; `relative_statements` reads it, up to
        // that comma.
        let b = super::statements::past_adverbs(toks, c);
        if joined.is_none()
            && !participle
            && b >= 2
            && toks[b - 1].is_in(&["who", "which"][..])
            && toks[b - 2].text == ","
            && (c + 3..last)
                .any(|k| toks[k - 1].text == "," && clause_cue(&toks[k]).is_some() && !toks[k].text.ends_with("ing"))
        {
            continue;
        }
        // "Voters who say the economy matters most said they…": a relative clause in the
        // sentence's subject; the sentence's own verb comes later and reports.
        let in_subject = joined.is_none()
            && !participle
            && c >= 2
            && toks[c - 1].text.eq_ignore_ascii_case("who")
            && mention.start == toks[0].start;
        if in_subject
            && (c + 3..last)
                .any(|k| clause_cue(&toks[k]).is_some() && !toks[k].text.ends_with("ing") && toks[k - 1].is_word())
        {
            continue;
        }
        // "It signals that…": a verb of speaking without a clause of its own reports a
        // speaker's words, not a thing's.
        if that_only && is_thing(toks, &mention) {
            continue;
        }
        if not_their_words(toks, &mention) {
            continue;
        }
        let (from, mut to) = (toks[start].start, toks[last - 1].end());
        // ("Business owners who fear months of roadworks spoke against…": a relative clause
        // in the subject ends at the sentence's own verb.)
        if in_subject
            && let Some(j) = main_verb_after(toks, start, last).filter(|&j| words_between(toks, start, j) >= 2)
        {
            to = toks[j - 1].end();
        }
        // "While the candidates say the US must lead, they differ…": a verb inside an
        // opening subordinate clause reports up to the comma before the main clause.
        if toks[0].is_in(SUBORDINATORS) && !toks[..c].iter().any(|t| t.text == ",") {
            let main = (start + 2..last.saturating_sub(2)).find(|&k| {
                toks[k].text == ","
                    && toks[k + 1].is_word()
                    && (toks[k + 1].is_in(names::PRONOUNS)
                        || toks[k + 1].is_in(&names::DETERMINERS)
                        || toks[k + 1].is_capitalized())
            });
            if let Some(k) = main {
                to = toks[k - 1].end();
            }
        }
        if taken(from, to) {
            // "Paul said Rubio's plan would…, and called him “the worst”", "…said he
            // supported the bill, which he called “a cartel”": the clause before the one
            // that quotes is reported speech of its own.
            let quoted = (start..last).find(|&k| taken(toks[k].start, toks[k].end())).unwrap_or(last);
            let boundary = (start + 3..quoted)
                .rev()
                .filter(|&k| matches!(toks[k].text, "," | "—" | "–") || toks[k].is_in(&["and", "but"][..]))
                // The clause that quotes has a verb of its own ("which he called"), past
                // the comma that introduces the quotation ("and added, “…”").
                .find(|&k| words_between(toks, k, quoted) >= 2)
                .filter(|&k| {
                    toks[k..quoted].iter().any(Token::is_cue)
                        // ("…and quoted Reagan's “eleventh commandment”": a verb of its own
                        // after "and".)
                        || (toks[k].is_in(&["and", "but"][..])
                            && toks.get(k + 1).is_some_and(|t| {
                                t.text.ends_with("ed") && t.text.starts_with(|c: char| c.is_lowercase())
                            }))
                })
                .map(|k| if toks[k - 1].text == "," { k - 1 } else { k })
                .filter(|&k| words_between(toks, start, k) >= 3);
            match boundary {
                Some(k) if !taken(from, toks[k - 1].end()) => to = toks[k - 1].end(),
                _ => return Some(None),
            }
        }
        // ("made clear", "made it clear", "made the case": the whole phrase is the cue.)
        let cue = match make_clear_that {
            Some(that) => phrase(&toks[c..that]),
            None => toks[c].text.to_string(),
        };
        return Some(Some((Reported { start: from, end: to, mention, cue }, c)));
    }
    None
}

/// "content, speaker cue." or "content, cue speaker.", or else a verb's object.
fn backward(toks: &[Token], last: usize, taken: &dyn Fn(usize, usize) -> bool) -> Option<Reported> {
    // "content, speaker cue." or "content, cue speaker.": the last cue word near the end
    // first ("…, the congressional report said": "said", not the noun "report").
    for c in (last.saturating_sub(24).max(1)..last).rev() {
        if let Some(r) = backward_at(toks, c, last, taken) {
            return Some(r);
        }
    }
    object_statement(toks, last, taken)
}

/// The words before "…, his top aide, Tad Devine, told…" (the comma before "told" at
/// `comma`, "told" at `c`): the speaker is a name or a role that opens the phrase that
/// comma closes (past a relative clause set off there), with a role or a name set off
/// beside it ("his top aide, Tad Devine", "Smith, a senior aide"), and a comma before
/// them; not a state after its city.
fn told_after_appositive(
    toks: &[Token],
    comma: usize,
    c: usize,
    taken: &dyn Fn(usize, usize) -> bool,
) -> Option<Reported> {
    let comma_before = |at: usize| (1..at).rev().take(10).find(|&k| toks[k].text == ",");
    // The phrase between the comma before `close` and `close`, as a name or a role that
    // fills it, and that comma.
    let phrase = |close: usize| {
        let open = comma_before(close)?;
        let m = names::span_mention(toks, open + 1, close).filter(|m| {
            matches!(m.kind, names::MentionKind::Name | names::MentionKind::Role)
                && m.start == toks[open + 1].start
                && !toks[open + 1..close].iter().any(|t| t.is_in(FINITE) && !t.is_capitalized())
        })?;
        Some((m, open))
    };
    // ("…, the official, who spoke on condition of anonymity, told…": past a relative
    // clause.)
    let close = match comma_before(comma) {
        Some(open) if toks[open + 1].is_in(&["who", "which"][..]) => open,
        _ => comma,
    };
    let (mut m, mut open) = phrase(close)?;
    // (Not a state after its city: "a woman in Worcester, Massachusetts, told him", "in
    // Des Moines, Iowa,".)
    let city = toks[..open].iter().rev().take_while(|t| t.is_capitalized()).count();
    if city > 0 && open > city && toks[open - city - 1].is_in(names::PREPOSITIONS) {
        return None;
    }
    // "his top aide, Tad Devine", "Smith, a senior aide": a name and a role beside it.
    if let Some((other, before)) = phrase(open).filter(|(o, _)| o.kind != m.kind) {
        m = Mention {
            start: other.start,
            end: m.end,
            name: m.name.or(other.name),
            kind: names::MentionKind::Name,
            titled: m.titled,
        };
        open = before;
    }
    if words_between(toks, 0, open) < 4 {
        return None;
    }
    let (from, to) = (toks[0].start, toks[open - 1].end());
    (!taken(from, to)).then(|| Reported { start: from, end: to, mention: m, cue: toks[c].text.to_string() })
}

/// [`backward`] with its verb at `c`.
fn backward_at(toks: &[Token], c: usize, last: usize, taken: &dyn Fn(usize, usize) -> bool) -> Option<Reported> {
    let comma_before = |c: usize| (1..c).rev().find(|&k| toks[k].text == ",").filter(|&k| c - k <= 9);
    let lemma = clause_cue(&toks[c])?;
    // A participle there continues someone's words ("…, adding that…"): not this shape.
    // Nor is a noun ("…, chambers in 30 states.").
    if toks[c].text.ends_with("ing") || (c + 1 == last && noun_use(toks, c, lemma)) {
        return None;
    }
    let comma = comma_before(c)?;
    // "…, his top aide, Tad Devine, told The Huffington Post.": after "told" is the one
    // told; the speaker is the phrase set off by commas before it.
    if lemma == "tell" && c == comma + 1 {
        return told_after_appositive(toks, comma, c, taken);
    }
    // (“…,” said Kirby: the comma inside the closing mark sets the verb off too.)
    let after_quote = c == comma + 2 && is_quote_mark(&toks[c - 1]);
    let mention = if c == comma + 1 || after_quote {
        let end = names::phrase_end(toks, c + 1).min(last);
        // The speaker phrase (and its appositive) must end the sentence, or describe a
        // named speaker ("…, said Rita Katz, the director of SITE Intelligence Group,
        // which tracks…"; "…, said Ed Rendell, who chairs…").
        // ("…, says political scientist Dossym Satpayev in Almaty."; "…, said a handful of
        // Democrats who point to…": a group described by a "who" clause.)
        // (Only after a verb that takes no object: "…, opposed his signature trade deal"
        // names what was opposed.)
        const NO_OBJECT: &[&str] =
            &["say", "add", "note", "explain", "argue", "warn", "observe", "insist", "contend", "caution", "predict"];
        let described = |m: &Mention| {
            let loose = NO_OBJECT.contains(&lemma);
            let named =
                m.kind == names::MentionKind::Name && (toks[c + 1].is_capitalized() || (loose && m.name.is_some()));
            let group = loose && m.kind == names::MentionKind::Role && toks[end].text == "who";
            (named || group)
                && toks[end..last].iter().all(|t| !is_quote_mark(t) && !matches!(t.text, ";" | ":"))
                && (toks[end].text == "," || toks[end].is_in(&["at", "of", "for", "in", "who", "and"][..]))
        };
        // "…, 33%, say they feel that way": a pronoun after the verb is a clause's
        // subject, unless it ends the sentence ("…, said he.").
        let inverted = !toks.get(c + 1).is_some_and(|t| t.is_in(names::PRONOUNS)) || end == c + 2;
        // "Schilling, through a spokeswoman, declined to comment.": a preposition after
        // the verb opens its complement, not a speaker.
        let inverted = inverted && !toks.get(c + 1).is_some_and(|t| t.is_in(names::PREPOSITIONS));
        // "…, for example, said the visit would earn…": a clause, not a speaker.
        let clause = toks[c + 1..end]
            .iter()
            .take_while(|t| t.text != ",")
            .any(|t| (t.is_in(FINITE) && !t.is_capitalized()) || t.text == "that");
        names::span_mention(toks, c + 1, end)
            .filter(|m| inverted && !clause && (end >= last || toks[end].text == "," || described(m)))
    } else {
        // After "speaker cue" only a short adjunct may follow ("…, she said on
        // Monday."), the one told ("…, Smith told POLITICO this week."), or a second
        // cue of the same speaker ("…, Sabato said, adding that…").
        let rest = &toks[c + 1..last];
        // (Not "to" after a verb of intention: "…, where Obama has promised to veto it.")
        let intends = rest.first().is_some_and(|t| t.text == "to") && TO_VERBS.contains(&lemma);
        // ("…,” she said at the convention, referring to…": an adjunct, then a participle.)
        let then_participle = rest.iter().position(|t| t.text == ",").is_some_and(|k| {
            k <= 6 && k + 1 < rest.len() && rest[0].is_in(ADJUNCT_STARTS) && !intends && continues(toks, c + 1 + k + 1)
        });
        let adjunct = rest.is_empty()
            || then_participle
            || (rest.len() <= 5 && rest[0].is_in(ADJUNCT_STARTS) && !intends)
            || (lemma == "tell" && rest.len() <= 8 && told_and_when(rest))
            // ("…, Obama told his closest advisers as he labored over…": whom, then when.)
            || (lemma == "tell"
                && (1..rest.len().min(9))
                    .find(|&k| rest[k].is_in(&["as", "when", "while", "after", "before", "because"][..]))
                    .is_some_and(|k| told_and_when(&rest[..k])))
            || (rest.len() >= 3 && rest[0].text == "," && continues(toks, c + 2));
        speaker_before(&toks[comma + 1..c], c - comma - 1).filter(|_| adjunct)
    };
    let mention = mention?;
    let (from, to) = (toks[0].start, toks[comma - 1].end());
    if words_between(toks, 0, comma) >= 4 && !taken(from, to) {
        return Some(Reported { start: from, end: to, mention, cue: toks[c].text.to_string() });
    }
    // "“…,” he added, noting that Sanders asked for more time": after a quotation and
    // its attribution, a participle reports more of the same speaker's words.
    // (Past the speaker or an adjunct: "…,” said spokesman John Kirby, referring to…",
    // "…,” she said at the convention, referring to…".)
    let participle_at = (c + 1..last.min(c + 16)).find(|&k| toks[k].text == ",").filter(|&k| {
        k + 2 < last
            && continues(toks, k + 1)
            && (c + 1..k).all(|j| {
                let t = &toks[j];
                // (A possessive in the adjunct: "at Tuesday’s rally".)
                (t.is_word() || t.text == "." || is_possessive_mark(toks, j)) && !t.is_in(FINITE) && !t.is_cue()
            })
    });
    if taken(from, to)
        && let Some(k) = participle_at
    {
        let p = k + 1;
        let lemma = participle_lemma(&toks[p]);
        // (What a speaker referred to may be two words: "referring to faith-driven voters".)
        let least = if lemma == "refer" { 2 } else { 3 };
        if let Some(start) =
            content_start(toks, p, lemma).filter(|&k| k < last && words_between(toks, k, last) >= least)
            && !taken(toks[start].start, toks[last - 1].end())
        {
            return Some(Reported {
                start: toks[start].start,
                end: toks[last - 1].end(),
                mention,
                cue: toks[p].text.to_string(),
            });
        }
    }
    None
}

/// Whether the particle after "speak" at `c` makes it report: "spoke about…", "spoke
/// of…", "spoke out against…" (18 of 19 times an attribution in PolNeAR; "spoke" alone,
/// a third).
fn spoken_of(toks: &[Token], c: usize) -> bool {
    toks.get(c + 1).is_some_and(|t| t.is_in(&["about", "of", "out"][..]))
}

/// "speaker verb object": the object of a verb of judging or asking is what the speaker
/// said or stood for ("Clinton criticized his plan", "He accused Trump of lying", "Biden
/// mocked the Republican field", "…, calling him a liar"). Not in the passive ("was
/// criticized by"), and not as a noun ("the call", "a question").
fn object_statement(toks: &[Token], last: usize, taken: &dyn Fn(usize, usize) -> bool) -> Option<Reported> {
    const BEFORE_NOUN: &[&str] = &[
        "to", "the", "a", "an", "by", "as", "of", "for", "this", "that", "his", "her", "their", "its", "our", "my",
        "your", "no", "any", "every", "each", "some", "many", "more", "most", "such", "in", "on", "with", "at", "from",
        "about", "after", "before", "without",
    ];
    const PASSIVE: &[&str] = &["is", "are", "was", "were", "be", "been", "being", "get", "gets", "got", "getting"];
    for c in 1..last {
        let Some(lemma) = toks[c].object_lemma() else { continue };
        let particle = spoken_of(toks, c);
        if lemma == "speak" && !particle {
            continue;
        }
        let prev = &toks[c - 1];
        // (A possessive before it, or "Paris attacks test…": a noun.)
        if prev.is_in(BEFORE_NOUN) || noun_use(toks, c, "") {
            continue;
        }
        let mut b = c;
        while b > 1 && super::statements::is_adverb_or_aux(toks[b - 1].text) && !toks[b - 1].is_in(PASSIVE) {
            b -= 1;
        }
        // ("Clinton is calling for…": after a form of "be", a participle is the
        // subject's verb, not a passive.)
        let progressive = toks[c].text.ends_with("ing") && be_before(toks, c);
        if toks[b - 1].is_in(PASSIVE) && !progressive {
            continue;
        }
        let participle = toks[c].text.ends_with("ing") && !progressive;
        if participle && prev.text != "," {
            continue;
        }
        // Many of these verbs are nouns too ("these talks", "his call for", "support
        // efforts"): a form that is not a past tense must follow its subject or an
        // auxiliary right away ("Trump mocks", "they support", "will defend").
        let past = toks[c].text.ends_with("ed") || toks[c].text == "spoke";
        if !past && !participle && !progressive {
            let before = &toks[b - 1];
            // (Not an object relative clause, "what her team calls…", nor "thanks to".)
            let object_relative = |m: &Mention| {
                let at = toks.partition_point(|t| t.start < m.start);
                at > 0 && toks[at - 1].is_in(&["which", "what", "that", "whom"][..])
            };
            let ok = if toks[c].text.ends_with('s') {
                toks[c].text != "thanks"
                    && names::mention_ending_at(toks, b).is_some_and(|m| {
                        (m.kind != names::MentionKind::Pronoun || before.is_in(&["he", "she", "He", "She"][..]))
                            && !object_relative(&m)
                    })
            } else {
                before.is_in(
                    &[
                        "I", "we", "We", "they", "They", "you", "will", "would", "could", "can", "did", "does", "do",
                        "should", "must", "may", "might",
                    ][..],
                )
                // A plural speaker: "party leaders see him as…", "Millennials see…".
                    || (before.text.ends_with('s')
                        && !before.text.ends_with("ss")
                        && names::mention_ending_at(toks, b).is_some_and(|m| m.kind != names::MentionKind::Pronoun))
            };
            if !ok {
                continue;
            }
        }
        // The object: past the particle of a phrasal verb ("referred to", "talked about",
        // "called for", "railed against", "lashed out at"), up to the end of the clause.
        let mut start = c + 1;
        if toks.get(start).is_some_and(|t| t.is_in(&["to", "about", "for", "on", "out", "against"][..]))
            || (lemma == "speak" && particle)
        {
            start += 1;
            if toks[start - 1].text == "out" && toks.get(start).is_some_and(|t| t.is_in(&["at", "against"][..])) {
                start += 1;
            }
        }
        if start >= last
            || !toks[start].is_word() && !is_quote_mark(&toks[start])
            || toks[start].is_in(&["by", "that"][..])
        {
            continue;
        }
        // (In a clause opened by "since", "after", "when"…, the object ends at its comma:
        // "Ever since she endorsed Mrs. Clinton this month, she has…". Inside a relative
        // clause it ends at the main verb: "Groups that have endorsed him say…".)
        // (Back to the clause's start only: in "After the debate, Trump mocked Rubio, Cruz and
        // Bush" the opening phrase is closed.)
        let subordinate = toks[..c]
            .iter()
            .rev()
            .take_while(|t| t.text != ",")
            .any(|t| t.is_in(SUBORDINATORS) || t.is_in(&["since", "if", "as"][..]));
        let relative = c >= 2 && toks[b - 1].is_in(&["that", "who", "which"][..]);
        let end = (start + 1..last)
            .find(|&k| {
                matches!(toks[k].text, ";" | ":" | "—" | "–")
                    || (toks[k].text == "," && (continues(toks, k + 1) || subordinate))
                    || coordinated_verb(toks, k)
                    || (relative && clause_cue(&toks[k]).is_some() && !toks[k].text.ends_with("ing"))
            })
            .unwrap_or(last);
        let speaker = if participle { participle_subject(toks, c) } else { speaker_before(toks, c) };
        // "It asked for…", "This calls for…": a thing, not a speaker.
        let Some(mention) = speaker.filter(|m| !is_thing(toks, m)) else {
            continue;
        };
        if not_their_words(toks, &mention) {
            continue;
        }
        // (Not the comma before a coordinated verb: "her use of the server, but did not…".)
        let end = if end > start + 1 && matches!(toks[end - 1].text, "," | "—" | "–") { end - 1 } else { end };
        // (Nor a time at its end, "criticized his plan on Monday", "spoke about the need
        // for transport at a rally on Friday": when the verb's act was, not what it was
        // about.)
        let end = match end.checked_sub(2).map(|k| &toks[k..end]) {
            Some([at, day])
                if day.is_in(TIME_WORDS)
                    && at.is_in(&["on", "last", "this", "next"][..])
                    && words_between(toks, start, end - 2) >= 2 =>
            {
                end - 2
            }
            _ => end,
        };
        let (from, mut to) = (toks[start].start, toks[end - 1].end());
        if taken(from, to) {
            // "Clinton endorsed the deal, although she made it clear that she has “serious
            // concerns”": the object ends at the clause that quotes.
            // (Only where a clause begins: "…, calling them “…”", "…, but…"; not an
            // appositive, "called Clinton, his rival, an ISIS “co-founder”".)
            const CONCESSIVE: &[&str] = &["although", "though", "while", "whereas"];
            let clause = |k: usize| {
                toks[k].is_in(CONCESSIVE)
                    || (toks[k].text == ","
                        && toks.get(k + 1).is_some_and(|n| {
                            n.is_in(CONCESSIVE)
                                || n.is_in(&["and", "but"][..])
                                || (n.text.ends_with("ing") && n.is_cue())
                        }))
            };
            let cut = (start + 1..end)
                .find(|&k| clause(k))
                .filter(|&k| !taken(from, toks[k - 1].end()))
                .filter(|&k| (k..end).any(|q| taken(toks[q].start, toks[q].end())));
            match cut {
                Some(k) => to = toks[k - 1].end(),
                None => return None,
            }
        }
        return Some(Reported { start: from, end: to, mention, cue: toks[c].text.to_string() });
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::sentences;

    fn find(t: &str) -> Vec<(String, String, String)> {
        find_beside(t, &|_, _| false)
    }

    /// [`find`] with the byte spans quotations already took.
    fn find_beside(t: &str, taken: &dyn Fn(usize, usize) -> bool) -> Vec<(String, String, String)> {
        sentences(t)
            .into_iter()
            .flat_map(|s| in_sentence(s, &names::tokenize(t, s.start, s.end), taken))
            .map(|r| (t[r.mention.start..r.mention.end].to_string(), r.cue, t[r.start..r.end].to_string()))
            .collect()
    }

    #[test]
    fn headlines_that_report_words() {
        let head = |t: &str| {
            let s = sentences(t)[0];
            in_headline(s, &names::tokenize(t, s.start, s.end))
                .map(|r| (t[r.mention.start..r.mention.end].to_string(), r.cue, t[r.start..r.end].to_string()))
        };
        assert_eq!(
            head("Trump Says He Never Pledged To Kill Family Members"),
            Some(one("Trump", "Says", "He Never Pledged To Kill Family Members"))
        );
        assert_eq!(
            head("Graham: Trump’s Hateful Rhetoric Is Destroying the Party"),
            Some(one("Graham", ":", "Trump’s Hateful Rhetoric Is Destroying the Party"))
        );
        // A role or a group gives a headline's source before a colon.
        assert_eq!(
            head("Insiders: Trump will rebound in New Hampshire"),
            Some(one("Insiders", ":", "Trump will rebound in New Hampshire"))
        );
        // The name ends before an adverb or an auxiliary.
        assert_eq!(
            head("Rick Perry Just Announced His Support For The Governor"),
            Some(one("Rick Perry", "Announced", "His Support For The Governor"))
        );
        // Labels, shouts, phrases and the passive name no speaker.
        for t in [
            "Breaking: Judge Orders Release Of The Emails",
            "BUSTED: Emails Show The Plan Was Known",
            "The Ninth Circle: The Hellish View From Inside",
            "Clinton Wades In: Brexit Vote Is A Mistake",
            "How Paul Ryan Thinks About The Budget Vote",
            "Clinton Accused Of Shocking Act In Fit Of Rage",
        ] {
            assert_eq!(head(t), None, "{t}");
        }
        // A sentence-case source, a label and its dash, and whom it was said to or where.
        assert_eq!(
            head("Clinton camp: Trump’s rhetoric threatens national security"),
            Some(one("Clinton camp", ":", "Trump’s rhetoric threatens national security"))
        );
        assert_eq!(
            head("EXCLUSIVE – Roger Stone: Don’t Trust the Voting Machines"),
            Some(one("Roger Stone", ":", "Don’t Trust the Voting Machines"))
        );
        assert_eq!(
            head("Clinton to Planned Parenthood: Trump will reverse Roe v. Wade"),
            Some(one("Clinton", ":", "Trump will reverse Roe v. Wade"))
        );
        assert_eq!(head("Bill is back: the former president returns to the trail"), None);
        assert_eq!(head("Spoiler no more: the third-party bid fades fast"), None);
        // A headline without a speaker and a verb of saying is not a statement.
        assert_eq!(head("Storm Hits Coast as Thousands Lose Power"), None);
        assert_eq!(head("Zelenskyy’s Call for Guaranteed Security: A Turning Point for Ukraine?"), None);
    }

    /// Whether any statement found in `t` has the speaker `speaker`.
    fn speaks(t: &str, speaker: &str) -> bool {
        find(t).iter().any(|(s, _, _)| s == speaker)
    }

    fn one(speaker: &str, cue: &str, content: &str) -> (String, String, String) {
        (speaker.into(), cue.into(), content.into())
    }

    #[test]
    fn a_refusal_and_an_object_before_a_quoting_clause() {
        // "declined to comment" is reported however short.
        assert_eq!(find("Mr. Thiel declined to comment."), [one("Mr. Thiel", "declined", "to comment")]);
        // Quoted words later in the sentence leave the object before their clause.
        fn quoted(t: &str, q: &str) -> impl Fn(usize, usize) -> bool {
            let (at, len) = (t.find(q).unwrap(), q.len());
            move |a: usize, b: usize| a < at + len && at < b
        }
        let t = "In December, the prince called for Trump to drop out of the race, calling him “a disgrace to all of America.”";
        assert_eq!(
            find_beside(t, &quoted(t, "“a disgrace to all of America.”")),
            [one("the prince", "called", "Trump to drop out of the race")]
        );
        // Not at an appositive's comma.
        let t = "At the rally, Trump called Clinton, his Democratic challenger, an ISIS “co-founder.”";
        assert!(find_beside(t, &quoted(t, "“co-founder.”")).is_empty());
    }

    #[test]
    fn a_clause_of_the_writers_after_said_and_a_time_is_no_content() {
        let found = find(
            "Safety Check helps, a spokeswoman, Anna White, said on Saturday, and it has been activated five times.",
        );
        assert!(found.iter().all(|(_, _, content)| !content.starts_with(',')), "{found:?}");
        assert!(found.iter().all(|(_, _, content)| !content.contains("activated five times")), "{found:?}");
    }

    #[test]
    fn according_to_without_a_comma_names_no_clause() {
        // A clause after "according to" is no source.
        let found = find("The new tax plan according to officials will cost five billion dollars.");
        assert!(found.iter().all(|(speaker, _, _)| !speaker.contains("will")), "{found:?}");
        // An opening "according to" with no comma leaves the sentence to its verb.
        assert_eq!(
            find("But according to him the senator said that the plan failed badly."),
            [one("the senator", "said", "the plan failed badly")]
        );
    }

    #[test]
    fn a_clause_joined_inside_reported_words_with_a_verb_of_its_own_reports() {
        assert_eq!(
            find(
                "Clinton said Russian services hacked the committee's computers and she accused Trump of backing Putin."
            ),
            [
                one("Clinton", "said", "Russian services hacked the committee's computers"),
                one("she", "accused", "Trump of backing Putin")
            ]
        );
        // (After a colon too.)
        assert_eq!(
            find("Trump cites the crowds as an example: He says news outlets undercount his supporters."),
            [
                one("Trump", "cites", "the crowds as an example"),
                one("He", "says", "news outlets undercount his supporters")
            ]
        );
        // A second verb with no subject of its own belongs to the reported clause; so does
        // a stance ("thinks") after "while".
        assert_eq!(
            find("He said the firm lied and cheated its customers."),
            [one("He", "said", "the firm lied and cheated its customers")]
        );
        assert_eq!(
            find("The aide said the plan failed badly, while the team thinks it worked."),
            [one("The aide", "said", "the plan failed badly, while the team thinks it worked")]
        );
    }

    #[test]
    fn after_told_is_the_one_told_and_the_speaker_is_set_off_before_it() {
        assert_eq!(
            find(
                "Sanders remains committed to seeing the primary through, his top aide, Tad Devine, told The Huffington Post."
            ),
            [one("his top aide, Tad Devine", "told", "Sanders remains committed to seeing the primary through")]
        );
        assert_eq!(
            find("The plan will not pass this year, the official, who spoke on condition of anonymity, told Reuters."),
            [one("the official", "told", "The plan will not pass this year")]
        );
        assert_eq!(
            find("The plan will not pass this year, Smith, a senior aide, told Reuters."),
            [one("Smith, a senior aide", "told", "The plan will not pass this year")]
        );
        // (Not a state after its city.)
        assert_eq!(find("He is tough enough after a woman in Worcester, Massachusetts, told him he was too nice."), []);
        assert_eq!(find("He is tough enough after a woman in Des Moines, Iowa, told him he was too nice."), []);
    }

    #[test]
    fn an_adjunct_with_a_hyphenated_noun_or_a_possessive_before_that() {
        assert_eq!(
            find("Richard Cross wrote in an op-ed that he penned the scathing remarks."),
            [one("Richard Cross", "wrote", "he penned the scathing remarks")]
        );
        assert_eq!(
            find("Collins noted in a column in Saturday’s Times that anger is fueling the rise."),
            [one("Collins", "noted", "anger is fueling the rise")]
        );
    }

    #[test]
    fn a_phrase_set_off_after_that_opens_the_words() {
        assert_eq!(
            find("Braynard boasted that, thanks to his method, he was the only pollster to predict the margin."),
            [one("Braynard", "boasted", "thanks to his method, he was the only pollster to predict the margin")]
        );
        // ("that" a pronoun before the comma.)
        assert_eq!(find("He said that, but his aides disagreed with him."), []);
    }

    #[test]
    fn a_time_at_the_end_of_an_object_is_the_acts() {
        assert_eq!(
            find("Ruiz spoke about the need for cleaner transport at a rally on Friday."),
            [one("Ruiz", "spoke", "the need for cleaner transport at a rally")]
        );
        assert_eq!(find("Clinton criticized his plan last week."), [one("Clinton", "criticized", "his plan")]);
    }

    #[test]
    fn spoke_reports_only_with_its_particle() {
        assert_eq!(
            find("O'Malley spoke of a recent visit to a mosque in Northern Virginia."),
            [one("O'Malley", "spoke", "a recent visit to a mosque in Northern Virginia")]
        );
        assert_eq!(find("She spoke out against the ban."), [one("She", "spoke", "the ban")]);
        assert_eq!(find("He spoke to reporters after the long meeting in the capital."), []);
        assert_eq!(find("The official, who spoke on the condition of anonymity, was not authorized to comment."), []);
    }

    #[test]
    fn a_scare_quote_opening_the_words_leaves_them_reported() {
        assert_eq!(
            find("He said \"zero\" voters would follow Graham and endorse Bush."),
            [one("He", "said", "\"zero\" voters would follow Graham and endorse Bush")]
        );
        // (Not where the quotation is a statement of its own.)
        let t = "He said \"we will win this state by a mile.\"";
        let quote = t.find('"').unwrap();
        assert_eq!(find_beside(t, &|a, b| a < t.len() && b > quote), []);
    }

    #[test]
    fn a_second_verb_after_a_comma_and_and_shares_the_subject() {
        assert_eq!(
            find(
                "Clinton attacked Trump, saying he would appoint judges who would overturn it, and reminded the audience of his comments."
            ),
            [
                one("Clinton", "saying", "he would appoint judges who would overturn it"),
                one("Clinton", "reminded", "the audience of his comments")
            ]
        );
        // (Not a decline that is no refusal.)
        assert_eq!(
            find("Officials said income rose by 0.8% in ten years, but declined by 0.2% since then."),
            [one("Officials", "said", "income rose by 0.8% in ten years, but declined by 0.2% since then")]
        );
        // (Nor two subjects of one verb, nor a stance after "while".)
        assert_eq!(
            find("Officials said Hillary Clinton and her aides told investigators the server was secure."),
            [one("Officials", "said", "Hillary Clinton and her aides told investigators the server was secure")]
        );
        assert_eq!(
            find("Smith said Democrats backed the bill, while Republicans favored a tougher version."),
            [one("Smith", "said", "Democrats backed the bill, while Republicans favored a tougher version")]
        );
    }

    #[test]
    fn a_participle_after_by_and_a_group_after_the_report_for_the_subject() {
        assert_eq!(
            find("Bolton distanced himself from the movement by saying he would be willing to help."),
            [one("Bolton", "saying", "he would be willing to help")]
        );
        // (A verb of reporting after a determiner is a noun of the subject.)
        assert_eq!(
            find("The report published Tuesday showed that half of her meetings were with donors."),
            [one("The report published Tuesday", "showed", "half of her meetings were with donors")]
        );
        assert_eq!(
            find("The Democrats blocked the bills, saying they infringe on rights."),
            [one("Democrats", "saying", "they infringe on rights")]
        );
        // (After "for", the one blamed said it.)
        assert_eq!(
            find("Trump attacked Khan for saying he had never read the Constitution."),
            [one("Trump", "attacked", "Khan for saying he had never read the Constitution")]
        );
    }

    #[test]
    fn according_to_without_its_comma_or_in_a_parenthesis() {
        assert_eq!(
            find(
                "Clinton is now ahead of the challenger 46 percent to 39 percent according to a CBS poll released Monday."
            ),
            [one(
                "a CBS poll released Monday",
                "according to",
                "Clinton is now ahead of the challenger 46 percent to 39 percent"
            )]
        );
        assert_eq!(
            find("(According to the police department, it does not keep statistics on skateboarding.)"),
            [one("the police department", "according to", "it does not keep statistics on skateboarding")]
        );
    }

    #[test]
    fn first_reported_by_names_the_source_of_the_subject() {
        assert_eq!(
            find("News of the move was first reported by the Miami Herald."),
            [one("the Miami Herald", "reported", "News of the move")]
        );
        assert_eq!(
            find("The nationwide campaign, first reported by The Washington Post, is a key element of the response."),
            [one("The Washington Post", "reported", "The nationwide campaign")]
        );
        // Not a subject that is a clause, nor no subject at all.
        assert!(find("That he lied was reported by nobody at all.").is_empty());
        assert!(find("Was first reported by the Miami Herald.").is_empty());
    }

    #[test]
    fn a_participle_opening_the_sentence_is_its_main_subjects() {
        assert_eq!(
            find("While declining to go into specifics, Tamargo insisted she provided Trump with what he needed."),
            [
                one("Tamargo", "declining", "to go into specifics"),
                one("Tamargo", "insisted", "she provided Trump with what he needed")
            ]
        );
        assert_eq!(
            find("After saying he was nervous to ask a question, the man ended up in the middle of the room."),
            [one("the man", "saying", "he was nervous to ask a question")]
        );
        // A dash sets a participle off as a comma does.
        assert_eq!(
            find("Marco Rubio flipped his choice on the spot – saying he was rooting for Peyton Manning."),
            [one("Marco Rubio", "saying", "he was rooting for Peyton Manning")]
        );
        // Acts are not words.
        assert!(find("By putting the onus on Trump, he allows Republicans to dodge the question.").is_empty());
    }

    #[test]
    fn institutions_conjunctions_and_the_ones_told() {
        // An institution speaks for itself, set off by commas inside the sentence.
        let t = "He had no known political affiliations, the airline added, and had passed all checks.";
        assert_eq!(find(t), [one("the airline", "added", &t[..t.len() - 1])]);
        // "But according to…" opens its source.
        assert_eq!(
            find("But according to reports in the news media, he could not convince the family."),
            [one("reports in the news media", "according to", "he could not convince the family")]
        );
        // Whom they told stands between the verb and its comma.
        let t = "The solution, the official told them, was simple and cheap to build.";
        assert_eq!(find(t), [one("the official", "told", &t[..t.len() - 1])]);
    }

    #[test]
    fn speakers_joined_by_and_speak_together() {
        assert_eq!(
            find("Trump and Ryan said that the meeting was a positive step toward unity."),
            [one("Trump and Ryan", "said", "the meeting was a positive step toward unity")]
        );
        assert_eq!(
            find("In Ohio, Kasich and his aides said that the meeting was a positive step."),
            [one("Kasich and his aides", "said", "the meeting was a positive step")]
        );
        assert_eq!(
            find(
                "Bernie Sanders and Ted Cruz both campaigned hard in Arizona, hoping to score upsets over the front-runners."
            ),
            [one("Bernie Sanders and Ted Cruz", "hoping", "to score upsets over the front-runners")]
        );
        // "Both … and …", and two noun phrases that are no known speakers as a whole.
        assert_eq!(
            find("Both Cruz and Fiorina criticized the plan and its authors."),
            [one("Cruz and Fiorina", "criticized", "the plan and its authors")]
        );
        assert_eq!(
            find("The Kentucky Republican and the New York businessman discussed the recent violence at length."),
            [one("The Kentucky Republican and the New York businessman", "discussed", "the recent violence at length")]
        );
        // People by their ties and crowds speak too.
        assert_eq!(find("His wife said that he would run again."), [one("His wife", "said", "he would run again")]);
        // The end of a list is not a pair of speakers.
        let found = find(
            "A report by the National Academies of Sciences, Engineering and Medicine noted that more immigrants buy homes.",
        );
        assert!(found.iter().all(|(speaker, _, _)| !speaker.contains(" and ")), "{found:?}");
    }

    #[test]
    fn subjects_set_off_by_commas_and_clauses_that_open_a_sentence() {
        // "that’s" opens the clause.
        assert_eq!(
            find("Shaw said that’s what he would expect from her statements."),
            [one("Shaw", "said", "that’s what he would expect from her statements")]
        );
        // A person's name set off by commas right before the verb speaks…
        assert_eq!(
            find(
                "One of the authors of that 2013 report, Ari Fleischer, said the nomination will test their conclusions."
            ),
            [one("Ari Fleischer", "said", "the nomination will test their conclusions")]
        );
        // …not a place closing an appositive.
        assert_eq!(
            find(
                "Rachel Berg, a philanthropist from Monsey, New York, said the speeches have led her to count them out."
            ),
            [one(
                "Rachel Berg, a philanthropist from Monsey, New York",
                "said",
                "the speeches have led her to count them out"
            )]
        );
        // An adjunct set off by commas is no part of the speaker.
        assert_eq!(
            find(
                "The administration, in an effort that has ignited criticism from business groups, has said it would act soon."
            ),
            [one("The administration", "said", "it would act soon")]
        );
        // Nor a clause of its own.
        assert!(
            find("A Libertarian, he backed Paul in 2012 and, in later contests, has supported Cruz and Fiorina.")
                .is_empty()
        );
        // A verb inside an opening subordinate clause reports up to the main clause.
        assert_eq!(
            find("While the top candidates of both parties say the United States must lead, they differ by degree."),
            [one("the top candidates of both parties", "say", "the United States must lead")]
        );
        // ("As for…" opens no clause.)
        assert!(find("As for the moderate Governor Kasich—endorsed in New Hampshire by both papers—he devoted resources there.").is_empty());
    }

    #[test]
    fn a_verb_after_went_on_to_or_continued_to() {
        assert_eq!(
            find("Pence went on to say he is confident that the two men will do great things."),
            [one("Pence", "say", "he is confident that the two men will do great things")]
        );
        assert_eq!(
            find("She continued to insist that the emails were never classified at the time."),
            [one("She", "insist", "the emails were never classified at the time")]
        );
        // Another infinitive is an intention, not words said.
        assert_eq!(find("He plans to say that the war is over and done."), []);
    }

    #[test]
    fn what_a_poll_found() {
        assert_eq!(
            find("In an early-October CBS News poll, she led Mr. Sanders 56 percent to 32 percent."),
            [one("an early-October CBS News poll", "In", "she led Mr. Sanders 56 percent to 32 percent")]
        );
        assert_eq!(
            find("In the new Morning Consult poll, conducted March 11-13, 40 percent of voters back Sanders."),
            [one("the new Morning Consult poll, conducted March 11-13", "In", "40 percent of voters back Sanders")]
        );
        // Not a place, and not after the clause ("…is ahead in the polls").
        assert_eq!(find("In a speech on Monday night, the senator visited the troops at their base."), []);
        assert_eq!(find("Mrs. Clinton enjoys a strong lead in the polls but suffers from low ratings."), []);
    }

    #[test]
    fn a_hedged_sentence_is_an_unattributed_claim() {
        let hedged = |t: &str| {
            let s = sentences(t)[0];
            unattributed(&names::tokenize(t, s.start, s.end), &|_, _| false)
                .map(|q| (q.asker.is_none(), q.cue, t[q.start..q.end].to_string()))
        };
        assert_eq!(
            hedged("Trump is expected to deliver a victory speech later tonight."),
            Some((true, "is expected".into(), "Trump is expected to deliver a victory speech later tonight".into()))
        );
        assert_eq!(
            hedged("WASHINGTON — The Senate is expected to vote on the package on Thursday."),
            Some((true, "is expected".into(), "The Senate is expected to vote on the package on Thursday".into()))
        );
        assert_eq!(
            hedged("But the crowd seemed to shrink as the night went on."),
            Some((true, "seemed".into(), "the crowd seemed to shrink as the night went on".into()))
        );
        // Not "as expected", a bare "seem", a short sentence, or one that quotes.
        assert_eq!(hedged("The vote was as expected to most of the analysts in the room."), None);
        assert_eq!(hedged("They don't seem to care about the rules at all."), None);
        assert_eq!(hedged("So it appears to be."), None);
        assert_eq!(hedged("The plan appears to be what he called “a disaster” for them."), None);
        // (A possessive's apostrophe is no quotation mark.)
        assert!(hedged("Clinton’s lead is expected to grow in the coming weeks.").is_some());
    }

    #[test]
    fn a_question_put_to_the_subject() {
        let question = |t: &str| {
            let s = sentences(t)[0];
            question_put(&names::tokenize(t, s.start, s.end), &|_, _| false)
                .map(|q| (q.asker.map(|m| t[m.start..m.end].to_string()), t[q.start..q.end].to_string()))
        };
        assert_eq!(
            question("Asked if she believed the plan would work, Clinton said she would not speculate."),
            Some((None, "if she believed the plan would work".to_string()))
        );
        assert_eq!(
            question("Asked by Matt Lauer on Monday whether she had practised her speech, she said no."),
            Some((Some("Matt Lauer".to_string()), "whether she had practised her speech".to_string()))
        );
        assert_eq!(
            question("“I bet I would,” Christie said when asked whether he would issue a quarantine."),
            Some((None, "whether he would issue a quarantine".to_string()))
        );
        // The subject's own question is reported speech; a request and a bare topic are
        // no question put.
        assert_eq!(question("He asked whether the plan would work at all."), None);
        assert_eq!(question("When asked to leave the room, the reporter refused."), None);
        assert_eq!(question("Trump told the show when asked about Bill Clinton."), None);
    }

    #[test]
    fn a_reduced_relative_clause_is_part_of_the_subject() {
        assert_eq!(
            find("A poll released last week showed that the senator was poised to carry the state."),
            [one("A poll released last week", "showed", "the senator was poised to carry the state")]
        );
        assert_eq!(
            find("A court document filed Thursday says that the manager will not be prosecuted."),
            [one("A court document filed Thursday", "says", "the manager will not be prosecuted")]
        );
        // "Those surveyed", an appositive after a name that is also a modal ("May"), an
        // aside between double hyphens, and a long adjunct before "that".
        assert_eq!(
            find("By 58%-33%, those surveyed said the group's funding should not be eliminated."),
            [one("those surveyed", "said", "the group's funding should not be eliminated")]
        );
        assert_eq!(
            find("Yin Myint May, 60, a doctor, said she was elated but still feared the military."),
            [one("Yin Myint May, 60, a doctor", "said", "she was elated but still feared the military")]
        );
        assert_eq!(
            find("The justice -- who has been involved in a scuffle -- said she regretted her remarks."),
            [one("The justice -- who has been involved in a scuffle --", "said", "she regretted her remarks")]
        );
        assert_eq!(
            find("Estrosi said in one of a series of Twitter messages that the truck was carrying arms."),
            [one("Estrosi", "said", "the truck was carrying arms")]
        );
        // A plural noun opening the sentence, a relative clause without commas, and a
        // relative clause between commas before a participle's verb.
        assert_eq!(
            find("People briefed on the situation say that the governor has revealed almost nothing."),
            [one("People briefed on the situation", "say", "the governor has revealed almost nothing")]
        );
        assert_eq!(
            find("Senior advisers who have run the numbers argue that the race is nearly over."),
            [one("Senior advisers who have run the numbers", "argue", "the race is nearly over")]
        );
        assert_eq!(
            find(
                "Republicans, who hold a majority in the Senate, have blocked the bills, saying they infringe on rights."
            ),
            [one("Republicans", "saying", "they infringe on rights")]
        );
        // A name and its verb are not a reduced relative clause.
        assert_eq!(find("Carson appeared on Sunday interview shows amid reports that question his story."), []);
        // Not a verb after a quantifier: "both campaigned on".
        assert_eq!(find("Sanders and Clinton both campaigned on pledges to be tough on the banks."), []);
    }

    #[test]
    fn a_pronoun_before_a_contracted_auxiliary_is_the_speaker() {
        assert_eq!(
            find("Cruz could help turn out the base for Ayotte, they’ve suggested."),
            [one("they", "suggested", "Cruz could help turn out the base for Ayotte")]
        );
        assert_eq!(
            find("I'd add a historical reason for the split between the generations."),
            [one("I", "add", "a historical reason for the split between the generations")]
        );
        // "I’m told that…" is the passive: the writer reports what someone else said.
        assert_eq!(find("I’m told that the senator will not run again next year."), []);
    }

    #[test]
    fn a_contracted_is_or_has_before_the_verb() {
        assert_eq!(
            find("He’s predicting that the competition will become fierce."),
            [one("He", "predicting", "the competition will become fierce")]
        );
        assert_eq!(
            find("She's said she gets her ideas from a speech by Ayn Rand."),
            [one("She", "said", "she gets her ideas from a speech by Ayn Rand")]
        );
        // A possessive before a form in -ing, and a passive after "it’s", report nothing.
        assert_eq!(find("Fox News’s reporting often tells a much different story."), []);
        assert_eq!(find("While it’s assumed the ruling helps him, he trails in the polls."), []);
    }

    #[test]
    fn a_preposition_after_a_closing_verb_is_no_speaker() {
        // "…, declined to comment": the verb's complement, not "…, said Smith".
        let found = find("Schilling, through a spokeswoman, declined to comment on the report.");
        assert!(found.iter().all(|(speaker, _, _)| speaker.starts_with("Schilling")), "{found:?}");
        assert_eq!(
            find("The plan would cost far more than promised, said a spokesman for the governor."),
            [one("a spokesman for the governor", "said", "The plan would cost far more than promised")]
        );
    }

    #[test]
    fn a_second_reporting_clause_reports_on_its_own() {
        assert_eq!(
            find("Most voters said the economy came first, while 22 percent said they might change their mind."),
            [
                one("Most voters", "said", "the economy came first"),
                one("22 percent", "said", "they might change their mind")
            ]
        );
        // With no subject of its own, the verb after "and" or "but" is the first speaker's.
        assert_eq!(
            find("Ms. Conway rejected the idea that it was a shake-up and said that Mr. Manafort was not diminished."),
            [
                one("Ms. Conway", "rejected", "it was a shake-up"),
                one("Ms. Conway", "said", "Mr. Manafort was not diminished")
            ]
        );
        assert_eq!(
            find("The affidavit cited interviews with Fields and said that a detective had seen bruises."),
            [
                one("The affidavit", "cited", "interviews with Fields"),
                one("The affidavit", "said", "a detective had seen bruises")
            ]
        );
        // A short object ends where the second verb begins, past "has since".
        assert_eq!(
            find("Cruz opposed the bill but has since said he believes the system needs reform."),
            [one("Cruz", "opposed", "the bill"), one("Cruz", "said", "he believes the system needs reform")]
        );
        // Not a bare form ("and tell"), not a later verb of the clause, not "and" + content.
        assert_eq!(
            find("Broaddrick said she had her staff field the calls and tell Clinton she was away."),
            [one("Broaddrick", "said", "she had her staff field the calls and tell Clinton she was away")]
        );
        // ("…, and he promised…": a clause with a reporting verb and a subject of its own.)
        assert_eq!(
            find("Trump said the economy was strong and growing, and he promised more jobs for workers."),
            [
                one("Trump", "said", "the economy was strong and growing"),
                one("he", "promised", "more jobs for workers")
            ]
        );
    }

    #[test]
    fn a_clause_before_another_that_quotes_is_reported_on_its_own() {
        let quoted = |t: &str| {
            let (a, b) = (t.find('“').unwrap(), t.find('”').unwrap());
            move |s: usize, e: usize| s < b && a < e
        };
        let t = "DeSantis said he has supported legislation that would target the power of accreditation bodies, which he called “a cartel for higher education.”";
        assert_eq!(
            find_beside(t, &quoted(t)),
            [one(
                "DeSantis",
                "said",
                "he has supported legislation that would target the power of accreditation bodies"
            )]
        );
        let t = "Lazar said he welcomed extradition to the United States and added, “I'll plead guilty.”";
        assert_eq!(find_beside(t, &quoted(t)), [one("Lazar", "said", "he welcomed extradition to the United States")]);
        // A "that" after a clause is a relative pronoun, not the clause's opening.
        assert_eq!(
            find("DeSantis said he supported a bill that targets accreditation bodies."),
            [one("DeSantis", "said", "he supported a bill that targets accreditation bodies")]
        );
        // A quotation that is part of the clause, after a comma, is the clause's own.
        let t = "Green said places such as Iowa, “where voters know the candidates,” matter more.";
        assert_eq!(find_beside(t, &quoted(t)), []);
    }

    #[test]
    fn subjects_with_asides_participles_and_adverbs() {
        assert_eq!(
            find("Polk County GOP Chairman Will Rogers, for example, said the visit would earn attention."),
            [one("Polk County GOP Chairman Will Rogers, for example", "said", "the visit would earn attention")]
        );
        assert_eq!(
            find("Salceda, citing data from the State Department, said that about 4 million people live there."),
            [one("Salceda, citing data from the State Department", "said", "about 4 million people live there")]
        );
        assert_eq!(
            find("Mr. Ryan has long said that he will support the party's nominee."),
            [one("Mr. Ryan", "said", "he will support the party's nominee")]
        );
        // A noun-like form is a verb between a name and a name opening a clause.
        assert_eq!(
            find("The Washington Post reports Clinton’s last press conference was in December."),
            [one("Washington Post", "reports", "Clinton’s last press conference was in December")]
        );
        assert_eq!(find("The Washington Post reports Monday were mixed."), []);
        // Forms that are mostly nouns report only between a speaker and a clause.
        assert_eq!(find("But they now find themselves atop a party that has shifted to the right."), []);
        assert_eq!(
            find("Polls find Clinton leading in every state."),
            [one("Polls", "find", "Clinton leading in every state")]
        );
        assert_eq!(
            find("Democrats call on him to quit the race now."),
            [one("Democrats", "call", "him to quit the race now")]
        );
        assert_eq!(find("So what do we see? Republicans now control both legislative chambers in 30 states."), []);
        assert_eq!(find("The Government Development Bank has found itself at the center of the jam."), []);
        // "called" after a thing names it; after a speaker it reports.
        assert_eq!(find("Barden now helps lead a program called Sandy Hook Promise in Newtown."), []);
        assert_eq!(find("The donor backs another called i360, which is owned by the network."), []);
        assert_eq!(
            find("Ben Carson, speaking with the board, called the incident a reason to invest."),
            [one("Ben Carson, speaking with the board", "called", "the incident a reason to invest")]
        );
        assert_eq!(find("The Paris attacks tested Clinton's strategy in the primaries."), []);
        // A dash opens a new subject, when a name opens the new clause.
        assert_eq!(
            find(
                "It wasn’t an accident — Brendan Buck, a spokesman for Ryan, told POLITICO that the speaker gave notice."
            ),
            [one("Brendan Buck, a spokesman for Ryan", "told", "the speaker gave notice")]
        );
        assert_eq!(
            find("The package would make permanent some breaks — some (favored by Democrats) for the poor."),
            []
        );
        // What follows "…, said" is a speaker only if it holds no verb.
        assert_eq!(find("It was late, said the visit would earn attention."), []);
    }

    #[test]
    fn a_participle_belongs_to_the_subject_after_an_opening_phrase() {
        assert_eq!(
            find("Hours later, Trump returned the compliment, telling Reuters that he was an amazing man."),
            [one("Trump", "telling", "he was an amazing man")]
        );
        assert_eq!(
            find("Gary Emineth, a former state party chairman, became a delegate, saying that he would back Trump."),
            [one("Gary Emineth", "saying", "he would back Trump")]
        );
    }

    #[test]
    fn a_speaker_set_off_by_commas_speaks_for_the_whole_sentence() {
        let t = "So it makes sense, strategists said, for Democrats to put the concept in the public’s mind now.";
        assert_eq!(find(t), [one("strategists", "said", &t[..t.len() - 1])]);
        let t = "The plan, he said, would cost billions of dollars.";
        assert_eq!(find(t), [one("he", "said", &t[..t.len() - 1])]);
        // Not a subject with its verb and a clause: "Yesterday, he said he would go."
        assert_eq!(find("Yesterday, he said he would go home early."), [one("he", "said", "he would go home early")]);
    }

    #[test]
    fn a_possessive_before_the_speaker_is_not_a_closing_quotation_mark() {
        assert_eq!(
            find("Meanwhile, NBC’s Ali Vitali said the subject of the speech will be Clinton herself."),
            [one("Ali Vitali", "said", "the subject of the speech will be Clinton herself")]
        );
        assert_eq!(
            find("Sanders’ aides say their campaign has no desire to fight."),
            [one("aides", "say", "their campaign has no desire to fight")]
        );
        // A closing mark right before the subject still ends a quotation's attribution.
        assert_eq!(find("“We will win,” Pence told Chuck Todd during an interview on Sunday."), []);
        assert_eq!(
            find("Officials briefed on the situation say that the governor has revealed nothing."),
            [one("Officials briefed on the situation", "say", "the governor has revealed nothing")]
        );
    }

    #[test]
    fn shares_of_people_polled_are_speakers() {
        for (t, speaker) in [
            ("Nine in 10 said they thought the economy favors the wealthy.", "Nine in 10"),
            ("Only 38% say the country is on the right track.", "Only 38%"),
            ("In 2012, about 51 percent said they voted for Obama.", "about 51 percent"),
            ("Sixty-one percent of voters said they disapproved of the deal.", "Sixty-one percent of voters"),
        ] {
            assert_eq!(find(t)[0].0, speaker, "{t}");
        }
        assert!(!names::is_count("Nine-ish") && names::is_count("nine") && names::is_count("38%"));
    }

    #[test]
    fn speaker_cue_content() {
        assert_eq!(
            find("Speaking to reporters on Wednesday, Zelensky said he has repeatedly raised the issue."),
            [one("Zelensky", "said", "he has repeatedly raised the issue")]
        );
        assert_eq!(
            find("Officials familiar with the talks said the document outlines political intent."),
            [one("Officials familiar with the talks", "said", "the document outlines political intent")]
        );
        assert_eq!(
            find("He told reporters on Monday that the deal was close."),
            [one("He", "told", "the deal was close")]
        );
    }

    #[test]
    fn content_then_speaker() {
        assert_eq!(
            find("The talks will resume next week in Geneva, the minister said."),
            [one("the minister", "said", "The talks will resume next week in Geneva")]
        );
        assert_eq!(
            find("The talks will resume next week in Geneva, said Anna Berg, a spokeswoman."),
            [one("Anna Berg, a spokeswoman", "said", "The talks will resume next week in Geneva")]
        );
    }

    #[test]
    fn according_to() {
        assert_eq!(
            find("According to the report, turnout fell by a third."),
            [one("the report", "according to", "turnout fell by a third")]
        );
        assert_eq!(
            find("Turnout fell by a third, according to election officials."),
            [one("election officials", "according to", "Turnout fell by a third")]
        );
    }

    #[test]
    fn wider_subjects() {
        assert_eq!(
            find("Other senators said the bill would pass easily."),
            [one("Other senators", "said", "the bill would pass easily")]
        );
        assert_eq!(
            find("Shane Shook, a security expert who has studied the attacks, said the code was reused."),
            [one("Shane Shook, a security expert who has studied the attacks", "said", "the code was reused")]
        );
        assert_eq!(
            find("In a brief interview, many of his supporters said they would vote again."),
            [one("many of his supporters", "said", "they would vote again")]
        );
        assert_eq!(
            find("The senator vowed to fight the measure in court."),
            [one("The senator", "vowed", "to fight the measure in court")]
        );
        // A long appositive or a participle phrase between the speaker and the verb.
        assert_eq!(
            find(
                "Sherrilyn Ifill, head of the NAACP Legal Defense and Educational Fund, said that trials were instrumental."
            ),
            [one(
                "Sherrilyn Ifill, head of the NAACP Legal Defense and Educational Fund",
                "said",
                "trials were instrumental"
            )]
        );
        // "state" and "point" are nouns unless someone states that…
        assert_eq!(find("Andrew Rice, a former Oklahoma state senator, ran for the Senate in 2008."), []);
        // The attribution of a quotation just closed is not words of its own.
        assert_eq!(
            find("“I’ll release mine next week,” Pence told Chuck Todd during an interview for Sunday’s show."),
            []
        );
        // A condition or a question about someone is not their words.
        assert_eq!(find("If Kiev insists on guarantees and Russia refuses to negotiate, the war could go on."), []);
        assert_eq!(find("The question is whether Moscow will agree to a settlement that lasts."), []);
        // A second verb of the sentence's subject.
        assert_eq!(
            find("Sullivan put off deciding the request but said the group could come back later."),
            [one("Sullivan", "said", "the group could come back later")]
        );
        // Verbs of wanting and refusing report a stance: "refused to…", "wants to…".
        assert_eq!(
            find("The governor refused to sign the budget before the election."),
            [one("The governor", "refused", "to sign the budget before the election")]
        );
        assert_eq!(
            find("Clinton wants to raise the minimum wage for federal workers."),
            [one("Clinton", "wants", "to raise the minimum wage for federal workers")]
        );
    }

    #[test]
    fn a_show_after_its_kind_is_a_noun() {
        assert!(
            find("He also hosts a Sunday talk show, writes a weekly column and leads a nightly program.").is_empty()
        );
        assert_eq!(
            find("Radio talk show host Glenn Beck said that the party is finished for good."),
            [one("Glenn Beck", "said", "the party is finished for good")]
        );
        // A verb before "that".
        assert_eq!(
            find("Footage from the game shows that several students dressed up in flags."),
            [one("Footage from the game", "shows", "several students dressed up in flags")]
        );
    }

    #[test]
    fn nouns_and_bare_participles_are_not_cues() {
        assert_eq!(find("Ukraine’s demand touches at the heart of Europe’s security design."), []);
        assert_eq!(find("His insistence on guarantees reflects fears that a truce could fail."), []);
        // A participle reports a named subject's words or a role's ("Others" names no one).
        assert_eq!(find("Others remain sceptical, warning that ambiguity could invite trouble."), []);
        assert_eq!(find("With Europe demanding a larger role in talks, Ukraine is caught in the middle."), []);
        assert_eq!(find("Coastal states swing toward the Democrats this year."), []);
        assert_eq!(
            find("Zelensky spoke briefly, warning that the truce could collapse soon."),
            [one("Zelensky", "warning", "the truce could collapse soon")]
        );
        assert_eq!(
            find(
                "On Sunday, other advisers stayed away from the talks, saying that only a crisis would move Congress."
            ),
            [one("other advisers", "saying", "only a crisis would move Congress")]
        );
    }

    #[test]
    fn what_a_speaker_judged_or_asked_for() {
        assert_eq!(
            find("He called the plan a disaster for the country."),
            [one("He", "called", "the plan a disaster for the country")]
        );
        assert_eq!(
            find("Sanders accused Clinton of being too close to Wall Street."),
            [one("Sanders", "accused", "Clinton of being too close to Wall Street")]
        );
        assert_eq!(
            find("In a speech, Biden mocked the Republican field and its leading candidates."),
            [one("Biden", "mocked", "the Republican field and its leading candidates")]
        );
        assert_eq!(
            find("The senator referred to the treaty twice."),
            [one("The senator", "referred", "the treaty twice")]
        );
        assert_eq!(
            find("Trump mocks the senator in every speech."),
            [one("Trump", "mocks", "the senator in every speech")]
        );
        assert_eq!(find("They support a ban on the imports."), [one("They", "support", "a ban on the imports")]);
    }

    #[test]
    fn progressive_and_passive() {
        assert_eq!(
            find("Ryan is also stressing that the president's orders can be overturned."),
            [one("Ryan", "stressing", "the president's orders can be overturned")]
        );
        // A passive says nothing its subject said.
        assert_eq!(find("Sanders was declared the winner in Rhode Island on Tuesday night."), []);
        assert_eq!(find("He was told that the meeting had been cancelled for the week."), []);
        assert_eq!(find("The senator has not been shown the report that the agency wrote."), []);
    }

    #[test]
    fn irregular_forms_and_verbs_of_learning() {
        assert_eq!(
            find("A Morning Consult poll found that he would draw support from both parties."),
            [one("A Morning Consult poll", "found", "he would draw support from both parties")]
        );
        assert_eq!(
            find("The Post has learned that the agency kept a second list of names."),
            [one("Post", "learned", "the agency kept a second list of names")]
        );
        // "found" as an adjective of a thing, not a verb of a source.
        assert_eq!(find("The body was found in a river near the town on Sunday."), []);
        // "that" before a verb is a relative pronoun: the content is the object it describes.
        assert_eq!(
            find("Kyiv sought assurances that would deter such action outright."),
            [one("Kyiv", "sought", "assurances that would deter such action outright")]
        );
    }

    #[test]
    fn verbs_without_a_clause_take_one_with_that() {
        assert_eq!(
            find("Trump tweeted that the election was rigged against him."),
            [one("Trump", "tweeted", "the election was rigged against him")]
        );
        assert_eq!(find("Trump tweeted a photo of the crowd at the rally in Ohio."), []);
        assert_eq!(find("Hegseth's recent remarks that Ukraine might not join NATO deepened anxieties."), []);
        assert_eq!(find("She answered that question by changing the subject entirely."), []);
        // A thing does not speak: "It signals that…".
        assert_eq!(find("It signals that the talks will go on for another month."), []);
    }

    #[test]
    fn a_coordinated_quoting_verb_leaves_the_clause_before_it() {
        let t = "Sen. Rand Paul said Rubio's tax plan would give money to undocumented immigrants, and called him “the worst” of them.";
        let quote = (t.find('“').unwrap(), t.find('”').unwrap() + '”'.len_utf8());
        let taken = |a: usize, b: usize| a < quote.1 && quote.0 < b;
        assert_eq!(
            find_beside(t, &taken),
            [one("Sen. Rand Paul", "said", "Rubio's tax plan would give money to undocumented immigrants")]
        );
        // Without a coordinated verb the quotation is part of what was said: left to it.
        let t = "He said the plan was, in his words, “a disaster for the country.”";
        let quote = (t.find('“').unwrap(), t.len());
        let taken = |a: usize, b: usize| a < quote.1 && quote.0 < b;
        assert!(find_beside(t, &taken).is_empty());
    }

    #[test]
    fn time_adjuncts_appositives_and_inverted_pronouns() {
        assert_eq!(
            find("Top donor Sheldon Adelson said on Friday he met the candidate earlier this week."),
            [one("Sheldon Adelson", "said", "he met the candidate earlier this week")]
        );
        assert_eq!(
            find("The host committee has collected roughly $56.5 million, said David Gilbert, its president and CEO."),
            [one("David Gilbert, its president", "said", "The host committee has collected roughly $56.5 million")]
        );
        assert_eq!(find("The plan will fail, said he."), [one("he", "said", "The plan will fail")]);
        // A long appositive.
        let t = "Debbie Walsh, director of the Center for American Women and Politics at the Eagleton Institute of Politics at Rutgers University, said Clinton is poised to benefit.";
        assert_eq!(find(t).len(), 1);
        // A pronoun that opens a clause after the verb is not its speaker; the share is.
        assert_eq!(
            find("A third of independents, 33%, say they feel that way."),
            [one("A third of independents, 33%", "say", "they feel that way")]
        );
        // A verb that ends the text, with no stop after it (found by the property tests).
        assert_eq!(find("The plan will surely fail in the end, said"), []);
    }

    #[test]
    fn the_subject_past_opening_words_adverbs_and_negations() {
        assert_eq!(
            find("Mostly, they've offered colorful language about dropping bombs."),
            [one("they", "offered", "colorful language about dropping bombs")]
        );
        assert_eq!(
            find("To a person, they don’t want to let go of the feeling."),
            [one("they", "want", "to let go of the feeling")]
        );
        assert_eq!(
            find("I always hoped I would see this once before I died."),
            [one("I", "hoped", "I would see this once before I died")]
        );
        assert_eq!(
            find("Her campaign workers here said they have been working the state since spring."),
            [one("Her campaign workers", "said", "they have been working the state since spring")]
        );
    }

    #[test]
    fn sources_set_off_inside_the_sentence() {
        assert_eq!(
            find("Fundraising, according to the campaign, has surged in the same period."),
            [one(
                "the campaign",
                "according to",
                "Fundraising, according to the campaign, has surged in the same period"
            )]
        );
        assert_eq!(
            find("As reported by Western Journalism, investigators found over 2,200 emails."),
            [one("Western Journalism", "reported", "investigators found over 2,200 emails")]
        );
        // The one told and when is not a clause; a pronoun and a past tense make one.
        assert_eq!(
            find("Smith told reporters he planned to stay neutral."),
            [one("Smith", "told", "he planned to stay neutral")]
        );
        assert_eq!(
            find("The plan will go ahead, Smith told POLITICO earlier this week."),
            [one("Smith", "told", "The plan will go ahead")]
        );
    }

    #[test]
    fn attacks_and_preferences_are_stances() {
        assert_eq!(
            find("Sanders attacked Clinton over her paid speeches to Wall Street banks."),
            [one("Sanders", "attacked", "Clinton over her paid speeches to Wall Street banks")]
        );
        assert_eq!(
            find("Trump hopes to win the nomination outright before the convention."),
            [one("Trump", "hopes", "to win the nomination outright before the convention")]
        );
        // Verbs measured mostly wrong stay out: "appeared", "released", "signed".
        assert_eq!(find("Trump appeared at a rally in Ohio with his running mate."), []);
        assert_eq!(find("The campaign released its tax returns for the last decade."), []);
    }

    #[test]
    fn verbs_of_voicing_and_judging_out_loud() {
        // Judging someone or something as: "deemed", "portrayed", "chided".
        assert_eq!(
            find("Politifact deemed those statements false because no such videos exist."),
            [one("Politifact", "deemed", "those statements false because no such videos exist")]
        );
        assert_eq!(
            find("He portrayed undocumented immigrants as criminals with victims."),
            [one("He", "portrayed", "undocumented immigrants as criminals with victims")]
        );
        assert_eq!(
            find("Warren voiced concern about the cost of the plan."),
            [one("Warren", "voiced", "concern about the cost of the plan")]
        );
        assert_eq!(
            find("The senator railed against the trade deal on Tuesday."),
            [one("The senator", "railed", "the trade deal")]
        );
        assert_eq!(
            find("Trump lashed out at the judge in the case."),
            [one("Trump", "lashed", "the judge in the case")]
        );
        assert_eq!(
            find("Christie likened the proposal to a tax on the middle class."),
            [one("Christie", "likened", "the proposal to a tax on the middle class")]
        );
        assert_eq!(
            find("Trump knocked the plan as a giveaway to the rich."),
            [one("Trump", "knocked", "the plan as a giveaway to the rich")]
        );
        // A noun, not a verb: "the knock on him", "her voice".
        assert_eq!(find("The knock on him was his age and his record on trade."), []);
        assert_eq!(find("Her voice carried across the hall during the speech."), []);
    }

    #[test]
    fn a_verb_of_saying_joined_to_a_first_verb_shares_its_subject() {
        assert_eq!(
            find("The State Department has deemed the pages personal and says it does not plan to release them."),
            [
                one("State Department", "deemed", "the pages personal"),
                one("State Department", "says", "it does not plan to release them")
            ]
        );
        assert_eq!(
            find(
                "Sanders’ campaign launched an ad buy in California on Tuesday and announced it would seek a recanvass."
            ),
            [one("Sanders’ campaign", "announced", "it would seek a recanvass")]
        );
        assert_eq!(
            find("The FBI reviewed her emails for a year but did not recommend that she face charges."),
            [one("The FBI", "recommend", "she face charges")]
        );
        // A subordinate clause has its own subject; a participle after "The" is no verb.
        assert_eq!(
            find("The renewed push started as Ukraine faced pressure and seeks solid assurances from its partners."),
            []
        );
        assert_eq!(
            find(
                "The renewed push for a framework comes as Ukraine faces pressure and seeks solid assurances from its partners."
            ),
            []
        );
        // A passive or an adjective after "be" reports nothing.
        assert_eq!(find("Any guest who is not the host and is asked to comment on the election is counted."), []);
        assert_eq!(find("Fights break out at every convention, but there is added concern here this year."), []);
    }

    #[test]
    fn a_demonstrative_before_a_singular_speaker() {
        assert_eq!(
            find("That person said the hostility hampered his ability."),
            [one("That person", "said", "the hostility hampered his ability")]
        );
        // ("that" before a plural opens the clause, and so does "that" after a verb.)
        assert_eq!(
            find("He said that officials were worried about the plan."),
            [one("He", "said", "officials were worried about the plan")]
        );
        assert!(!speaks("He said that police said the road was closed for hours.", "that police"));
    }

    #[test]
    fn a_span_of_time_between_the_verb_and_its_clause() {
        assert_eq!(
            find("Cruz has said for weeks he’s the only candidate who can beat Trump."),
            [one("Cruz", "said", "he’s the only candidate who can beat Trump")]
        );
        assert_eq!(
            find("The governor said over the weekend the state would appeal."),
            [one("The governor", "said", "the state would appeal")]
        );
        // ("argued for years of reform": no span of time, an object.)
        assert_eq!(
            find("She has argued for years of reform in the party."),
            [one("She", "argued", "years of reform in the party")]
        );
    }

    #[test]
    fn a_verb_of_judging_before_what_the_sentence_reports() {
        assert_eq!(
            find("Trump also mocked Carson’s story about the knife, an event that Carson says led him to Christ."),
            [one("Trump", "mocked", "Carson’s story about the knife"), one("Carson", "says", "led him to Christ"),]
        );
    }

    #[test]
    fn the_ones_polled_speak() {
        assert_eq!(
            find("Some 56 percent of Cuban-Americans polled said they were less likely to vote for Republicans."),
            [one("Some 56 percent of Cuban-Americans polled", "said", "they were less likely to vote for Republicans")]
        );
        // (A name before "interviewed" is the subject of a relative clause.)
        assert!(!speaks(
            "Most of the chairs that POLITICO interviewed predicted Clinton will win the state.",
            "POLITICO interviewed"
        ));
    }

    #[test]
    fn an_object_ends_at_its_clause() {
        // (Before the comma of a coordinated verb.)
        assert_eq!(
            find("The FBI criticized her use of a private server, but did not recommend that she face charges.")[0],
            one("FBI", "criticized", "her use of a private server")
        );
        // Inside a relative clause, at the main verb.
        assert_eq!(
            find("Progressive organizations that have endorsed him say they believe superdelegates should choose.")[0],
            one("Progressive organizations", "endorsed", "him")
        );
        // Inside a clause opened by "while", at its comma; an opening phrase already closed
        // by its comma does not count.
        assert_eq!(
            find("After the debate, Trump mocked Rubio, Cruz and Bush for their answers."),
            [one("Trump", "mocked", "Rubio, Cruz and Bush for their answers")]
        );
        // Inside a clause opened by "while", at its comma.
        assert_eq!(
            find(
                "While environmentalists welcomed the announcement on solar power, they were less pleased by its plans."
            )[0],
            one("environmentalists", "welcomed", "the announcement on solar power")
        );
    }

    #[test]
    fn what_a_speaker_intends_is_no_attribution_of_the_words_before() {
        assert!(
            find("The House will send the bill to the White House, where President Obama has promised to veto it.")
                .iter()
                .all(|(_, _, content)| !content.starts_with("The House"))
        );
    }

    #[test]
    fn told_whom_and_when_after_the_words() {
        assert_eq!(
            find("This is not about me, President Obama told his closest advisers as he labored over the address."),
            [one("President Obama", "told", "This is not about me")]
        );
    }

    #[test]
    fn a_finding_about_someone() {
        assert_eq!(
            find("The NBC poll shows her with a net positive of 51 points."),
            [one("The NBC poll", "shows", "her with a net positive of 51 points")]
        );
    }

    #[test]
    fn a_participle_after_a_quotation_and_its_speaker() {
        let quoted = |t: &str| {
            let open = t.find('“').unwrap();
            let close = t.find('”').unwrap() + '”'.len_utf8();
            find_beside(t, &move |a, b| a < close && open < b)
        };
        assert_eq!(
            quoted("“Women are paid equally,” she said at the convention, referring to her father's practices."),
            [one("she", "referring", "her father's practices")]
        );
        assert_eq!(
            quoted("“The Department is committed to it,” said spokesman John Kirby, referring to Clinton's successor."),
            [one("spokesman John Kirby", "referring", "Clinton's successor")]
        );
        assert_eq!(
            quoted("“We have to awaken the body of Christ,” he said, referring to faith-driven voters."),
            [one("he", "referring", "faith-driven voters")]
        );
    }

    #[test]
    fn clauses_cut_short_do_not_panic() {
        // No final stop: the verb after "and" may be the last token, and a comma may end
        // the clause.
        for t in [
            "They lost the race before and will surely",
            "They lost the race before and",
            "“It works,” she said at the event,",
            "The plan, she said at the event,",
            "Trump mocked the plan, an idea that she said,",
        ] {
            let _ = find(t);
            let _ = find_beside(t, &|_, _| true);
        }
    }

    #[test]
    fn an_office_speaks_for_its_holder() {
        assert_eq!(
            find("His office put out a statement saying the agency would review the case."),
            [one("His office", "saying", "the agency would review the case")]
        );
        assert_eq!(
            find("The budget office said deficits will go up more sharply after 2018."),
            [one("The budget office", "said", "deficits will go up more sharply after 2018")]
        );
    }

    #[test]
    fn polls_and_records_show() {
        assert_eq!(
            find("The campaign grew nervous as polls show Sanders surging in Iowa."),
            [one("polls", "show", "Sanders surging in Iowa")]
        );
        assert_eq!(
            find("Last year’s FBI statistics show that the numbers in the tweet are wrong."),
            [one("FBI statistics", "show", "the numbers in the tweet are wrong")]
        );
    }

    #[test]
    fn second_cue_of_the_same_speaker() {
        assert_eq!(
            find("The plan will be announced this month, Mr. Manafort said, adding that more events would follow."),
            [
                one("Mr. Manafort", "said", "The plan will be announced this month"),
                one("Mr. Manafort", "adding", "more events would follow")
            ]
        );
        assert_eq!(
            find("The senator said the bill would pass, noting that the votes were there."),
            [one("The senator", "said", "the bill would pass"), one("The senator", "noting", "the votes were there")]
        );
        // Not a participle of saying: one statement.
        assert_eq!(
            find("The senator said the bill would pass, leaving the details to others."),
            [one("The senator", "said", "the bill would pass, leaving the details to others")]
        );
    }

    #[test]
    fn subjects_with_appositives_and_compound_adjectives() {
        assert_eq!(
            find("Gary Emineth, a former state party chairman, became a delegate and said he is leaning toward Trump."),
            [one("Gary Emineth", "said", "he is leaning toward Trump")]
        );
        assert_eq!(
            find("The self-described democratic socialist said he would win the state’s primary."),
            [one("The self-described democratic socialist", "said", "he would win the state’s primary")]
        );
        // An appositive with a verb of its own is a clause: whose words are unclear.
        assert_eq!(
            find("Gary Emineth, a man who was elected, became a delegate and said he is leaning toward Trump."),
            []
        );
    }

    #[test]
    fn the_last_cue_attributes_the_sentence() {
        assert_eq!(
            find(
                "The same photo is used over and over again, said Rita Katz, the director of SITE Intelligence Group, which tracks terrorists."
            ),
            [one(
                "Rita Katz, the director of SITE Intelligence Group",
                "said",
                "The same photo is used over and over again"
            )]
        );
        assert_eq!(
            find("Hackers compromised 12 workstations and 10 servers, the congressional report said."),
            [one("the congressional report", "said", "Hackers compromised 12 workstations and 10 servers")]
        );
        assert_eq!(
            find("The union will likely sit out the election altogether, director Phil Smith told POLITICO this week."),
            [one("Phil Smith", "told", "The union will likely sit out the election altogether")]
        );
    }

    #[test]
    fn not_reported_speech() {
        assert_eq!(find("The so-called deal was signed in Paris on Tuesday."), []);
        assert_eq!(find("It called for a ceasefire in the region."), []);
        assert_eq!(find("She was criticized by her rivals for the delay."), []);
        assert_eq!(find("The call for a ceasefire was ignored by both sides."), []);
        assert_eq!(find("The outcome of these talks will shape the region."), []);
        assert_eq!(find("Washington, which has led military support efforts, did not sign."), []);
        assert_eq!(find("The debate highlights a central dilemma for the allies."), []);
        assert_eq!(find("Voters went to the polls in Ohio, Rust Belt states that have suffered intensely."), []);
        assert_eq!(find("The police also released a video of the news conference."), []);
        assert_eq!(find("She said: \"We are ready.\""), []);
    }

    #[test]
    fn longer_subjects() {
        // A relative clause without commas may be long; the head before it is the speaker.
        assert_eq!(
            find("The judges who ruled that Texas could not implement its law said the problem was the ID."),
            [one("The judges who ruled that Texas could not implement its law", "said", "the problem was the ID")]
        );
        // A participle of saying after its noun is a reduced relative clause.
        assert_eq!(
            find("A statement posted on the website said listings are user generated."),
            [one("A statement posted on the website", "said", "listings are user generated")]
        );
        // A possessive ending is part of its word in the modifier's length.
        assert_eq!(
            find("A person familiar with the planning for Thursday’s meeting says the talks will focus on unity."),
            [one(
                "A person familiar with the planning for Thursday’s meeting",
                "says",
                "the talks will focus on unity"
            )]
        );
        // (Not a modifier of many words with a verb in it.)
        assert_eq!(find("A person who was at the meeting for Thursday’s vote and later left says nothing."), []);
    }

    #[test]
    fn a_hedged_figure_opens_the_clause() {
        assert_eq!(
            find("The budget office said about half of the adjustment reflected revenue losses."),
            [one("The budget office", "said", "about half of the adjustment reflected revenue losses")]
        );
        assert_eq!(
            find("The police said over 100 people were arrested downtown."),
            [one("The police", "said", "over 100 people were arrested downtown")]
        );
        // ("add up to" is no saying.)
        assert_eq!(find("The cuts would add up to $1.5 trillion more than predicted."), []);
    }

    #[test]
    fn a_plural_subject_of_a_verb_of_stance() {
        assert_eq!(
            find("Party leaders see him as a potentially invaluable asset to help other candidates."),
            [one("Party leaders", "see", "him as a potentially invaluable asset to help other candidates")]
        );
        assert_eq!(
            find("By a wide margin, Millennials support background checks for all gun purchasers."),
            [one("Millennials", "support", "background checks for all gun purchasers")]
        );
        // (A noun, not a plural subject: "the class support staff".)
        assert_eq!(find("The boss support staff were given a raise."), []);
    }

    #[test]
    fn a_progressive_verb_of_stance_is_the_subjects() {
        assert_eq!(
            find("Clinton is calling for the United States to take a stronger role."),
            [one("Clinton", "calling", "the United States to take a stronger role")]
        );
        // (A passive is not: "is being called".)
        assert_eq!(find("The bill is being called a disaster by critics."), []);
    }

    #[test]
    fn claims_and_points_as_verbs() {
        assert_eq!(
            find("The candidate claims his net worth is in excess of $10 billion."),
            [one("The candidate", "claims", "his net worth is in excess of $10 billion")]
        );
        assert_eq!(find("Trump claims he's worth $10 billion."), [one("Trump", "claims", "he's worth $10 billion")]);
        assert_eq!(
            find("Labor leaders point out that Mr. Trump could draw many union voters."),
            [one("Labor leaders", "point", "Mr. Trump could draw many union voters")]
        );
        assert_eq!(
            find("Other defenders pointed to previous examples of plagiarism in political speech."),
            [one("Other defenders", "pointed", "previous examples of plagiarism in political speech")]
        );
        // (Nouns: "the candidate claims were false", "an email to his supporters notes".)
        assert_eq!(find("The candidate claims were false, the audit found nothing."), []);
        assert_eq!(find("The email to his supporters notes were short and plain."), []);
    }

    #[test]
    fn a_poll_showing() {
        assert_eq!(
            find("The race tightened, with polls showing Cruz leading the race in Wisconsin."),
            [one("polls", "showing", "Cruz leading the race in Wisconsin")]
        );
    }

    #[test]
    fn rarer_verbs_and_adjuncts_before_that() {
        assert_eq!(
            find("He bemoaned that the costs of health care are far greater than elsewhere."),
            [one("He", "bemoaned", "the costs of health care are far greater than elsewhere")]
        );
        assert_eq!(
            find("For his part, Bush tweeted Monday that Trump is a loser and a whiner."),
            [one("Bush", "tweeted", "Trump is a loser and a whiner")]
        );
        assert_eq!(
            find("Gerry O'Brien, a GOP consultant, notes that a fifth of the vote is enough."),
            [one("Gerry O'Brien, a GOP consultant", "notes", "a fifth of the vote is enough")]
        );
        // A report or an announcement of a thing: "reported its smallest profit".
        assert_eq!(
            find("The company reported its smallest quarterly profit in 17 years."),
            [one("The company", "reported", "its smallest quarterly profit in 17 years")]
        );
        // (Not a noun: "his travel notes that he kept were lost".)
        assert_eq!(find("The doctor's notes that he kept were lost in the fire."), []);
    }

    #[test]
    fn a_long_appositive_after_an_inverted_verb() {
        assert_eq!(
            find(
                "Candidates have more room to act, said Steve Grubbs, an Iowa operative currently working for Rand Paul’s campaign."
            ),
            [one(
                "Steve Grubbs, an Iowa operative currently working for Rand Paul’s campaign",
                "said",
                "Candidates have more room to act"
            )]
        );
    }

    #[test]
    fn an_inverted_speaker_with_a_place_or_a_who_clause() {
        assert_eq!(
            find(
                "Even India has more cultural resonance through its films, says political scientist Dossym Satpayev in Almaty."
            ),
            [one(
                "political scientist Dossym Satpayev",
                "says",
                "Even India has more cultural resonance through its films"
            )]
        );
        assert_eq!(
            find(
                "Defending that terrain is within his wheelhouse, said a handful of Democrats who point to his strong relationships with labor."
            ),
            [one("a handful of Democrats", "said", "Defending that terrain is within his wheelhouse")]
        );
        // After a verb with an object, the phrase is what the verb names.
        assert!(!speaks(
            "She promised to push harder on immigration, opposed his signature trade deal and outspent him.",
            "his signature trade deal"
        ));
    }

    #[test]
    fn an_inverted_attribution_inside_the_sentence() {
        assert_eq!(
            find("But that is not good enough, said Howard Rubel, an analyst at Jefferies, who notes that costs fell."),
            [one("Howard Rubel, an analyst at Jefferies", "said", "But that is not good enough")]
        );
        // An appositive without a determiner is the speaker's too.
        assert_eq!(
            find("The race will be tight, said Dan Gerstein, director of Gotham Ghostwriters."),
            [one("Dan Gerstein, director of Gotham Ghostwriters", "said", "The race will be tight")]
        );
        // (A clause after the verb: "said Ms. Brainard conveyed…"; the one told.)
        assert_eq!(
            find("Mr. Prasad, a former official at the fund, said Ms. Brainard conveyed a sense of empathy."),
            [one("Mr. Prasad, a former official at the fund", "said", "Ms. Brainard conveyed a sense of empathy")]
        );
    }

    #[test]
    fn the_subject_of_a_participle_past_an_opening_phrase() {
        assert_eq!(
            find(
                "Shortly after the merger, the families of the founders had mobilized, warning that the deal would hurt them."
            ),
            [one("the families", "warning", "the deal would hurt them")]
        );
        assert_eq!(
            find(
                "Other Republican candidates, including Carly Fiorina and Ben Carson, followed his lead, saying his history is fair game."
            ),
            [one("Other Republican candidates", "saying", "his history is fair game")]
        );
        // ("Nearly half" is the subject, not an opening adverb.)
        assert_eq!(
            find("Nearly half said they prefer someone with experience in politics."),
            [one("Nearly half", "said", "they prefer someone with experience in politics")]
        );
    }

    #[test]
    fn as_the_source_noted() {
        assert_eq!(
            find("As the paper noted, it is surprising because Trump has not always praised China."),
            [one("the paper", "noted", "it is surprising because Trump has not always praised China")]
        );
        // (Not "As of the last fundraising report, …", and no panic without a final stop.)
        assert_eq!(find("As of the last fundraising report, Deacon had raised $293,565."), []);
        assert_eq!(find("As the paper noted, it"), []);
        assert_eq!(find("As the campaign went on the crowds grew larger"), []);
    }

    #[test]
    fn warned_against_and_argued_for() {
        assert_eq!(
            find("Merkel warned against the forces of hate brewing in Germany."),
            [one("Merkel", "warned", "the forces of hate brewing in Germany")]
        );
        assert_eq!(
            find("Holder publicly argued for the extrajudicial killing of citizens abroad."),
            [one("Holder", "argued", "the extrajudicial killing of citizens abroad")]
        );
    }

    #[test]
    fn made_it_clear_that() {
        assert_eq!(
            find("Jane Sanders made it clear that his supporters won't simply fall in line."),
            [one("Jane Sanders", "made it clear", "his supporters won't simply fall in line")]
        );
        assert_eq!(
            find("They have made the case that she is too close to Wall Street banks."),
            [one("They", "made the case", "she is too close to Wall Street banks")]
        );
        // (Not without "that": "made it clear to everyone".)
        assert_eq!(find("The vote made it clear to everyone in the room."), []);
    }

    #[test]
    fn a_participle_after_a_preposition_or_a_statement() {
        assert_eq!(
            find("Clinton clearly erred in saying that the figure was from the State Department."),
            [one("Clinton", "saying", "the figure was from the State Department")]
        );
        assert_eq!(
            find("Later that day, Trump fired back a response saying he would not support the agenda."),
            [one("Trump", "saying", "he would not support the agenda")]
        );
        // (Not "for saying": the one criticized said it.)
        assert_eq!(find("Voters punished the candidate for saying that taxes would rise."), []);
    }

    #[test]
    fn a_clause_before_a_coordinated_verb_that_quotes() {
        let t = "Carson noted that Saturday would have been Reagan’s birthday and quoted his “eleventh commandment” to the crowd.";
        let quote = t.find('“').unwrap()..t.find('”').unwrap() + '”'.len_utf8();
        let taken = |a: usize, b: usize| a < quote.end && b > quote.start;
        assert_eq!(find_beside(t, &taken), [one("Carson", "noted", "Saturday would have been Reagan’s birthday")]);
    }

    #[test]
    fn a_share_saying() {
        assert_eq!(
            find("Trump has improved his standing, with 30 percent of voters saying they have a positive view of him."),
            [one("30 percent of voters", "saying", "they have a positive view of him")]
        );
        // (Not a participle of a noun's own: "voters saying so" without "with".)
        assert_eq!(find("Outside the hall, many voters saying nothing at all waited in line."), []);
    }

    #[test]
    fn state_in_a_subject_and_a_contracted_is() {
        assert_eq!(
            find("The former secretary of state has long maintained that she complied with agency rules."),
            [one("The former secretary of state", "maintained", "she complied with agency rules")]
        );
        assert_eq!(
            find("The state officials whose laws have been invalidated say the real change came from the judges."),
            [one(
                "The state officials whose laws have been invalidated",
                "say",
                "the real change came from the judges"
            )]
        );
        assert_eq!(
            find("He’s comparing the gun actions to the immigration order and says Obama is flouting the process."),
            [one("He", "says", "Obama is flouting the process")]
        );
    }

    #[test]
    fn an_inverted_group_inside_the_sentence() {
        assert_eq!(
            find(
                "A quieter Bill Clinton may not be a bad thing, say some Democrats, who cringe as they recall his words."
            ),
            [one("some Democrats", "say", "A quieter Bill Clinton may not be a bad thing")]
        );
        // (Not a clause after the verb: "shows Sanders with 47 percent versus Clinton, …".)
        assert_eq!(
            find("A Fox News poll, conducted by two firms, shows Sanders with 47 percent versus Clinton, a reversal."),
            [one(
                "A Fox News poll, conducted by two firms",
                "shows",
                "Sanders with 47 percent versus Clinton, a reversal"
            )]
        );
    }

    #[test]
    fn referring_to() {
        let t = "“It takes a hit,” Mr. Morrison said, referring to reports about undocumented workers.";
        let quote = 0..t.find('”').unwrap() + '”'.len_utf8();
        let taken = |a: usize, b: usize| a < quote.end && b > quote.start;
        assert_eq!(find_beside(t, &taken), [one("Mr. Morrison", "referring", "reports about undocumented workers")]);
    }

    #[test]
    fn a_claim_named_by_whose_it_is() {
        assert_eq!(
            find("Despite Mr. Trump's claims that his net worth exceeds $10 billion, the firms rank him far lower."),
            [one("Mr. Trump", "claims", "his net worth exceeds $10 billion, the firms rank him far lower")]
        );
        assert_eq!(
            find("Trump has gotten traction with his promise to build a wall on the border."),
            [one("his", "promise", "build a wall on the border")]
        );
        // (A verb after a noun: "his plan calls for…"; a relative "that": "the claim that was
        // rejected".)
        assert_eq!(find("To satisfy the party, his plan calls for rates that rise with earnings."), []);
        assert_eq!(find("Lately his claim that was rejected by the court last year came up again."), []);
    }

    #[test]
    fn a_short_clause_after_a_verb_of_saying() {
        assert_eq!(find("They said she could."), [one("They", "said", "she could")]);
        assert_eq!(find("Everyone but Hewlett said yes."), [one("Hewlett", "said", "yes")]);
        // (A time after the verb dates the words before it; "it" and "when" say nothing.)
        assert_eq!(
            find("He had logged 2,766 flying hours, the airline said Thursday."),
            [one("the airline", "said", "He had logged 2,766 flying hours")]
        );
        assert_eq!(find("There, I said it."), []);
        assert_eq!(find("Cook did not say when."), []);
        // Other verbs still want a clause of a few words.
        assert_eq!(find("They argued otherwise."), []);
    }

    #[test]
    fn an_adverb_of_degree_before_the_verb() {
        assert_eq!(
            find("Many of his supporters can’t quite say what went wrong in the state."),
            [one("Many of his supporters", "say", "what went wrong in the state")]
        );
    }

    #[test]
    fn a_later_clause_reports_on_its_own() {
        assert_eq!(
            find("While civil rights groups praised the attempt to close the camp, they said he didn’t go far enough."),
            [
                one("civil rights groups", "praised", "the attempt to close the camp"),
                one("they", "said", "he didn’t go far enough")
            ]
        );
        // After a quotation in the sentence.
        let t =
            "Durbin said he “hand-delivered a letter to the attorney general,” and he said he hoped Lynch would act.";
        let quote = t.find('“').unwrap()..t.find('”').unwrap() + '”'.len_utf8();
        let taken = |a: usize, b: usize| a < quote.end && b > quote.start;
        assert_eq!(find_beside(t, &taken), [one("he", "said", "he hoped Lynch would act")]);
        // (Not an attribution after the words, which is the quotation's.)
        let t = "“They don't have a choice” but to take the lead in advertising, says Evan Tracey, a consultant.";
        let quote = 0..t.find('”').unwrap() + '”'.len_utf8();
        let taken = |a: usize, b: usize| a < quote.end && b > quote.start;
        assert!(find_beside(t, &taken).iter().all(|(_, cue, _)| cue != "says"), "{t}");
        // (Nor a clause that reports nothing.)
        assert_eq!(
            find("Officials said the plan would return next year, and the vote would follow it."),
            [one("Officials", "said", "the plan would return next year, and the vote would follow it")]
        );
    }

    #[test]
    fn a_title_in_quotation_marks_inside_the_subject() {
        assert_eq!(
            find("Joe Scarborough, host of MSNBC’s “Morning Joe,” said the party would have to unite soon."),
            [one("Joe Scarborough, host of MSNBC’s “Morning Joe,”", "said", "the party would have to unite soon")]
        );
        // (Not the close of a quotation the sentence opens with.)
        assert!(
            find("So that’s what I’m going by,” said Scott Hawkins of Cheyenne.")
                .iter()
                .all(|(s, _, _)| !s.contains("going by")),
        );
    }

    #[test]
    fn other_opens_a_group_not_a_name() {
        assert_eq!(
            find("Other former CIA officers chafed at the second-guessing and said reinforcements were right."),
            [one("Other former CIA officers", "said", "reinforcements were right")]
        );
    }

    #[test]
    fn a_figure_and_a_possessive_adjunct() {
        assert_eq!(
            find("CNN reported at least six planes filled the skies with messages."),
            [one("CNN", "reported", "at least six planes filled the skies with messages")]
        );
        let t = "“We will win,” he said at Tuesday’s rally, insisting that the state had enough delegates.";
        let quote = 0..t.find('”').unwrap() + '”'.len_utf8();
        let taken = |a: usize, b: usize| a < quote.end && b > quote.start;
        assert_eq!(find_beside(t, &taken), [one("he", "insisting", "the state had enough delegates")]);
    }

    #[test]
    fn a_source_close_to_someone() {
        assert_eq!(
            find("The drop is directly attributable to the emails, said a person close to the Clintons."),
            [one("a person close to the Clintons", "said", "The drop is directly attributable to the emails")]
        );
    }

    #[test]
    fn a_relative_clause_whose_verb_reports() {
        // The pronoun speaks, for the group or role before it.
        assert_eq!(
            find("The last question came from a young child, who said his father drove to the event."),
            [one("who", "said", "his father drove to the event")]
        );
        assert_eq!(
            find("The plan drew support from governors who see him as the most viable alternative."),
            [one("who", "see", "him as the most viable alternative")]
        );
        // (Not a passive.)
        assert_eq!(find("The plan drew support from a young child, who was asked about the event."), []);
    }

    #[test]
    fn subjects_past_two_opening_phrases_and_plural_joined_verbs() {
        assert_eq!(
            find(
                "Still, while the industry cannot block it all, people who have battled threats say it could do more."
            ),
            [one("people who have battled threats", "say", "it could do more")]
        );
        assert_eq!(
            find(
                "Carson, Fiorina and Huckabee have all characterized their speechmaking as the fulfillment of commitments to the groups that brought them in and say they’re no longer accepting speaking opportunities."
            ),
            [
                one(
                    "Carson, Fiorina and Huckabee",
                    "characterized",
                    "their speechmaking as the fulfillment of commitments to the groups that brought them in"
                ),
                one("Carson, Fiorina and Huckabee", "say", "they’re no longer accepting speaking opportunities")
            ]
        );
        // After a quotation, a clause past its words: ", but he said…".
        let t = "Bob said there was “some reporting” even during the attacks, but he said he played no role in it.";
        let quote = t.find('“').unwrap()..t.find('”').unwrap() + '”'.len_utf8();
        let taken = |a: usize, b: usize| a < quote.end && b > quote.start;
        assert_eq!(find_beside(t, &taken), [one("he", "said", "he played no role in it")]);
    }

    #[test]
    fn what_the_review_of_the_seventh_round_found() {
        // A short clause is not the words of an attribution set off after them.
        assert_eq!(
            find("He had logged 2,766 flying hours, the airline said early Friday."),
            [one("the airline", "said", "He had logged 2,766 flying hours")]
        );
        // A list of names only where it opens the clause.
        assert_eq!(
            find("In Iowa, Cruz and Rubio said they would stay in the race."),
            [one("Cruz and Rubio", "said", "they would stay in the race")]
        );
        // A "which" that stands for a clause finds; it reports no one.
        assert!(!speaks("Turnout fell sharply in the county, which suggests the message is not landing.", "which"));
        // A participle set off inside the relative clause does not end it.
        let found = find("Officials, who said the deal, signed by both sides, ends the dispute, met again.");
        assert!(
            found.iter().any(|(s, _, c)| s == "who" && c.starts_with("the deal, signed by both sides")),
            "{found:?}"
        );
        // "and all said": the group after "and" speaks, not the subject before it.
        assert!(!speaks("We interviewed 12 voters and all said they would vote for him.", "We"));
    }

    #[test]
    fn a_relative_clause_in_the_subject_ends_at_the_sentence_verb() {
        assert_eq!(
            find("Business owners who fear months of roadworks spoke against the plan at the hearing."),
            [one("Business owners", "fear", "months of roadworks")]
        );
        assert_eq!(
            find("Voters who say the economy matters most were divided on the plan."),
            [one("Voters", "say", "the economy matters most")]
        );
    }
}
