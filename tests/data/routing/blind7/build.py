#!/usr/bin/env python3
"""Build questions.jsonl from the hand-written data_*.py files.
opts letters per item: s = strip Vietnamese accents, t = typo, c = confusable, e = english."""
import json, random, re, unicodedata, collections, sys
import data_address, data_health, data_identity, data_procedures, data_tutor, data_bank, data_school
import data_composed, data_oos, data_extra

EXPERTS = ["vn-address", "vn-health-triage", "vn-identity", "vn-procedures", "vn-tutor", "bank-cskh", "school-regs"]
VN_CHARS = set("àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ")

def strip_accents(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(ch for ch in s if unicodedata.category(ch) != "Mn")
    return unicodedata.normalize("NFC", s)

def has_diacritics(s):
    return any(ch in VN_CHARS for ch in s.lower())

def n_words(s):
    return len(s.split())

def make(query, expected, opts, extra):
    opts = opts.split()
    if "s" in opts:
        query = strip_accents(query)
    tags = ["diacritics" if has_diacritics(query) else "no_diacritics"]
    if n_words(query) <= 5:
        tags.append("terse")
    if "t" in opts: tags.append("typo")
    if "c" in opts: tags.append("confusable")
    tags += extra
    if "e" in opts: tags.append("english")
    return {"query": query, "expected": expected, "tags": tags}

items = []
for mod in [data_address, data_health, data_identity, data_procedures, data_tutor, data_bank, data_school]:
    for q, o in mod.Q:
        items.append(make(q, [mod.E], o, []))
for q, exp, o in data_composed.Q:
    items.append(make(q, list(exp), o, ["composed"]))
for q, exp, o in data_extra.Q:
    extra = ["composed"] if len(exp) == 2 else (["out_of_scope"] if not exp else [])
    items.append(make(q, list(exp), o, extra))
for q, o in data_oos.Q_NEAR:
    items.append(make(q, [], o, ["out_of_scope"]))
for q, o in data_oos.Q_FAR:
    items.append(make(q, [], o, ["out_of_scope"]))

# validate
errs = []
seen = set()
for it in items:
    k = it["query"].strip().lower()
    if k in seen: errs.append("duplicate query: " + it["query"])
    seen.add(k)
    for e in it["expected"]:
        if e not in EXPERTS: errs.append("bad expert %s in %s" % (e, it["query"]))
    if len(it["expected"]) > 2 or len(set(it["expected"])) != len(it["expected"]):
        errs.append("bad expected: " + it["query"])
    t = it["tags"]
    if ("diacritics" in t) == ("no_diacritics" in t): errs.append("diacritics tag: " + it["query"])
    if ("diacritics" in t) != has_diacritics(it["query"]): errs.append("diacritics mismatch: " + it["query"])
    if ("terse" in t) != (n_words(it["query"]) <= 5): errs.append("terse mismatch: " + it["query"])
    if ("composed" in t) != (len(it["expected"]) == 2): errs.append("composed mismatch: " + it["query"])
    if ("out_of_scope" in t) != (len(it["expected"]) == 0): errs.append("oos mismatch: " + it["query"])
    if "english" in t and "diacritics" in t and not re.search(r"[A-Za-z]{3,}", it["query"]):
        errs.append("english?: " + it["query"])
if errs:
    print("\n".join(errs)); sys.exit(1)

random.Random(20261206).shuffle(items)
ids = set()
with open("questions.jsonl", "w", encoding="utf-8") as f:
    for i, it in enumerate(items, 1):
        rec = {"id": "q%04d" % i, "query": it["query"], "expected": it["expected"], "tags": it["tags"]}
        assert rec["id"] not in ids; ids.add(rec["id"])
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")

# stats
N = len(items)
c = collections.Counter()
pairs = collections.Counter()
tagc = collections.Counter()
for it in items:
    if len(it["expected"]) == 1: c[it["expected"][0]] += 1
    elif len(it["expected"]) == 2: pairs[" + ".join(sorted(it["expected"]))] += 1
    else: c["[] (out of scope)"] += 1
    for t in it["tags"]: tagc[t] += 1
print("total", N)
for k, v in c.most_common(): print("  %-22s %d" % (k, v))
print("composed pairs", sum(pairs.values()), "over", len(pairs), "pairs")
for k, v in pairs.most_common(): print("  %-40s %d" % (k, v))
for k, v in tagc.most_common(): print("  tag %-16s %d (%.1f%%)" % (k, v, 100.0 * v / N))
