"""Article-level 5-fold CV: sentence classifier (does this uncovered sentence hold a gold attribution?)
+ speaker picker (token ranker / heuristics), merged with our rule predictions and scored end to end.
Usage: OMP_NUM_THREADS=1 venv/bin/python prep.py && OMP_NUM_THREADS=1 venv/bin/python run_cv.py"""
import os
SHARED = os.environ.get('SHARED', '../shared')  # corpora and scorers
OUT = os.environ.get('OUT', 'target/study')  # intermediate files
os.makedirs(OUT, exist_ok=True)
import sys, json, re, pickle, collections, copy
import numpy as np
from sklearn.feature_extraction import FeatureHasher
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold
from sklearn.metrics import roc_auc_score, average_precision_score
sys.path.insert(0, SHARED + '/tools')
import quote_eval as qe
from prep import GOLD, PRED, FUNC, PRON, tok_head

R = pickle.load(open(OUT + '/sents.pkl', 'rb'))
G = qe.read_jsonl(GOLD)
P0 = qe.read_jsonl(PRED)
CUE = re.compile(r"^(said|says|say|told|tells|argued|argues|claimed|claims|noted|notes|added|adds|believes?|"
                 r"thinks?|thought|wrote|writes|stated|states|insisted|insists|warned|warns|suggested|suggests|"
                 r"reported|reports|announced|announces|acknowledged|explained|according|asked|called|wants?|"
                 r"wanted|promised|vowed|pledged|urged|predicted|denied|accused|criticized|praised|hopes?|"
                 r"expects?|expected|fears?|feared|knows?|knew|agreed|disagreed|showed|shows|found|finds)$")
POSS = {'his', 'her', 'their', 'its', 'our', 'my'}
PRONS = PRON | POSS | {'him', 'them', 'us', 'me'}


def bucket(x, edges):
    for i, e in enumerate(edges):
        if x <= e:
            return i
    return len(edges)


def verbish(w):
    wl = w.lower()
    return bool(CUE.match(wl)) or (len(wl) > 4 and re.search(r'(ed|es)$', wl) is not None)


def sent_feats(r):
    ws = [w[2] for w in r['ws']]
    wl = [w.lower() for w in ws]
    f = collections.Counter()
    for i, w in enumerate(wl):
        f['w=' + w] = 1
        if i + 1 < len(wl):
            f['b=%s_%s' % (w, wl[i + 1])] = 1
        if CUE.match(w):
            f['cue=' + w] = 1
            f['cue_any'] = 1
            f['cue_pos=%d' % bucket(i, [0, 1, 2, 3, 5, 8, 12, 20])] = 1
            if i > 0:
                f['cue_prev_shape=%s' % ('P' if wl[i - 1] in PRONS else 'C' if ws[i - 1][:1].isupper() else 'l')] = 1
        elif verbish(w) and i > 0:
            f['vsuf=' + w[-2:]] = 1
    for k in range(3):
        if k < len(wl):
            f['f%d=%s' % (k, wl[k])] = 1
    # capitalised run at sentence start
    j = 0
    while j < len(ws) and ws[j][:1].isupper():
        j += 1
    f['caprun0=%d' % min(j, 4)] = 1
    if j < len(ws):
        f['after_caprun=' + wl[j]] = 1
        f['after_caprun_verbish=%d' % verbish(ws[j])] = 1
    if wl and wl[0] in PRONS:
        f['pron_first=' + wl[0]] = 1
    f['has_that'] = int('that' in wl)
    f['has_quote'] = int(any(c in r['text'] for c in '"\u201c\u201d'))
    f['has_colon'] = int(':' in r['text'])
    f['has_q'] = int('?' in r['text'])
    f['npron=%d' % min(3, sum(w in PRONS for w in wl))] = 1
    f['len=%d' % bucket(len(ws), [5, 8, 12, 18, 25, 35, 50])] = 1
    f['pos=%d' % bucket(r['si'], [0, 1, 2, 4, 8, 15, 30])] = 1
    f['relpos=%d' % int(10 * r['si'] / max(1, r['nS']))] = 1
    f['prev_pred=%d' % r['prev_pred']] = 1
    f['next_pred=%d' % r['next_pred']] = 1
    f['rule_speaker_in_sent=%d' % min(2, sum(1 for w in set(wl) if r['rule_speakers'].get(tok_head(w), 0)))] = 1
    for w in set(re.findall(r"\w+", r['prev'].lower())):
        f['pw=' + w] = 1
    pw = r['prev'].split()
    if pw:
        f['prev_end=' + pw[-1][-1:]] = 1
    return f


