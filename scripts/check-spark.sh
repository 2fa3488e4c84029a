#!/usr/bin/env bash
# Runs spark/kgraph_spark.py on Spark in local[2] mode and checks that its merged graph is the
# same bytes as `kgraph extract CORPUS --merge`: over the first 300 articles of
# ../shared/corpus/bulk when present (else the bundled examples as JSON Lines), plus invented
# records without an id, with an empty text, with a numeric id and a url, and a blank line;
# once with the binary at its path (7 partitions) and once shipped by Spark as an archive
# (3 partitions). Java: Debian's openjdk-17-jre-headless (installed when `java` is missing);
# pyspark from PyPI in a virtualenv, .build/venv-spark. KGRAPH names the binary (default
# .build/release/kgraph, else .build/debug/kgraph).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

if ! command -v java >/dev/null; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends openjdk-17-jre-headless >/dev/null
fi
venv=.build/venv-spark
if ! "$venv/bin/python" -c "import pyspark" 2>/dev/null; then
  if ! python3 -m venv "$venv" 2>/dev/null; then
    SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO=sudo
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends python3-venv >/dev/null
    rm -rf "$venv"
    python3 -m venv "$venv"
  fi
  "$venv/bin/pip" install --quiet --disable-pip-version-check "pyspark>=3.5,<4.1"
fi

kgraph=${KGRAPH:-}
if [ -z "$kgraph" ]; then
  for candidate in .build/release/kgraph .build/debug/kgraph; do
    if [ -x "$candidate" ]; then kgraph=$candidate; break; fi
  done
fi
if [ -z "$kgraph" ]; then swift build --product kgraph >/dev/null; kgraph=.build/debug/kgraph; fi
kgraph=$(cd "$(dirname "$kgraph")" && pwd)/$(basename "$kgraph")

# Spark on the loopback address only, and no web UI (no port to bind) in a test run.
export SPARK_LOCAL_IP=127.0.0.1
export PYSPARK_SUBMIT_ARGS="--conf spark.ui.enabled=false pyspark-shell"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
bulk=$root/../shared/corpus/bulk/articles.jsonl
if [ -f "$bulk" ]; then
  head -n 300 "$bulk" > corpus.jsonl
  what="the first 300 bulk articles"
else
  "$kgraph" text "$root"/examples/*.txt --format jsonl > corpus.jsonl
  what="the bundled examples"
fi
# Invented records: no id (line-N), empty text (skipped), a blank line, a numeric id with a url.
cat >> corpus.jsonl <<'JSONL'
{"title": "Talks in Lima", "text": "Peru and Chile held talks on the border. Chile rejected the proposal from Bolivia."}
{"id": "", "text": "   "}

{"id": 42, "url": "https://example.org/brief", "text": "Norway supports the plan of Sweden. Denmark rejected it."}
JSONL

# The archive a cluster's executors get: the binary and its resources folders.
tar -czf kgraph-dist.tar.gz -C "$(dirname "$kgraph")" kgraph kgraph_KGraphIngest.resources kgraph_KGraphExtract.resources

"$kgraph" extract corpus.jsonl --merge --quiet -o expected.json 2>/dev/null
passed=0; failed=0
# The job's pieces without Spark: record tagging, one partition through kgraph, a pair merged.
if KGRAPH=$kgraph "$root/$venv/bin/python" "$root/spark/test_kgraph_spark.py" > unit.log 2>&1; then
  passed=$((passed + 1)); echo "spark: unit tests: $(grep -E '^Ran ' unit.log)"
else
  failed=$((failed + 1)); echo "spark: unit tests: FAILED" >&2; tail -n 30 unit.log >&2
fi
check() {
  local label=$1; shift
  local t0=$SECONDS
  if "$root/$venv/bin/python" "$root/spark/kgraph_spark.py" corpus.jsonl --master 'local[2]' "$@" -o spark.json 2> spark.err \
     && cmp -s expected.json spark.json; then
    passed=$((passed + 1)); echo "spark: $label: same bytes as kgraph extract --merge ($((SECONDS - t0)) s; $(tail -n 1 spark.err))"
  else
    failed=$((failed + 1)); echo "spark: $label: FAILED" >&2; tail -n 20 spark.err >&2
  fi
}
echo "spark: corpus: $what and 4 invented lines, $(wc -c < corpus.jsonl) bytes"
check "7 partitions, binary at its path" --partitions 7 --kgraph "$kgraph"
check "3 partitions, binary shipped as an archive" --partitions 3 --kgraph-archive kgraph-dist.tar.gz
echo "spark: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
