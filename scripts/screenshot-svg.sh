#!/usr/bin/env bash
# Screenshots an SVG as headless Chromium draws it: the SVG at its natural size, scaled down
# to at most 1200 CSS pixels wide, on white, at device scale 1, no scrollbars.
# Usage: scripts/screenshot-svg.sh IN.svg OUT.png   (needs chromium and python3)
set -euo pipefail
in=$1 out=$2
chromium=$(command -v chromium || command -v chromium-browser || true)
[ -n "$chromium" ] || { echo "screenshot-svg: chromium is not installed" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# The size from the viewBox (points; a CSS pixel is 3/4 of a point).
read -r width height < <(python3 - "$in" <<'PY'
import math, re, sys
head = open(sys.argv[1], encoding="utf-8").read(4096)
w, h = map(float, re.search(r'viewBox="0 0 ([\d.]+) ([\d.]+)"', head).groups())
px = min(1200, math.ceil(w * 4 / 3))
print(px, math.ceil(px * h / w))
PY
)
uri=$(python3 -c 'import pathlib, sys; print(pathlib.Path(sys.argv[1]).resolve().as_uri())' "$in")
printf '<!DOCTYPE html><html><head><style>html,body{margin:0;background:#fff}img{display:block;width:%spx}</style></head><body><img src="%s" alt=""></body></html>\n' "$width" "$uri" > "$tmp/page.html"
"$chromium" --headless=new --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
  --no-first-run --disable-extensions --user-data-dir="$tmp/profile" --allow-file-access-from-files \
  --window-size="$width,$height" --screenshot="$tmp/shot.png" "file://$tmp/page.html" >/dev/null 2>&1
[ -s "$tmp/shot.png" ] || { echo "screenshot-svg: chromium made no screenshot of $in" >&2; exit 2; }
mv "$tmp/shot.png" "$out"
