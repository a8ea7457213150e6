//! Words, reporting verbs and the noun phrases that name a speaker.
//!
//! The statement pass needs three small pieces of English: a tokenizer that keeps byte
//! spans, a test for reporting (cue) verbs in any inflection ("said", "stressing",
//! "warns"), and a reader of speaker noun phrases: a capitalised name with its titles
//! ("Russian Foreign Minister Sergei Lavrov"), a pronoun ("he"), or a role or group noun
//! ("the president", "officials familiar with the talks", "one analysis"). The word lists
//! here are general news English, never the names of any one story.

/// A token: a word or a single punctuation character, with its byte span.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Token<'a> {
    pub start: usize,
    pub text: &'a str,
    /// Which reporting or judging verb the word is a form of.
    verb: VerbOf,
    /// Whether it starts with a letter or digit, and with a capital letter.
    word: bool,
    capitalized: bool,
}

impl Token<'_> {
    /// The byte after the token.
    pub fn end(&self) -> usize {
        self.start + self.text.len()
    }
    pub fn is_word(&self) -> bool {
        self.word
    }
    pub fn is_capitalized(&self) -> bool {
        self.capitalized
    }
    /// Whether the token is one of `words` (lowercase entries), ignoring ASCII case,
    /// without allocating.
    pub fn is_in<W: Words + ?Sized>(&self, words: &W) -> bool {
        words.has(self.text)
    }
    /// [`cue_lemma`] of the token's word.
    pub fn cue_lemma(&self) -> Option<&'static str> {
        self.verb.cue()
    }
    /// The index in [`CUE_BASES`] of the reporting verb the token is a form of.
    pub fn cue_index(&self) -> Option<usize> {
        usize::from(self.verb.cue).checked_sub(1)
    }
    /// Whether the token is a reporting verb ([`is_cue`]).
    pub fn is_cue(&self) -> bool {
        self.verb.cue > 0
    }
    /// The base form of a verb of [`OBJECT_BASES`] the token is a form of ("criticized" →
    /// "criticize"), or `None`.
    pub fn object_lemma(&self) -> Option<&'static str> {
        self.verb.object()
    }
}

/// Words that negate their clause (besides the "n't" forms).
const NEGATORS: &[&str] = &["not", "no", "never", "nobody", "none", "nothing", "neither", "nor", "cannot"];

/// A word that negates its clause: "not", "never", "cannot", "didn't", "won’t".
pub(crate) fn is_negation(t: &Token) -> bool {
    t.is_in(NEGATORS) || t.text.ends_with("n't") || t.text.ends_with("n’t")
}

/// Whether "according to" starts at token `k`.
#[inline]
pub(crate) fn according_to(toks: &[Token], k: usize) -> bool {
    toks.get(k).is_some_and(|t| t.text.eq_ignore_ascii_case("according"))
        && toks.get(k + 1).is_some_and(|t| t.text == "to")
}

/// Whether "rule out" in any inflection ("ruled out", "ruling out") starts at token `k`:
/// a verb of rejection in two words.
#[inline]
pub(crate) fn rules_out(toks: &[Token], k: usize) -> bool {
    // Most words are turned away by their first letter and length before any comparison.
    let rule = |t: &Token| {
        (4..=6).contains(&t.text.len())
            && t.text.as_bytes()[0] | 0x20 == b'r'
            && ["rule", "rules", "ruled", "ruling"].iter().any(|r| t.text.eq_ignore_ascii_case(r))
    };
    toks.get(k).is_some_and(rule) && toks.get(k + 1).is_some_and(|n| n.text.eq_ignore_ascii_case("out"))
}

/// A list of lowercase words to look a word up in, ignoring ASCII case.
pub(crate) trait Words {
    /// Whether `word` is in the list.
    fn has(&self, word: &str) -> bool;
}

impl Words for [&str] {
    fn has(&self, word: &str) -> bool {
        self.iter().any(|w| w.len() == word.len() && w.eq_ignore_ascii_case(word))
    }
}

/// FNV-1a: a fast hash for the short words of the word lists (no untrusted keys are
/// stored, so a DoS-resistant hash buys nothing here).
#[derive(Default)]
pub(crate) struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for b in bytes {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// A hash set or map keyed by words, with [`Fnv`].
pub(crate) type FnvBuild = std::hash::BuildHasherDefault<Fnv>;

/// A set of bits, the filters that turn most words away before a hash lookup: a bit is
/// set for each entry's key, and a word whose bit is clear is in no entry.
pub(crate) struct Bits(Box<[u64]>);

impl Bits {
    /// `n` clear bits.
    pub fn new(n: usize) -> Self {
        Bits(vec![0; n.div_ceil(64)].into_boxed_slice())
    }
    pub fn set(&mut self, bit: usize) {
        self.0[bit / 64] |= 1 << (bit % 64);
    }
    pub fn has(&self, bit: usize) -> bool {
        self.0[bit / 64] & (1 << (bit % 64)) != 0
    }
    /// How many bits a filter of [`Bits::hashed`] keys has.
    pub const HASHED: usize = 1 << 15;
    /// The bit of a filter of [`Bits::HASHED`] bits for `key` (a word's shape packed into
    /// an integer): its top 15 bits after a Fibonacci-hashing multiply.
    pub fn hashed(key: u64) -> usize {
        (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 49) as usize
    }
}

/// A long word list, hashed on first use.
pub(crate) struct WordSet {
    list: &'static [&'static str],
    index: std::sync::OnceLock<WordIndex>,
}

/// A [`WordSet`]'s words by their bytes, and which (first letter, length) shapes occur:
/// most words looked up are in no list, and most of those are turned away by their shape
/// without hashing.
struct WordIndex {
    set: std::collections::HashSet<&'static [u8], FnvBuild>,
    shapes: Bits,
}

/// The bit of a word's shape: its first byte without ASCII case, and its length up to 15.
fn shape(word: &[u8]) -> usize {
    word.first().map_or(0, |b| usize::from((b | 0x20) & 31) * 16 + word.len().min(15))
}

impl WordSet {
    pub(crate) const fn new(list: &'static [&'static str]) -> Self {
        WordSet { list, index: std::sync::OnceLock::new() }
    }
}

impl Words for WordSet {
    fn has(&self, word: &str) -> bool {
        let index = self.index.get_or_init(|| {
            let mut shapes = Bits::new(32 * 16);
            for w in self.list {
                shapes.set(shape(w.as_bytes()));
            }
            WordIndex { set: self.list.iter().map(|w| w.as_bytes()).collect(), shapes }
        });
        let bit = shape(word.as_bytes());
        let mut buf = [0u8; 24];
        if !index.shapes.has(bit) || word.len() > buf.len() {
            return false; // no entry has that shape, or is that long
        }
        // Lower-cased in one pass (no call to copy a few bytes).
        for (to, from) in buf.iter_mut().zip(word.bytes()) {
            *to = from.to_ascii_lowercase();
        }
        index.set.contains(&buf[..word.len()])
    }
}

/// Whether `word` is one of `words`, ignoring ASCII case.
pub(crate) fn in_list<W: Words + ?Sized>(words: &W, word: &str) -> bool {
    words.has(word)
}

fn is_word_char(c: char) -> bool {
    // Curly quotes, dashes and the other general punctuation (U+2000–U+206F) hold no
    // letter or digit: they skip the Unicode tables.
    if c.is_ascii() { c.is_ascii_alphanumeric() } else { !matches!(c, '\u{2000}'..='\u{206F}') && c.is_alphanumeric() }
}

/// Splits `text[from..to]` into tokens; offsets are into `text`. Apostrophes and hyphens
/// inside a word, and the dots of "U.S.", stay in the word; a possessive "’s" is its own
/// token.
pub(crate) fn tokenize(text: &str, from: usize, to: usize) -> Vec<Token<'_>> {
    let mut out = Vec::with_capacity((to - from) / 5 + 1);
    tokenize_into(text, from, to, &mut out);
    out
}

