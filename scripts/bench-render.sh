#!/bin/sh
# In-process Graphviz rendering against the dot command, measured in the same run.
# Usage: scripts/bench-render.sh [--runs N] [--sizes 20,50,100] [--engine dot]
set -eu
cd "$(dirname "$0")/.."
swift build -c release --product kgraph-bench
exec .build/release/kgraph-bench render "$@"
