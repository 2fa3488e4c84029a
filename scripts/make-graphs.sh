#!/usr/bin/env bash
# Regenerates graphs/ from the repo's own example articles (examples/*.txt):
# each article's graph JSON and SVG, the diff of the first two, the comparison of all,
# and the HTML report, plus screenshots in headless Chromium of a graph, the diff, the
# comparison and the report (when Chromium is installed). A screenshot is replaced only when
# its pixels changed (scripts/png-same.py), so running this twice leaves `git status` clean.
# Usage: scripts/make-graphs.sh   (after `swift build -c release`)
set -euo pipefail
cd "$(dirname "$0")/.."
kg=${KGRAPH:-.build/release/kgraph}  # KGRAPH=.build/debug/kgraph to use another build
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
# Keeps OUT when NEW shows the same pixels, else moves NEW over it.
keep_or_replace() { # NEW OUT
  if [ -f "$2" ] && python3 scripts/png-same.py "$1" "$2"; then rm -f "$1"; else mv "$1" "$2"; fi
  echo "$2"
}
if command -v chromium >/dev/null && [ -x scripts/browser-check.sh ]; then
  shots=$(mktemp -d)
  trap 'rm -rf "$shots"' EXIT
  scripts/browser-check.sh graphs/report.html "$shots/report.png"
  keep_or_replace "$shots/report.png" graphs/report.png
  for view in asian-nato diff-asian-nato-nato-plus compare; do
    scripts/screenshot-svg.sh "graphs/$view.svg" "$shots/$view.png"
    keep_or_replace "$shots/$view.png" "graphs/screenshot-$view.png"
  done
fi
