#!/usr/bin/env python3
"""Build questions.jsonl from the hand-written data_*.py files.

Line format in data files: FLAGS|query (singles, out of scope) or EXPERT1+EXPERT2|FLAGS|query (composed).
FLAGS: s = strip Vietnamese accents, t = typo, c = confusable / near miss, e = english.
"""
import importlib.util, json, random, sys, unicodedata, collections, pathlib

HERE = pathlib.Path(__file__).resolve().parent
EXPERTS = ["vn-address", "vn-health-triage", "vn-identity", "vn-procedures", "vn-tutor", "bank-cskh", "school-regs"]
SEED = 15


def load(name):
    spec = importlib.util.spec_from_file_location(name, HERE / f"{name}.py")
    m = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m)
    return m


def strip_accents(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(ch for ch in s if unicodedata.category(ch) != "Mn")
    return unicodedata.normalize("NFC", s)


def has_diacritics(s):
    for ch in s:
        if ch in "đĐ":
            return True
        if ch.isalpha() and unicodedata.normalize("NFD", ch) != ch:
            return True
    return False


def is_terse(s):
    return len(s.split()) <= 5


def lines(text):
    return [l for l in text.strip("\n").split("\n") if l.strip()]


def make(query, expected, flags, kind):
    bad = set(flags) - set("stce")
    assert not bad, (flags, query)
    if "s" in flags:
        query = strip_accents(query)
    query = " ".join(query.split())
    tags = ["diacritics" if has_diacritics(query) else "no_diacritics"]
    if is_terse(query):
        tags.append("terse")
    if "t" in flags:
        tags.append("typo")
    if "c" in flags:
        tags.append("confusable")
    if kind == "composed":
        tags.append("composed")
    if kind == "oos":
        tags.append("out_of_scope")
    if "e" in flags:
        tags.append("english")
    return {"query": query, "expected": expected, "tags": tags}


def main():
    items = []
    for mod in ["data_address", "data_health", "data_identity", "data_procedures", "data_tutor", "data_bank", "data_school"]:
        m = load(mod)
        for l in lines(m.TEXT):
            flags, q = l.split("|", 1)
            items.append(make(q, [m.EXPERT], flags, "single"))
    m = load("data_composed")
    for l in lines(m.TEXT):
        pair, flags, q = l.split("|", 2)
        exp = pair.split("+")
        items.append(make(q, exp, flags, "composed"))
    m = load("data_oos")
    for l in lines(m.TEXT):
        flags, q = l.split("|", 1)
        items.append(make(q, [], flags, "oos"))

    # validation
    errors = []
    seen = {}
    for it in items:
        key = it["query"].lower()
        if key in seen:
            errors.append("duplicate query: " + it["query"])
        seen[key] = 1
        e = it["expected"]
        if any(x not in EXPERTS for x in e):
            errors.append("bad expert: %r" % e)
        if len(e) > 2 or len(set(e)) != len(e):
            errors.append("bad expected: %r" % e)
        t = it["tags"]
        if len(e) == 2 and "composed" not in t: errors.append("composed tag missing")
        if "composed" in t and len(e) != 2: errors.append("composed tag wrong")
        if (len(e) == 0) != ("out_of_scope" in t): errors.append("oos tag mismatch")
        if ("diacritics" in t) == ("no_diacritics" in t): errors.append("diacritic tag")
        if ("diacritics" in t) != has_diacritics(it["query"]): errors.append("diacritic inconsistent")
        if ("terse" in t) != is_terse(it["query"]): errors.append("terse inconsistent")
        if "english" in t and "diacritics" in t and not any(c in it["query"] for c in "\"“"):
            pass  # mixed English/Vietnamese items may keep accents
    random.Random(SEED).shuffle(items)
    out = []
    for i, it in enumerate(items, 1):
        out.append({"id": "q%04d" % i, **it})
    ids = [o["id"] for o in out]
    if len(set(ids)) != len(ids): errors.append("duplicate ids")
    if errors:
        print("\n".join(errors)); sys.exit(1)
    with open(HERE / "questions.jsonl", "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")

    # counts
    n = len(out)
    per = collections.Counter()
    pairs = collections.Counter()
    tags = collections.Counter()
    for o in out:
        e = o["expected"]
        if len(e) == 1: per[e[0]] += 1
        elif len(e) == 2: pairs["+".join(sorted(e))] += 1
        else: per["[] (out of scope)"] += 1
        for t in o["tags"]: tags[t] += 1
    oos = [o for o in out if not o["expected"]]
    print("total", n)
    print("single-expert:"); [print("  %-20s %d" % kv) for kv in sorted(per.items())]
    print("composed pairs (%d):" % sum(pairs.values())); [print("  %-35s %d" % kv) for kv in sorted(pairs.items())]
    print("tags:"); [print("  %-15s %d (%.1f%%)" % (k, v, 100 * v / n)) for k, v in sorted(tags.items())]
    print("oos near misses (confusable):", sum("confusable" in o["tags"] for o in oos),
          "oos no_diacritics:", sum("no_diacritics" in o["tags"] for o in oos),
          "oos english:", sum("english" in o["tags"] for o in oos))
    comp = [o for o in out if len(o["expected"]) == 2]
    print("composed english:", sum("english" in o["tags"] for o in comp))


if __name__ == "__main__":
    main()
