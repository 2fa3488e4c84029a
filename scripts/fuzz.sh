#!/usr/bin/env bash
# Runs one libFuzzer target for a while: scripts/fuzz.sh TARGET SECONDS [libFuzzer flags...]
# TARGET: html text jsonl graph-json lexicon render diff (Fuzz/kgraph-fuzz/FuzzTargets.swift).
# SECONDS 0 means no time limit: give a count instead, e.g. scripts/fuzz.sh text 0 -runs=1000000.
# Builds optimized (-c release, so a million inputs take minutes, not hours) with
# -sanitize=fuzzer,address into .build/fuzz (apart from the normal build). Inputs are capped at
# -max_len=4096 bytes: a few paragraphs of an article, a dozen JSON Lines records, a graph of
# a dozen nodes and edges, a lexicon of a dozen entries. Longer inputs only repeat what these
# test, at a fraction of the speed; how the parsers scale with size is covered by the tests and
# bench lines (LargeInputTests, DottedAliasScalingTests, --max-nodes). Later flags override
# these. KGRAPH_FUZZ_BUILD=debug builds unoptimized (CI's short runs). The seeds are the
# repo's examples and graphs, the shared corpus (../shared) when present, and the hostile cases
# of issue 14; the corpus grows in .build/fuzz-corpus/TARGET, findings land in
# .build/fuzz-findings/. Replay a finding: swift build --product kgraph-fuzz &&
# .build/debug/kgraph-fuzz TARGET FILE.
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:?usage: scripts/fuzz.sh TARGET SECONDS}
seconds=${2:?usage: scripts/fuzz.sh TARGET SECONDS}
shift 2
case "$target" in html|text|jsonl|graph-json|lexicon|render|diff) ;; *) echo "fuzz: unknown target $target" >&2; exit 2;; esac

config=${KGRAPH_FUZZ_BUILD:-release}  # debug compiles faster (CI's short runs), runs ~5x slower
swift build -c "$config" --scratch-path .build/fuzz --product kgraph-fuzz \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING -Xswiftc -parse-as-library -Xswiftc -Xclang-linker -Xswiftc -fuse-ld=lld >&2

corpus=.build/fuzz-corpus/$target seeds=.build/fuzz-seeds/$target
mkdir -p "$corpus" "$seeds" .build/fuzz-findings
# Seeds are copied into the build folder, never into the repository.
case "$target" in
  graph-json|render|diff) cp graphs/*.json "$seeds"/ ;;
  lexicon) ;;  # written below: the first byte picks YAML (odd) or JSON (even)
  *) cp examples/*.txt "$seeds"/ ;;
esac
shared=../shared/corpus
if [ -d "$shared" ]; then
  case "$target" in
    html) find "$shared" -name '*.html' | head -40 | xargs -r cp -t "$seeds"/ ;;
    text) find "$shared" -name '*.txt' | head -40 | xargs -r cp -t "$seeds"/ ;;
    jsonl) head -c 200000 "$shared/bulk/articles.jsonl" > "$seeds/bulk-head.jsonl" ;;
    graph-json|render|diff) find "$shared" -name '*.gold.json' | head -20 | xargs -r cp -t "$seeds"/ ;;
  esac
fi
# The hostile cases of issue 14, and small graphs cut from the big seeds so they fit -max_len.
python3 - "$seeds" "$target" <<'PY'
import glob, json, os, sys
d, t = sys.argv[1], sys.argv[2]
def cut(g, k):
    ids = [n["id"] for n in g.get("nodes", [])[:k]]
    edges = [dict(e, evidence=e.get("evidence", [])[:1]) for e in g.get("edges", []) if e.get("source") in ids and e.get("target") in ids]
    return dict(g, nodes=g["nodes"][:k], edges=edges)
small = []
for f in sorted(glob.glob(f"{d}/*.json")):
    try: g = json.load(open(f))
    except Exception: continue
    if not isinstance(g, dict) or not isinstance(g.get("nodes"), list): continue
    for k in (3, 8, 16):
        s = json.dumps(cut(g, k), ensure_ascii=False)
        if len(s.encode()) <= 4000: small.append(s)
for i, s in enumerate(small):
    open(f"{d}/small-{i}.json", "w").write(s)
if t == "diff":
    for i in range(len(small) - 1):
        open(f"{d}/pair-{i}.json", "wb").write(small[i].encode() + b"\0" + small[i + 1].encode())
if t == "lexicon":
    # A slice of each bundled file as JSON, and a YAML file using every section.
    for f in sorted(glob.glob("Sources/KGraphExtract/Resources/Lexicon/*.json")):
        lex = json.load(open(f))
        part = {k: v[:6] for k, v in lex.items() if isinstance(v, list)}
        open(f"{d}/{os.path.basename(f)}", "w").write(" " + json.dumps(part, ensure_ascii=False))
    open(f"{d}/every-section.yaml", "w").write("""!# made up
entities:
  - label: Ruritania
    type: country
    aliases: [Strelsau, {text: "R.", ambiguous: true}]
    demonyms: ["Ruritanian"]
    roles: [{office: King, of: Ruritania, relation: leads, from: 1890, to: null}]
  - label: "Rudolf V"
    type: person
    note: 'a king'
suppress: [Forum statistics]
verbs:
  - {phrase: "courts", edge: supports, inverse: false}
memberships:
  - of: Zenda League
    members: [Ruritania, Graustark]
""")
g = {"title": "t", "nodes": [{"id": "%a", "label": "\u0301A\"<b>", "type": "country"}, {"id": "%b", "label": "B", "type": "country"}],
     "edges": [{"source": "%a", "target": "%b", "type": "supports", "confidence": 0.5,
                "evidence": [{"article": "x", "sentence_index": 0, "sentence": "\u200d\"q\" > <", "confidence": 0.5}]}]}
open(f"{d}/hostile-graph.json", "w").write(json.dumps(g))
open(f"{d}/dotted.txt", "w").write("Talks\n\n" + "U.S.U.K.U.N.U.S.A." * 200 + "\n")
open(f"{d}/nested.html", "w").write("<html><body>" + "<div>" * 2000 + "<p>India met \u0301Japan.</p>")
PY

ASAN_OPTIONS=detect_leaks=0 KGRAPH_FUZZ_TARGET=$target .build/fuzz/"$config"/kgraph-fuzz \
  -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2048 -max_len=4096 \
  -artifact_prefix=.build/fuzz-findings/"$target"- -print_final_stats=1 "$@" "$corpus" "$seeds"