/// [`tokenize`], appending to `out`.
pub(crate) fn tokenize_into<'a>(text: &'a str, from: usize, to: usize, out: &mut Vec<Token<'a>>) {
    let s = &text[from..to];
    let bytes = s.as_bytes();
    // ASCII is decoded by hand; other characters through `chars` (p is always a boundary).
    let char_at = |p: usize| match bytes.get(p) {
        None => None,
        Some(&b) if b < 0x80 => Some(b as char),
        Some(_) => s[p..].chars().next(),
    };
    let mut push = |start: usize, end: usize| {
        let word = &text[from + start..from + end];
        // The first character's classes, ASCII without decoding.
        let (is_word, capitalized) = match word.as_bytes().first() {
            Some(&b) if b < 0x80 => (b.is_ascii_alphanumeric(), b.is_ascii_uppercase()),
            _ => word.chars().next().map_or((false, false), |c| (c.is_alphanumeric(), c.is_uppercase())),
        };
        out.push(Token { start: from + start, text: word, verb: verb_of(word), word: is_word, capitalized })
    };
    let mut p = 0;
    while let Some(c) = char_at(p) {
        if c.is_whitespace() {
            p += c.len_utf8();
            continue;
        }
        if !is_word_char(c) {
            push(p, p + c.len_utf8());
            p += c.len_utf8();
            continue;
        }
        let start = p;
        let mut prev = c;
        let mut q = p + c.len_utf8();
        let mut contraction = 0;
        loop {
            // ASCII letters and digits, the bulk of every word, without decoding.
            let run = q;
            q += super::ascii::run(&bytes[q..], super::ascii::alphanumeric, u8::is_ascii_alphanumeric);
            if q > run {
                prev = bytes[q - 1] as char;
            }
            // Most words end at a space or a punctuation mark that cannot continue them.
            if bytes.get(q).is_some_and(|&b| b < 0x80 && !matches!(b, b'-' | b'\'' | b'.' | b'/')) {
                break;
            }
            let Some(c) = char_at(q) else { break };
            let after = q + c.len_utf8();
            let next = char_at(after);
            let next_is_word = next.is_some_and(is_word_char);
            if is_word_char(c) || (matches!(c, '-' | '‐') && next_is_word) {
                // part of the word
            } else if matches!(c, '\'' | '’') && next_is_word {
                // "’s" at the end of a word is a possessive: split it off.
                let n = next.unwrap_or(' ');
                if n == 's' && !char_at(after + n.len_utf8()).is_some_and(is_word_char) {
                    break;
                }
                // "they’ve", "I’m", "we’d", "you’ll": the auxiliary is a token of its own,
                // so that the pronoun before it is one.
                let rest = &bytes[after..];
                let len = [&b"ve"[..], b"re", b"ll", b"m", b"d"]
                    .iter()
                    .find(|x| rest.len() >= x.len() && rest[..x.len()].eq_ignore_ascii_case(x))
                    .map_or(0, |x| x.len());
                if len > 0 && !char_at(after + len).is_some_and(is_word_char) {
                    contraction = after + len;
                    break;
                }
            } else if c == '.' && next_is_word && prev.is_uppercase() && next.is_some_and(char::is_uppercase) {
                // U.S, U.N (the final dot is taken below)
            } else if c == '.' && prev.is_alphanumeric() && next.is_some_and(|n| n.is_ascii_lowercase()) {
                // "Mic.com", "e.g": a dot with no space and a lowercase letter after it
                // ends no word.
            } else if c == '/' && prev.is_alphanumeric() && next_is_word {
                // "CNN/ORC", "NBC/WSJ", "and/or": a slash between letters joins one name.
            } else {
                break;
            }
            prev = c;
            q = after;
        }
        // "U.S.", "Mr.", "Sen." and initials ("Gene B. Sperling") keep their final dot.
        if char_at(q) == Some('.') {
            let word = &s[start..q];
            let initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
            // (Dotted letters, "U.S", "e.g"; not a domain, "MoveOn.org".)
            let dotted = word.rsplit('.').next().is_some_and(|last| last.chars().count() == 1) && word.contains('.');
            if dotted || initial || crate::core::segment::is_abbreviation(word) {
                q += 1;
            }
        }
        push(start, q);
        p = q;
        if contraction > q {
            push(q, contraction);
            p = contraction;
        }
    }
}

/// Reporting verbs (base forms). Inflections are recognised by [`is_cue`].
pub(crate) const CUE_BASES: &[&str] = &[
    "say",
    "tell",
    "add",
    "state",
    "stress",
    "declare",
    "note",
    "warn",
    "insist",
    "argue",
    "claim",
    "explain",
    "announce",
    "assert",
    "assure",
    "write",
    "tweet",
    "post",
    "continue",
    "reply",
    "respond",
    "answer",
    "ask",
    "urge",
    "acknowledge",
    "admit",
    "confirm",
    "deny",
    "suggest",
    "emphasize",
    "emphasise",
    "underline",
    "underscore",
    "reiterate",
    "recall",
    "observe",
    "remark",
    "comment",
    "conclude",
    "caution",
    "predict",
    "promise",
    "vow",
    "pledge",
    "complain",
    "describe",
    "label",
    "proclaim",
    "maintain",
    "quip",
    "joke",
    "shout",
    "whisper",
    "concede",
    "contend",
    "allege",
    "report",
    "reveal",
    "recount",
    "testify",
    "counter",
    "retort",
    "demand",
    "threaten",
    "call",
    "mock",
    "accuse",
    "charge",
    "believe",
    "think",
    "estimate",
    "hope",
    "fear",
    "signal",
    "indicate",
    "point",
    "put",
    "told",
    "exclaim",
    "confess",
    "fume",
    "opine",
    "muse",
    "elaborate",
    "wonder",
    "chant",
    "yell",
    "scoff",
    "boast",
    "lament",
    "bark",
    "show",
    "find",
    "cite",
    "criticize",
    "criticise",
    "express",
    "defend",
    "propose",
    "praise",
    "blame",
    "reject",
    "dismiss",
    "denounce",
    "blast",
    "slam",
    "mention",
    "endorse",
    "want",
    "seek",
    "agree",
    "refuse",
    "decline",
    "oppose",
    "react",
    "question",
    "gloat",
    "sing",
    "surmise",
    "recommend",
    // Verbs of learning and implying: what a source holds true ("The Post has learned
    // that…", "she hinted that…"). Not "prove", "feel", "expect", "recognize",
    // "determine", "discover": measured on PolNeAR, most of their uses are something else
    // ("proved popular", "feels confident", "is expected to").
    "affirm",
    "reaffirm",
    "speculate",
    "suspect",
    "hint",
    "imply",
    "disclose",
    "clarify",
    "reckon",
    "realize",
    "realise",
    "concur",
    "specify",
    "demonstrate",
    "learn",
    "assume",
    // Rarer verbs of saying, which report a clause only with "that" ("groused that…",
    // "fretted that…") or a quotation.
    "grouse",
    "gripe",
    "fret",
    "bemoan",
    "brag",
    "crow",
    "marvel",
    "interject",
    "insinuate",
    "forecast",
    "vent",
];

/// Verbs whose object is what someone said or stood for, read as reported speech when a
/// speaker is their subject: "Clinton criticized his plan", "He accused Trump of lying",
/// "She endorsed Cruz", "Biden mocked the Republican field". (Verbs of saying that take a
/// clause are [`CUE_BASES`].)
const OBJECT_BASES: &[&str] = &[
    "call",
    "describe",
    "label",
    "mock",
    "criticize",
    "criticise",
    "praise",
    "accuse",
    "blast",
    "slam",
    "endorse",
    "denounce",
    "dismiss",
    "reject",
    "blame",
    "cite",
    "mention",
    "question",
    "defend",
    "condemn",
    "applaud",
    "thank",
    "tout",
    "ask",
    "recall",
    "acknowledge",
    "deny",
    "refer",
    "talk",
    "discuss",
    "promise",
    "propose",
    "highlight",
    "urge",
    "demand",
    "lambaste",
    "rebuke",
    "disavow",
    "hail",
    "commend",
    "decry",
    "ridicule",
    "insult",
    "dispute",
    "support",
    "offer",
    "favor",
    "favour",
    "order",
    "worry",
    "see",
    "know",
    // Measured on PolNeAR at more than half right (not "seem", "appear", "release",
    // "vote", "sign", "push", "back", "compare", "challenge", "target", "echo").
    "attack",
    "remind",
    "prefer",
    "welcome",
    "assail",
    "point",
    // Verbs of voicing and of judging out loud ("voiced concern about…", "railed against…",
    // "likened him to…", "downplayed the threat").
    "voice",
    "rail",
    "reference",
    "invoke",
    "liken",
    "lash",
    "downplay",
    "deride",
    "credit",
    "dub",
    "knock",
    "rebut",
    "outline",
    "articulate",
    "repeat",
    "retweet",
    "quote",
    // Verbs of judging someone or something as ("deemed him “well qualified”", "portrayed
    // Cruz as…", "chided Obama for…").
    "deem",
    "characterize",
    "portray",
    "laud",
    "chide",
    "scold",
    // Only with its particle, "spoke about…", "spoke of…", "spoke out against…" (18 of 19
    // times an attribution in PolNeAR; "spoke" alone, a third).
    "speak",
];

