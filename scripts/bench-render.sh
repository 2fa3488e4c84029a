#!/bin/sh
# In-process Graphviz rendering against the dot command, measured in the same run.
# Usage: scripts/bench-render.sh [--runs N] [--sizes 20,50,100] [--engine dot]
# Both sides run on one core (taskset; dot inherits it), so neither pays for the scheduler
# moving it between cores mid-run, which made the in-process side bimodal on a 2-core VM.
# KGRAPH_BENCH_CPU picks the core (default 0); KGRAPH_BENCH_CPU=none does not pin.
set -eu
cd "$(dirname "$0")/.."
swift build -c release --product kgraph-bench
cpu=${KGRAPH_BENCH_CPU:-0}
if [ "$cpu" != none ] && command -v taskset >/dev/null; then
  exec taskset -c "$cpu" .build/release/kgraph-bench render "$@"
fi
exec .build/release/kgraph-bench render "$@"