def is_cand(w):
    wl = w.lower()
    if wl in PRONS:
        return True
    return bool(re.match(r"\w", w)) and wl not in FUNC and bool(tok_head(w)) and not CUE.match(wl)


def tok_feats(r, i):
    ws = [w[2] for w in r['ws']]
    wl = [w.lower() for w in ws]
    n = len(ws)
    w = ws[i]
    f = collections.Counter()
    shp = 'P' if wl[i] in PRONS else 'C' if w[:1].isupper() else 'l'
    f['w=' + wl[i]] = 1
    f['shape=' + shp] = 1
    f['pos=%d' % min(i, 12)] = 1
    f['rel=%d' % int(5 * i / n)] = 1
    nx = wl[i + 1] if i + 1 < n else '<E>'
    nx2 = wl[i + 2] if i + 2 < n else '<E>'
    pv = wl[i - 1] if i > 0 else '<S>'
    pv2 = wl[i - 2] if i > 1 else '<S>'
    f['next=' + nx] = 1
    f['next2=' + nx2] = 1
    f['prev=' + pv] = 1
    f['prev2=' + pv2 + '_' + pv] = 1
    f['shape_next=%s_%s' % (shp, nx)] = 1
    f['next_cue=%d' % bool(CUE.match(nx))] = 1
    f['next2_cue=%d' % bool(CUE.match(nx2))] = 1
    f['next_verbish=%d_%s' % (verbish(nx), shp)] = 1
    f['head_of_run=%d' % (shp == 'C' and not (i + 1 < n and ws[i + 1][:1].isupper()))] = 1
    # first candidate in the sentence / before first cue
    first_c = next((k for k in range(n) if is_cand(ws[k])), -1)
    f['first_cand=%d' % (first_c == i)] = 1
    cue_idx = [k for k in range(n) if CUE.match(wl[k])]
    if cue_idx:
        d = min(cue_idx, key=lambda k: abs(k - i)) - i
        f['cue_dist=%d' % max(-6, min(6, d))] = 1
    else:
        f['no_cue'] = 1
    f['that_after=%d' % ('that' in wl[i + 1:i + 5])] = 1
    h = tok_head(w)
    f['rule_sp=%d' % min(3, r['rule_speakers'].get(h, 0))] = 1
    f['docfreq=%d' % bucket(r['docwords'].get(h, 0), [1, 2, 4, 8])] = 1
    f['poss=%d' % (w.endswith("'s") or w.endswith("\u2019s") or wl[i] in POSS)] = 1
    return f


def h_first_np(r):
    c = r['cands']
    return c[0][2] if c else None


def h_np_before_cue(r):
    ws = r['ws']
    for k, (a, b, w) in enumerate(ws):
        if CUE.match(w.lower()) or (k > 0 and verbish(w) and w[:1].islower()):
            before = [c for c in r['cands'] if c[1] <= a]
            after = [c for c in r['cands'] if c[0] >= b]
            if w.lower() == 'according' and after:
                return after[0][2]
            if before:
                return before[-1][2]
            if after:
                return after[0][2]
    return h_first_np(r)


