#!/usr/bin/env python3
"""Checks the bundled lexicon (Sources/KGraphExtract/Resources/Lexicon/*.json).

Usage: scripts/check-lexicon.py [DIR_OR_FILES...]

Checks: valid JSON; known top-level sections; every entity has label and an allowed type;
surface-form lists hold strings or {"text", "ambiguous"} objects; demonyms/metonyms only on
countries; roles have office, an `of` that resolves to a country/organization/alliance label
in some file, relation leads|serves and sane years; no two entities share a node id (slug);
no surface form (label, alias, demonym, metonym) is claimed by two entities unless one of the
claims is marked ambiguous. Prints counts per file and type. Exit status 1 on any error.
"""
import glob, json, os, re, sys, unicodedata
from collections import Counter, defaultdict

TYPES = {"country", "person", "alliance", "organization", "principle", "region"}
ENTITY_KEYS = {"label", "type", "aliases", "demonyms", "metonyms", "roles", "note", "ambiguous"}
ROLE_KEYS = {"office", "of", "relation", "from", "to"}
EDGES = {"proposes", "rejects", "supports", "partners-with", "tension-with", "counters",
         "member-of", "leads", "serves", "upholds", "founded"}

def slug(label):
    """Mirror of KGraphModel Slug.make."""
    out, pending = "", False
    for ch in unicodedata.normalize("NFD", label):
        if unicodedata.category(ch) == "Mn" or ch in "'\u2019\u2018":
            continue
        if ch.isascii() and ch.isalnum():
            if pending and out: out += "-"
            pending = False
            out += ch.lower()
        elif ch == "&":
            if out: out += "-and"
            pending = True
        elif not ch.isascii() and ch.isalpha():
            if pending and out: out += "-"
            pending = False
            out += ch.lower()
        else:
            pending = True
    return out or "node"

def key(form):
    """How the recognizer compares surface forms: short acronyms case-sensitively, the rest folded."""
    s = unicodedata.normalize("NFD", form.replace("\u2019", "'").replace("\u2018", "'"))
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    s = re.sub(r"\s+", " ", s).strip()
    if re.sub(r"[^A-Za-z]", "", s).__len__() <= 4 and any(c.isupper() for c in s):
        return s
    s = s.lower()
    return s[4:] if s.startswith("the ") else s

