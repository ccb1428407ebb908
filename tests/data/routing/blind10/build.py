#!/usr/bin/env python3
"""Build questions.jsonl from the hand-written data_*.py files.

Each data line is "FLAGS | query" (composed: "EXP1+EXP2 FLAGS | query").
FLAGS letters: s = strip Vietnamese accents (phone-style typing), t = typo, c = confusable,
e = english, n = near miss (out-of-scope only; tagged confusable), '-' = none.
Tags diacritics/no_diacritics and terse are computed, never hand-set.
"""
import json, random, unicodedata, collections, sys
import data_address, data_health, data_identity, data_procedures, data_tutor, data_bank, data_school
import data_composed, data_oos

EXPERTS = ["vn-address", "vn-health-triage", "vn-identity", "vn-procedures", "vn-tutor", "bank-cskh", "school-regs"]
SEED = 20261207

def strip_accents(text):
    text = text.replace("đ", "d").replace("Đ", "D")
    nfd = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", "".join(ch for ch in nfd if unicodedata.category(ch) != "Mn"))

def has_diacritics(text):
    if "đ" in text or "Đ" in text:
        return True
    return any(unicodedata.category(ch) == "Mn" for ch in unicodedata.normalize("NFD", text))

def parse(raw):
    out = []
    for line in raw.strip("\n").split("\n"):
        if not line.strip():
            continue
        head, q = line.split(" | ", 1)
        out.append((head.strip(), q.strip()))
    return out

def flags_of(s):
    s = s.replace("-", "")
    bad = set(s) - set("stcen")
    assert not bad, (s, bad)
    return set(s)

items = []  # (query, expected, manual_flags)
for mod in (data_address, data_health, data_identity, data_procedures, data_tutor, data_bank, data_school):
    for fl, q in parse(mod.RAW):
        f = flags_of(fl)
        assert "n" not in f
        items.append((q, [mod.EXPERT], f))
for head, q in parse(data_composed.RAW):
    parts = head.split()
    exps = parts[0].split("+")
    f = flags_of(parts[1]) if len(parts) > 1 else set()
    items.append((q, exps, f))
for fl, q in parse(data_oos.RAW):
    items.append((q, [], flags_of(fl)))

rows = []
for q, exps, f in items:
    if "s" in f:
        q = strip_accents(q)
    q = unicodedata.normalize("NFC", q)
    tags = ["diacritics" if has_diacritics(q) else "no_diacritics"]
    if len(q.split()) <= 5:
        tags.append("terse")
    if "t" in f:
        tags.append("typo")
    if "c" in f or "n" in f:
        tags.append("confusable")
    if len(exps) == 2:
        tags.append("composed")
    if not exps:
        tags.append("out_of_scope")
    if "e" in f:
        tags.append("english")
    rows.append({"query": q, "expected": exps, "tags": tags, "_near": "n" in f})

random.Random(SEED).shuffle(rows)
for i, r in enumerate(rows, 1):
    r["id"] = "q%04d" % i

# ---------- validation ----------
errors = []
ids = [r["id"] for r in rows]
if len(set(ids)) != len(ids): errors.append("duplicate ids")
qs = [r["query"] for r in rows]
dup = [q for q, c in collections.Counter(qs).items() if c > 1]
if dup: errors.append("duplicate queries: %r" % dup)
ALLOWED = {"diacritics", "no_diacritics", "terse", "typo", "confusable", "composed", "out_of_scope", "english"}
for r in rows:
    e, t, q = r["expected"], r["tags"], r["query"]
    if len(e) > 2 or len(set(e)) != len(e) or any(x not in EXPERTS for x in e):
        errors.append("bad expected %s %r" % (r["id"], e))
    if set(t) - ALLOWED or len(t) != len(set(t)):
        errors.append("bad tags %s %r" % (r["id"], t))
    if ("diacritics" in t) == ("no_diacritics" in t):
        errors.append("diac tag count %s" % r["id"])
    if ("diacritics" in t) != has_diacritics(q):
        errors.append("diac mismatch %s" % r["id"])
    if ("terse" in t) != (len(q.split()) <= 5):
        errors.append("terse mismatch %s" % r["id"])
    if ("composed" in t) != (len(e) == 2):
        errors.append("composed mismatch %s" % r["id"])
    if ("out_of_scope" in t) != (len(e) == 0):
        errors.append("oos mismatch %s" % r["id"])
    if "english" in t and "diacritics" in t:
        errors.append("english with diacritics %s" % r["id"])
    if not q.strip():
        errors.append("empty query %s" % r["id"])

# counts
per_expert = collections.Counter(r["expected"][0] for r in rows if len(r["expected"]) == 1)
per_pair = collections.Counter("+".join(sorted(r["expected"])) for r in rows if len(r["expected"]) == 2)
per_tag = collections.Counter(t for r in rows for t in r["tags"])
oos = [r for r in rows if not r["expected"]]
near = sum(r["_near"] for r in oos)
total = len(rows)
checks = [
    (total >= 640, "total >= 640"),
    (all(per_expert[x] >= 60 for x in EXPERTS), "~65 per expert"),
    (per_tag["composed"] >= 60, "composed >= 60"),
    (len(per_pair) >= 12, "pairs >= 12"),
    (len(oos) >= 100, "oos >= 100"),
    (near * 3 >= len(oos), "near misses >= 1/3 of oos"),
    (per_tag["no_diacritics"] * 3 >= total, "no_diacritics >= 1/3"),
]
for ok, msg in checks:
    if not ok: errors.append("quota failed: " + msg)

if errors:
    print("VALIDATION FAILED"); print("\n".join(errors)); sys.exit(1)

with open("questions.jsonl", "w", encoding="utf-8") as fh:
    for r in rows:
        fh.write(json.dumps({"id": r["id"], "query": r["query"], "expected": r["expected"], "tags": r["tags"]},
                            ensure_ascii=False) + "\n")

stats = {
    "total": total,
    "per_expert_single": {x: per_expert[x] for x in EXPERTS},
    "per_pair": dict(sorted(per_pair.items(), key=lambda kv: -kv[1])),
    "per_tag": dict(sorted(per_tag.items())),
    "out_of_scope": len(oos), "oos_near_miss": near, "oos_far": len(oos) - near,
    "oos_no_diacritics": sum("no_diacritics" in r["tags"] for r in oos),
    "composed_english": sum("english" in r["tags"] for r in rows if len(r["expected"]) == 2),
}
with open("stats.json", "w", encoding="utf-8") as fh:
    json.dump(stats, fh, ensure_ascii=False, indent=1)
print(json.dumps(stats, ensure_ascii=False, indent=1))
print("VALIDATION PASSED")
