#!/usr/bin/env bash
# Builds release and measures extraction throughput (MB/s, articles/s) on the bulk corpus.
#   scripts/bench-extract.sh [CORPUS.jsonl] [--repeat N]
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product kgraph-bench >/dev/null
corpus=${1:-../shared/corpus/bulk/articles.jsonl}
[ $# -gt 0 ] && shift
exec .build/release/kgraph-bench extract "$corpus" "$@"
