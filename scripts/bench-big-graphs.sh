#!/usr/bin/env bash
# Times kgraph on a whole corpus (issue 12), with Graphviz's own `dot`/`sfdp` commands on the
# same DOT as the peer. Prints one line per measurement: seconds, peak memory (max RSS).
# Usage: scripts/bench-big-graphs.sh [CORPUS.jsonl]   (after `swift build -c release`;
# default corpus ../shared/corpus/bulk/articles.jsonl). Work files go to a temporary folder.
set -euo pipefail
cd "$(dirname "$0")/.."
kg=$PWD/.build/release/kgraph
corpus=${1:-../shared/corpus/bulk/articles.jsonl}
[ -x "$kg" ] || { echo "bench-big-graphs: build first: swift build -c release" >&2; exit 2; }
[ -f "$corpus" ] || { echo "bench-big-graphs: no corpus at $corpus" >&2; exit 2; }
command -v /usr/bin/time >/dev/null || { echo "bench-big-graphs: needs GNU time (apt-get install time)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# run LABEL COMMAND...: the command's wall time and max RSS, its stderr kept in $work/err.
run() {
  local label=$1; shift
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" 2> "$work/err" > /dev/null || { cat "$work/err" >&2; echo "bench-big-graphs: $label failed" >&2; exit 1; }
  read -r secs kb < "$work/time"
  printf '%-58s %7.2f s %7d MB\n' "$label" "$secs" $((kb / 1024))
}
count() { python3 -c 'import json,sys; g=json.load(open(sys.argv[1])); e={x for d in g["edges"] for x in (d["source"],d["target"])}; print(len(g["nodes"]), "nodes,", len(e), "connected,", len(g["edges"]), "edges")' "$1"; }

echo "corpus: $corpus ($(wc -l < "$corpus") lines, $(du -h "$corpus" | cut -f1))"
run "extract --merge" "$kg" extract "$corpus" --merge -o "$work/all.json"
echo "  summary: $(tail -n 1 "$work/err")"
run "extract --format jsonl (memory bound)" "$kg" extract "$corpus" --format jsonl -o "$work/all.jsonl"
run "extract - --format jsonl, corpus on stdin (read as it comes)" "$kg" extract - --format jsonl -o "$work/stdin.jsonl" < "$corpus"
run "merge of the jsonl graphs" "$kg" merge "$work/all.jsonl" -o "$work/merged.json"
cmp -s "$work/all.json" "$work/merged.json" && echo "  merge of the jsonl = extract --merge: same bytes" || { echo "  merge of the jsonl differs from extract --merge" >&2; exit 1; }
echo "merged graph: $(count "$work/all.json")"

run "render merged, default view (isolated hidden) -> SVG" "$kg" render "$work/all.json" -o "$work/default.svg"
run "render merged, every isolated node drawn -> SVG" "$kg" render "$work/all.json" --show-isolated -o "$work/all.svg"
run "render merged -> DOT (the peer's input)" "$kg" render "$work/all.json" --hide-isolated -o "$work/all.dot"
engine=$(grep -oE 'layout="?[a-z]+' "$work/all.dot" | head -n 1 | sed 's/.*=//; s/"//' || true)
engine=${engine:-dot}
run "peer: $engine -Tsvg on the same DOT" "$engine" -Tsvg "$work/all.dot" -o "$work/peer.svg"

# A connected graph of about 1,000 nodes: the best-attested part of the corpus.
"$kg" render "$work/all.json" --top 1000 --hide-isolated -o "$work/top1000.json" 2>/dev/null
echo "top-1000 graph: $(count "$work/top1000.json")"
run "render 1,000-node graph -> SVG" "$kg" render "$work/top1000.json" -o "$work/top1000.svg"
run "render 1,000-node graph -> DOT" "$kg" render "$work/top1000.json" -o "$work/top1000.dot"
engine=$(grep -oE 'layout="?[a-z]+' "$work/top1000.dot" | head -n 1 | sed 's/.*=//; s/"//' || true)
engine=${engine:-dot}
run "peer: $engine -Tsvg on the same DOT" "$engine" -Tsvg "$work/top1000.dot" -o "$work/peer1000.svg"
focus=$(python3 -c 'import json,sys; g=json.load(open(sys.argv[1])); d={}
for e in g["edges"]:
    for x in (e["source"], e["target"]): d[x]=d.get(x,0)+len(e["evidence"])
print(max(sorted(d), key=lambda k: d[k]))' "$work/top1000.json")
run "render --focus $focus (depth 1) -> SVG" "$kg" render "$work/top1000.json" --focus "$focus" -o "$work/focus.svg"
run "render --top 50 -> SVG" "$kg" render "$work/top1000.json" --top 50 -o "$work/top50.svg"
run "render merged --top 50 -> SVG" "$kg" render "$work/all.json" --top 50 -o "$work/all-top50.svg"
