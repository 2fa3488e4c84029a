#!/usr/bin/env python3
"""Per-rule precision of the relation extractor, measured against gold graphs.

Usage:
  run-eval --bin .build-rel/release/kgraph --keep DIR CORPUS...   # writes DIR/NAME.json
  scripts/rule-precision.py DIR CORPUS... [--json] [--misses]

For every predicted edge, each rule id in its evidence is credited with a hit (the edge is in
the gold), a spurious edge (neither gold nor acceptable), or nothing (acceptable, or touching
an acceptable node). Prints hits, spurious and the smoothed precision (hits+1)/(hits+spurious+2)
that verbs.json stores under "rules". --misses prints, for each missed gold edge, the
sentences that mention both ends (to see which construction was missed).
"""
import json, os, sys
sys.path.insert(0, "/work/shared/eval")
import score  # the official scorer's node matching

def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    keep, corpora = args[0], args[1:]
    per_rule = {}
    for d in corpora:
        for name in sorted(os.listdir(d)):
            if not name.endswith(".gold.json"):
                continue
            stem = name[:-10]
            gold = score.load(os.path.join(d, name))
            ppath = os.path.join(keep, stem + ".json")
            if not os.path.exists(ppath):
                continue
            pred = score.load(ppath)
            mapping, _ = score.map_nodes(pred, gold)
            ok_nodes = {n["id"] for n in pred["nodes"] if n.get("_ok")}
            gold_edges = {score.edge_key(e["source"], e["target"], e["type"]) for e in gold["edges"]}
            ok_edges = {score.edge_key(e["source"], e["target"], e["type"]) for e in gold.get("acceptable_edges", [])}
            found = set()
            for e in pred["edges"]:
                s, t = mapping.get(e["source"]), mapping.get(e["target"])
                if e["source"] in ok_nodes or e["target"] in ok_nodes:
                    verdict = None
                elif s is None or t is None:
                    verdict = "spurious"
                else:
                    k = score.edge_key(s, t, e["type"])
                    found.add(k)
                    verdict = "hit" if k in gold_edges else (None if k in ok_edges else "spurious")
                for r in sorted({ev.get("rule", "?") for ev in e.get("evidence", [])}):
                    c = per_rule.setdefault(r, {"hits": 0, "spurious": 0, "ignored": 0})
                    c["hits" if verdict == "hit" else "spurious" if verdict == "spurious" else "ignored"] += 1
                if verdict == "spurious" and "--spurious" in sys.argv:
                    ev = e["evidence"][0]
                    print(f"SPURIOUS {stem}: {e['source']} {e['type']} {e['target']} [{ev.get('rule')}] {ev['sentence'][:220]}")
            if "--misses" in sys.argv:
                src = os.path.join(d, stem + ".txt")
                text = open(src, encoding="utf-8").read() if os.path.exists(src) else ""
                inv = {}
                for n in pred["nodes"]:
                    g = mapping.get(n["id"])
                    if g:
                        inv.setdefault(g, []).extend(n.get("mentions", []))
                for (s, typ, t) in sorted(gold_edges - found):
                    sa = {m["sentence"]: m for m in inv.get(s, [])}
                    tb = {m["sentence"]: m for m in inv.get(t, [])}
                    both = sorted(set(sa) & set(tb))
                    print(f"MISSED {stem}: {s} {typ} {t}")
                    for i in both[:3]:
                        a, b = sa[i], tb[i]
                        lo, hi = max(0, min(a["start"], b["start"]) - 60), max(a["end"], b["end"]) + 60
                        print("     ", text[lo:hi].replace("\n", " "))
    rows = sorted(per_rule.items())
    out = {r: {**c, "precision": round((c["hits"] + 1) / (c["hits"] + c["spurious"] + 2), 2)} for r, c in rows}
    if "--json" in sys.argv:
        print(json.dumps(out, indent=2))
    else:
        for r, c in out.items():
            print(f"{r:22s} hits {c['hits']:3d}  spurious {c['spurious']:3d}  ignored {c['ignored']:3d}  precision {c['precision']:.2f}")

if __name__ == "__main__":
    main()