/// The base form of a reporting verb in any inflection ("said" → "say", "stressing" →
/// "stress"), or `None`. A capitalised word is a name, not a verb ("State", "Post").
pub(crate) fn cue_lemma(word: &str) -> Option<&'static str> {
    verb_of(word).cue()
}

/// The base form of the verb of judging ([`OBJECT_BASES`]) `word` is a form of.
pub(crate) fn object_lemma(word: &str) -> Option<&'static str> {
    verb_of(word).object()
}

/// Which verb of [`CUE_BASES`] and of [`OBJECT_BASES`] a word is a form of, as an index
/// plus one (0: none). Two bytes: every token carries it, so the statement rules, which
/// ask about the same words many times, look each word up once.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct VerbOf {
    cue: u8,
    object: u8,
}

impl VerbOf {
    fn cue(self) -> Option<&'static str> {
        (self.cue > 0).then(|| CUE_BASES[usize::from(self.cue) - 1])
    }
    fn object(self) -> Option<&'static str> {
        (self.object > 0).then(|| OBJECT_BASES[usize::from(self.object) - 1])
    }
}

/// The inflected forms of both verb lists, and a 32,768-bit filter of their first and
/// last letters and length ([`filter_bit`]): most words are rejected by one bit test, before hashing.
struct Forms {
    map: std::collections::HashMap<String, VerbOf, FnvBuild>,
    filter: Bits,
}

/// The filter bit of a lowercase ASCII word of at least three letters: its first two and
/// last two letters and its length.
fn filter_bit(b: &[u8]) -> usize {
    let n = b.len();
    Bits::hashed(u64::from_le_bytes([b[0], b[1], b[n - 2], b[n - 1], n as u8, 0, 0, 0]))
}

fn forms() -> &'static Forms {
    static FORMS: std::sync::OnceLock<Forms> = std::sync::OnceLock::new();
    FORMS.get_or_init(|| {
        let index = |bases: &[&str], base: &str| {
            bases.iter().position(|b| *b == base).and_then(|i| u8::try_from(i + 1).ok()).unwrap_or(0)
        };
        let mut map: std::collections::HashMap<String, VerbOf, FnvBuild> = std::collections::HashMap::default();
        for (form, base) in inflections(CUE_BASES) {
            map.entry(form).or_default().cue = index(CUE_BASES, base);
        }
        for (form, base) in inflections(OBJECT_BASES) {
            map.entry(form).or_default().object = index(OBJECT_BASES, base);
        }
        let mut filter = Bits::new(Bits::HASHED);
        for form in map.keys() {
            filter.set(filter_bit(form.as_bytes()));
        }
        Forms { map, filter }
    })
}

/// [`VerbOf`] a word.
#[inline]
fn verb_of(word: &str) -> VerbOf {
    // Verbs are lowercase ASCII words of 3 to 16 letters: anything else is rejected before
    // any work (inline, where every token is made), and the rest is one hash lookup,
    // without allocating ("saID" is not a verb).
    let bytes = word.as_bytes();
    let n = bytes.len();
    if !(3..=16).contains(&n) || !bytes[0].is_ascii_lowercase() {
        return VerbOf::default();
    }
    verb_of_lowercase(word)
}

#[inline(never)]
fn verb_of_lowercase(word: &str) -> VerbOf {
    let bytes = word.as_bytes();
    let forms = forms();
    let bit = filter_bit(bytes);
    if !forms.filter.has(bit) {
        return VerbOf::default();
    }
    forms.map.get(word).copied().unwrap_or_default()
}