def main():
    docs = np.array([r['doc'] for r in R])
    y = np.array([r['y'] for r in R])
    hs = FeatureHasher(n_features=2 ** 20, input_type='dict', alternate_sign=False)
    X = hs.transform(sent_feats(r) for r in R)
    # token candidates
    T_rows, T_idx, T_y = [], [], []
    for ri, r in enumerate(R):
        for i, (a, b, w) in enumerate(r['ws']):
            if is_cand(w):
                T_rows.append(tok_feats(r, i))
                T_idx.append((ri, i))
                T_y.append(r['tok_lab'][i][0])
    XT = hs.transform(T_rows)
    T_ri = np.array([t[0] for t in T_idx])
    T_y = np.array(T_y)
    null_y = np.array([int(r['best_null']) for r in R])
    p_sent = np.zeros(len(R))
    p_null = np.zeros(len(R))
    tok_score = np.zeros(len(T_idx))
    gkf = GroupKFold(n_splits=5)
    for fold, (tr, te) in enumerate(gkf.split(X, y, docs)):
        clf = LogisticRegression(C=0.1, solver='liblinear', max_iter=2000)
        clf.fit(X[tr], y[tr])
        p_sent[te] = clf.predict_proba(X[te])[:, 1]
        trpos = tr[y[tr] == 1]
        cn = LogisticRegression(C=0.3, solver='liblinear', max_iter=2000)
        cn.fit(X[trpos], null_y[trpos])
        p_null[te] = cn.predict_proba(X[te])[:, 1]
        trset = set(trpos.tolist())
        tmask = np.array([ri in trset for ri in T_ri])
        temask = np.isin(T_ri, te)
        ct = LogisticRegression(C=1.0, solver='liblinear', max_iter=2000)
        ct.fit(XT[tmask], T_y[tmask])
        tok_score[temask] = ct.decision_function(XT[temask])
        if fold == 0:
            names = {}
            for fd in (sent_feats(R[k]) for k in tr[:6000]):
                for key in fd:
                    names[hs.transform([{key: 1}]).indices[0]] = key
            coef = clf.coef_[0]
            top = sorted(((coef[i], n) for i, n in names.items()), reverse=True)
            print('top sentence features +:', [n for _, n in top[:25]])
            print('top sentence features -:', [n for _, n in top[-15:]])
            tn = {}
            for fd in T_rows[:40000]:
                for key in fd:
                    tn[hs.transform([{key: 1}]).indices[0]] = key
            tc = ct.coef_[0]
            top = sorted(((tc[i], n) for i, n in tn.items()), reverse=True)
            print('top speaker-token features +:', [n for _, n in top[:25]])
    print('sentence clf AUC %.3f AP %.3f (base rate %.3f)' % (roc_auc_score(y, p_sent), average_precision_score(y, p_sent), y.mean()))
    # speaker picks
    best_tok = {}
    for k, (ri, i) in enumerate(T_idx):
        if ri not in best_tok or tok_score[k] > best_tok[ri][0]:
            best_tok[ri] = (tok_score[k], i)
    oracle_tok = {}
    for ri, r in enumerate(R):
        hit = [i for i, (a, b) in enumerate(r['tok_lab']) if a]
        if hit:
            oracle_tok[ri] = r['ws'][hit[0]][2]
    pos = y == 1
    acc_tok = np.mean([R[ri]['tok_lab'][best_tok[ri][1]][0] if ri in best_tok else R[ri]['best_null'] for ri in np.where(pos)[0]])
    print('speaker-token ranker: best-token hits gold head on %.3f of positive sentences (CV)' % acc_tok)

    def spk(ri, method, null_thr=1.1):
        r = R[ri]
        if method == 'first_np':
            return h_first_np(r)
        if method == 'np_before_cue':
            return h_np_before_cue(r)
        if method == 'oracle_tok':
            if r['best_null']:
                return None
            return oracle_tok.get(ri, h_first_np(r))
        if method.startswith('ranker'):
            if p_null[ri] > null_thr:
                return None
            return R[ri]['ws'][best_tok[ri][1]][2] if ri in best_tok else None

    def merged(sel, method, null_thr=1.1):
        add = collections.defaultdict(list)
        for ri in sel:
            r = R[ri]
            add[r['id']].append({'start': r['s'], 'end': r['e'], 'speaker': spk(ri, method, null_thr), 'ml': True})
        out = []
        for p in P0:
            q = copy.copy(p)
            q['quotes'] = p['quotes'] + add.get(p['id'], [])
            out.append(q)
        return out, sum(len(v) for v in add.values())

    base = qe.score(G, P0)['end_to_end']
    print('baseline', base)
    results = {}

    def report(tag, sel, method, null_thr=1.1):
        preds, nadd = merged(sel, method, null_thr)
        e = qe.score(G, preds)['end_to_end']
        results[tag] = dict(added=nadd, added_correct=e['tp'] - base['tp'], **e)
        print('%-40s added %5d  +correct %5d  P %.4f R %.4f F1 %.4f' % (tag, nadd, e['tp'] - base['tp'], e['precision'], e['recall'], e['f1']))
        return preds
    # oracle sentence detection
    orc = np.where(pos)[0]
    for m in ('first_np', 'np_before_cue', 'ranker', 'oracle_tok'):
        report('ORACLE sentences / ' + m, orc, m)
    report('ORACLE sentences / ranker+null0.5', orc, 'ranker', 0.5)
    best = None
    for thr in (0.3, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.8):
        sel = np.where(p_sent >= thr)[0]
        for m, nt in (('np_before_cue', 1.1), ('ranker', 1.1), ('ranker', 0.5)):
            tag = 'CV thr %.2f / %s%s' % (thr, m, '+null' if nt < 1 else '')
            report(tag, sel, m, nt)
            if best is None or results[tag]['f1'] > results[best]['f1']:
                best = tag
                bestsel, bestm, bestnt = sel, m, nt
    print('BEST', best, results[best])
    preds, _ = merged(bestsel, bestm, bestnt)
    with open(OUT + '/merged_best.pred.jsonl', 'w') as f:
        for p in preds:
            f.write(json.dumps(p, ensure_ascii=False) + '\n')
    json.dump(results, open(OUT + '/results.json', 'w'), indent=1)


if __name__ == '__main__':
    main()
