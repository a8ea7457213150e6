"""Prints end-to-end P/R/F1 per outlet (the id's prefix) with the corpus's own scorer: the
spread across outlets shows whether the rules hold beyond the articles they were read on.
Usage: by_outlet.py TOOLS_DIR GOLD.jsonl PRED.jsonl"""
import collections
import importlib.util
import json
import sys

tools, gold_path, pred_path = sys.argv[1:4]
spec = importlib.util.spec_from_file_location("quote_eval", f"{tools}/quote_eval.py")
qe = importlib.util.module_from_spec(spec)
spec.loader.exec_module(qe)
gold = [json.loads(line) for line in open(gold_path)]
preds = [json.loads(line) for line in open(pred_path)]
by_outlet = collections.defaultdict(list)
for item in gold:
    by_outlet[item["id"].split("_")[0]].append(item)
for outlet, items in sorted(by_outlet.items()):
    ids = {item["id"] for item in items}
    e = qe.score(items, [p for p in preds if p["id"] in ids])["end_to_end"]
    print("  %-13s %3d articles: F1 %.3f (P %.3f, R %.3f)" % (outlet, len(items), e["f1"], e["precision"], e["recall"]))