/// Every inflected form of every verb in `bases`, mapped to its base form.
fn inflections(bases: &[&'static str]) -> std::collections::HashMap<String, &'static str, FnvBuild> {
    let mut forms = std::collections::HashMap::default();
    for &base in bases {
        let mut add = |f: String| {
            forms.entry(f).or_insert(base);
        };
        add(base.to_string());
        add(format!("{base}s"));
        add(format!("{base}es"));
        add(format!("{base}ed"));
        add(format!("{base}ing"));
        if let Some(stem) = base.strip_suffix('e') {
            add(format!("{base}d"));
            add(format!("{stem}ing"));
        }
        if let Some(stem) = base.strip_suffix('y') {
            add(format!("{stem}ied"));
            add(format!("{stem}ies"));
        }
        // "stop" → "stopped", "admit" → "admitted"
        if let Some(last) = base.chars().last().filter(|c| !"aeiouwxy".contains(*c)) {
            add(format!("{base}{last}ed"));
            add(format!("{base}{last}ing"));
        }
    }
    for (form, base) in [
        ("said", "say"),
        ("says", "say"),
        ("saying", "say"),
        ("told", "tell"),
        ("tells", "tell"),
        ("telling", "tell"),
        ("wrote", "write"),
        ("written", "write"),
        ("writes", "write"),
        ("writing", "write"),
        ("thought", "think"),
        ("put", "put"),
        ("puts", "put"),
        ("putting", "put"),
        // Irregular pasts and participles: "the poll found that…", "she sought to…".
        ("found", "find"),
        ("sought", "seek"),
        ("shown", "show"),
        ("spoke", "speak"),
        ("spoken", "speak"),
    ] {
        if bases.contains(&base) {
            forms.insert(form.to_string(), base);
        }
    }
    forms
}

/// Whether `word` is a form of a reporting verb ("said", "stressed", "warning").
pub(crate) fn is_cue(word: &str) -> bool {
    cue_lemma(word).is_some()
}

/// Words that are titles or roles when capitalised before a name ("President", "Minister").
static TITLES: WordSet = WordSet::new(&[
    "president",
    "vice",
    "prime",
    "minister",
    "foreign",
    "defence",
    "defense",
    "interior",
    "finance",
    "secretary",
    "chancellor",
    "senator",
    "sen.",
    "rep.",
    "representative",
    "gov.",
    "governor",
    "mayor",
    "councillor",
    "councilor",
    "councilman",
    "councilwoman",
    "alderman",
    "mr.",
    "mrs.",
    "ms.",
    "dr.",
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof.",
    "professor",
    "general",
    "gen.",
    "lt.",
    "col.",
    "colonel",
    "admiral",
    "commander",
    "chief",
    "pope",
    "king",
    "queen",
    "prince",
    "princess",
    "sheikh",
    "ambassador",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "judge",
    "justice",
    "chairman",
    "chairwoman",
    "chair",
    "ceo",
    "director",
    "commissioner",
    "leader",
    "speaker",
    "deputy",
    "state",
    "attorney",
    "house",
    "senate",
    "former",
    "then",
    "acting",
    "incoming",
    "outgoing",
    "premier",
    "chairperson",
    "envoy",
    "special",
    "national",
    "security",
    "adviser",
    "advisor",
    "head",
    "officer",
    "minister's",
    "candidate",
    "nominee",
    "lawmaker",
    "congressman",
    "congresswoman",
    "sir",
    "lord",
    "lady",
    "dame",
    "rev.",
    "reverend",
    "bishop",
    "cardinal",
    "rabbi",
    "imam",
    "sgt.",
    "capt.",
    "captain",
    "sergeant",
    "major",
    "lieutenant",
    "marshal",
    "coach",
    "manager",
    "founder",
    "economist",
    "commission",
    "council",
    "european",
    "un",
    "eu",
    "u.s.",
    "u.k.",
    "us",
    "uk",
]);

/// Role and group nouns that can be a speaker after a determiner ("the president",
/// "officials", "one analysis").
pub(crate) static ROLE_NOUNS: WordSet = WordSet::new(&[
    // Unnamed people: "Another tweeted, “…”", "Some chanted “…”", "Others said".
    "another",
    "others",
    "some",
    "many",
    "several",
    // Sources that "show", "find" or "suggest" as people say.
    "polls",
    "surveys",
    "records",
    "statistics",
    "data",
    "figures",
    "studies",
    "research",
    "documents",
    "filings",
    "census",
    "president",
    "minister",
    "official",
    "officials",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "analyst",
    "analysts",
    "source",
    "sources",
    "expert",
    "experts",
    "diplomat",
    "diplomats",
    "lawmaker",
    "lawmakers",
    "leader",
    "leaders",
    "commander",
    "general",
    "analysis",
    "report",
    "reports",
    "statement",
    "ministry",
    "government",
    "police",
    "witness",
    "witnesses",
    "resident",
    "residents",
    "critic",
    "critics",
    "observer",
    "observers",
    "commentator",
    "commentators",
    "author",
    "authors",
    "researcher",
    "researchers",
    "chief",
    "secretary",
    "chancellor",
    "ambassador",
    "adviser",
    "advisers",
    "advisor",
    "advisors",
    "aide",
    "aides",
    "governor",
    "mayor",
    "senator",
    "prosecutor",
    "prosecutors",
    "judge",
    "court",
    "agency",
    "company",
    "spokesperson",
    "representative",
    "representatives",
    "doctor",
    "doctors",
    "scientist",
    "scientists",
    "economist",
    "economists",
    "campaign",
    "office",
    "administration",
    "premier",
    "envoy",
    "negotiator",
    "negotiators",
    "delegation",
    "military",
    "army",
    "survey",
    "poll",
    "study",
    "document",
    "draft",
    "memo",
    "letter",
    "candidate",
    "nominee",
    "contender",
    "challenger",
    "front-runner",
    "team",
    "group",
    "committee",
    "council",
    "union",
    "people",
    "voters",
    "supporters",
    "protesters",
    "organizers",
    "investigators",
    "authorities",
    "officers",
    "soldiers",
    "activists",
    "man",
    "woman",
    "person",
    "commenter",
    "commenters",
    "employee",
    "employees",
    "member",
    "members",
    "voter",
    "supporter",
    "protester",
    "activist",
    "worker",
    "workers",
    "student",
    "students",
    "investor",
    "investors",
    "delegate",
    "delegates",
    "donor",
    "donors",
    "staffer",
    "staffers",
    "strategist",
    "strategists",
    "consultant",
    "pollster",
    "pollsters",
    "historian",
    "professor",
    "lawyer",
    "lawyers",
    "attorney",
    "attorneys",
    "officer",
    // People by their ties, trades and crowds ("his wife", "the billionaire businessman",
    // "the crowd chanted").
    "manager",
    "managers",
    "crowd",
    "crowds",
    "audience",
    "audiences",
    "media",
    "staff",
    "leadership",
    "establishment",
    "camp",
    "faction",
    "friends",
    "friend",
    "advocates",
    "advocate",
    "businessman",
    "businesswoman",
    "entrepreneur",
    "attendees",
    "backers",
    "narrator",
    "mogul",
    "tycoon",
    "surgeon",
    "wife",
    "husband",
    "mother",
    "father",
    "son",
    "daughter",
    "brother",
    "sister",
    "actress",
    "actor",
    "singer",
    "star",
    "fans",
    "fan",
    "moderators",
    "moderator",
    "speakers",
    "hopefuls",
    "contenders",
    "veteran",
    "guy",
    "couple",
    "users",
    "banker",
    "bankers",
    "farmer",
    "farmers",
    "owner",
    "owners",
    "retiree",
    "retirees",
    "neighbor",
    "neighbors",
    "neighbour",
    "neighbours",
    // Trades and callings ("the retired neurosurgeon", "a pastor").
    "neurosurgeon",
    "physician",
    "physicians",
    "nurse",
    "nurses",
    "pastor",
    "pastors",
    "priest",
    "rabbi",
    "imam",
    "engineer",
    "engineers",
    "psychologist",
    "psychiatrist",
    "pediatrician",
    "lobbyist",
    "lobbyists",
    // Institutions and documents that speak for themselves ("the airline added").
    "airline",
    "airlines",
    "firm",
    "firms",
    "newspaper",
    "newspapers",
    "magazine",
    "outlet",
    "outlets",
    "lawsuit",
    "complaint",
    "indictment",
    "editorial",
    "pundit",
    "pundits",
    "spokesmen",
    "spokeswomen",
    "columnist",
    "contributor",
    "contributors",
    "host",
    "anchor",
    "writer",
    "reporter",
    "editor",
    "correspondent",
    "chairman",
    "chairwoman",
    "director",
    // More people by what they do or stand for, and their plurals.
    "candidates",
    "nominees",
    "politician",
    "politicians",
    "senators",
    "governors",
    "mayors",
    "legislator",
    "legislators",
    "journalist",
    "journalists",
    "reporters",
    "editors",
    "consultants",
    "historians",
    "professors",
    "scholar",
    "scholars",
    "executive",
    "executives",
    "operative",
    "operatives",
    "insider",
    "insiders",
    "allies",
    "opponents",
    "rivals",
    "conservatives",
    "liberals",
    "progressives",
    "moderates",
    "evangelicals",
    "veterans",
    "teachers",
    "parents",
    "families",
    "citizens",
    "immigrants",
    "women",
    "men",
    "groups",
    "organizations",
]);

pub(crate) static DETERMINERS: WordSet = WordSet::new(&[
    "the",
    "a",
    "an",
    "one",
    "another",
    "some",
    "many",
    "several",
    "two",
    "three",
    "other",
    "his",
    "her",
    "their",
    "its",
    "our",
    "these",
    "those",
    "most",
    "few",
    "senior",
    "unnamed",
    "anonymous",
]);

/// Subject pronouns that can be speakers.
pub(crate) const PRONOUNS: &[&str] = &["he", "she", "they", "we", "i"];

/// Lowercase particles allowed inside a capitalised name ("von der Leyen", "bin Salman"),
/// compared inline (a list search would call `memcmp` for every two- and three-letter word).
fn is_name_particle(word: &str) -> bool {
    matches!(
        word,
        "von" | "van" | "der" | "den" | "de" | "la" | "le" | "du" | "da" | "al" | "bin" | "ibn" | "el" | "di"
    )
}

/// Capitalised words that start sentences or clauses but never begin a name.
pub(crate) static NOT_NAMES: WordSet = WordSet::new(&[
    "the",
    "a",
    "an",
    "this",
    "that",
    "these",
    "those",
    "it",
    "he",
    "she",
    "they",
    "we",
    "i",
    "but",
    "and",
    "or",
    "so",
    "if",
    "as",
    "while",
    "when",
    "in",
    "on",
    "at",
    "for",
    "from",
    "with",
    "after",
    "before",
    "meanwhile",
    "however",
    "also",
    "then",
    "there",
    "here",
    "his",
    "her",
    "their",
    "its",
    "our",
    "my",
    "your",
    "what",
    "why",
    "how",
    "who",
    "where",
    "yes",
    "no",
    "not",
    "all",
    "some",
    "many",
    "speaking",
    "according",
    "during",
    "despite",
    "by",
    "to",
    "of",
    "since",
    "until",
    "although",
    "though",
    "because",
    "even",
    "still",
    "now",
    "today",
    "yesterday",
    "earlier",
    "later",
    "last",
    "next",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "both",
    "each",
    "every",
    "such",
    "similarly",
    "specifically",
    "strategically",
    "indeed",
    "instead",
    "thus",
    "therefore",
    "moreover",
    "others",
    "another",
    "most",
    "several",
    "few",
    "one",
    "everyone",
    "someone",
    "anyone",
    "nobody",
]);

/// A speaker noun phrase found in text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Mention {
    /// Byte span of the whole mention, titles included.
    pub start: usize,
    pub end: usize,
    /// The name without titles ("Sergei Lavrov"), for a named mention.
    pub name: Option<String>,
    /// What kind of mention it is.
    pub kind: MentionKind,
    /// Whether titles or roles preceded the name inside the mention.
    pub titled: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum MentionKind {
    Name,
    Pronoun,
    Role,
}

/// Whether `word` is a title ("President", "minister", "Sen."), ignoring case.
pub(crate) fn is_title(word: &str) -> bool {
    in_list(&TITLES, word)
}

/// A demonym or country adjective before a title ("Russian", "Ukrainian", "Italian").
fn is_demonym(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
        && ["ian", "ean", "ese", "ish", "ch", "i", "an", "ic"].iter().any(|s| word.ends_with(s))
}

/// The end (exclusive) of the capitalised name run that starts at token `i`.
pub(crate) fn name_run_end(toks: &[Token], i: usize) -> usize {
    let mut j = i;
    while j < toks.len() {
        let t = &toks[j];
        if t.is_word() && t.is_capitalized() {
            j += 1;
        } else if j > i && is_name_particle(t.text) {
            // "von der Leyen": particles count only if a capitalised word follows them.
            let mut k = j;
            while k < toks.len() && is_name_particle(toks[k].text) {
                k += 1;
            }
            if toks.get(k).is_some_and(|n| n.is_word() && n.is_capitalized()) {
                j = k;
            } else {
                break;
            }
        } else {
            break;
        }
    }
    j
}

/// A named mention in token terms: it covers `toks[first..end]`; the name is
/// `toks[name..end]`, after its titles, or every word when the run is only title words
/// (an institution: "White House").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct NameSpan {
    pub first: usize,
    pub name: usize,
    pub end: usize,
    institution: bool,
}

impl NameSpan {
    /// Whether titles or roles precede the name.
    pub fn titled(&self) -> bool {
        self.name > self.first
    }

    /// The name's last word.
    pub fn last<'a>(&self, toks: &[Token<'a>]) -> &'a str {
        toks[self.end - 1].text
    }

    /// The number of words of the name as [`NameSpan::text`] spells it.
    pub fn words(&self, toks: &[Token]) -> usize {
        let words = &toks[self.name..self.end];
        if self.institution {
            return words.len();
        }
        1 + words.windows(2).filter(|w| w[0].text != w[1].text).count()
    }

    /// Whether the name looks like a person's ([`person_like`]).
    pub fn person_like(&self, toks: &[Token]) -> bool {
        person_name(self.words(toks), self.titled())
    }

    /// The name, a repeated first name removed ("Volodymyr Volodymyr Zelenskyy").
    pub fn text(&self, toks: &[Token]) -> String {
        let span = &toks[self.name..self.end];
        let mut out = String::with_capacity(span.last().map_or(0, |l| l.end() - span[0].start));
        let mut prev: Option<&str> = None;
        for t in span {
            if self.institution || prev != Some(t.text) {
                if !out.is_empty() {
                    out.push(' ');
                }
                out.push_str(t.text);
            }
            prev = Some(t.text);
        }
        out
    }

    /// [`NameSpan::text`], borrowed from `text` (the article the tokens come from) when the
    /// name is written there as it is spelled: its words one space apart, none repeated.
    pub fn spelled<'a>(&self, toks: &[Token<'a>], text: &'a str) -> std::borrow::Cow<'a, str> {
        let span = &toks[self.name..self.end];
        let plain = span.windows(2).all(|w| {
            w[1].start == w[0].end() + 1
                && text.as_bytes()[w[0].end()] == b' '
                && (self.institution || w[0].text != w[1].text)
        });
        let spelled = match (plain, span.first(), span.last()) {
            (true, Some(first), Some(last)) => std::borrow::Cow::Borrowed(&text[first.start..last.end()]),
            _ => std::borrow::Cow::Owned(self.text(toks)),
        };
        debug_assert_eq!(spelled, self.text(toks));
        spelled
    }

    /// The mention it makes.
    pub fn mention(&self, toks: &[Token]) -> Mention {
        Mention {
            start: toks[self.first].start,
            end: toks[self.end - 1].end(),
            name: Some(self.text(toks)),
            kind: MentionKind::Name,
            titled: self.titled(),
        }
    }
}