def main(argv):
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..",
                        "Sources", "KGraphExtract", "Resources", "Lexicon")
    args = argv[1:] or [root]
    files = []
    for a in args:
        files += sorted(glob.glob(os.path.join(a, "*.json"))) if os.path.isdir(a) else [a]
    errors, warnings = [], []
    ents = []  # (file, index, entity)
    counts = defaultdict(Counter)
    nsuppress = nverbs = 0
    memberships = []  # (file, index, {"of", "members"})
    for f in files:
        name = os.path.basename(f)
        try:
            with open(f, encoding="utf-8") as fh:
                doc = json.load(fh)
        except (OSError, ValueError) as e:
            errors.append(f"{name}: not valid JSON: {e}")
            continue
        if not isinstance(doc, dict):
            errors.append(f"{name}: top level must be an object"); continue
        other = [k for k in doc if k not in ("entities", "suppress", "verbs", "memberships", "note", "_comment")]
        if other:
            warnings.append(f"{name}: sections not read by the entity loader: {', '.join(other)}")
        for s in doc.get("suppress", []) or []:
            if not isinstance(s, str): errors.append(f"{name}: suppress entries must be strings")
            nsuppress += 1
        for i, v in enumerate(doc.get("verbs", []) or []):
            nverbs += 1
            if not isinstance(v, dict) or not isinstance(v.get("phrase"), str) or v.get("edge") not in EDGES:
                errors.append(f"{name}: verbs[{i}] needs a phrase and an edge in {sorted(EDGES)}")
        for i, m in enumerate(doc.get("memberships", []) or []):
            if not isinstance(m, dict) or not isinstance(m.get("of"), str) or not isinstance(m.get("members"), list):
                errors.append(f"{name}: memberships[{i}] needs an 'of' label and a 'members' list")
            else:
                memberships.append((name, i, m))
        for i, e in enumerate(doc.get("entities", []) or []):
            where = f"{name}: entities[{i}]"
            if not isinstance(e, dict):
                errors.append(f"{where}: not an object"); continue
            lab = e.get("label")
            if not isinstance(lab, str) or not lab.strip() or lab != lab.strip():
                errors.append(f"{where}: bad label {lab!r}"); continue
            where = f"{name}: {lab!r}"
            if e.get("type") not in TYPES:
                errors.append(f"{where}: type {e.get('type')!r} not in {sorted(TYPES)}"); continue
            for k in e:
                if k not in ENTITY_KEYS: errors.append(f"{where}: unknown key {k!r}")
            for k in ("aliases", "demonyms", "metonyms"):
                v = e.get(k, [])
                if not isinstance(v, list):
                    errors.append(f"{where}: {k} must be a list"); continue
                for x in v:
                    if isinstance(x, dict):
                        if not isinstance(x.get("text"), str) or set(x) - {"text", "ambiguous"}:
                            errors.append(f"{where}: bad {k} object {x!r}")
                    elif not isinstance(x, str) or not x.strip():
                        errors.append(f"{where}: bad {k} entry {x!r}")
                if v and k != "aliases" and e["type"] != "country":
                    errors.append(f"{where}: {k} only belong on countries")
            if "roles" in e and e["type"] != "person":
                errors.append(f"{where}: roles only belong on people")
            counts[name][e["type"]] += 1
            ents.append((name, i, e))
    labels = {}
    for name, i, e in ents:
        sid = slug(e["label"])
        if sid in labels:
            errors.append(f"{name}: {e['label']!r} duplicates node id {sid!r} of {labels[sid][1]!r} ({labels[sid][0]})")
        else:
            labels[sid] = (name, e["label"], e["type"])
    by_label = {e["label"]: e["type"] for _, _, e in ents}
    for name, i, m in memberships:
        if by_label.get(m["of"]) not in ("alliance", "organization"):
            errors.append(f"{name}: memberships[{i}] body {m['of']!r} is no alliance or organization label")
        for x in m["members"]:
            if by_label.get(x) not in ("country", "person"):
                errors.append(f"{name}: memberships[{i}] member {x!r} of {m['of']!r} is no country or person label")
    nroles = 0
    for name, i, e in ents:
        for j, r in enumerate(e.get("roles", []) or []):
            nroles += 1
            where = f"{name}: {e['label']!r} roles[{j}]"
            if not isinstance(r, dict):
                errors.append(f"{where}: not an object"); continue
            for k in r:
                if k not in ROLE_KEYS: errors.append(f"{where}: unknown key {k!r}")
            if not isinstance(r.get("office"), str) or not r["office"].strip():
                errors.append(f"{where}: missing office")
            if r.get("relation") not in ("leads", "serves"):
                errors.append(f"{where}: relation must be leads or serves")
            of = r.get("of")
            if of not in by_label:
                errors.append(f"{where}: of {of!r} is not a label in any file")
            elif by_label[of] not in ("country", "organization", "alliance"):
                errors.append(f"{where}: of {of!r} is a {by_label[of]}, not a country/organization/alliance")
            fr, to = r.get("from"), r.get("to")
            for y in (fr, to):
                if y is not None and (not isinstance(y, int) or not 1700 <= y <= 2030):
                    errors.append(f"{where}: bad year {y!r}")
            if isinstance(fr, int) and isinstance(to, int) and to < fr:
                errors.append(f"{where}: to {to} before from {fr}")
    # Surface-form ownership: a form claimed by two entities must be marked ambiguous somewhere.
    claims = defaultdict(list)  # key -> [(label, ambiguous, form)]
    for name, i, e in ents:
        amb_ent = e.get("ambiguous") is True
        seen = set()
        forms = [(e["label"], amb_ent)]
        for k in ("aliases", "demonyms", "metonyms"):
            for x in e.get(k, []) or []:
                if isinstance(x, dict): forms.append((x.get("text", ""), x.get("ambiguous") is True))
                else: forms.append((x, False))
        for form, amb in forms:
            kf = key(form)
            if kf in seen: continue
            seen.add(kf)
            claims[kf].append((e["label"], amb or (amb_ent and form == e["label"]), form))
    nforms = len(claims)
    for kf, cl in sorted(claims.items()):
        if len(cl) > 1 and not any(a for _, a, _ in cl):
            errors.append("surface form " + repr(cl[0][2]) + " claimed by " +
                          ", ".join(repr(l) for l, _, _ in cl) + " (mark it ambiguous or drop one)")
    for name in sorted(counts):
        c = counts[name]
        print(f"{name}: {sum(c.values())} entities (" + ", ".join(f"{t} {c[t]}" for t in sorted(c)) + ")")
    tot = Counter()
    for c in counts.values(): tot.update(c)
    print(f"total: {sum(tot.values())} entities (" + ", ".join(f"{t} {tot[t]}" for t in sorted(tot)) +
          f"), {nforms} surface forms, {nroles} roles, {nsuppress} suppressions, {nverbs} verbs")
    for w in warnings: print("note:", w)
    for e in errors: print("error:", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0

if __name__ == "__main__":
    sys.exit(main(sys.argv))
