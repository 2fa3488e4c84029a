#!/usr/bin/env python3
"""Static check of a kgraph HTML report with Python's html.parser (an HTML tokenizer, so it
sees what a browser's parser would, not what an XML parser would). Prints JSON: number of
<script> elements, on* attributes, duplicate ids, references (url(#x), href="#x") inside
each <svg> that do not resolve to an id of the same <svg>. Usage: html_check.py PAGE.html"""
import json, re, sys
from html.parser import HTMLParser

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class Check(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.scripts, self.events, self.ids, self.svgs, self.depth = 0, [], [], [], 0

    def handle_starttag(self, tag, attrs):
        self.start(tag, attrs, closed=tag in VOID)

    def handle_startendtag(self, tag, attrs):
        self.start(tag, attrs, closed=True)

    def start(self, tag, attrs, closed):
        if tag == "script":
            self.scripts += 1
        if tag == "svg" and not closed:
            if self.depth == 0:
                self.svgs.append({"ids": set(), "refs": []})
            self.depth += 1
        for name, value in attrs:
            value = value or ""
            if name.lower().startswith("on"):
                self.events.append(f"{tag}.{name}")
            if name == "id":
                self.ids.append(value)
                if self.depth:
                    self.svgs[-1]["ids"].add(value)
            if self.depth:
                if name in ("href", "xlink:href") and value.startswith("#"):
                    self.svgs[-1]["refs"].append(value[1:])
                self.svgs[-1]["refs"] += re.findall(r"url\(#([^)]*)\)", value)

    def handle_endtag(self, tag):
        if tag == "svg" and self.depth:
            self.depth -= 1


c = Check()
with open(sys.argv[1], encoding="utf-8") as f:
    c.feed(f.read())
c.close()
seen, dups = set(), set()
for i in c.ids:
    (dups if i in seen else seen).add(i)
unresolved = [r for s in c.svgs for r in s["refs"] if r not in s["ids"]]
print(json.dumps({"scripts": c.scripts, "eventAttributes": c.events, "duplicateIds": sorted(dups),
                  "unresolved": unresolved, "svgs": len(c.svgs), "references": sum(len(s["refs"]) for s in c.svgs)}))
