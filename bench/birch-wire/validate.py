#!/usr/bin/env python3
"""Validate gold.jsonl against docs/: exact substrings, alias presence, name consistency,
and heuristics for missed quotes/entities. Exit code 1 on hard failures."""
import json, os, re, sys, collections
BASE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(BASE, 'docs')
fails, warns = [], []
# quoted spans of 3+ words that are deliberately NOT quotes (titles of laws, product names)
NOT_QUOTES = set()  # birch-wire: no quoted titles or slogans; every quoted span of 3+ words is a quote
recs = []
for n, line in enumerate(open(os.path.join(BASE, 'gold.jsonl'), encoding='utf-8'), 1):
    try:
        recs.append(json.loads(line))
    except Exception as e:
        fails.append(f"line {n}: JSON error {e}")
KEYS = {"doc", "url", "outlet", "published", "entities", "quotes", "events"}
EVKEYS = {"type", "actor", "target", "location", "date", "killed", "injured", "evidence", "also"}
name2type = {}; alias2name = collections.defaultdict(set)
seen_docs = set()
for r in recs:
    doc = r.get("doc"); tag = doc
    if set(r) != KEYS: fails.append(f"{tag}: keys {sorted(set(r) ^ KEYS)}")
    p = os.path.join(DOCS, doc)
    if not os.path.exists(p): fails.append(f"{tag}: doc missing"); continue
    seen_docs.add(doc)
    t = open(p, encoding='utf-8').read()
    if r["published"] and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["published"]): fails.append(f"{tag}: bad published")
    words = len(t.split())
    if not 430 <= words <= 480: warns.append(f"{tag}: {words} words")
    names = set()
    for e in r["entities"]:
        nm, ty, al = e["name"], e["type"], e["aliases"]
        if ty not in ("PERSON", "ORG", "GPE"): fails.append(f"{tag}: bad type {ty} for {nm}")
        if nm in names: fails.append(f"{tag}: duplicate entity {nm}")
        names.add(nm)
        if name2type.setdefault(nm, ty) != ty: fails.append(f"{tag}: {nm} type {ty} vs {name2type[nm]}")
        for a in al:
            if a not in t: fails.append(f"{tag}: alias '{a}' of {nm} not in doc")
            if a == nm: fails.append(f"{tag}: alias equals name {nm}")
            alias2name[a].add(nm)
        if nm not in t and not any(a in t for a in al): fails.append(f"{tag}: entity {nm} has no surface form in doc")
        if len(set(al)) != len(al): fails.append(f"{tag}: duplicate alias in {nm}")
    for q in r["quotes"]:
        if q["text"] not in t: fails.append(f"{tag}: quote not in doc: {q['text'][:60]}")
        if len(q["text"].split()) < 3: fails.append(f"{tag}: quote <3 words: {q['text']}")
        if q["speaker"] is not None and q["speaker"] not in names: fails.append(f"{tag}: speaker {q['speaker']} not an entity")
        # the quote must be delimited by quote marks in the doc
        i = t.find(q["text"])
        if i > 0 and t[i-1] not in '"\u201c\u2018\'': fails.append(f"{tag}: quote not preceded by a mark: {q['text'][:40]}")
        j = i + len(q["text"])
        multi = t[j:j+1] == '\n' and t[j:].lstrip('\n')[:1] in '"\u201c'  # paragraph of a multi-paragraph quote
        if j < len(t) and not multi and t[j] not in '"\u201d\u2019\'': fails.append(f"{tag}: quote not followed by a mark: {q['text'][:40]}")
    # heuristic: any marked span of 3+ words not annotated
    qtexts = {q["text"] for q in r["quotes"]} | NOT_QUOTES
    for m in re.finditer(r'"([^"\n]+)"|\u201c([^\u201d\n]+)\u201d', t):
        s = m.group(1) or m.group(2)
        if len(s.split()) >= 3 and s not in qtexts: warns.append(f"{tag}: unannotated quote span: {s[:60]}")
    for ev in r["events"]:
        if set(ev) != EVKEYS: fails.append(f"{tag}: event keys {sorted(set(ev) ^ EVKEYS)}")
        if ev["type"] not in ("ASSAULT", "CONSULT"): warns.append(f"{tag}: other event type {ev['type']}")
        for s in [ev["evidence"]] + ev["also"]:
            if s not in t: fails.append(f"{tag}: sentence not in doc: {s[:70]}")
            else:
                i = t.find(s)
                if i > 0 and not (t[i-1] == '\n' or t[i-2:i] in ('. ', '? ', '! ', '" ', '\u201d ')):
                    warns.append(f"{tag}: sentence may not start at boundary: {s[:50]}")
        if ev["evidence"] in ev["also"]: fails.append(f"{tag}: evidence repeated in also")
        for k in ("actor", "target", "location"):
            v = ev[k]
            if v is not None and v not in names and v not in name2type:
                warns.append(f"{tag}: event {k} '{v}' not an entity of this doc")
        if ev["date"] and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", ev["date"]): fails.append(f"{tag}: bad date")
        for k in ("killed", "injured"):
            if ev[k] is not None and not isinstance(ev[k], int): fails.append(f"{tag}: {k} not int")
    # heuristic: capitalised multiword tokens not covered by any entity surface form
    forms = set()
    for e in r["entities"]: forms.add(e["name"]); forms.update(e["aliases"])
    covered = [False] * len(t)
    for f_ in forms:
        for m in re.finditer(re.escape(f_), t):
            for k in range(m.start(), m.end()): covered[k] = True
    unc = collections.Counter()
    for m in re.finditer(r"\b[A-Z][\w'\u2019.-]*(?:\s+(?:of|the|de|von|der|bin|al|la)?\s*[A-Z][\w.-]*)*", t):
        if not any(covered[m.start():m.end()]): unc[m.group(0)] += 1
    r["_uncovered"] = sorted(unc)
# global consistency: an alias used for two different canonical names
for a, ns in alias2name.items():
    if len(ns) > 1: fails.append(f"alias '{a}' maps to several names: {sorted(ns)}")
    if a in name2type and a not in ns: fails.append(f"alias '{a}' is also a canonical name elsewhere: {sorted(ns)}")
missing = {f for f in os.listdir(DOCS) if f.endswith('.txt')} - seen_docs
if missing: fails.append(f"docs without gold line: {sorted(missing)}")
if '-v' in sys.argv:
    for r in recs: print(r["doc"], "uncovered capitalised spans:", r.get("_uncovered"))
for w in warns: print("WARN", w)
for f in fails: print("FAIL", f)
print(f"{len(recs)} docs, {len(fails)} failures, {len(warns)} warnings")
sys.exit(1 if fails else 0)
