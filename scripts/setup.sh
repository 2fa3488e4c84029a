#!/usr/bin/env bash
# Installs what kgraph needs on a fresh Debian machine: Graphviz's C libraries and the
# `dot` command (used only by the benchmark as the peer to beat), pkg-config, python3 for
# the evaluation scripts, and Chromium for the report's browser check.
set -euo pipefail
need=()
pkg-config --exists libgvc 2>/dev/null || need+=(libgraphviz-dev pkg-config)
command -v dot >/dev/null || need+=(graphviz)
command -v python3 >/dev/null || need+=(python3)
command -v chromium >/dev/null || need+=(chromium)
if [ ${#need[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
command -v swift >/dev/null || { echo "setup: Swift 6 toolchain not found on PATH (install it from swift.org)" >&2; exit 1; }
