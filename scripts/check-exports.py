#!/usr/bin/env python3
"""Reads `kgraph export` files back with the tools analysts use, and checks them against the
graph JSON they came from (scripts/check-exports.sh sets up the virtualenv and calls this).

Graphs: the repository's examples as one dated corpus (always), and when ../shared is present
the seeds and dev gold graphs (each alone and all merged) and the seeds and dev articles
extracted as one dated corpus. "The JSON" is kgraph's canonical form of each graph
(`kgraph render G -o G.json`), which merges symmetric duplicates as every export does.

- GraphML: networkx.read_graphml and igraph's Read_GraphML give the JSON's nodes (ids,
  labels, types) and edges (ends and types, parallel edges kept).
- GEXF: valid against the GEXF 1.3 XSD (../shared/notes/gexf-1.3) with xmlschema once the
  viz elements are removed (the schema's known viz quirk); networkx.read_gexf gives the
  nodes, edges, one spell per article date (no overlaps, a node's cover its edges') and a
  position for every node.
- CSV: nodes.csv and edges.csv load with csv and pandas, with the expected headers and counts.
- Neo4j: the import CSVs pass a checker of neo4j-admin's header grammar, ID spaces, ids and
  the array delimiter; counts match.
- Cypher: the MERGE script runs in a small interpreter (scripts/cypher_merge.py); running it
  twice gives the same graph as once, which matches the JSON.
"""
import argparse
import csv
import glob
import io
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET

import igraph
import networkx as nx
import pandas as pd
import xmlschema

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cypher_merge  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SYMMETRIC = {"partners-with", "tension-with"}
DELIM = "\x1f"
VIZ_NS = "http://gexf.net/1.3/viz"
SCHEMA = None


class Failure(Exception):
    pass


def check(cond, message):
    if not cond:
        raise Failure(message)


def run(kgraph, *args):
    r = subprocess.run([kgraph, *args], capture_output=True, text=True)
    if r.returncode != 0:
        raise Failure(f"kgraph {' '.join(args)}: exit {r.returncode}: {r.stderr.strip()}")
    return r


# ---------------------------------------------------------------- expected content

class Expected:
    """What every export must carry, from the canonical graph JSON."""

    def __init__(self, path):
        g = json.load(open(path, encoding="utf-8"))
        self.nodes = {n["id"]: n for n in g["nodes"]}
        self.edges = [(e["source"], e["target"], e["type"]) for e in g["edges"]]
        self.edge_json = g["edges"]
        dates = {}
        for a in g.get("articles", []):
            d = a.get("date") or ""
            if re.match(r"\d{4}-\d{2}-\d{2}($|[T ])", d):
                dates[a["id"]] = d[:10]
        self.articles = [a["id"] for a in g.get("articles", []) if a.get("id")]
        self.edge_articles = []
        incident = {}
        for e in g["edges"]:
            arts = sorted({v.get("article", "") for v in e.get("evidence", [])} - {""})
            self.edge_articles.append(arts)
            for end in (e["source"], e["target"]):
                incident.setdefault(end, set()).update(arts)
        self.node_articles = {}
        for nid, n in self.nodes.items():
            arts = {m.get("article", "") for m in n.get("mentions", [])} - {""}
            self.node_articles[nid] = sorted(arts | incident.get(nid, set()))
        self.node_dates = {nid: sorted({dates[a] for a in arts if a in dates}) for nid, arts in self.node_articles.items()}
        self.edge_dates = [sorted({dates[a] for a in arts if a in dates}) for arts in self.edge_articles]

    def edge_multiset(self):
        return sorted(self.edges)


def canonical_edges(triples):
    """Symmetric edges with the smaller id first, as kgraph stores them."""
    out = []
    for s, t, ty in triples:
        if ty in SYMMETRIC and t < s:
            s, t = t, s
        out.append((s, t, ty))
    return sorted(out)


# ---------------------------------------------------------------- GraphML

