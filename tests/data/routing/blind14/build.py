"""Build questions.jsonl from hand-written data_*.py files.
Line format in each data file's ITEMS string:  flags|query
 or for composed/oos files: experts|flags|query  (experts joined by '+', '-' = out of scope)
flags: s = strip accents, t = typo, c = confusable, e = english, '-' = none."""
import json, random, unicodedata, importlib, collections, sys

EXPERTS = ["vn-address", "vn-health-triage", "vn-identity", "vn-procedures", "vn-tutor", "bank-cskh", "school-regs"]

def strip(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return unicodedata.normalize("NFC", s)

def has_diac(s):
    return any(c in "đĐ" or (c.isalpha() and strip(c) != c) for c in s)

def parse(mod):
    m = importlib.import_module(mod)
    out = []
    for line in m.ITEMS.strip().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split("|")
        if hasattr(m, "EXPERT"):
            flags, q = parts[0], "|".join(parts[1:])
            exp = [m.EXPERT]
        else:
            e, flags, q = parts[0], parts[1], "|".join(parts[2:])
            exp = [] if e == "-" else e.split("+")
        q = q.strip()
        if "s" in flags:
            q = strip(q)
        out.append((q, exp, flags))
    return out

items = []
for mod in ["data_address", "data_health", "data_identity", "data_procedures", "data_tutor", "data_bank",
            "data_school", "data_composed", "data_oos"]:
    items += parse(mod)

random.Random(20261207).shuffle(items)
rows, seen = [], set()
for i, (q, exp, flags) in enumerate(items, 1):
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
    rows.append({"id": "q%04d" % i, "query": q, "expected": exp, "tags": tags})

ids = [r["id"] for r in rows]
assert len(set(ids)) == len(ids)
for r in rows:
    t = r["tags"]
    assert ("diacritics" in t) != ("no_diacritics" in t)
    assert ("composed" in t) == (len(r["expected"]) == 2)
    assert ("out_of_scope" in t) == (r["expected"] == [])

with open("questions.jsonl", "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")

c_exp = collections.Counter(r["expected"][0] for r in rows if len(r["expected"]) == 1)
c_pair = collections.Counter("+".join(sorted(r["expected"])) for r in rows if len(r["expected"]) == 2)
c_tag = collections.Counter(t for r in rows for t in r["tags"])
print("total", len(rows))
print("single", dict(sorted(c_exp.items())))
print("pairs", len(c_pair), dict(sorted(c_pair.items())))
print("oos", sum(1 for r in rows if not r["expected"]))
print("tags", dict(sorted(c_tag.items())))
oos = [r for r in rows if not r["expected"]]
print("oos no_diac", sum("no_diacritics" in r["tags"] for r in oos))
