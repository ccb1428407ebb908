#!/usr/bin/env python3
"""Build questions.jsonl from the hand-written data_*.py files.

- strips accents from items flagged 's' (to imitate phone typing without diacritics)
- computes tags: diacritics/no_diacritics, terse (<= 5 words), composed, out_of_scope;
  copies hand-set flags typo (t), confusable (c), english (e)
- shuffles with a fixed seed, assigns ids q0001.., validates, writes questions.jsonl
"""
import json, random, unicodedata, collections, sys

import data_address, data_health, data_identity, data_procedures, data_tutor, data_bank, data_school
import data_composed, data_oos

EXPERTS = ["vn-address", "vn-health-triage", "vn-identity", "vn-procedures", "vn-tutor", "bank-cskh", "school-regs"]
SEED = 20261206
FLAG_TAGS = {"t": "typo", "c": "confusable", "e": "english"}


def strip_accents(text):
    text = text.replace("đ", "d").replace("Đ", "D")
    nfd = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", "".join(ch for ch in nfd if unicodedata.category(ch) != "Mn"))


def has_vn_diacritics(text):
    for ch in text:
        if ch in "đĐ":
            return True
        if ch.isalpha() and unicodedata.normalize("NFD", ch) != ch:
            return True
    return False


def parse_flags(flags):
    fl = flags.split()
    bad = [f for f in fl if f not in ("s", "t", "c", "e")]
    if bad:
        raise ValueError(f"unknown flag(s) {bad}")
    return fl


def collect():
    rows = []
    for mod in (data_address, data_health, data_identity, data_procedures, data_tutor, data_bank, data_school):
        for q, flags in mod.ITEMS:
            rows.append((q, [mod.EXPERT], parse_flags(flags), mod.__name__))
    for q, exp, flags in data_composed.ITEMS:
        exp = sorted(exp, key=EXPERTS.index)  # canonical order; order carries no meaning
        rows.append((q, list(exp), parse_flags(flags), "data_composed"))
    for q, flags in data_oos.ITEMS:
        rows.append((q, [], parse_flags(flags), "data_oos"))
    return rows


def build():
    out = []
    for q, exp, fl, src in collect():
        q = " ".join(q.split())
        if "s" in fl:
            q = strip_accents(q)
        tags = ["diacritics" if has_vn_diacritics(q) else "no_diacritics"]
        if len(q.split()) <= 5:
            tags.append("terse")
        for f in ("t", "c"):
            if f in fl:
                tags.append(FLAG_TAGS[f])
        if len(exp) == 2:
            tags.append("composed")
        if not exp:
            tags.append("out_of_scope")
        if "e" in fl:
            tags.append("english")
        out.append({"query": q, "expected": exp, "tags": tags, "_src": src})
    return out


def validate(rows):
    errs = []
    seen = set()
    for r in rows:
        key = r["query"].casefold()
        if key in seen:
            errs.append(f"duplicate query: {r['query']}")
        seen.add(key)
        exp = r["expected"]
        if len(exp) > 2 or len(set(exp)) != len(exp):
            errs.append(f"bad expected {exp}: {r['query']}")
        for e in exp:
            if e not in EXPERTS:
                errs.append(f"unknown expert {e}: {r['query']}")
        t = r["tags"]
        if ("diacritics" in t) == ("no_diacritics" in t):
            errs.append(f"diacritics tag: {r['query']}")
        if ("diacritics" in t) != has_vn_diacritics(r["query"]):
            errs.append(f"diacritics mismatch: {r['query']}")
        if ("terse" in t) != (len(r["query"].split()) <= 5):
            errs.append(f"terse mismatch: {r['query']}")
        if ("composed" in t) != (len(exp) == 2):
            errs.append(f"composed mismatch: {r['query']}")
        if ("out_of_scope" in t) != (len(exp) == 0):
            errs.append(f"oos mismatch: {r['query']}")
        if "english" in t and "diacritics" in t:
            errs.append(f"english with diacritics: {r['query']}")
    ids = [r["id"] for r in rows]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    return errs


def main():
    rows = build()
    random.Random(SEED).shuffle(rows)
    for i, r in enumerate(rows, 1):
        r["id"] = f"q{i:04d}"
    errs = validate(rows)
    if errs:
        print("\n".join(errs))
        sys.exit(1)
    with open("questions.jsonl", "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps({"id": r["id"], "query": r["query"], "expected": r["expected"], "tags": r["tags"]},
                               ensure_ascii=False) + "\n")
    # stats
    n = len(rows)
    per_exp = collections.Counter(r["expected"][0] for r in rows if len(r["expected"]) == 1)
    pairs = collections.Counter(" + ".join(sorted(r["expected"])) for r in rows if len(r["expected"]) == 2)
    tags = collections.Counter(t for r in rows for t in r["tags"])
    print(f"total {n}")
    print("single-expert:", dict(sorted(per_exp.items())))
    print("composed pairs:", dict(sorted(pairs.items())))
    print("out of scope:", sum(1 for r in rows if not r["expected"]))
    print("tags:", {k: f"{v} ({100*v/n:.1f}%)" for k, v in sorted(tags.items())})
    near = sum(1 for r in rows if not r["expected"] and "confusable" in r["tags"])
    print("near-miss out of scope (confusable):", near)
    # appearances per expert (single + composed)
    app = collections.Counter(e for r in rows for e in r["expected"])
    print("appearances per expert (single+composed):", dict(sorted(app.items())))


if __name__ == "__main__":
    main()
