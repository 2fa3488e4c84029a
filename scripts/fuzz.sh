#!/usr/bin/env bash
# Runs one libFuzzer target for a while: scripts/fuzz.sh TARGET SECONDS [libFuzzer flags...]
# TARGET: html text jsonl graph-json lexicon render diff (Fuzz/kgraph-fuzz/FuzzTargets.swift).
# Builds with -sanitize=fuzzer,address into .build/fuzz (apart from the normal build). The seed
# corpus is the repo's examples and graphs, the shared corpus (../shared) when present, and the
# hostile cases of issue 14; the corpus grows in .build/fuzz-corpus/TARGET, findings land in
# .build/fuzz-findings/. Replay a finding: swift build --product kgraph-fuzz &&
# .build/debug/kgraph-fuzz TARGET FILE.
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:?usage: scripts/fuzz.sh TARGET SECONDS}
seconds=${2:?usage: scripts/fuzz.sh TARGET SECONDS}
shift 2
case "$target" in html|text|jsonl|graph-json|lexicon|render|diff) ;; *) echo "fuzz: unknown target $target" >&2; exit 2;; esac

swift build --scratch-path .build/fuzz --product kgraph-fuzz \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING -Xswiftc -parse-as-library -Xswiftc -Xclang-linker -Xswiftc -fuse-ld=lld >&2

corpus=.build/fuzz-corpus/$target seeds=.build/fuzz-seeds/$target
mkdir -p "$corpus" "$seeds" .build/fuzz-findings
# Seeds are copied into the build folder, never into the repository.
case "$target" in
  graph-json|render|diff) cp graphs/*.json "$seeds"/ ;;
  lexicon) printf 'entities:\n  - label: Ruritania\n    type: country\n    aliases: [Strelsau]\n' > "$seeds/lexicon.yaml" ;;
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
# The hostile cases of issue 14.
python3 - "$seeds" "$target" <<'PY'
import json, sys
d, t = sys.argv[1], sys.argv[2]
g = {"title": "t", "nodes": [{"id": "%a", "label": "\u0301A\"<b>", "type": "country"}, {"id": "%b", "label": "B", "type": "country"}],
     "edges": [{"source": "%a", "target": "%b", "type": "supports", "confidence": 0.5,
                "evidence": [{"article": "x", "sentence_index": 0, "sentence": "\u200d\"q\" > <", "confidence": 0.5}]}]}
open(f"{d}/hostile-graph.json", "w").write(json.dumps(g))
open(f"{d}/dotted.txt", "w").write("Talks\n\n" + "U.S.U.K.U.N.U.S.A." * 200 + "\n")
open(f"{d}/nested.html", "w").write("<html><body>" + "<div>" * 2000 + "<p>India met \u0301Japan.</p>")
PY

ASAN_OPTIONS=detect_leaks=0 KGRAPH_FUZZ_TARGET=$target .build/fuzz/debug/kgraph-fuzz \
  -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2048 -max_len=65536 \
  -artifact_prefix=.build/fuzz-findings/"$target"- -print_final_stats=1 "$@" "$corpus" "$seeds"
