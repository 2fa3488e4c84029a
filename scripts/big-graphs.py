#!/usr/bin/env python3
"""Writes made-up graphs for the scale checks of issue 14 (README, Reliability):
big-graphs.py DIR [NODES [PERCENT]] writes DIR/a.json (NODES nodes, 1.5 edges a node, random but
seeded), DIR/b.json (a.json with PERCENT (default 1) % of the nodes removed, as many added and
twice as many % of the edges retyped) and DIR/c.json (a graph of as many nodes sharing none with
a.json)."""
import json, random, sys

out, n = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 20000
pct = float(sys.argv[3]) if len(sys.argv) > 3 else 1
types = ["country", "person", "organization", "alliance", "region", "principle"]
edge_types = ["supports", "rejects", "partners-with", "member-of", "counters", "tension-with"]
rnd = random.Random(14)

def graph(prefix, count):
    nodes = [{"id": f"{prefix}-{i}", "label": f"{prefix.upper()} {i}", "type": types[i % len(types)]} for i in range(count)]
    edges, seen = [], set()
    while len(edges) < count * 3 // 2:
        s, t = rnd.randrange(count), rnd.randrange(count)
        if s == t or (s, t) in seen: continue
        seen.add((s, t))
        edges.append({"source": f"{prefix}-{s}", "target": f"{prefix}-{t}", "type": rnd.choice(edge_types), "confidence": 0.8,
                      "evidence": [{"article": "made-up", "sentence_index": 0, "sentence": f"{prefix} {s} and {prefix} {t}.", "confidence": 0.8}]})
    return {"title": f"made-up {prefix}", "nodes": nodes, "edges": edges}

a = graph("n", n)
b = json.loads(json.dumps(a)); b["title"] = "made-up n, changed"
gone = {f"n-{i}" for i in rnd.sample(range(n), int(n * pct / 100))}
b["nodes"] = [x for x in b["nodes"] if x["id"] not in gone] + [{"id": f"new-{i}", "label": f"NEW {i}", "type": "country"} for i in range(int(n * pct / 100))]
b["edges"] = [e for e in b["edges"] if e["source"] not in gone and e["target"] not in gone]
for e in rnd.sample(b["edges"], int(len(b["edges"]) * pct / 50)):
    e["type"] = edge_types[(edge_types.index(e["type"]) + 1) % len(edge_types)]
for i in range(int(n * pct / 100)):
    e = dict(b["edges"][i]); e["source"] = f"new-{i}"; b["edges"].append(e)
for name, g in (("a", a), ("b", b), ("c", graph("m", n))):
    json.dump(g, open(f"{out}/{name}.json", "w"))
