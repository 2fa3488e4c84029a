#!/usr/bin/env bash
# Checks that two kgraph binaries extract byte-identical graphs from the shared corpus: every
# seeds, dev and dev2 article (.txt and .html) one by one, and bulk both per article (-o DIR/)
# and merged (--merge). Prints each difference and exits non-zero when there is one.
#   scripts/check-same-output.sh BASE_KGRAPH NEW_KGRAPH [CORPUS_DIR]
set -uo pipefail
base=${1:?usage: check-same-output.sh BASE_KGRAPH NEW_KGRAPH [CORPUS_DIR]}
new=${2:?usage: check-same-output.sh BASE_KGRAPH NEW_KGRAPH [CORPUS_DIR]}
corpus=${3:-$(dirname "$0")/../../shared/corpus}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
diffs=0 files=0
for f in "$corpus"/{seeds,dev,dev2}/*.txt "$corpus"/{seeds,dev,dev2}/*.html; do
    [ -e "$f" ] || continue
    files=$((files + 1))
    "$base" extract "$f" -o "$work/a.json" 2>"$work/a.err"; ra=$?
    "$new" extract "$f" -o "$work/b.json" 2>"$work/b.err"; rb=$?
    if [ $ra != $rb ] || ! cmp -s "$work/a.json" "$work/b.json" || ! cmp -s "$work/a.err" "$work/b.err"; then
        echo "DIFFERENT: $f (exit $ra vs $rb)"; diffs=$((diffs + 1))
    fi
done
bulk="$corpus/bulk/articles.jsonl"
if [ -e "$bulk" ]; then
    mkdir -p "$work/A" "$work/B"
    "$base" extract "$bulk" -o "$work/A/" 2>"$work/A.err" || echo "base failed on bulk"
    "$new" extract "$bulk" -o "$work/B/" 2>"$work/B.err" || echo "new failed on bulk"
    # (The summary line names each run's own output folder.)
    sed -i "s#$work/A/#OUT/#" "$work/A.err"; sed -i "s#$work/B/#OUT/#" "$work/B.err"
    if ! cmp -s "$work/A.err" "$work/B.err"; then diffs=$((diffs + 1)); echo "DIFFERENT: bulk warnings"; fi
    n=$(ls "$work/A" | wc -l)
    if ! diff -rq "$work/A" "$work/B"; then diffs=$((diffs + 1)); echo "DIFFERENT: bulk per article"; fi
    "$base" extract "$bulk" --merge -o "$work/a-merged.json" 2>/dev/null || echo "base failed on bulk --merge"
    "$new" extract "$bulk" --merge -o "$work/b-merged.json" 2>/dev/null || echo "new failed on bulk --merge"
    if ! cmp -s "$work/a-merged.json" "$work/b-merged.json"; then diffs=$((diffs + 1)); echo "DIFFERENT: bulk merged"; fi
    echo "bulk: $n article graphs compared, merged graph compared"
fi
echo "$files corpus files compared; $diffs difference(s)"
[ $diffs = 0 ]
