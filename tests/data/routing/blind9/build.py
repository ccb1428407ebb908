#!/usr/bin/env python3
"""Build questions.jsonl from the hand-written data_*.py files.
Strips accents where marked 's', computes tags, shuffles with a fixed seed, assigns ids, validates."""
import json, random, re, sys, unicodedata, collections
import data_extra, data_address, data_health, data_identity, data_procedures, data_tutor, data_bank, data_school, data_composed, data_oos

EXPERTS = {"vn-address", "vn-health-triage", "vn-identity", "vn-procedures", "vn-tutor", "bank-cskh", "school-regs"}
VN_ACCENTED = set("àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ")

def strip_accents(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return unicodedata.normalize("NFC", s)

def has_diacritics(s):
    return any(c in VN_ACCENTED for c in s.lower())

def lines(raw):
    for ln in raw.strip("\n").split("\n"):
        if ln.strip():
            yield ln

items = []
for mod in (data_address, data_health, data_identity, data_procedures, data_tutor, data_bank, data_school):
    for ln in lines(mod.RAW):
        flags, q = ln.split("|", 1)
        items.append((flags, [mod.EXPERT], q))
for ln in lines(data_composed.RAW):
    flags, exps, q = ln.split("|", 2)
    items.append((flags, exps.split(","), q))
for ln in lines(data_extra.RAW):
    flags, ex, q = ln.split("|", 2)
    items.append((flags, [] if ex == "none" else [ex], q))
for ln in lines(data_oos.RAW):
    flags, q = ln.split("|", 1)
    items.append((flags, [], q))

records = []
for flags, exp, q in items:
    q = unicodedata.normalize("NFC", q.strip())
    if "s" in flags:
        q = strip_accents(q)
    tags = ["diacritics" if has_diacritics(q) else "no_diacritics"]
    if len(q.split()) <= 5: tags.append("terse")
    if "t" in flags: tags.append("typo")
    if "c" in flags or "n" in flags: tags.append("confusable")
    if len(exp) == 2: tags.append("composed")
    if len(exp) == 0: tags.append("out_of_scope")
    if "e" in flags: tags.append("english")
    records.append({"query": q, "expected": exp, "tags": tags})

# validation
errs = []
seen = set()
for r in records:
    if r["query"] in seen: errs.append("duplicate query: " + r["query"])
    seen.add(r["query"])
    for e in r["expected"]:
        if e not in EXPERTS: errs.append("bad expert %s in %s" % (e, r["query"]))
    if len(r["expected"]) > 2 or len(set(r["expected"])) != len(r["expected"]): errs.append("bad expected: " + r["query"])
    t = r["tags"]
    if ("diacritics" in t) == ("no_diacritics" in t): errs.append("diacritic tag: " + r["query"])
    if ("diacritics" in t) != has_diacritics(r["query"]): errs.append("diacritic mismatch: " + r["query"])
    if ("composed" in t) != (len(r["expected"]) == 2): errs.append("composed mismatch")
    if ("out_of_scope" in t) != (len(r["expected"]) == 0): errs.append("oos mismatch")
    if ("terse" in t) != (len(r["query"].split()) <= 5): errs.append("terse mismatch")

random.Random(20261207).shuffle(records)
out = []
for i, r in enumerate(records, 1):
    out.append({"id": "q%04d" % i, "query": r["query"], "expected": r["expected"], "tags": r["tags"]})
ids = [r["id"] for r in out]
if len(set(ids)) != len(ids): errs.append("duplicate ids")
if errs:
    print("\n".join(errs)); sys.exit(1)
with open("questions.jsonl", "w", encoding="utf-8") as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")

# stats
n = len(out)
per_exp = collections.Counter(r["expected"][0] for r in out if len(r["expected"]) == 1)
per_pair = collections.Counter(" + ".join(sorted(r["expected"])) for r in out if len(r["expected"]) == 2)
per_tag = collections.Counter(t for r in out for t in r["tags"])
oos = [r for r in out if not r["expected"]]
print("total", n)
print("single per expert:", dict(sorted(per_exp.items())))
print("composed pairs (%d):" % sum(per_pair.values()), len(per_pair), "pairs")
for k, v in sorted(per_pair.items()): print("  ", k, v)
print("out of scope:", len(oos), "near-miss:", sum("confusable" in r["tags"] for r in oos),
      "no_diacritics:", sum("no_diacritics" in r["tags"] for r in oos), "english:", sum("english" in r["tags"] for r in oos))
comp = [r for r in out if len(r["expected"]) == 2]
print("composed english:", sum("english" in r["tags"] for r in comp))
for k, v in sorted(per_tag.items()): print("tag", k, v, "%.1f%%" % (100 * v / n))
