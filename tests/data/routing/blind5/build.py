#!/usr/bin/env python3
"""Build questions.jsonl from the hand-written data_*.py files.

- strips diacritics from entries flagged 's'
- computes tags (diacritics / no_diacritics, terse, composed, out_of_scope) and copies
  hand-set tags (typo, confusable, english)
- shuffles with a fixed seed, assigns ids, validates, prints counts.
"""
import json
import random
import re
import sys
import unicodedata
from collections import Counter

from data_singles_a import ADDRESS, HEALTH, IDENTITY
from data_singles_b import PROCEDURES, TUTOR, BANK, SCHOOL
from data_composed import COMPOSED
from data_oos import NEAR, FAR

EXPERTS = ["vn-address", "vn-health-triage", "vn-identity", "vn-procedures",
           "vn-tutor", "bank-cskh", "school-regs"]
LETTER = {"A": "vn-address", "H": "vn-health-triage", "I": "vn-identity",
          "P": "vn-procedures", "T": "vn-tutor", "B": "bank-cskh", "S": "school-regs"}
SEED = 20261206
FLAG_RE = re.compile(r"^([stce]+)\|")


def strip_accents(text):
    text = text.replace("đ", "d").replace("Đ", "D")
    nfd = unicodedata.normalize("NFD", text)
    out = "".join(ch for ch in nfd if unicodedata.category(ch) != "Mn")
    return unicodedata.normalize("NFC", out)


def has_vn_diacritics(text):
    if "đ" in text or "Đ" in text:
        return True
    nfd = unicodedata.normalize("NFD", text)
    for ch in nfd:
        if unicodedata.category(ch) == "Mn":
            return True
    return False


def parse(entry):
    m = FLAG_RE.match(entry)
    if m:
        flags, text = set(m.group(1)), entry[m.end():]
    else:
        flags, text = set(), entry
    text = text.strip()
    if "s" in flags:
        if not has_vn_diacritics(text):
            print("WARN: 's' flag on text without diacritics:", text, file=sys.stderr)
        text = strip_accents(text)
    return flags, text


def make(entry, expected, extra_tags=()):
    flags, text = parse(entry)
    tags = ["diacritics" if has_vn_diacritics(text) else "no_diacritics"]
    if len(text.split()) <= 5:
        tags.append("terse")
    if "t" in flags:
        tags.append("typo")
    if "c" in flags or "confusable" in extra_tags:
        tags.append("confusable")
    if len(expected) == 2:
        tags.append("composed")
    if not expected:
        tags.append("out_of_scope")
    if "e" in flags:
        tags.append("english")
    return {"query": text, "expected": list(expected), "tags": tags}


def main():
    items = []
    for expert, lst in [("vn-address", ADDRESS), ("vn-health-triage", HEALTH),
                        ("vn-identity", IDENTITY), ("vn-procedures", PROCEDURES),
                        ("vn-tutor", TUTOR), ("bank-cskh", BANK), ("school-regs", SCHOOL)]:
        for e in lst:
            items.append(make(e, [expert]))
    for key, e in COMPOSED:
        assert len(key) == 2 and key[0] != key[1], key
        pair = sorted({LETTER[key[0]], LETTER[key[1]]}, key=EXPERTS.index)
        items.append(make(e, pair))
    for e in NEAR:
        items.append(make(e, [], extra_tags=("confusable",)))
    for e in FAR:
        items.append(make(e, []))

    # validation
    errors = []
    seen = {}
    for it in items:
        q = it["query"]
        key = " ".join(q.lower().split())
        if key in seen:
            errors.append("duplicate query: " + q)
        seen[key] = 1
        for x in it["expected"]:
            if x not in EXPERTS:
                errors.append("bad expert %s in %s" % (x, q))
        if len(it["expected"]) not in (0, 1, 2):
            errors.append("bad expected size: " + q)
        if len(set(it["expected"])) != len(it["expected"]):
            errors.append("repeated expert: " + q)
        t = it["tags"]
        if (("diacritics" in t) + ("no_diacritics" in t)) != 1:
            errors.append("diacritic tag: " + q)
        if ("diacritics" in t) != has_vn_diacritics(q):
            errors.append("diacritic tag wrong: " + q)
        if ("terse" in t) != (len(q.split()) <= 5):
            errors.append("terse tag wrong: " + q)
        if ("composed" in t) != (len(it["expected"]) == 2):
            errors.append("composed tag wrong: " + q)
        if ("out_of_scope" in t) != (len(it["expected"]) == 0):
            errors.append("oos tag wrong: " + q)
        if len(set(t)) != len(t):
            errors.append("repeated tag: " + q)
        if not q:
            errors.append("empty query")
    if errors:
        print("\n".join(errors), file=sys.stderr)
        sys.exit(1)

    rng = random.Random(SEED)
    rng.shuffle(items)
    ids = set()
    with open("questions.jsonl", "w", encoding="utf-8") as f:
        for i, it in enumerate(items, 1):
            rec = {"id": "q%04d" % i, "query": it["query"], "expected": it["expected"], "tags": it["tags"]}
            assert rec["id"] not in ids
            ids.add(rec["id"])
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")

    # counts
    n = len(items)
    per_expert = Counter()
    single = Counter()
    pairs = Counter()
    tags = Counter()
    for it in items:
        for x in it["expected"]:
            per_expert[x] += 1
        if len(it["expected"]) == 1:
            single[it["expected"][0]] += 1
        if len(it["expected"]) == 2:
            pairs[" + ".join(it["expected"])] += 1
        for t in it["tags"]:
            tags[t] += 1
    print("total", n)
    print("single-expert:")
    for x in EXPERTS:
        print("  %-18s single %3d  (appears in expected %3d)" % (x, single[x], per_expert[x]))
    print("composed pairs:", sum(pairs.values()))
    for p, c in sorted(pairs.items(), key=lambda kv: -kv[1]):
        print("  %-40s %d" % (p, c))
    print("out of scope:", sum(1 for it in items if not it["expected"]),
          "(near misses %d, far %d)" % (len(NEAR), len(FAR)))
    print("tags:")
    for t, c in tags.most_common():
        print("  %-14s %3d  %.1f%%" % (t, c, 100.0 * c / n))


if __name__ == "__main__":
    main()
