#!/usr/bin/env python3
"""Build questions.jsonl from the hand-written data_*.py files.

Per-item flags in the data files: s = strip accents here, t = typo, c = confusable, e = english.
Computed tags: diacritics / no_diacritics, terse (<= 5 words), composed (2 experts), out_of_scope ([]).
"""
import json, random, re, sys, unicodedata
from collections import Counter

import data_address, data_health, data_identity, data_procedures, data_tutor, data_bank, data_school, data_composed, data_oos, data_extra

EXPERTS = {"vn-address", "vn-health-triage", "vn-identity", "vn-procedures", "vn-tutor", "bank-cskh", "school-regs"}
SEED = 20261206

def strip_accents(text):
    text = text.replace("đ", "d").replace("Đ", "D")
    nfd = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", "".join(ch for ch in nfd if unicodedata.category(ch) != "Mn"))

VN_LETTERS = set("àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ")

def has_diacritics(text):
    return any(ch in VN_LETTERS for ch in text.lower())

def word_count(text):
    return len([w for w in re.split(r"\s+", text.strip()) if re.search(r"\w", w)])

def main():
    items = []
    for mod in (data_address, data_health, data_identity, data_procedures, data_tutor, data_bank, data_school, data_composed, data_oos, data_extra):
        for query, expected, flags in mod.Q:
            assert set(flags) <= set("stce"), (query, flags)
            q = strip_accents(query) if "s" in flags else query
            q = re.sub(r"\s+", " ", q).strip()
            tags = ["diacritics" if has_diacritics(q) else "no_diacritics"]
            if word_count(q) <= 5: tags.append("terse")
            if "t" in flags: tags.append("typo")
            if "c" in flags: tags.append("confusable")
            if len(expected) == 2: tags.append("composed")
            if len(expected) == 0: tags.append("out_of_scope")
            if "e" in flags: tags.append("english")
            items.append({"query": q, "expected": list(expected), "tags": tags, "_src": mod.__name__})
    random.Random(SEED).shuffle(items)
    for i, it in enumerate(items, 1):
        it["id"] = f"q{i:04d}"
    # ---- validation ----
    errors = []
    ids = Counter(it["id"] for it in items)
    qs = Counter(it["query"].lower() for it in items)
    errors += [f"duplicate id {k}" for k, v in ids.items() if v > 1]
    errors += [f"duplicate query {k!r}" for k, v in qs.items() if v > 1]
    for it in items:
        e, t, q = it["expected"], it["tags"], it["query"]
        if len(e) > 2 or len(set(e)) != len(e): errors.append(f"bad expected {it}")
        if not set(e) <= EXPERTS: errors.append(f"unknown expert {it}")
        if ("diacritics" in t) == ("no_diacritics" in t): errors.append(f"diacritic tag {it}")
        if ("diacritics" in t) != has_diacritics(q): errors.append(f"diacritic mismatch {it}")
        if ("terse" in t) != (word_count(q) <= 5): errors.append(f"terse mismatch {it}")
        if ("composed" in t) != (len(e) == 2): errors.append(f"composed mismatch {it}")
        if ("out_of_scope" in t) != (len(e) == 0): errors.append(f"oos mismatch {it}")
        if "english" in t and has_diacritics(q): errors.append(f"english with diacritics {it}")
        if it["_src"] == "data_composed" and len(e) != 2: errors.append(f"composed file item not 2 experts {it}")
        if it["_src"] == "data_oos" and e: errors.append(f"oos file item has expert {it}")
    if errors:
        print("\n".join(errors)); sys.exit(1)
    with open("questions.jsonl", "w", encoding="utf-8") as f:
        for it in items:
            f.write(json.dumps({"id": it["id"], "query": it["query"], "expected": it["expected"], "tags": it["tags"]}, ensure_ascii=False) + "\n")
    # ---- counts ----
    n = len(items)
    print(f"total {n}")
    single = Counter(it["expected"][0] for it in items if len(it["expected"]) == 1)
    print("single-expert:", dict(sorted(single.items())))
    pairs = Counter(" + ".join(sorted(it["expected"])) for it in items if len(it["expected"]) == 2)
    print(f"composed: {sum(pairs.values())} over {len(pairs)} pairs")
    for k, v in pairs.most_common(): print(f"  {k}: {v}")
    per_expert = Counter(x for it in items for x in it["expected"])
    print("expert appearances (single+composed):", dict(sorted(per_expert.items())))
    tags = Counter(t for it in items for t in it["tags"])
    for k, v in tags.most_common(): print(f"  tag {k}: {v} ({100*v/n:.1f}%)")
    oos = [it for it in items if not it["expected"]]
    print(f"out_of_scope: {len(oos)} (near misses tagged confusable: {sum('confusable' in it['tags'] for it in oos)})")
    print("validation: OK")

if __name__ == "__main__":
    main()
