#!/usr/bin/env bash
# Article text from raw web pages: kgraph against trafilatura on the same pages, in the same run.
#   scripts/bench-web.sh [--bin PATH] [--web DIR] [--rounds N]
# Installs trafilatura with pip into a throwaway virtualenv (.build/venv-web), builds kgraph
# (release) unless --bin is given, then scores both with the benchmark's own metric
# (../shared/eval/web-eval's shingle F1) and times both over the same decompressed pages,
# one process each, alternating, best of N rounds. Prints both F1s, both speeds and the ratio.
set -euo pipefail
cd "$(dirname "$0")/.."
bin="" web=../shared/corpus/web rounds=3
while [ $# -gt 0 ]; do
  case "$1" in
    --bin) bin=$2; shift 2 ;;
    --web) web=$2; shift 2 ;;
    --rounds) rounds=$2; shift 2 ;;
    *) echo "bench-web: unknown argument $1" >&2; exit 2 ;;
  esac
done
[ -f "$web/ground-truth.json" ] || { echo "bench-web: no benchmark pages at $web" >&2; exit 2; }
if [ -z "$bin" ]; then
  swift build -c release --product kgraph >/dev/null
  bin=.build/release/kgraph
fi
venv=.build/venv-web
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c "import trafilatura, lxml_html_clean" 2>/dev/null; then
  rm -rf "$venv"
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check "trafilatura==2.3.1" lxml_html_clean
fi
exec "$venv/bin/python" - "$bin" "$web" "$rounds" <<'PY'
import gzip, json, os, re, subprocess, sys, tempfile, time
from collections import Counter
import trafilatura

bin_, web, rounds = sys.argv[1], sys.argv[2], int(sys.argv[3])
TOKEN = re.compile(r"\w+", re.UNICODE)

def shingles(text, n=4):
    toks = TOKEN.findall(text or "")
    return Counter(tuple(toks[i:i + n]) for i in range(0, max(1, len(toks) - n + 1)) if toks[i:i + n])

def page(truth, pred):
    # The scrapinghub article-extraction benchmark's metric, as in ../shared/eval/web-eval.
    t, p = shingles(truth), shingles(pred)
    tp = sum(min(c, p.get(k, 0)) for k, c in t.items())
    fp = sum(max(0, c - t.get(k, 0)) for k, c in p.items())
    fn = sum(max(0, c - p.get(k, 0)) for k, c in t.items())
    s = tp + fp + fn
    if s:
        tp, fp, fn = tp / s, fp / s, fn / s
    prec = 1.0 if fp == fn == 0 else (0.0 if tp == fp == 0 else tp / (tp + fp))
    rec = 1.0 if fp == fn == 0 else (0.0 if tp == fn == 0 else tp / (tp + fn))
    return prec, rec, tp + fp > 0, tp + fn > 0

def f1(truth, got):
    ps, rs = [], []
    for key, t in truth.items():
        p, r, hp, hr = page(t.get("articleBody", ""), got.get(key, ""))
        if hp: ps.append(p)
        if hr: rs.append(r)
    P, R = sum(ps) / len(ps), sum(rs) / len(rs)
    return 2 * P * R / (P + R) if P + R else 0.0

truth = json.load(open(os.path.join(web, "ground-truth.json"), encoding="utf-8"))
with tempfile.TemporaryDirectory() as tmp:
    pages = os.path.join(tmp, "pages")
    os.mkdir(pages)
    raw, nbytes = {}, 0
    for key in truth:
        b = gzip.decompress(open(os.path.join(web, "pages", key + ".html.gz"), "rb").read())
        raw[key] = b
        nbytes += len(b)
        open(os.path.join(pages, key + ".html"), "wb").write(b)
    out = os.path.join(tmp, "out.jsonl")

    def run_kgraph():
        t0 = time.perf_counter()
        subprocess.run([bin_, "text", pages, "--format", "jsonl", "-o", out], check=True, stderr=subprocess.DEVNULL)
        return time.perf_counter() - t0

    def run_trafilatura():
        got = {}
        t0 = time.perf_counter()
        for key, b in raw.items():
            got[key] = trafilatura.extract(b, include_comments=False) or ""
        return time.perf_counter() - t0, got

    k_best = t_best = float("inf")
    t_got = {}
    for _ in range(rounds):
        k_best = min(k_best, run_kgraph())
        t, t_got = run_trafilatura()
        t_best = min(t_best, t)
    k_got = {}
    for line in open(out, encoding="utf-8"):
        if line.strip():
            o = json.loads(line)
            k_got[o["id"]] = o.get("text", "")

mb = nbytes / 1e6
kf, tf = f1(truth, k_got), f1(truth, t_got)
ks, ts = mb / k_best, mb / t_best
print(f"{len(truth)} pages, {mb:.1f} MB, best of {rounds} rounds, one process each, one core")
print(f"  kgraph text      F1 {kf:.3f}  {ks:6.1f} MB/s  ({k_best:.2f} s, process start and JSON Lines output included)")
print(f"  trafilatura {trafilatura.__version__}  F1 {tf:.3f}  {ts:6.1f} MB/s  ({t_best:.2f} s, in-process)")
print(f"  kgraph is {ks / ts:.1f}x as fast, F1 {kf - tf:+.3f}")
PY
