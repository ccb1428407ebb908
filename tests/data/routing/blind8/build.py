#!/usr/bin/env python3
"""Build questions.jsonl from the hand-written data_*.py files.

Markers in the hand-written strings:
  leading "~"  -> strip Vietnamese diacritics (typed as on a phone without accents)
  trailing " #t" typo, " #c" confusable, " #e" English (markers may be combined, e.g. " #c #t")
Tags computed: diacritics/no_diacritics, terse (<= 5 words), composed, out_of_scope.
"""
import json, random, re, unicodedata
import data_address, data_health, data_identity, data_procedures, data_tutor, data_bank, data_school
import data_composed, data_oos, data_extra, data_extra2

EXPERTS = {"vn-address", "vn-health-triage", "vn-identity", "vn-procedures", "vn-tutor", "bank-cskh", "school-regs"}
VN_ACCENTED = set("àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ")
MARK = re.compile(r"\s+#([tce])\s*$")
SEED = 20261206


def strip_accents(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(ch for ch in s if unicodedata.category(ch) != "Mn")
    return unicodedata.normalize("NFC", s)


def parse(raw):
    flags = set()
    while True:
        m = MARK.search(raw)
        if not m:
            break
        flags.add({"t": "typo", "c": "confusable", "e": "english"}[m.group(1)])
        raw = raw[: m.start()]
    strip = raw.startswith("~")
    if strip:
        raw = raw[1:]
        raw = strip_accents(raw)
    return raw.strip(), flags


def has_diacritics(s):
    return any(ch in VN_ACCENTED for ch in s.lower())


def main():
    items = []  # (query, expected, flags, source)
    for mod in (data_address, data_health, data_identity, data_procedures, data_tutor, data_bank, data_school):
        for raw in mod.Q:
            q, f = parse(raw)
            items.append((q, [mod.EXPERT], f, mod.__name__))
    for exp_id, lst in list(data_extra.EXTRA.items()) + list(data_extra2.EXTRA.items()):
        for raw in lst:
            q, f = parse(raw)
            items.append((q, [exp_id], f, "data_extra"))
    for exp, raw in data_composed.Q:
        q, f = parse(raw)
        items.append((q, list(exp), f | {"composed"}, "data_composed"))
    for group, lst in (("near", data_oos.NEAR), ("far", data_oos.FAR)):
        for raw in lst:
            q, f = parse(raw)
            if group == "near":
                f = f | {"confusable"}
            items.append((q, [], f | {"out_of_scope"}, "data_oos." + group))

    # validation
    seen = set()
    for q, exp, f, src in items:
        key = re.sub(r"\s+", " ", q.lower())
        assert key not in seen, ("duplicate query", q)
        seen.add(key)
        assert all(e in EXPERTS for e in exp), exp
        assert len(exp) in (0, 1, 2) and len(set(exp)) == len(exp), exp
        assert ("composed" in f) == (len(exp) == 2), q
        assert ("out_of_scope" in f) == (len(exp) == 0), q

    rng = random.Random(SEED)
    rng.shuffle(items)
    out = []
    for i, (q, exp, f, src) in enumerate(items, 1):
        tags = ["diacritics" if has_diacritics(q) else "no_diacritics"]
        if len(q.split()) <= 5:
            tags.append("terse")
        for t in ("typo", "confusable", "composed", "out_of_scope", "english"):
            if t in f:
                tags.append(t)
        out.append({"id": f"q{i:04d}", "query": q, "expected": exp, "tags": tags})
    ids = [o["id"] for o in out]
    assert len(set(ids)) == len(ids)
    for o in out:
        t = o["tags"]
        assert sum(x in t for x in ("diacritics", "no_diacritics")) == 1
        assert ("diacritics" in t) == has_diacritics(o["query"])
        assert ("terse" in t) == (len(o["query"].split()) <= 5)
    with open("questions.jsonl", "w", encoding="utf-8") as fh:
        for o in out:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} questions")


if __name__ == "__main__":
    main()