def check_graphml(path, exp):
    text = open(path, encoding="utf-8").read()
    root = ET.fromstring(text)
    ns = "{http://graphml.graphdrawing.org/xmlns}"
    children = [c.tag for c in root]
    check(children.index(ns + "graph") > max(i for i, c in enumerate(children) if c == ns + "key"), "a <key> after <graph>")
    for k in root.findall(ns + "key"):
        check(k.get("for") in ("node", "edge"), f"key {k.get('id')} has for={k.get('for')!r}")
    check(any(k.get("for") == "node" and k.get("attr.name") == "label" for k in root.findall(ns + "key")), "no node key named label")

    g = nx.read_graphml(path)
    check(g.number_of_nodes() == len(exp.nodes), f"networkx: {g.number_of_nodes()} nodes, JSON {len(exp.nodes)}")
    check(g.number_of_edges() == len(exp.edges), f"networkx: {g.number_of_edges()} edges, JSON {len(exp.edges)}")
    for nid, n in exp.nodes.items():
        d = g.nodes[nid]
        check(d.get("label") == n["label"] and d.get("type") == n["type"], f"networkx: node {nid} is {d}")
    got = sorted((s, t, d["type"]) for s, t, d in g.edges(data=True))
    check(got == exp.edge_multiset(), "networkx: edges differ from the JSON")

    ig = igraph.Graph.Read_GraphML(path)
    check(ig.vcount() == len(exp.nodes) and ig.ecount() == len(exp.edges), f"igraph: {ig.vcount()} nodes, {ig.ecount()} edges")
    if ig.vcount():
        by_id = {v["id"]: v for v in ig.vs}
        for nid, n in exp.nodes.items():
            check(by_id[nid]["label"] == n["label"] and by_id[nid]["type"] == n["type"], f"igraph: node {nid}")
    if ig.ecount():
        got = sorted((ig.vs[e.source]["id"], ig.vs[e.target]["id"], e["type"]) for e in ig.es)
        check(got == exp.edge_multiset(), "igraph: edges differ from the JSON")
    return f"networkx {g.number_of_nodes()}/{g.number_of_edges()}, igraph {ig.vcount()}/{ig.ecount()}"


# ---------------------------------------------------------------- GEXF

def without_viz(path):
    tree = ET.parse(path)
    for parent in tree.iter():
        for child in list(parent):
            if child.tag.startswith("{" + VIZ_NS + "}"):
                parent.remove(child)
    ET.register_namespace("", "http://gexf.net/1.3")
    buf = io.BytesIO()
    tree.write(buf, encoding="utf-8", xml_declaration=True)
    return buf.getvalue()


def spells_of(data):
    return sorted((s, e) for s, e in data.get("spells", []))


def check_gexf(path, exp, schema):
    valid = "schema not available"
    if schema is not None:
        schema.validate(io.BytesIO(without_viz(path)))
        valid = "valid against the 1.3 XSD"
    g = nx.read_gexf(path)
    check(g.number_of_nodes() == len(exp.nodes), f"networkx: {g.number_of_nodes()} nodes, JSON {len(exp.nodes)}")
    check(g.number_of_edges() == len(exp.edges), f"networkx: {g.number_of_edges()} edges, JSON {len(exp.edges)}")
    check(g.graph.get("mode") == "dynamic", f"mode is {g.graph.get('mode')!r}")
    spells = 0
    for nid, n in exp.nodes.items():
        d = g.nodes[nid]
        check(d.get("label") == n["label"] and d.get("type") == n["type"], f"node {nid}: {d.get('label')!r} {d.get('type')!r}")
        got = spells_of(d)
        check(got == [(x, x) for x in exp.node_dates[nid]], f"node {nid}: spells {got}, expected dates {exp.node_dates[nid]}")
        check(all(a[1] < b[0] for a, b in zip(got, got[1:])), f"node {nid}: overlapping spells {got}")
        spells += len(got)
        pos = d.get("viz", {}).get("position")
        check(pos is not None and "x" in pos and "y" in pos, f"node {nid}: no viz position")
        check("color" in d.get("viz", {}), f"node {nid}: no viz colour")
    expected_edges = {}
    for (s, t, ty), dates in zip(exp.edges, exp.edge_dates):
        expected_edges[(s, t, ty)] = dates
    seen = 0
    for s, t, d in g.edges(data=True):
        key = (s, t, d.get("relation"))
        check(key in expected_edges, f"unexpected edge {key}")
        check(d.get("kind") == d.get("relation") or "kind" not in d, f"edge {key}: kind {d.get('kind')!r}")
        got = spells_of(d)
        check(got == [(x, x) for x in expected_edges[key]], f"edge {key}: spells {got}")
        for x, _ in got:
            for end in (s, t):
                check((x, x) in spells_of(g.nodes[end]), f"edge {key}: spell {x} outside node {end}'s")
        seen += 1
        spells += len(got)
    check(seen == len(exp.edges), "edge count")
    # kind is set on every edge (networkx keeps it only as an edge key, so read the XML).
    root = ET.parse(path).getroot()
    kinds = [e.get("kind") for e in root.iter("{http://gexf.net/1.3}edge")]
    check(sorted(kinds) == sorted(ty for _, _, ty in exp.edges), "edge kinds differ from the JSON types")
    return f"{valid}, networkx {g.number_of_nodes()}/{g.number_of_edges()}, {spells} spells, positions for all"


