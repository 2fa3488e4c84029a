#!/usr/bin/env bash
# Regenerates graphs/ from the repo's own example articles (examples/*.txt):
# each article's graph JSON and SVG, the diff of the first two, the comparison of all,
# and the HTML report (plus its browser screenshot when Chromium is installed).
# Usage: scripts/make-graphs.sh   (after `swift build -c release`)
set -euo pipefail
cd "$(dirname "$0")/.."
kg=.build/release/kgraph
[ -x "$kg" ] || { echo "make-graphs: build first: swift build -c release" >&2; exit 2; }
mkdir -p graphs
for article in examples/*.txt; do
  name=$(basename "$article" .txt)
  "$kg" extract "$article" -o "graphs/$name.json"
  "$kg" render "graphs/$name.json" -o "graphs/$name.svg"
  echo "graphs/$name.svg"
done
"$kg" render graphs/asian-nato.json -o graphs/asian-nato.png
# diff exits 1 when the graphs differ, as diff(1) does.
"$kg" diff graphs/asian-nato.json graphs/nato-plus.json -o graphs/diff-asian-nato-nato-plus.svg || [ $? -eq 1 ]
"$kg" diff graphs/asian-nato.json graphs/nato-plus.json --format text --color never > graphs/diff-asian-nato-nato-plus.txt || [ $? -eq 1 ]
# A view of the three merged: Japan and its neighbours (README, "Views of big graphs").
"$kg" render graphs/asian-nato.json graphs/nato-plus.json graphs/quad-summit.json --focus japan -o graphs/focus-japan.svg
"$kg" compare graphs/asian-nato.json graphs/nato-plus.json graphs/quad-summit.json -o graphs/compare.svg
"$kg" report examples/asian-nato.txt examples/nato-plus.txt examples/quad-summit.txt --diff -o graphs/report.html
echo "graphs/diff-asian-nato-nato-plus.svg graphs/focus-japan.svg graphs/compare.svg graphs/report.html"
if command -v chromium >/dev/null && [ -x scripts/browser-check.sh ]; then
  scripts/browser-check.sh graphs/report.html graphs/report.png
fi
