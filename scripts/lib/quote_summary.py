"""Prints the headline numbers of a quote_eval.py score report read from stdin."""
import json
import sys

s = json.load(sys.stdin)["scores"]
e, o, a = s["end_to_end"], s["quote_overlap"], s["attribution"]
print("  end-to-end F1 %.3f (P %.3f, R %.3f); quote overlap F1 %.3f; speaker head accuracy %.3f"
      % (e["f1"], e["precision"], e["recall"], o["f1"], a.get("speaker_head_acc", 0)))
print("  recall by kind:", json.dumps(s.get("recall_by_kind", {})))
