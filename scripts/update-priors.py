#!/usr/bin/env python3
"""Writes measured rule precisions (scripts/rule-precision.py --json output) into verbs.json's
"rules" table, keeping the file's layout; rules without a measurement keep their value.

  scripts/rule-precision.py DIR CORPUS... --json > priors.json
  scripts/update-priors.py priors.json Sources/KGraphExtract/Resources/Lexicon/verbs.json
"""
import json, re, sys

priors = json.load(open(sys.argv[1]))
path = sys.argv[2]
text = open(path, encoding="utf-8").read()
start = text.index('"rules": {')
end = text.index("}", start)
rules = json.loads("{" + text[start + len('"rules": {'):end] + "}")
for rule, c in priors.items():
    if rule in rules or c["hits"] + c["spurious"] > 0:
        rules[rule] = c["precision"]
body = ", ".join(f'"{k}": {v:.2f}' for k, v in sorted(rules.items()))
# wrap at ~100 columns
lines, cur = [], "    "
for part in body.split(", "):
    if len(cur) + len(part) > 100:
        lines.append(cur.rstrip())
        cur = "    "
    cur += part + ", "
lines.append(cur.rstrip(", "))
text = text[:start] + '"rules": {\n' + ",\n".join(l.rstrip(",") for l in lines) + "\n  " + text[end:]
json.loads(text)
open(path, "w", encoding="utf-8").write(text)
