#!/usr/bin/env python3
"""Checks the negation invariant on extracted graphs: no member-of or supports evidence whose
trigger has a negator or refusal word among the five words before it.

  scripts/check-negation.py GRAPH.json...   (exit 1 and a list when violated)
"""
import json, re, sys
NEG = {"not", "never", "no", "n't", "cannot", "without", "refuse", "refused", "refuses", "refusal", "declined",
       "decline", "refrain", "refrained", "rather", "instead", "neither", "nor"}
bad = 0
for path in sys.argv[1:]:
    g = json.load(open(path, encoding="utf-8"))
    for e in g["edges"]:
        if e["type"] not in ("member-of", "supports"):
            continue
        for ev in e.get("evidence", []):
            ts = ev.get("trigger_span")
            if not ts:
                continue
            s0 = ev["span"][0]
            before = ev["sentence"][: ts[0] - s0]
            words = re.findall(r"[\w']+", before.lower().replace("\u2019", "'"))[-5:]
            if any(w in NEG or w.endswith("n't") for w in words):
                bad += 1
                print(f"{path}: {e['source']} {e['type']} {e['target']}: {ev['sentence'][:160]}")
print(f"{bad} violation(s)")
sys.exit(1 if bad else 0)
