#!/usr/bin/env python3
"""Build questions.jsonl from hand-written data_*.py files.
Each data file defines ITEMS = [(query, [experts], flags)], flags chars:
 s = strip accents, t = typo, c = confusable, e = english."""
import json, random, re, unicodedata, importlib, glob, os, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
EXPERTS = {"vn-address","vn-health-triage","vn-identity","vn-procedures","vn-tutor","bank-cskh","school-regs"}

def strip(s):
    s = s.replace("đ","d").replace("Đ","D")
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")

def has_diac(s):
    return strip(s) != s

items = []
for f in sorted(glob.glob(os.path.join(HERE, "data_*.py"))):
    mod = importlib.import_module(os.path.basename(f)[:-3])
    for q, exp, flags in mod.ITEMS:
        q = " ".join(q.split())
        if "s" in flags:
            q = strip(q)
        items.append((q, list(exp), flags))

seen = set(); out = []
for q, exp, flags in items:
    assert q not in seen, "duplicate: " + q
    seen.add(q)
    assert all(e in EXPERTS for e in exp), exp
    assert len(exp) <= 2 and len(set(exp)) == len(exp), exp
    tags = ["diacritics" if has_diac(q) else "no_diacritics"]
    if len(q.split()) <= 5: tags.append("terse")
    if "t" in flags: tags.append("typo")
    if "c" in flags: tags.append("confusable")
    if len(exp) == 2: tags.append("composed")
    if not exp: tags.append("out_of_scope")
    if "e" in flags: tags.append("english")
    out.append({"query": q, "expected": exp, "tags": tags})

random.Random(16).shuffle(out)
for i, o in enumerate(out, 1):
    o["id"] = "q%04d" % i
ids = [o["id"] for o in out]; assert len(set(ids)) == len(ids)
for o in out:
    t = o["tags"]
    assert (("diacritics" in t) + ("no_diacritics" in t)) == 1
    assert ("composed" in t) == (len(o["expected"]) == 2)
    assert ("out_of_scope" in t) == (not o["expected"])
    if "english" in t: assert "no_diacritics" in t, o
with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as fh:
    for o in out:
        fh.write(json.dumps({"id": o["id"], "query": o["query"], "expected": o["expected"], "tags": o["tags"]}, ensure_ascii=False) + "\n")

# counts
n = len(out)
print("total", n)
per = collections.Counter(); pairs = collections.Counter(); tagc = collections.Counter()
for o in out:
    if len(o["expected"]) == 1: per[o["expected"][0]] += 1
    elif len(o["expected"]) == 2: pairs[" + ".join(sorted(o["expected"]))] += 1
    else: per["[] out_of_scope"] += 1
    tagc.update(o["tags"])
print("single/oos:", dict(per))
print("pairs (%d pairs, %d items):" % (len(pairs), sum(pairs.values())))
for k, v in sorted(pairs.items()): print("  ", k, v)
print("tags:", {k: "%d (%.1f%%)" % (v, 100*v/n) for k, v in tagc.items()})
