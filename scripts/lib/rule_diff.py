#!/usr/bin/env python3
"""Measure one statement rule against PolNeAR, prediction by prediction.

How the statement rules are developed: run `scripts/measure quotes`, save what each
prediction scored (`snapshot`), change a rule, measure again, and compare the two
snapshots (`compare`): which statements are new or gone, how many of them are right,
per cue word. `missed` lists gold attributions Parallax overlaps nowhere, for cue words
you name, to read what a rule would have to find.

  rule_diff.py snapshot OUT.json [PRED.jsonl]      score each prediction
  rule_diff.py compare BASE.json NEW.json [N]      new and gone, per cue, N examples
  rule_diff.py missed CUE[,CUE…] [N] [SEED] [PRED.jsonl]

PRED defaults to target/measure/polnear.pred.jsonl; the corpus and the scorer are read
from ../shared (or $CORPORA and $TOOLS), as `scripts/measure` does.
"""

import collections
import importlib.util
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
CORPORA = os.environ.get("CORPORA", os.path.join(ROOT, "..", "shared", "corpora"))
TOOLS = os.environ.get("TOOLS", os.path.join(ROOT, "..", "shared", "tools"))
GOLD = os.path.join(CORPORA, "polnear-train", "train.jsonl")
PRED = os.path.join(ROOT, "target", "measure", "polnear.pred.jsonl")
# Auxiliaries and adverbs passed over to reach a cue's own word.
AUX = set(
    "has have had will would is was are were be been also not n't ’t did does do could can "
    "may might should must still later then already never just first publicly repeatedly "
    "recently".split()
)


def scorer():
    spec = importlib.util.spec_from_file_location("qe", os.path.join(TOOLS, "quote_eval.py"))
    qe = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(qe)
    return qe


def matched(qe, pred_path):
    """Yields (article, gold quotes, predicted quotes, {pred index: gold index}) with the
    scorer's own one-to-one matching."""
    preds = {}
    with open(pred_path) as f:
        for line in f:
            row = json.loads(line)
            preds[row["id"]] = row.get("quotes", [])
    with open(GOLD) as f:
        for line in f:
            item = json.loads(line)
            tok = qe.tokenize(item["text"])
            gq, pq = item["quotes"], preds.get(item["id"], [])
            gt = [qe.tokens_in(tok, qe.spans_of(q)) for q in gq]
            pt = [qe.tokens_in(tok, qe.spans_of(q)) for q in pq]
            cands = []
            for gi, g in enumerate(gt):
                for pi, p in enumerate(pt):
                    shared = len(g & p)
                    if shared:
                        cands.append((shared + shared / len(g | p), gi, pi))
            pairs = {pi: gi for gi, pi in qe.greedy_match(cands)}
            yield item, gq, pq, pairs, gt, pt


def snapshot(out, pred_path=PRED):
    qe = scorer()
    rows = []
    for item, gq, pq, pairs, _, _ in matched(qe, pred_path):
        text = item["text"]
        for pi, p in enumerate(pq):
            gi = pairs.get(pi)
            right = gi is not None and qe.speaker_match(gq[gi].get("speaker"), p.get("speaker"))[0]
            rows.append(
                {
                    "id": item["id"],
                    "kind": p["kind"],
                    "sp": p.get("speaker"),
                    "cue": p.get("cue"),
                    "start": p["start"],
                    "end": p["end"],
                    "tp": right,
                    "gsp": gq[gi].get("speaker") if gi is not None else None,
                    "ctx": text[max(0, p["start"] - 150) : p["end"] + 60].replace("\n", " "),
                }
            )
    with open(out, "w") as f:
        json.dump(rows, f)
    print(f"{len(rows)} predictions, {sum(r['tp'] for r in rows)} right")


def compare(base_path, new_path, n=10):
    base, new = json.load(open(base_path)), json.load(open(new_path))
    key = lambda r: (r["id"], r["start"], r["end"], r["sp"], r["kind"])
    kb, kn = {key(r) for r in base}, {key(r) for r in new}
    gone = [r for r in base if key(r) not in kn]
    added = [r for r in new if key(r) not in kb]
    print(f"base right {sum(r['tp'] for r in base)} of {len(base)}; new right {sum(r['tp'] for r in new)} of {len(new)}")
    print(f"gone {len(gone)} ({sum(r['tp'] for r in gone)} right); added {len(added)} ({sum(r['tp'] for r in added)} right)")
    per = collections.defaultdict(lambda: [0, 0, 0, 0])
    for r in added:
        per[(r["cue"] or "").lower()][0] += 1
        per[(r["cue"] or "").lower()][1] += r["tp"]
    for r in gone:
        per[(r["cue"] or "").lower()][2] += 1
        per[(r["cue"] or "").lower()][3] += r["tp"]
    for cue, (a, at, g, gt) in sorted(per.items(), key=lambda kv: -kv[1][0] - kv[1][2])[:20]:
        print(f"  {cue!r:24} +{a} ({at} right)  -{g} ({gt} right)")
    random.seed(0)
    for label, rows in (("GONE", gone), ("ADDED", added)):
        for r in random.sample(rows, min(n, len(rows))):
            print(f"{label} {r['tp']} {r['kind']} | {r['sp']} | {r['cue']} | gold: {r['gsp']} | {r['ctx'][100:300]}")


def missed(cues, n=20, seed=3, pred_path=PRED):
    qe = scorer()
    want = cues.split(",")
    out = []
    for item, gq, _, _, gt, pt in matched(qe, pred_path):
        text = item["text"]
        for gi, q in enumerate(gq):
            if q.get("kind") != "indirect" or not (q.get("speaker") or "").strip():
                continue
            if any(gt[gi] & p for p in pt):
                continue
            words = [w for w in re.findall(r"[\w'’]+", (q.get("cue") or "").lower()) if w not in AUX]
            if not words or words[0] not in want:
                continue
            s = min(a for a, _ in qe.spans_of(q))
            e = max(b for _, b in qe.spans_of(q))
            a = max(text.rfind(". ", 0, s) + 2, text.rfind("\n", 0, s) + 1, 0)
            b = text.find(".", e)
            b = len(text) if b < 0 else b + 1
            out.append(f"[{q.get('speaker')}] <{q.get('cue')}> {text[a:b][:400]!r}")
    random.seed(seed)
    print(len(out))
    for line in random.sample(out, min(len(out), n)):
        print(line)


def main(argv):
    if not os.path.exists(GOLD):
        print(f"rule_diff: skipped: {GOLD} is absent (the corpora ship separately)", file=sys.stderr)
        return 0
    if len(argv) >= 2 and argv[0] == "snapshot":
        snapshot(argv[1], *argv[2:3])
    elif len(argv) >= 3 and argv[0] == "compare":
        compare(argv[1], argv[2], int(argv[3]) if len(argv) > 3 else 10)
    elif len(argv) >= 2 and argv[0] == "missed":
        missed(
            argv[1],
            int(argv[2]) if len(argv) > 2 else 20,
            int(argv[3]) if len(argv) > 3 else 3,
            *argv[4:5],
        )
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
