"""Sentence splitting, candidate selection, labels and speaker candidates.
Writes $OUT/sents.pkl.  Text-only (no parser)."""
import os
SHARED = os.environ.get('SHARED', '../shared')  # corpora and scorers
OUT = os.environ.get('OUT', 'target/study')  # intermediate files
os.makedirs(OUT, exist_ok=True)
import sys, json, re, pickle, collections
sys.path.insert(0, SHARED + '/tools')
import quote_eval as qe

GOLD = SHARED + '/corpora/polnear-train/train.jsonl'
PRED = 'target/measure/polnear.pred.jsonl'

ABBR = {'mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'st', 'jr', 'sr', 'u.s', 'u.n', 'gen', 'lt', 'col',
        'sgt', 'capt', 'prof', 'rev', 'vs', 'no', 'inc', 'corp', 'co', 'ltd', 'jan', 'feb', 'aug', 'sept',
        'sep', 'oct', 'nov', 'dec', 'pres', 'gop', 'e.g', 'i.e', 'd.c', 'u.k', 'a.m', 'p.m', 'ft', 'mt'}
SPLIT = re.compile(r'(?<=[.!?])["\u201d\u2019\')\]]*\s+(?=["\u201c\u2018(\[]?[A-Z0-9])|\n+')
WRE = re.compile(r"[\w'\u2019.-]+|[^\w\s]", re.U)


def sentences(text):
    out, pos = [], 0
    for m in SPLIT.finditer(text):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(text)))
    # merge after abbreviations / initials
    merged = []
    for s, e in out:
        if s >= e or not text[s:e].strip():
            continue
        if merged and not text[merged[-1][0]:merged[-1][1]].endswith('\n'):
            ps, pe = merged[-1]
            last = text[ps:pe].rstrip().split(' ')[-1].rstrip('.').lower()
            if (last in ABBR or re.fullmatch(r'[a-z]', last)) and '\n' not in text[pe:s]:
                merged[-1] = (ps, e)
                continue
        merged.append((s, e))
    # strip whitespace
    res = []
    for s, e in merged:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            res.append((s, e))
    return res


PRON = {'he', 'she', 'they', 'i', 'we', 'you', 'it', 'who'}
DET = {'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'some', 'many', 'several', 'this', 'these',
       'those', 'both', 'other', 'most', 'critics', 'officials'}
FUNC = {'the', 'a', 'an', 'of', 'and', 'in', 'on', 'at', 'for', 'to', 'but', 'or', 'that', 'this', 'with', 'as',
        'by', 'from', 'is', 'was', 'are', 'were', 'be', 'has', 'have', 'had', 'it', 'if', 'when', 'while', 'so',
        'not', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'after', 'before', 'since', 'because',
        'than', 'then', 'there', 'here', 'also', 'just', 'only', 'about', 'into', 'over', 'under', 'up', 'out',
        'what', 'which', 'who', 'whom', 'how', 'why', 'where', 'all', 'no', 'more', 'most', 'do', 'does', 'did'}


def words(text, s, e):
    """list of (start, end, token) word tokens in text[s:e] (absolute offsets)"""
    return [(s + m.start(), s + m.end(), m.group()) for m in WRE.finditer(text[s:e])]


def speaker_candidates(text, s, e):
    """NP-ish runs: capitalised runs (allowing 'of', 'the', '.'), pronouns, 'the/a X Y' (up to 3 words,
    stop at function word / punctuation).  Returns list of (cstart, cend, string, kind, word_index)."""
    ws = words(text, s, e)
    cands = []
    i = 0
    n = len(ws)
    while i < n:
        t = ws[i][2]
        tl = t.lower()
        if tl in PRON:
            cands.append((ws[i][0], ws[i][1], t, 'pron', i))
            i += 1
            continue
        if t[:1].isupper() and tl not in FUNC | PRON:
            j = i
            while j + 1 < n and (ws[j + 1][2][:1].isupper() or
                                 (ws[j + 1][2] in ('of', 'for', 'the', '&') and j + 2 < n and ws[j + 2][2][:1].isupper())):
                j += 1
            cands.append((ws[i][0], ws[j][1], text[ws[i][0]:ws[j][1]], 'cap', i))
            i = j + 1
            continue
        if tl in DET and i + 1 < n and ws[i + 1][2][:1].isalpha():
            j = i + 1
            while j < n and j < i + 5 and ws[j][2][:1].isalpha() and ws[j][2].lower() not in FUNC \
                    and not re.search(r'(ed|ing)$', ws[j][2].lower()) and ws[j][2].lower() not in ('said', 'says', 'say', 'told'):
                j += 1
            if j > i + 1:
                cands.append((ws[i][0], ws[j - 1][1], text[ws[i][0]:ws[j - 1][1]], 'det', i))
                i = j
                continue
        i += 1
    return cands, ws


