#!/usr/bin/env bash
# Builds release and measures extraction throughput on the bulk corpus: MB/s per stage on one
# core and on all cores, CPU time, max RSS, and (with --base) the ratio against another
# kgraph-bench binary, run alternately with this one so machine load hits both alike.
#   scripts/bench-extract.sh [CORPUS.jsonl] [--repeat N] [--base BASE_KGRAPH_BENCH] [--rounds R]
# Example: keep a copy of main's binary, then compare:
#   cp .build/release/kgraph-bench /tmp/kgraph-bench-main    (on main)
#   scripts/bench-extract.sh --base /tmp/kgraph-bench-main --rounds 3
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=../shared/corpus/bulk/articles.jsonl
repeat=3 base="" rounds=3
while [ $# -gt 0 ]; do
    case $1 in
        --repeat) repeat=$2; shift 2 ;;
        --base) base=$2; shift 2 ;;
        --rounds) rounds=$2; shift 2 ;;
        *) corpus=$1; shift ;;
    esac
done
swift build -c release --product kgraph-bench >/dev/null
bench=.build/release/kgraph-bench
if [ -z "$base" ]; then
    exec "$bench" extract "$corpus" --repeat "$repeat"
fi
# The whole extractor on one core (CPU time, so other processes count little), alternating.
whole() { "$1" extract "$corpus" --repeat 1 | awk '/whole extractor, 1 core/ { print $5 }'; }
ratios=()
for r in $(seq "$rounds"); do
    b=$(whole "$base"); n=$(whole "$bench")
    ratio=$(awk -v n="$n" -v b="$b" 'BEGIN { printf "%.2f", n / b }')
    ratios+=("$ratio")
    echo "round $r: whole extractor, 1 core: base $b MB/s, this build $n MB/s, ratio ${ratio}x"
done
printf '%s\n' "${ratios[@]}" | sort -n | awk '{ a[NR] = $1 } END { printf "median ratio over %d rounds: %.2fx\n", NR, a[int((NR + 1) / 2)] }'
