#!/usr/bin/env python3
"""Build questions.jsonl from the hand-written data_*.py files.

Flags in data files: s = strip diacritics (written with accents, typed without),
y = typo, c = confusable, e = english (or mainly English / mixed), n = near miss (out of scope; tagged confusable).
Computed tags: diacritics/no_diacritics, terse (<= 5 words), composed, out_of_scope.
"""
import json, random, re, unicodedata, collections, sys

import data_address, data_health, data_identity, data_procedures, data_tutor, data_bank, data_school
import data_composed, data_oos, data_short

CODE = {"A": "vn-address", "H": "vn-health-triage", "I": "vn-identity", "P": "vn-procedures",
        "T": "vn-tutor", "B": "bank-cskh", "S": "school-regs"}
ORDER = list(CODE.values())
VALID = set(ORDER)
FLAGS = {"s", "y", "c", "e", "n"}


def strip_accents(text):
    text = text.replace("đ", "d").replace("Đ", "D")
    nfd = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", "".join(ch for ch in nfd if unicodedata.category(ch) != "Mn"))


def has_diacritics(text):
    if "đ" in text or "Đ" in text:
        return True
    for ch in unicodedata.normalize("NFD", text):
        if unicodedata.category(ch) == "Mn":
            return True
    return False


def load():
    rows = []
    for mod in (data_address, data_health, data_identity, data_procedures, data_tutor, data_bank, data_school,
                data_composed, data_oos, data_short):
        for item in mod.ITEMS:
            q, exp, flags = item
            if isinstance(exp, str):
                exp = [exp]
            exp = [CODE[e] for e in exp]
            fl = {f.strip() for f in flags.split(",") if f.strip()}
            bad = fl - FLAGS
            assert not bad, (q, bad)
            rows.append((mod.__name__, q, exp, fl))
    return rows


def main():
    rows = load()
    out = []
    for src, q, exp, fl in rows:
        q = " ".join(q.split())
        if "s" in fl:
            assert has_diacritics(q), ("marked for stripping but has no accents", q)
            q = strip_accents(q)
        exp = sorted(set(exp), key=ORDER.index)
        tags = ["diacritics" if has_diacritics(q) else "no_diacritics"]
        if len(q.split()) <= 5:
            tags.append("terse")
        if "y" in fl:
            tags.append("typo")
        if "c" in fl or "n" in fl:
            tags.append("confusable")
        if len(exp) == 2:
            tags.append("composed")
        if not exp:
            tags.append("out_of_scope")
        if "e" in fl:
            tags.append("english")
        out.append({"query": q, "expected": exp, "tags": tags, "_src": src, "_near": "n" in fl})

    random.Random(20261207).shuffle(out)
    for i, r in enumerate(out, 1):
        r["id"] = "q%04d" % i

    # validation
    ids = [r["id"] for r in out]
    assert len(ids) == len(set(ids)), "duplicate ids"
    qs = collections.Counter(r["query"].lower() for r in out)
    dups = [q for q, n in qs.items() if n > 1]
    assert not dups, ("duplicate queries", dups)
    for r in out:
        e, t = r["expected"], r["tags"]
        assert len(e) <= 2 and all(x in VALID for x in e), r
        assert (("diacritics" in t) != ("no_diacritics" in t)), r
        assert ("diacritics" in t) == has_diacritics(r["query"]), r
        assert ("terse" in t) == (len(r["query"].split()) <= 5), r
        assert ("composed" in t) == (len(e) == 2), r
        assert ("out_of_scope" in t) == (len(e) == 0), r
        if r["_src"] == "data_composed":
            assert len(e) == 2, r
        elif r["_src"] == "data_oos":
            assert len(e) == 0, r
        elif r["_src"] == "data_short":
            pass
        else:
            assert len(e) == 1, r
        assert len(set(t)) == len(t), r

    with open("questions.jsonl", "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps({"id": r["id"], "query": r["query"], "expected": r["expected"], "tags": r["tags"]},
                               ensure_ascii=False) + "\n")

    # stats
    n = len(out)
    print("total", n)
    single = collections.Counter(r["expected"][0] for r in out if len(r["expected"]) == 1)
    for k in ORDER:
        print("  single", k, single[k])
    pairs = collections.Counter(" + ".join(r["expected"]) for r in out if len(r["expected"]) == 2)
    print("composed", sum(pairs.values()), "pairs", len(pairs))
    for k, v in pairs.most_common():
        print("  ", k, v)
    oos = [r for r in out if not r["expected"]]
    print("out_of_scope", len(oos), "near-miss", sum(r["_near"] for r in oos),
          "oos no_diacritics", sum("no_diacritics" in r["tags"] for r in oos))
    tags = collections.Counter(t for r in out for t in r["tags"])
    for k, v in sorted(tags.items()):
        print("  tag", k, v, "%.1f%%" % (100 * v / n))
    comp = [r for r in out if len(r["expected"]) == 2]
    print("composed english", sum("english" in r["tags"] for r in comp))
    involvement = collections.Counter(x for r in out for x in r["expected"])
    print("involvement", dict(involvement))


if __name__ == "__main__":
    main()
