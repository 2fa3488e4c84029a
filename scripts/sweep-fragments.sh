#!/usr/bin/env bash
# Extracts many single sentences of a JSON Lines corpus, each whole and cut at a random token
# (a fixed seed: the same fragments every run), and fails when kgraph traps on any of them.
# Rules look a token or two past a name, and a fragment that ends right there ("... met Peru's",
# "... argued between the") is where an index runs past the sentence; whole articles rarely end so.
#   scripts/sweep-fragments.sh [-n FRAGMENTS] [--bin KGRAPH] [CORPUS.jsonl]
# Defaults: 40000 fragments, .build/release/kgraph, ../shared/corpus/bulk/articles.jsonl.
set -uo pipefail
cd "$(dirname "$0")/.."
count=40000 bin=.build/release/kgraph corpus=../shared/corpus/bulk/articles.jsonl
while [ $# -gt 0 ]; do
    case "$1" in
        -n) count=${2:?-n needs a number}; shift 2 ;;
        --bin) bin=${2:?--bin needs a path}; shift 2 ;;
        -h|--help) sed -n '2,6p' "$0"; exit 0 ;;
        *) corpus=$1; shift ;;
    esac
done
[ -x "$bin" ] || { echo "sweep-fragments: no kgraph at $bin (swift build -c release)" >&2; exit 2; }
[ -r "$corpus" ] || { echo "sweep-fragments: cannot read $corpus" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$corpus" "$count" "$work" <<'EOF'
import json, random, re, sys
corpus, count, work = sys.argv[1], int(sys.argv[2]), sys.argv[3]
sentences = []
for line in open(corpus, encoding='utf-8', errors='replace'):
    try:
        text = json.loads(line).get('text') or ''
    except ValueError:
        continue
    sentences += [s for s in re.split(r'(?<=[.!?])\s+', text) if 20 < len(s) < 600]
rng = random.Random(25)
rng.shuffle(sentences)
fragments = []
for s in sentences:
    if len(fragments) >= count:
        break
    fragments.append(s)
    spans = [m.end() for m in re.finditer(r"\w+|[^\w\s]", s)]
    if len(spans) > 2:
        fragments.append(s[:spans[rng.randrange(1, len(spans) - 1)]])
fragments = fragments[:count]
chunk = 2000
for c in range(0, len(fragments), chunk):
    with open(f'{work}/chunk{c // chunk:04d}.jsonl', 'w', encoding='utf-8') as f:
        for i, s in enumerate(fragments[c:c + chunk]):
            f.write(json.dumps({'id': f'f{c + i}', 'title': '', 'text': s}) + '\n')
print(f'sweep-fragments: {len(fragments)} fragments of {len(sentences)} sentences', file=sys.stderr)
EOF

# Chunks in parallel, one per core; a chunk that traps is bisected down to its fragment.
ls "$work"/chunk*.jsonl | xargs -P "$(nproc)" -I{} sh -c '"$0" extract "$1" --format jsonl -o /dev/null --quiet >/dev/null 2>"$1.err"; echo $? > "$1.rc"' "$bin" {}
failed=0
for rc in "$work"/*.rc; do
    code=$(cat "$rc")
    if [ "$code" -gt 2 ]; then
        chunk=${rc%.rc}
        failed=$((failed + 1))
        # Halve the chunk while a half still traps.
        cp "$chunk" "$work/part.jsonl"
        while [ "$(wc -l < "$work/part.jsonl")" -gt 1 ]; do
            half=$(( $(wc -l < "$work/part.jsonl") / 2 ))
            head -n "$half" "$work/part.jsonl" > "$work/a.jsonl"
            tail -n +"$((half + 1))" "$work/part.jsonl" > "$work/b.jsonl"
            ( "$bin" extract "$work/a.jsonl" --format jsonl -o /dev/null --quiet ) >/dev/null 2>&1
            if [ $? -gt 2 ]; then mv "$work/a.jsonl" "$work/part.jsonl"; else mv "$work/b.jsonl" "$work/part.jsonl"; fi
        done
        echo "sweep-fragments: kgraph traps (exit $code) on: $(cat "$work/part.jsonl")" >&2
    fi
done
if [ $failed -gt 0 ]; then echo "sweep-fragments: $failed chunk(s) trapped" >&2; exit 1; fi
echo "sweep-fragments: $(ls "$work"/chunk*.jsonl | wc -l) chunks, no trap"
