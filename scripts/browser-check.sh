#!/usr/bin/env bash
# Checks kgraph's HTML report in a real browser (headless Chromium) and screenshots it.
#
# Usage: scripts/browser-check.sh [REPORT.html [SCREENSHOT.png]]
#   With no report given: builds kgraph (release) and writes graphs/report.html from the repo's
#   example graphs (graphs/*.json from scripts/make-graphs.sh when present, else examples/*.txt,
#   else the hand-written graphs in scripts/browser-check/samples/), screenshot graphs/report.png.
#   It also reports scripts/browser-check/samples/hostile.json (every text field a script
#   injection) and checks that report with and without its Content-Security-Policy.
#
# How "no script ran" is established: scripts/browser-check/cdp_check.py drives Chromium over
# the DevTools protocol on a pipe (standard library only) and records, from before navigation to
# the load event, every script the page compiles (Debugger.scriptParsed: inline scripts and event
# handlers alike), every request and every CSP violation. It then asserts from the DOM: no
# <script>, no on* attribute, the payloads' sentinel (window.__kgPwned) undefined, unique ids, and
# a non-zero bounding box for every <svg>. html_check.py repeats the static checks with Python's
# HTML parser. Needs: chromium (apt-get install -y chromium), python3.
set -euo pipefail
cd "$(dirname "$0")/.."
here=scripts/browser-check
command -v python3 >/dev/null || { echo "browser-check: python3 is required" >&2; exit 2; }
chromium=$(command -v chromium || command -v chromium-browser || true)
[ -n "$chromium" ] || { echo "browser-check: chromium is not installed (apt-get install -y chromium)" >&2; exit 2; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

if [ $# -ge 1 ]; then
  report=$1
  shot=${2:-graphs/report.png}
else
  swift build -c release --product kgraph >&2
  kg=.build/release/kgraph
  mkdir -p graphs
  report=graphs/report.html
  # Screenshot beside, then graphs/report.png replaced only if its pixels changed.
  shot=$tmp/report.png
  keep=graphs/report.png
  shopt -s nullglob
  graphs=()
  for f in graphs/*.json; do
    case $f in *report*|*compare*|*diff*) ;; *) graphs+=("$f") ;; esac
  done
  if [ ${#graphs[@]} -gt 0 ] && "$kg" report "${graphs[@]}" --diff -o "$report" 2>"$tmp/err"; then
    echo "browser-check: report of ${graphs[*]}"
  elif articles=(examples/*.txt) && [ ${#articles[@]} -gt 0 ] && "$kg" report "${articles[@]}" --diff -o "$report" 2>"$tmp/err"; then
    echo "browser-check: report of ${articles[*]}"
  else
    echo "browser-check: the examples could not be reported ($(head -1 "$tmp/err")); using $here/samples" >&2
    "$kg" report "$here"/samples/[0-9]*.json --diff --title "Example report" -o "$report"
  fi
  "$kg" report "$here/samples/hostile.json" "$here/samples/1-summit.json" --diff -o "$tmp/hostile.html"
fi

status=0
check() { # page, label, extra args for cdp_check.py
  local page=$1 label=$2
  shift 2
  local static
  static=$(python3 "$here/html_check.py" "$page")
  if ! python3 -c 'import json,sys; d=json.loads(sys.argv[1]); sys.exit(0 if not (d["scripts"] or d["eventAttributes"] or d["duplicateIds"] or d["unresolved"]) else 1)' "$static"; then
    echo "FAIL $label (html.parser): $static" >&2
    status=1
  fi
  if python3 "$here/cdp_check.py" "$page" --chromium "$chromium" "$@" > "$tmp/result.json"; then
    python3 - "$tmp/result.json" "$label" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
boxes = ", ".join(f"{s['width']:.0f}x{s['height']:.0f}" for s in d["svgs"])
pages = f", {d['pageBreaks']} page breaks, {d['pdfPages']} PDF pages" if "pdfPages" in d else ""
print(f"ok   {sys.argv[2]}: {len(d['svgs'])} SVGs ({boxes}), {d['sections']} article sections, "
      f"{d['scriptsCompiled']} scripts compiled, {d['requests']} request(s), {d['cspViolations']} CSP violations{pages}")
PY
  else
    echo "FAIL $label:" >&2
    cat "$tmp/result.json" >&2
    status=1
  fi
}

check "$report" "$report" --screenshot "$shot" --max-height "${KGRAPH_SHOT_HEIGHT:-2200}"
# The print stylesheet: a page break before every section, drawings within the page width.
check "$report" "$report (print layout, PDF)" --print-media --pdf "$tmp/report.pdf"
if [ $# -eq 0 ]; then
  check "$tmp/hostile.html" "hostile report"
  # Defence in depth: escaping alone must keep it inert, without the policy's help.
  sed 's/<meta http-equiv="Content-Security-Policy"/<meta name="csp-removed"/' "$tmp/hostile.html" > "$tmp/hostile-no-csp.html"
  grep -q 'csp-removed' "$tmp/hostile-no-csp.html" || { echo "FAIL: could not strip the CSP" >&2; status=1; }
  check "$tmp/hostile-no-csp.html" "hostile report without CSP"
fi
if [ -n "${keep:-}" ] && [ -f "$shot" ]; then
  if [ -f "$keep" ] && python3 scripts/png-same.py "$shot" "$keep"; then :; else cp "$shot" "$keep"; fi
  shot=$keep
fi
[ $status -eq 0 ] && echo "browser-check: passed; screenshot $shot"
exit $status
