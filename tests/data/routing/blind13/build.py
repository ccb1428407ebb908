#!/usr/bin/env python3
"""Build questions.jsonl from the hand-written data_*.py files.

Each data line is FLAGS|query. Flags: s = strip Vietnamese accents here (the line was
written with accents for readability, but is meant to be typed without them),
t = typo, c = confusable / near miss, e = English. All other tags are computed.
"""
import json, random, sys, unicodedata, collections, os

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
EXPERTS = ["vn-address", "vn-health-triage", "vn-identity", "vn-procedures",
           "vn-tutor", "bank-cskh", "school-regs"]
SEED = 20261207


def strip_accents(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    nfd = unicodedata.normalize("NFD", s)
    return unicodedata.normalize("NFC", "".join(ch for ch in nfd if not unicodedata.combining(ch)))


def has_diacritics(s):
    if "đ" in s or "Đ" in s:
        return True
    for ch in unicodedata.normalize("NFD", s):
        if unicodedata.combining(ch):
            return True
    return False


def parse(block):
    out = []
    for line in block.strip().splitlines():
        line = line.strip()
        if not line:
            continue
        flags, sep, q = line.partition("|")
        assert sep, "missing | in: " + line
        assert set(flags) <= set("stce"), "bad flags: " + line
        q = q.strip()
        if "s" in flags:
            q = strip_accents(q)
        out.append((flags, q))
    return out


def main():
    items = []  # (query, expected, flags)
    import data_address, data_health, data_identity, data_procedures, data_tutor, data_bank, data_school
    for mod in (data_address, data_health, data_identity, data_procedures, data_tutor, data_bank, data_school):
        assert mod.EXPERT in EXPERTS
        for flags, q in parse(mod.DATA):
            items.append((q, [mod.EXPERT], flags))
    import data_composed
    for pair, block in data_composed.PAIRS.items():
        assert len(pair) == 2 and pair[0] != pair[1] and all(p in EXPERTS for p in pair)
        for flags, q in parse(block):
            items.append((q, list(pair), flags))
    import data_oos
    for block in (data_oos.NEAR, data_oos.FAR):
        for flags, q in parse(block):
            items.append((q, [], flags))

    rows = []
    for q, exp, flags in items:
        tags = ["diacritics" if has_diacritics(q) else "no_diacritics"]
        if len(q.split()) <= 5:
            tags.append("terse")
        if "t" in flags:
            tags.append("typo")
        if "c" in flags:
            tags.append("confusable")
        if len(exp) == 2:
            tags.append("composed")
        if not exp:
            tags.append("out_of_scope")
        if "e" in flags:
            tags.append("english")
        rows.append({"query": q, "expected": exp, "tags": tags})

    # validation
    seen = {}
    for r in rows:
        key = strip_accents(r["query"]).lower().strip()
        assert key not in seen, "duplicate query: " + r["query"]
        seen[key] = 1
        assert all(e in EXPERTS for e in r["expected"])
        assert len(r["expected"]) in (0, 1, 2)
        assert len(set(r["expected"])) == len(r["expected"])
        t = r["tags"]
        assert (("diacritics" in t) + ("no_diacritics" in t)) == 1
        assert ("diacritics" in t) == has_diacritics(r["query"])
        assert ("composed" in t) == (len(r["expected"]) == 2)
        assert ("out_of_scope" in t) == (len(r["expected"]) == 0)
        assert ("terse" in t) == (len(r["query"].split()) <= 5)
        assert len(t) == len(set(t))

    rng = random.Random(SEED)
    rng.shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append({"id": "q%04d" % i, "query": r["query"], "expected": r["expected"], "tags": r["tags"]})
    ids = [r["id"] for r in out]
    assert len(ids) == len(set(ids))
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    # stats
    n = len(out)
    per_expert = collections.Counter(r["expected"][0] for r in out if len(r["expected"]) == 1)
    per_pair = collections.Counter(" + ".join(r["expected"]) for r in out if len(r["expected"]) == 2)
    per_tag = collections.Counter(t for r in out for t in r["tags"])
    oos = [r for r in out if not r["expected"]]
    oos_near = sum("confusable" in r["tags"] for r in oos)
    oos_nod = sum("no_diacritics" in r["tags"] for r in oos)
    comp = [r for r in out if len(r["expected"]) == 2]
    comp_en = sum("english" in r["tags"] for r in comp)
    stats = {
        "total": n,
        "single_per_expert": dict(sorted(per_expert.items())),
        "composed_total": len(comp),
        "composed_english": comp_en,
        "composed_per_pair": dict(sorted(per_pair.items())),
        "out_of_scope": len(oos),
        "out_of_scope_near_miss": oos_near,
        "out_of_scope_far": len(oos) - oos_near,
        "out_of_scope_no_diacritics": oos_nod,
        "tags": dict(sorted(per_tag.items())),
        "share_no_diacritics": round(per_tag["no_diacritics"] / n, 3),
        "share_terse": round(per_tag["terse"] / n, 3),
        "share_typo": round(per_tag["typo"] / n, 3),
        "share_english": round(per_tag["english"] / n, 3),
    }
    with open(os.path.join(HERE, "stats.json"), "w", encoding="utf-8") as f:
        json.dump(stats, f, ensure_ascii=False, indent=2)
    import readme_text
    lines = [readme_text.HEAD, "\n## Counts\n", "Total questions: %d\n" % n,
             "\n### Single-expert questions per expert\n"]
    for k, v in stats["single_per_expert"].items():
        lines.append("- `%s`: %d\n" % (k, v))
    lines.append("\n### Composed questions per pair (total %d, of which %d English or mixed)\n"
                 % (stats["composed_total"], stats["composed_english"]))
    for k, v in stats["composed_per_pair"].items():
        lines.append("- %s: %d\n" % (k, v))
    lines.append("\n### Out of scope\n- total: %d (near misses %d, far %d; without diacritics %d)\n"
                 % (stats["out_of_scope"], oos_near, len(oos) - oos_near, oos_nod))
    lines.append("\n### Tags\n")
    for k, v in stats["tags"].items():
        lines.append("- `%s`: %d (%.1f%%)\n" % (k, v, 100.0 * v / n))
    lines.append(readme_text.JUDGEMENT)
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("".join(lines))
    print(json.dumps(stats, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