/// Reads a named mention in the capitalised run `toks[i..j]`: titles first, then the name.
fn named(toks: &[Token], i: usize, j: usize) -> Option<Mention> {
    name_span(toks, i, j).map(|s| s.mention(toks))
}

/// The [`NameSpan`] of the capitalised run `toks[i..j]`, if it names anyone.
pub(crate) fn name_span(toks: &[Token], i: usize, j: usize) -> Option<NameSpan> {
    if j <= i || toks[i].is_in(&NOT_NAMES) && j == i + 1 {
        return None;
    }
    let mut k = i;
    while k < j && toks[k].is_in(&NOT_NAMES) {
        k += 1;
    }
    name_span_from(toks, k, j)
}

/// [`name_span`] of `toks[first..j]`, whose first word is not one of [`NOT_NAMES`].
fn name_span_from(toks: &[Token], first: usize, j: usize) -> Option<NameSpan> {
    // Titles and demonyms lead; the name is what follows the last of them.
    let mut name_start = first;
    for m in first..j {
        if is_title(toks[m].text) || (m + 1 < j && is_demonym(toks[m].text) && is_title(toks[m + 1].text)) {
            name_start = m + 1;
        }
    }
    if name_start >= j {
        // Only title words: two or more are an institution ("White House", "House
        // Intelligence Committee"); one alone ("President") names nobody.
        if j - first < 2 {
            return None;
        }
        return Some(NameSpan { first, name: first, end: j, institution: true });
    }
    if j - name_start == 1 && toks[name_start].is_in(&ROLE_NOUNS) {
        return None;
    }
    Some(NameSpan { first, name: name_start, end: j, institution: false })
}

/// The named mention that starts at token `start`, and the token after it: the
/// allocation-free part of [`mention_starting_at`] for a capitalised word.
pub(crate) fn name_starting_at(toks: &[Token], start: usize) -> Option<NameSpan> {
    let t = toks.get(start)?;
    if !(t.is_word() && t.is_capitalized()) || t.is_in(PRONOUNS) || t.is_in(&NOT_NAMES) {
        return None;
    }
    name_span_from(toks, start, name_run_end(toks, start))
}