def tok_head(w):
    hw = qe.head_words(w)
    return next(iter(hw)) if hw else ''


def main():
    G = qe.read_jsonl(GOLD)
    P = {p['id']: p for p in qe.read_jsonl(PRED)}
    rows = []
    for di, it in enumerate(G):
        text = it['text']
        tok = qe.tokenize(text)
        pt = [qe.tokens_in(tok, qe.spans_of(q)) for q in P.get(it['id'], {}).get('quotes', [])]
        ptu = set().union(*pt) if pt else set()
        gq = it['quotes']
        gt = [qe.tokens_in(tok, qe.spans_of(q)) for q in gq]
        sents = sentences(text)
        rule_sp = collections.Counter(h for q in P.get(it['id'], {}).get('quotes', []) for h in qe.head_words(q.get('speaker')))
        docwords = collections.Counter(tok_head(w) for w in WRE.findall(text))
        nS = len(sents)
        sent_has_pred = []
        for (s, e) in sents:
            st = qe.tokens_in(tok, [(s, e)])
            sent_has_pred.append(bool(st & ptu))
        for si, (s, e) in enumerate(sents):
            st = qe.tokens_in(tok, [(s, e)])
            if sent_has_pred[si] or len(st) < 4:
                continue
            ov = [(len(st & g), gi) for gi, g in enumerate(gt) if st & g]
            ov.sort(reverse=True)
            gold_ids = [gi for _, gi in ov]
            cands, ws = speaker_candidates(text, s, e)
            best = gq[gold_ids[0]] if gold_ids else None
            cand_lab = [int(bool(best) and qe.speaker_match(best.get('speaker'), c[2])[0]) for c in cands]
            # token-level speaker candidates: every word not a stop/function word (pronouns kept)
            gheads = set().union(*[qe.head_words(gq[g].get('speaker')) for g in gold_ids]) if gold_ids else set()
            bheads = qe.head_words(best.get('speaker')) if best else set()
            tok_lab = []
            for (a, b, w) in ws:
                wl = tok_head(w)
                tok_lab.append((int(wl in bheads), int(wl in gheads)))
            rows.append(dict(doc=di, id=it['id'], si=si, nS=nS, s=s, e=e, text=text[s:e],
                             prev=text[sents[si - 1][0]:sents[si - 1][1]] if si else '',
                             nxt=text[sents[si + 1][0]:sents[si + 1][1]] if si + 1 < nS else '',
                             prev_pred=si > 0 and sent_has_pred[si - 1],
                             next_pred=si + 1 < nS and sent_has_pred[si + 1],
                             y=int(bool(gold_ids)), gold=[gq[g] for g in gold_ids],
                             gold_kinds=[gq[g]['kind'] for g in gold_ids],
                             cands=cands, cand_lab=cand_lab, ws=ws, tok_lab=tok_lab,
                             best_null=bool(best) and not best.get('speaker'),
                             rule_speakers=rule_sp, docwords=docwords))
    pickle.dump(rows, open(OUT + '/sents.pkl', 'wb'))
    R = rows
    y = [r['y'] for r in rows]
    print('candidate sentences', len(rows), 'positive', sum(y))
    print('gold quotes overlapped', sum(len(r['gold']) for r in rows),
          collections.Counter(k for r in rows for k in r['gold_kinds']))
    print('positives with any correct candidate', sum(1 for r in rows if r['y'] and any(r['cand_lab'])))
    print('positives whose best gold head word is a token in the sentence', sum(1 for r in R if r['y'] and any(a for a, b in r['tok_lab'])))
    print('positives with null gold speaker', sum(1 for r in R if r['best_null']))
    print('multi-gold sentences', sum(1 for r in rows if len(r['gold']) > 1))


if __name__ == '__main__':
    main()
