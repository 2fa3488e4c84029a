#!/usr/bin/env bash
# Reads kgraph's exports back with the real consumers (NetworkX, igraph, xmlschema, pandas,
# Python's csv, a Neo4j CSV checker and a Cypher MERGE interpreter): scripts/check-exports.py.
# The tools go into a virtualenv in .build/venv-export, from PyPI, on first use.
# Uses KGRAPH if set, else .build/release/kgraph, else .build/debug/kgraph (built if missing).
set -euo pipefail
cd "$(dirname "$0")/.."

venv=.build/venv-export
if ! "$venv/bin/python" -c "import networkx, igraph, xmlschema, pandas" 2>/dev/null; then
  if ! python3 -m venv "$venv" 2>/dev/null; then
    # Debian's python3 needs python3-venv for `python3 -m venv`.
    SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO=sudo
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends python3-venv >/dev/null
    rm -rf "$venv"
    python3 -m venv "$venv"
  fi
  "$venv/bin/pip" install --quiet --disable-pip-version-check \
    "networkx>=3.2,<4" "python-igraph>=0.11,<2" "xmlschema>=3,<5" "pandas>=2,<4"
fi

kgraph=${KGRAPH:-}
if [ -z "$kgraph" ]; then
  for candidate in .build/release/kgraph .build/debug/kgraph; do
    if [ -x "$candidate" ]; then kgraph=$candidate; break; fi
  done
fi
if [ -z "$kgraph" ]; then
  swift build --product kgraph >/dev/null
  kgraph=.build/debug/kgraph
fi

exec "$venv/bin/python" scripts/check-exports.py --kgraph "$kgraph" "$@"