# ---------------------------------------------------------------- CSV

def check_csv(folder, exp):
    nodes_path, edges_path = os.path.join(folder, "nodes.csv"), os.path.join(folder, "edges.csv")
    for p in (nodes_path, edges_path):
        raw = open(p, "rb").read()
        check(raw.endswith(b"\r\n") and b"\n" not in raw.replace(b"\r\n", b"") or b'"' in raw, f"{p}: records must end in CRLF")
    with open(nodes_path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    check(rows[0] == ["Id", "Label", "Type", "Aliases", "Articles"], f"nodes.csv header {rows[0]}")
    check(len(rows) - 1 == len(exp.nodes), f"nodes.csv: {len(rows) - 1} rows, JSON {len(exp.nodes)}")
    for r in rows[1:]:
        n = exp.nodes[r[0]]
        check(r[1] == n["label"] and r[2] == n["type"], f"nodes.csv row {r[:3]}")
    with open(edges_path, newline="", encoding="utf-8") as f:
        erows = list(csv.reader(f))
    check(erows[0] == ["Source", "Target", "Type", "Kind", "Label", "Weight", "Confidence", "Articles", "Evidence"], f"edges.csv header {erows[0]}")
    check(sorted((r[0], r[1], r[3]) for r in erows[1:]) == exp.edge_multiset(), "edges.csv differs from the JSON")
    for r in erows[1:]:
        check(r[2] == ("Undirected" if r[3] in SYMMETRIC else "Directed"), f"edges.csv Type {r[2]} for {r[3]}")
    dn = pd.read_csv(nodes_path, keep_default_na=False)
    de = pd.read_csv(edges_path, keep_default_na=False)
    check(len(dn) == len(exp.nodes) and len(de) == len(exp.edges), f"pandas: {len(dn)} nodes, {len(de)} edges")
    check(set(dn["Id"]) == set(exp.nodes), "pandas: node ids differ")
    check(len(de) == 0 or (de["Weight"] >= 1).all(), "pandas: a weight below 1")
    return f"csv {len(rows) - 1}/{len(erows) - 1}, pandas {len(dn)}/{len(de)}"


# ---------------------------------------------------------------- Neo4j import CSV

HEADER_FIELD = re.compile(
    r"^(?:(?P<name>[A-Za-z_][A-Za-z0-9_]*)?:(?P<special>ID|START_ID|END_ID)(?:\((?P<space>[A-Za-z_][A-Za-z0-9_]*)\))?"
    r"|:(?P<meta>LABEL|TYPE|IGNORE)"
    r"|(?P<prop>[A-Za-z_][A-Za-z0-9_]*)(?::(?P<type>int|long|float|double|boolean|byte|short|char|string|date|localtime|time|localdatetime|datetime|duration|point)(?P<array>\[\])?)?)$")


def read_neo4j(path):
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    header = [HEADER_FIELD.match(h) for h in rows[0]]
    for h, m in zip(rows[0], header):
        check(m is not None, f"{os.path.basename(path)}: header field {h!r} is not neo4j-admin's grammar")
    for n, r in enumerate(rows[1:], 2):
        check(len(r) == len(rows[0]), f"{os.path.basename(path)} line {n}: {len(r)} fields, header {len(rows[0])}")
        for value, m in zip(r, header):
            check("\n" not in value and "\r" not in value, f"{os.path.basename(path)} line {n}: a line break in a value")
            if m.group("array") or m.group("meta") == "LABEL":
                items = value.split(DELIM) if value else []
                check(all(i.strip() for i in items), f"{os.path.basename(path)} line {n}: an empty array item in {value!r}")
            else:
                check(DELIM not in value, f"{os.path.basename(path)} line {n}: the array delimiter inside {value!r}")
            t = m.group("type")
            if value and not m.group("array"):
                if t in ("int", "long"):
                    check(re.fullmatch(r"-?\d+", value), f"not an int: {value!r}")
                elif t in ("float", "double"):
                    float(value)
                elif t == "boolean":
                    check(value in ("true", "false"), f"not a boolean: {value!r}")
                elif t == "date":
                    check(re.fullmatch(r"\d{4}-\d{2}-\d{2}", value), f"not a date: {value!r}")
            if m.group("meta") == "TYPE":
                check(re.fullmatch(r"[A-Z][A-Z0-9_]*", value), f"relationship type {value!r} is not UPPER_SNAKE_CASE")
            if m.group("meta") == "LABEL":
                check(all(re.fullmatch(r"[A-Z][A-Za-z0-9]*", x) for x in value.split(DELIM)), f"labels {value!r}")
    return rows[0], header, rows[1:]


def check_neo4j(folder, exp):
    spaces = {}
    files = {}
    for name in ("entities.csv", "articles.csv", "relations.csv", "mentions.csv"):
        files[name] = read_neo4j(os.path.join(folder, name))
    for name in ("entities.csv", "articles.csv"):
        _, header, rows = files[name]
        ids = [i for i, m in enumerate(header) if m.group("special") == "ID"]
        check(len(ids) == 1, f"{name}: {len(ids)} :ID columns")
        space = header[ids[0]].group("space")
        check(space and space not in spaces, f"{name}: ID space {space!r} missing or shared")
        values = [r[ids[0]] for r in rows]
        check(len(set(values)) == len(values), f"{name}: duplicate ids")
        spaces[space] = set(values)
    check(len(spaces) == 2, "two distinct ID spaces")
    for name in ("relations.csv", "mentions.csv"):
        _, header, rows = files[name]
        for role in ("START_ID", "END_ID"):
            cols = [i for i, m in enumerate(header) if m.group("special") == role]
            check(len(cols) == 1, f"{name}: {len(cols)} :{role} columns")
            space = header[cols[0]].group("space")
            check(space in spaces, f"{name}: :{role} names an unknown ID space {space!r}")
            missing = [r[cols[0]] for r in rows if r[cols[0]] not in spaces[space]]
            check(not missing, f"{name}: :{role} values not in {space}: {missing[:3]}")
    check(spaces["Entity"] == set(exp.nodes), "entities.csv ids differ from the JSON nodes")
    _, header, rows = files["relations.csv"]
    types = [i for i, m in enumerate(header) if m.group("meta") == "TYPE"][0]
    got = sorted((r[0], r[1], r[types].lower().replace("_", "-")) for r in rows)
    check(got == exp.edge_multiset(), "relations.csv differs from the JSON edges (symmetric written once)")
    check(spaces["Article"] >= set(exp.articles), "articles.csv lacks an article")
    return f"entities {len(spaces['Entity'])}, articles {len(spaces['Article'])}, relations {len(rows)}, mentions {len(files['mentions.csv'][2])}"


# ---------------------------------------------------------------- Cypher

def check_cypher(path, exp):
    script = open(path, encoding="utf-8").read()
    once = cypher_merge.run(script)
    twice = cypher_merge.run(script, cypher_merge.run(script))
    check(once.snapshot() == twice.snapshot(), "loading the script twice changed the graph")
    entities = {k[1]: n for k, n in once.nodes.items() if k[0] == "Entity"}
    check(set(entities) == set(exp.nodes), "Cypher entities differ from the JSON nodes")
    for nid, n in exp.nodes.items():
        e = entities[nid]
        check(e["props"].get("name") == n["label"] and e["props"].get("type") == n["type"], f"Cypher node {nid}")
        check(n["type"].capitalize() in e["labels"], f"Cypher node {nid} lacks its type label")
    rels = [r for r in once.rels if r["type"] != "MENTIONS"]
    got = canonical_edges((r["start"][1], r["end"][1], r["type"].lower().replace("_", "-")) for r in rels)
    check(got == exp.edge_multiset(), "Cypher relations differ from the JSON edges")
    return f"{len(once.nodes)} nodes, {len(once.rels)} relationships, same after a second load"


# ---------------------------------------------------------------- the checks can fail

def self_test(d, exp):
    """Breaks each export of one graph in a way a consumer would notice, and makes sure the
    matching check rejects it (a check that cannot fail proves nothing)."""
    import shutil
    broken = os.path.join(d, "broken")
    os.makedirs(broken)

    def mutate(src, name, fn):
        text = open(src, encoding="utf-8", newline="").read()
        out = os.path.join(broken, name)
        if os.path.isdir(src):
            raise ValueError(src)
        with open(out, "w", encoding="utf-8", newline="") as f:
            f.write(fn(text))
        return out

    def folder_with(src, name, file, fn):
        out = os.path.join(broken, name)
        shutil.copytree(src, out)
        mutate(os.path.join(src, file), os.path.join(name, file), fn)
        return out

    first_edge = lambda t: t[:t.index("<edge ")] + t[t.index("</edge>") + len("</edge>"):]
    cases = [
        ("GraphML without an edge", lambda: check_graphml(mutate(os.path.join(d, "g.graphml"), "a.graphml", first_edge), exp)),
        ("GraphML with a wrong type", lambda: check_graphml(mutate(os.path.join(d, "g.graphml"), "b.graphml",
                                                                   lambda t: t.replace('<data key="n_type">country', '<data key="n_type">region', 1)), exp)),
        ("GEXF that breaks the schema", lambda: check_gexf(mutate(os.path.join(d, "g.gexf"), "a.gexf",
                                                                  lambda t: t.replace('mode="dynamic"', 'mode="sometimes"')), exp, SCHEMA)),
        ("GEXF with a spell moved", lambda: check_gexf(mutate(os.path.join(d, "g.gexf"), "b.gexf",
                                                              lambda t: t.replace('<spell start="2024-03-01" end="2024-03-01"/>', '<spell start="2024-02-01" end="2024-02-01"/>', 1)), exp, None)),
        ("GEXF without a position", lambda: check_gexf(mutate(os.path.join(d, "g.gexf"), "c.gexf",
                                                              lambda t: re.sub(r'<viz:position [^>]*/>', '', t, count=1)), exp, None)),
        ("CSV without a row", lambda: check_csv(folder_with(os.path.join(d, "csv"), "csv", "edges.csv",
                                                            lambda t: t[:t.rindex("\r\n", 0, len(t) - 2) + 2]), exp)),
        ("Neo4j with the delimiter in a name", lambda: check_neo4j(folder_with(os.path.join(d, "neo4j"), "n1", "entities.csv",
                                                                              lambda t: t.replace(",country,", ",coun\x1ftry,", 1)), exp)),
        ("Neo4j with a dangling :END_ID", lambda: check_neo4j(folder_with(os.path.join(d, "neo4j"), "n2", "relations.csv",
                                                                         lambda t: re.sub(r"\r\n([^,\r\n]+),([^,\r\n]+),", r"\r\n\1,nowhere,", t, count=1)), exp)),
        ("Neo4j with a lower-case type", lambda: check_neo4j(folder_with(os.path.join(d, "neo4j"), "n3", "relations.csv",
                                                                        lambda t: t.replace("PARTNERS_WITH", "partners_with", 1).replace("MEMBER_OF", "member_of", 1)), exp)),
        ("Cypher that appends instead of uniting", lambda: check_cypher(mutate(os.path.join(d, "g.cypher"), "a.cypher",
                                                                              lambda t: re.sub(r"reduce\(acc = coalesce\((\w\.\w+), \[\]\), x IN (\[[^\]]*\]) \| CASE WHEN x IN acc THEN acc ELSE acc \+ x END\)",
                                                                                               r"coalesce(\1, []) + \2", t)), exp)),
    ]
    rejected = 0
    for name, run_check in cases:
        try:
            run_check()
        except (Failure, xmlschema.XMLSchemaValidationError, ValueError, KeyError, SyntaxError, LookupError) as e:
            if os.environ.get("CHECK_EXPORTS_VERBOSE"):
                print(f"       self-test: {name}: {type(e).__name__}: {str(e).splitlines()[0][:120]}")
            rejected += 1
            continue
        raise Failure(f"self-test: the check accepted {name}")
    return f"{rejected} of {len(cases)} broken exports rejected"


# ---------------------------------------------------------------- driver

def dated_corpus(paths, out):
    """A JSON Lines corpus of `paths` with invented dates, two articles a day, so spells share
    dates across articles and several days."""
    with open(out, "w", encoding="utf-8") as f:
        for i, p in enumerate(sorted(paths)):
            text = open(p, encoding="utf-8", errors="replace").read()
            stem = os.path.basename(p).rsplit(".", 1)[0]
            f.write(json.dumps({"id": stem, "title": stem, "text": text, "date": f"2024-03-{1 + i // 2:02d}"}) + "\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--kgraph", required=True)
    ap.add_argument("--shared", default=os.path.join(ROOT, "..", "shared"))
    args = ap.parse_args()
    start = time.time()
    work = tempfile.mkdtemp(prefix="kgraph-exports-")
    xsd = os.path.join(args.shared, "notes", "gexf-1.3", "gexf.xsd")
    schema = xmlschema.XMLSchema(xsd) if os.path.exists(xsd) else None
    global SCHEMA
    SCHEMA = schema
    if schema is None:
        print("note: ../shared/notes/gexf-1.3 not found; GEXF not validated against the XSD")

    graphs = []   # (name, graph JSON given to export)
    examples = sorted(glob.glob(os.path.join(ROOT, "examples", "*.txt")))
    dated = os.path.join(work, "examples.jsonl")
    dated_corpus(examples, dated)
    run(args.kgraph, "extract", dated, "--merge", "-o", os.path.join(work, "examples-dated.json"))
    graphs.append(("examples, dated", os.path.join(work, "examples-dated.json")))
    golds = []
    for sub in ("seeds", "dev"):
        golds += sorted(glob.glob(os.path.join(args.shared, "corpus", sub, "*.gold.json")))
    if golds:
        for g in golds:
            graphs.append((os.path.basename(g).replace(".gold.json", " (gold)"), g))
        run(args.kgraph, "render", *golds, "-o", os.path.join(work, "gold-merged.json"))
        graphs.append((f"all {len(golds)} seeds+dev gold graphs merged", os.path.join(work, "gold-merged.json")))
        texts = []
        for sub in ("seeds", "dev"):
            texts += sorted(glob.glob(os.path.join(args.shared, "corpus", sub, "*.txt")))
        dev = os.path.join(work, "dev.jsonl")
        dated_corpus(texts, dev)
        run(args.kgraph, "extract", dev, "--merge", "-o", os.path.join(work, "dev-dated.json"))
        graphs.append((f"{len(texts)} seeds+dev articles extracted, dated", os.path.join(work, "dev-dated.json")))
    else:
        print("note: ../shared/corpus not found; checking the examples only")

    failures = 0
    totals = {"nodes": 0, "edges": 0}
    for n, (name, source) in enumerate(graphs):
        d = os.path.join(work, f"g{n}")
        os.makedirs(d)
        canon = os.path.join(d, "canonical.json")
        run(args.kgraph, "render", source, "-o", canon)
        exp = Expected(canon)
        totals["nodes"] += len(exp.nodes)
        totals["edges"] += len(exp.edges)
        results = []
        try:
            run(args.kgraph, "export", source, "-o", os.path.join(d, "g.graphml"))
            results.append("GraphML: " + check_graphml(os.path.join(d, "g.graphml"), exp))
            run(args.kgraph, "export", source, "-o", os.path.join(d, "g.gexf"))
            results.append("GEXF: " + check_gexf(os.path.join(d, "g.gexf"), exp, schema))
            run(args.kgraph, "export", source, "-o", os.path.join(d, "csv") + "/", "--format", "csv")
            results.append("CSV: " + check_csv(os.path.join(d, "csv"), exp))
            run(args.kgraph, "export", source, "-o", os.path.join(d, "neo4j") + "/", "--format", "neo4j")
            results.append("Neo4j: " + check_neo4j(os.path.join(d, "neo4j"), exp))
            run(args.kgraph, "export", source, "-o", os.path.join(d, "g.cypher"))
            results.append("Cypher: " + check_cypher(os.path.join(d, "g.cypher"), exp))
            if n == 0:
                results.append("Self-test: " + self_test(d, exp))
            print(f"ok   {name}: {len(exp.nodes)} nodes, {len(exp.edges)} edges")
            for r in results:
                print(f"       {r}")
        except Exception as e:  # one line per failed graph, then go on
            failures += 1
            print(f"FAIL {name}: {type(e).__name__}: {e}")
    print(f"{len(graphs) - failures} of {len(graphs)} graphs read back correctly "
          f"({totals['nodes']} nodes, {totals['edges']} edges) in {time.time() - start:.1f} s")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