const SMALL: &[&str] = &[
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
];
const TENS: &[&str] = &["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

/// The value of a number written as a word ("nine", "sixty").
pub(crate) fn number_word(w: &str) -> Option<f64> {
    // (The words are ASCII: comparing without case allocates nothing.)
    if let Some(n) = SMALL.iter().position(|x| x.eq_ignore_ascii_case(w)) {
        return Some(n as f64);
    }
    TENS.iter().position(|x| !x.is_empty() && x.eq_ignore_ascii_case(w)).map(|n| (n * 10) as f64)
}

/// Whether a word is a count: digits ("38", "38%") or a number word, hyphenated or not
/// ("nine", "Sixty-one").
pub(crate) fn is_count(w: &str) -> bool {
    w.starts_with(|c: char| c.is_ascii_digit()) || w.split('-').all(|p| number_word(p).is_some())
}

/// A share of people polled or counted, as a speaker: "22 percent", "Only 38%", "nine in
/// 10", "more than 60 percent".
fn quantity_ending_at(toks: &[Token], end: usize) -> Option<Mention> {
    let last = &toks[end - 1];
    let mut i = if last.is_in(&["percent", "%"][..]) && end >= 2 && is_count(toks[end - 2].text) {
        end - 2
    } else if last.text.ends_with('%') && is_count(last.text) {
        end - 1
    } else if end >= 3 && toks[end - 2].is_in(&["in", "of"][..]) && is_count(last.text) && is_count(toks[end - 3].text)
    {
        end - 3
    } else {
        return None;
    };
    const ABOUT: &[&str] =
        &["about", "nearly", "only", "just", "almost", "roughly", "some", "over", "around", "approximately"];
    if i > 0 && toks[i - 1].is_in(ABOUT) {
        i -= 1;
    } else if i > 1 && toks[i - 1].text == "than" && toks[i - 2].is_in(&["more", "fewer", "less"][..]) {
        i -= 2;
    }
    Some(Mention { start: toks[i].start, end: last.end(), name: None, kind: MentionKind::Role, titled: false })
}

/// The speaker mention that ends exactly at token `end` (exclusive), reading backwards:
/// "… Russian Foreign Minister Sergei Lavrov" + cue, "… he" + cue, "… the president" + cue.
pub(crate) fn mention_ending_at(toks: &[Token], end: usize) -> Option<Mention> {
    mention_ending_at_of(toks, end, 3)
}

/// Prepositions, which open an adjunct ("in a Facebook post", "among its participants"),
/// never a speaker.
pub(crate) const PREPOSITIONS: &[&str] = &[
    "in",
    "at",
    "on",
    "among",
    "amid",
    "from",
    "into",
    "onto",
    "over",
    "about",
    "after",
    "before",
    "during",
    "since",
    "until",
    "under",
    "without",
    "within",
    "through",
    "against",
    "like",
    "per",
    "to",
    "for",
    "with",
    "of",
    "by",
    "regarding",
    "toward",
    "towards",
    "across",
    "between",
    "despite",
    "upon",
];

/// Prepositions that tie a phrase to the speaker before it ("a spokesman for Trump",
/// "Sen. Bernie Sanders of Vermont", "officials at the Pentagon").
const OF_WORDS: &[&str] = &["of", "for", "at", "from", "with", "in", "to"];

/// [`mention_ending_at`], following at most `depth` prepositions back to the speaker
/// they belong to: "the leader of Hamas in Gaza" is the leader, not Gaza.
fn mention_ending_at_of(toks: &[Token], end: usize, depth: u8) -> Option<Mention> {
    let m = simple_mention_ending_at(toks, end)?;
    if depth == 0 || m.kind == MentionKind::Pronoun {
        return Some(m);
    }
    let mut k = toks.partition_point(|t| t.start < m.start);
    if k > 0 && toks[k - 1].is_in(&DETERMINERS) {
        k -= 1;
    }
    if k < 2 || !toks[k - 1].is_in(OF_WORDS) || end - k > 10 {
        return Some(m);
    }
    let Some(head) = mention_ending_at_of(toks, k - 1, depth - 1).filter(|h| h.kind != MentionKind::Pronoun) else {
        return Some(m);
    };
    // "Secretary of State John Kerry", "Speaker of the House Paul Ryan": a capitalised
    // title before the preposition makes the whole run one title, and the person after
    // it is the speaker.
    let title = head.kind == MentionKind::Role && toks[k - 2].is_capitalized();
    if title && (person_like(&m) || m.titled) {
        return Some(Mention { start: head.start, ..m });
    }
    Some(Mention { end: m.end, ..head })
}

fn simple_mention_ending_at(toks: &[Token], end: usize) -> Option<Mention> {
    if end == 0 {
        return None;
    }
    if let Some(m) = quantity_ending_at(toks, end) {
        return Some(m);
    }
    // A name with a short parenthetical after it, as US papers give party and state:
    // "Sen. Marco Rubio (R-Fla.)". The mention covers it; the name comes before it.
    if toks[end - 1].text == ")"
        && let Some(open) = (end.saturating_sub(6)..end - 1).rev().find(|&k| toks[k].text == "(")
        && let Some(m) = mention_ending_at(toks, open).filter(|m| m.kind == MentionKind::Name)
    {
        return Some(Mention { end: toks[end - 1].end(), ..m });
    }
    let last = &toks[end - 1];
    if last.is_in(PRONOUNS) {
        return Some(Mention {
            start: last.start,
            end: last.end(),
            name: None,
            kind: MentionKind::Pronoun,
            titled: false,
        });
    }
    if last.is_word() && last.is_capitalized() {
        let mut i = end - 1;
        while i > 0 {
            let p = &toks[i - 1];
            let particle = is_name_particle(p.text);
            if p.is_word() && (p.is_capitalized() || particle) {
                i -= 1;
            } else {
                break;
            }
        }
        while i < end && !toks[i].is_capitalized() {
            i += 1;
        }
        return named(toks, i, end).or_else(|| role_ending_at(toks, end));
    }
    role_ending_at(toks, end)
}

/// "the president", "the Ukrainian president", "officials", "one analysis".
fn role_ending_at(toks: &[Token], end: usize) -> Option<Mention> {
    let last = &toks[end - 1];
    if !last.is_in(&ROLE_NOUNS) {
        return None;
    }
    // Walk back over adjectives to a determiner, at most three words.
    let mut i = end - 1;
    let mut steps = 0;
    while i > 0 && steps < 3 {
        let p = &toks[i - 1];
        if !p.is_word() {
            break;
        }
        i -= 1;
        steps += 1;
        // ("That person said", "this official": a demonstrative right before a singular
        // noun; before a plural it is "said that officials…".)
        // (Only opening the clause: after a verb, "said that police…" opens one.)
        let opens = i == 0 || !toks[i - 1].is_word() || toks[i - 1].is_in(&["and", "but"][..]);
        let demonstrative =
            steps == 1 && opens && p.is_in(&["this", "that"][..]) && !last.text.ends_with('s') && last.text != "people";
        if p.is_in(&DETERMINERS) || demonstrative {
            return Some(Mention {
                start: toks[i].start,
                end: last.end(),
                name: None,
                kind: MentionKind::Role,
                titled: false,
            });
        }
    }
    // A bare plural group noun ("Analysts say") is a speaker on its own, and so are
    // "Some", "Another", "Many" ("Some chanted “…”"), with the words that describe it
    // ("party leaders", "young voters", "Atlantic City officials").
    if !(last.text.ends_with(['s', 'S']) || last.is_in(&["another", "some", "many", "several"][..])) {
        return None;
    }
    let mut i = end - 1;
    // (Up to three words, or five in a capitalised run: "South Carolina Republican primary
    // voters".)
    while i > 0 && (end - i < 4 || (end - i < 6 && toks[i - 1].is_capitalized())) && is_group_modifier(&toks[i - 1]) {
        i -= 1;
    }
    // A name's possessive before them: "Mrs. Clinton's advisers", "Cruz’s advisers".
    if i >= 3 && toks[i - 1].text == "s" && matches!(toks[i - 2].text, "’" | "'") && toks[i - 3].is_capitalized() {
        let mut k = i - 3;
        while k > 0 && i - k < 6 && toks[k - 1].is_capitalized() && is_group_modifier(&toks[k - 1]) {
            k -= 1;
        }
        i = k;
    }
    Some(Mention { start: toks[i].start, end: last.end(), name: None, kind: MentionKind::Role, titled: false })
}

/// Words that end a group's description, read back from its noun: function words,
/// auxiliaries and some adverbs.
static NOT_GROUP_MODIFIERS: WordSet = WordSet::new(&[
    "and",
    "or",
    "but",
    "nor",
    "than",
    "as",
    "that",
    "which",
    "who",
    "whose",
    "what",
    "where",
    "when",
    "how",
    "why",
    "not",
    "so",
    "if",
    "whether",
    "though",
    "although",
    "because",
    "while",
    "including",
    "heard",
    "even",
    "yet",
    "s",
    "perhaps",
    "maybe",
    "also",
    "only",
    "now",
    "still",
    "then",
    "per",
    "be",
    "been",
    "being",
    "is",
    "are",
    "was",
    "were",
    "has",
    "have",
    "had",
    "will",
    "would",
    "can",
    "could",
    "should",
    "must",
]);

/// Whether a word may describe the group noun after it: not a function word, a verb or
/// an adverb.
fn is_group_modifier(t: &Token) -> bool {
    t.is_word()
        && !t.text.ends_with("ly")
        && (!t.text.ends_with("ed") || t.is_capitalized())
        && !t.is_in(&NOT_GROUP_MODIFIERS)
        && !t.is_in(PREPOSITIONS)
        && !t.is_in(&DETERMINERS)
        && !t.is_in(PRONOUNS)
        && !t.is_cue()
        && !super::statements::is_adverb_or_aux(t.text)
}

/// The speaker mention that starts at token `start`, reading forwards: "Zelensky",
/// "Russian Foreign Minister Sergei Lavrov", "he", "the minister", "officials familiar…".
pub(crate) fn mention_starting_at(toks: &[Token], start: usize) -> Option<(Mention, usize)> {
    let t = toks.get(start)?;
    if t.is_in(PRONOUNS) {
        return Some((
            Mention { start: t.start, end: t.end(), name: None, kind: MentionKind::Pronoun, titled: false },
            start + 1,
        ));
    }
    if t.is_word() && t.is_capitalized() && !t.is_in(&NOT_NAMES) {
        let j = name_run_end(toks, start);
        // "Presumptive Republican nominee Donald Trump", "Democratic presidential candidate
        // Hillary Clinton": a role noun after the run, and a name after it, is whom the
        // words before describe.
        // "Gay rights groups", "Liberal politicians", "Trump supporters": otherwise a
        // lowercase group or role noun after the run is who speaks; the run describes it.
        // (Not past a verb or a determiner: "Trump primes supporters", "Does the candidate";
        // nor after a preposition: "Among many".)
        if let Some(r) = (j + 1..(j + 3).min(toks.len() + 1)).find(|&r| toks[r - 1].is_in(&ROLE_NOUNS))
            && toks[j..r].iter().all(|w| w.is_word() && !w.is_capitalized())
        {
            if toks.get(r).is_some_and(|w| w.is_word() && w.is_capitalized()) {
                let k = name_run_end(toks, r);
                if let Some(m) = named(toks, r, k).filter(|m| m.kind == MentionKind::Name) {
                    return Some((m, k));
                }
            } else if !t.is_in(PREPOSITIONS)
                && toks[j..r - 1].iter().all(|w| {
                    !w.text.ends_with(['s', 'd'])
                        && !w.text.ends_with("ing")
                        && !w.is_cue()
                        && !w.is_in(&DETERMINERS)
                        && !is_auxiliary(w.text)
                })
            {
                let r = longer_role(toks, r);
                let m = Mention {
                    start: t.start,
                    end: toks[r - 1].end(),
                    name: None,
                    kind: MentionKind::Role,
                    titled: false,
                };
                return Some((m, r));
            }
        }
        // ("Other former CIA officers": "Other" alone is a determiner.)
        if let Some(m) = named(toks, start, j).filter(|_| j > start + 1 || !t.text.eq_ignore_ascii_case("other")) {
            return Some((m, j));
        }
    }
    // Determiner + up to two adjectives + role noun.
    if t.is_in(&DETERMINERS) || t.is_in(&ROLE_NOUNS) {
        for j in start + 1..(start + 5).min(toks.len() + 1) {
            if let Some(m) = role_ending_at(toks, j).filter(|m| m.start == t.start) {
                let k = longer_role(toks, j);
                return Some((Mention { end: toks[k - 1].end(), ..m }, k));
            }
        }
    }
    None
}

/// "is", "was", "has", "will"…: a verb that ends a noun phrase before it.
fn is_auxiliary(w: &str) -> bool {
    matches!(
        w,
        "is" | "are" | "was" | "were" | "has" | "have" | "had" | "will" | "would" | "can" | "could" | "did" | "does"
    )
}

/// The end of a role phrase that goes on past the role noun at `end - 1` with more role
/// nouns: "A Clinton campaign official", "The attorney general", "the campaign manager".
fn longer_role(toks: &[Token], mut end: usize) -> usize {
    while toks
        .get(end)
        .is_some_and(|w| w.is_word() && !w.is_capitalized() && (w.is_in(&ROLE_NOUNS) || w.is_in(&["general"][..])))
    {
        end += 1;
    }
    end
}

/// Words that end a speaker phrase read after a reporting verb ("said Jane Doe, who…",
/// "said Jane Doe in a statement").
const PHRASE_END: &[&str] =
    &["who", "in", "on", "at", "during", "after", "before", "while", "when", "to", "as", "referring", "adding", "and"];

/// A speaker phrase spanning the tokens `toks[i..j]` as a whole ("Michael Ahrens, a Rubio
/// spokesman", "Clinton campaign manager Robby Mook", "the two"). Its name, if any, is the
/// last capitalised run before the first comma.
pub(crate) fn span_mention(toks: &[Token], mut i: usize, j: usize) -> Option<Mention> {
    // ("but security specialists", "and since 2008 she": a conjunction opens no speaker.)
    while i < j && toks[i].is_in(&["and", "but", "or", "yet"][..]) {
        i += 1;
    }
    if i >= j || j - i > 40 {
        return None;
    }
    if j - i == 1 && toks[i].is_in(PRONOUNS) {
        return mention_starting_at(toks, i).map(|(m, _)| m);
    }
    // The name stops at a comma (an appositive follows) or a parenthesis ("(R-Fla.)").
    let first_comma = (i..j).find(|&k| matches!(toks[k].text, "," | "(")).unwrap_or(j);
    let mut name = None;
    let mut k = i;
    while k < first_comma {
        // "Sen. Bernie Sanders of Vermont", "a spokesman for Trump": what follows a
        // preposition after the name or the role says whose or where, not who.
        let after_role = k > i && toks[k - 1].is_in(&ROLE_NOUNS) && !toks[k - 1].is_capitalized();
        if (name.is_some() || after_role) && toks[k].is_in(OF_WORDS) {
            break;
        }
        if toks[k].is_word() && toks[k].is_capitalized() {
            let end = name_run_end(toks, k).min(first_comma);
            if let Some(m) = named(toks, k, end) {
                name = Some(m);
            }
            k = end.max(k + 1);
        } else {
            k += 1;
        }
    }
    let (start, end) = (toks[i].start, toks[j - 1].end());
    Some(match name {
        Some(m) => Mention { start, end, name: m.name, kind: MentionKind::Name, titled: m.titled || m.start > start },
        None => Mention { start, end, name: None, kind: MentionKind::Role, titled: false },
    })
}

/// The end (exclusive) of a speaker phrase that starts at token `i` after a reporting verb.
pub(crate) fn phrase_end(toks: &[Token], i: usize) -> usize {
    let mut j = i;
    while j < toks.len() && j - i < 20 {
        let t = &toks[j];
        let stop = matches!(t.text, "." | ";" | ":" | "(" | "“" | "\"" | "”" | "—" | "–" | "!" | "?")
            // "an adviser to both Clintons", "an aide to the governor": "to" after a role
            // noun names whose role it is.
            || (j > i
                && t.is_in(PHRASE_END)
                && !(matches!(t.text, "to" | "at") && toks[j - 1].is_in(&ROLE_NOUNS))
                // ("a person close to the Clintons", "a source close to the campaign")
                && !(t.text == "to" && toks[j - 1].is_in(&["close", "closest", "loyal", "near"][..]))
                // ("the Center for Strategic and International Studies")
                && !(t.text == "and"
                    && toks[j - 1].is_capitalized()
                    && toks.get(j + 1).is_some_and(|n| n.is_capitalized() && n.is_word())))
            || (t.text == "," && j > i && !toks.get(j + 1).is_some_and(|n| n.is_in(&DETERMINERS)));
        if stop {
            break;
        }
        j += 1;
    }
    // An appositive after a comma ("Jane Doe, a spokeswoman,") belongs to the phrase.
    if toks.get(j).is_some_and(|t| t.text == ",") && j > i {
        let mut k = j + 1;
        while k < toks.len() && k - i < 22 && !matches!(toks[k].text, "," | "." | ";" | "“" | "\"") {
            k += 1;
        }
        // (An appositive that runs on past the limit is left out: the name alone speaks.)
        let closed = k >= toks.len() || matches!(toks[k].text, "," | "." | ";" | "“" | "\"");
        // (Or a role without a determiner: "Robert Egge, executive director of the…",
        // "Carl Anthony, historian at the…".)
        let role = (j + 1..k.min(j + 4)).any(|r| toks[r].is_in(&ROLE_NOUNS) || is_title(toks[r].text))
            && toks.get(j + 1).is_some_and(|n| n.is_word() && !n.is_capitalized());
        if closed && (role || toks.get(j + 1).is_some_and(|n| n.is_in(&DETERMINERS))) {
            return k;
        }
    }
    j
}

/// Whether a capitalised run looks like a person's name: at least two words that are not
/// titles, or one word with a title before it.
pub(crate) fn person_like(m: &Mention) -> bool {
    let Some(name) = &m.name else { return false };
    m.kind == MentionKind::Name && person_name(name.split_whitespace().count(), m.titled)
}

/// The rule of [`person_like`] on a name's word count and whether a title precedes it.
fn person_name(words: usize, titled: bool) -> bool {
    words >= 2 || titled
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_set_holds_its_words_in_any_ascii_case_and_nothing_else() {
        static SET: WordSet = WordSet::new(&["said", "u.s.", "o'brien", "co-founder", "counterintelligence-aide"]);
        for w in ["said", "SAID", "Said", "U.S.", "O'Brien", "Co-Founder", "COUNTERINTELLIGENCE-aide"] {
            assert!(SET.has(w), "{w}");
        }
        // (Not a word one byte longer or shorter, nor one that differs beyond ASCII case:
        // "@" and "`" differ by the case bit but are no letters.)
        for w in ["sai", "saids", "", "saíd", "u.s", "o`brien", "o'brieN ", "counterintelligence-aid", "séid"] {
            assert!(!SET.has(w), "{w}");
        }
        // Every word of a real list, in two cases, and none of another list's words it lacks.
        for w in ROLE_NOUNS.list {
            assert!(ROLE_NOUNS.has(w) && ROLE_NOUNS.has(&w.to_ascii_uppercase()), "{w}");
        }
        for w in PREPOSITIONS {
            assert_eq!(ROLE_NOUNS.has(w), ROLE_NOUNS.list.iter().any(|l| l.eq_ignore_ascii_case(w)), "{w}");
        }
    }

    fn toks(t: &str) -> Vec<Token<'_>> {
        tokenize(t, 0, t.len())
    }

    #[test]
    fn word_sets_ignore_case_and_turn_away_other_words() {
        static SET: WordSet = WordSet::new(&["minister", "secretary-general", "a", "counterintelligence"]);
        for w in ["minister", "Minister", "MINISTER", "Secretary-General", "a", "A", "Counterintelligence"] {
            assert!(SET.has(w), "{w}");
        }
        // Same first letter and length, other words, empty, longer than any entry, not ASCII.
        for w in ["ministry", "ministers", "m", "", "b", "counterintelligences", "secretary_general", "ministér"] {
            assert!(!SET.has(w), "{w}");
        }
    }

    #[test]
    fn tokenizer_keeps_dotted_abbreviations_and_splits_possessives() {
        let t = "the U.S. envoy, Zelenskyy’s call and don’t";
        let words: Vec<&str> = toks(t).iter().map(|t| t.text).collect();
        assert_eq!(words, ["the", "U.S.", "envoy", ",", "Zelenskyy", "’", "s", "call", "and", "don’t"]);
        // A domain is one word, and a stop after it is not its dot; "e.g." keeps its dots.
        let t = "editor of Mic.com. Also MoveOn.org, e.g. that";
        let words: Vec<&str> = toks(t).iter().map(|t| t.text).collect();
        assert_eq!(words, ["editor", "of", "Mic.com", ".", "Also", "MoveOn.org", ",", "e.g.", "that"]);
        // A slash between letters joins a pollster's names; not one with a space beside it.
        let t = "a CNN/ORC poll, 9/11 and/or / this";
        let words: Vec<&str> = toks(t).iter().map(|t| t.text).collect();
        assert_eq!(words, ["a", "CNN/ORC", "poll", ",", "9/11", "and/or", "/", "this"]);
        // A contracted auxiliary is split off as one token; other apostrophes stay inside.
        let t = "they’ve said I'd and We’LL, O’Neill, rock’n’roll, Mu’ammar’d";
        let words: Vec<&str> = toks(t).iter().map(|t| t.text).collect();
        assert_eq!(
            words,
            [
                "they",
                "’ve",
                "said",
                "I",
                "'d",
                "and",
                "We",
                "’LL",
                ",",
                "O’Neill",
                ",",
                "rock’n’roll",
                ",",
                "Mu’ammar",
                "’d"
            ]
        );
    }

    #[test]
    fn cue_verbs_in_any_inflection() {
        for w in [
            "said",
            "says",
            "saying",
            "stressed",
            "stressing",
            "warns",
            "told",
            "replied",
            "noted",
            "emphasized",
            "declared",
        ] {
            assert!(is_cue(w), "{w}");
        }
        for w in ["guarantees", "security", "Ukraine", "peace"] {
            assert!(!is_cue(w), "{w}");
        }
    }

    #[test]
    fn names_with_titles_and_particles() {
        let t = "Russian Foreign Minister Sergei Lavrov";
        let m = mention_ending_at(&toks(t), 5).unwrap();
        assert_eq!(m.name.as_deref(), Some("Sergei Lavrov"));
        assert_eq!(&t[m.start..m.end], t);
        assert!(m.titled);
        let t = "EU Commission President Ursula von der Leyen";
        let (m, _) = mention_starting_at(&toks(t), 0).unwrap();
        assert_eq!(m.name.as_deref(), Some("Ursula von der Leyen"));
        let t = "President Volodymyr Volodymyr Zelenskyy";
        let (m, _) = mention_starting_at(&toks(t), 0).unwrap();
        assert_eq!(m.name.as_deref(), Some("Volodymyr Zelenskyy"));
        // Words before a lowercase role noun describe the name after it.
        for t in ["Presumptive Republican nominee Ana Ruiz said", "Democratic presidential candidate Ana Ruiz said"] {
            let (m, j) = mention_starting_at(&toks(t), 0).unwrap();
            assert_eq!((m.name.as_deref(), toks(t)[j].text), (Some("Ana Ruiz"), "said"), "{t}");
        }
        // A group or role noun after the run is who speaks; a longer role goes on.
        for (t, who) in [
            ("FBI officials predicted it", "FBI officials"),
            ("A Clinton campaign official said", "A Clinton campaign official"),
            ("The attorney general of the state said", "The attorney general"),
        ] {
            let (m, _) = mention_starting_at(&toks(t), 0).unwrap();
            assert_eq!((&t[m.start..m.end], m.kind), (who, MentionKind::Role), "{t}");
        }
        // Not past a verb: "Trump primes supporters" is Trump.
        for t in ["Trump primes supporters not to trust", "Senator Ana Ruiz rallied supporters on Monday"] {
            let (m, _) = mention_starting_at(&toks(t), 0).unwrap();
            assert_eq!(m.kind, MentionKind::Name, "{t}");
        }
        // Not without a name after the role: "Republican voters said".
        let (m, _) = mention_starting_at(&toks("Republican strategist Joe said"), 0).unwrap();
        assert_eq!(m.name.as_deref(), Some("Joe"));
        assert!(
            mention_starting_at(&toks("Republican voters said"), 0)
                .is_none_or(|(m, _)| m.name.as_deref() != Some("voters"))
        );
    }

    #[test]
    fn roles_and_groups() {
        let t = "the Ukrainian president";
        let m = mention_ending_at(&toks(t), 3).unwrap();
        assert_eq!((m.kind, &t[m.start..m.end]), (MentionKind::Role, t));
        let t = "Analysts";
        assert_eq!(mention_ending_at(&toks(t), 1).unwrap().kind, MentionKind::Role);
        let t = "one analysis";
        assert_eq!(mention_starting_at(&toks(t), 0).unwrap().1, 2);
        // A bare group with the words that describe it, and a name's possessive.
        let ending = |t: &str| {
            let tk = toks(t);
            let m = mention_ending_at(&tk, tk.len()).unwrap();
            t[m.start..m.end].to_string()
        };
        for (t, group) in [
            ("The report gave ammunition to party leaders", "party leaders"),
            ("Though public records", "public records"),
            ("Perhaps young voters", "young voters"),
            ("About four in 10 South Carolina Republican primary voters", "South Carolina Republican primary voters"),
            ("Mrs. Clinton's campaign strategists", "Mrs. Clinton's campaign strategists"),
            ("Cruz’s advisers", "Cruz’s advisers"),
            ("what voters", "voters"),
            ("they said officials", "officials"),
        ] {
            assert_eq!(ending(t), group, "{t}");
        }
    }

    #[test]
    fn a_phrase_after_a_preposition_says_whose_or_where_not_who() {
        let ending = |t: &str| {
            let tk = toks(t);
            let m = mention_ending_at(&tk, tk.len()).unwrap();
            (t[m.start..m.end].to_string(), m.kind, m.name)
        };
        let t = "Sen. Bernie Sanders of Vermont";
        assert_eq!(ending(t), (t.into(), MentionKind::Name, Some("Bernie Sanders".into())));
        for t in ["a spokesman for Trump", "The leader of Hamas in Gaza", "officials at the Pentagon"] {
            assert_eq!(ending(t), (t.into(), MentionKind::Role, None), "{t}");
        }
        // A capitalised title before the preposition is one title with what follows it.
        let (_, kind, name) = ending("Secretary of State John Kerry");
        assert_eq!((kind, name.as_deref()), (MentionKind::Name, Some("John Kerry")));
        // Without a speaker before it, the preposition changes nothing.
        assert_eq!(ending("according to Trump").2.as_deref(), Some("Trump"));
        // After a verb, the same: the name before the preposition, or no name after a role.
        let tk = toks("Sen. Bernie Sanders of Vermont");
        assert_eq!(span_mention(&tk, 0, tk.len()).unwrap().name.as_deref(), Some("Bernie Sanders"));
        let tk = toks("a spokesman for Trump");
        assert_eq!(span_mention(&tk, 0, tk.len()).unwrap().name, None);
        let tk = toks("Clinton campaign manager Robby Mook");
        assert_eq!(span_mention(&tk, 0, tk.len()).unwrap().name.as_deref(), Some("Robby Mook"));
        // A conjunction opens no speaker.
        let t = "but security specialists";
        let tk = toks(t);
        let m = span_mention(&tk, 0, tk.len()).unwrap();
        assert_eq!(&t[m.start..m.end], "security specialists");
        assert!(span_mention(&tk, 0, 1).is_none());
    }
}
