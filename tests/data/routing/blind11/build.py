"""Build questions.jsonl from the hand-written data_*.py files.
Each data file defines ITEMS: list of (query, expected_list, flags).
flags: 's' strip accents, 't' typo, 'c' confusable, 'e' english."""
import json, random, re, unicodedata, importlib, glob, os, collections, sys

EXPERTS = {"vn-address", "vn-health-triage", "vn-identity", "vn-procedures", "vn-tutor", "bank-cskh", "school-regs"}
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

def strip_accents(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return unicodedata.normalize("NFC", s)

VN_ACCENTED = re.compile(r"[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]", re.I)

def validate(path):
    """Re-read the output and check schema and tag consistency."""
    ids, queries = set(), set()
    for line in open(path, encoding="utf-8"):
        o = json.loads(line)
        assert set(o) == {"id", "query", "expected", "tags"}, o
        assert o["id"] not in ids and o["query"].lower() not in queries, o
        ids.add(o["id"]); queries.add(o["query"].lower())
        assert all(e in EXPERTS for e in o["expected"]) and len(o["expected"]) <= 2, o
        t = o["tags"]
        assert ("diacritics" in t) != ("no_diacritics" in t), o
        assert ("diacritics" in t) == bool(VN_ACCENTED.search(o["query"])), o
        assert ("terse" in t) == (len(o["query"].split()) <= 5), o
        assert ("composed" in t) == (len(o["expected"]) == 2), o
        assert ("out_of_scope" in t) == (len(o["expected"]) == 0), o
        assert len(t) == len(set(t)), o


def main():
    items = []
    for f in sorted(glob.glob(os.path.join(HERE, "data_*.py"))):
        mod = importlib.import_module(os.path.basename(f)[:-3])
        for q, exp, flags in mod.ITEMS:
            items.append((q, list(exp), flags, os.path.basename(f)))
    seen, out, errors = set(), [], []
    for q, exp, flags, src in items:
        q = " ".join(q.split()) if "\n" not in q else q
        if "s" in flags:
            q = strip_accents(q)
        key = q.strip().lower()
        if key in seen:
            errors.append(f"duplicate query ({src}): {q}")
        seen.add(key)
        for e in exp:
            if e not in EXPERTS:
                errors.append(f"bad expert {e} in {src}: {q}")
        if len(exp) > 2 or len(set(exp)) != len(exp):
            errors.append(f"bad expected {exp}: {q}")
        tags = ["diacritics" if VN_ACCENTED.search(q) else "no_diacritics"]
        if len(q.split()) <= 5:
            tags.append("terse")
        if "t" in flags: tags.append("typo")
        if "c" in flags: tags.append("confusable")
        if len(exp) == 2: tags.append("composed")
        if len(exp) == 0: tags.append("out_of_scope")
        if "e" in flags: tags.append("english")
        out.append({"query": q, "expected": sorted(exp), "tags": tags})
    if errors:
        print("\n".join(errors)); sys.exit(1)
    random.Random(20261207).shuffle(out)
    for i, o in enumerate(out, 1):
        o["id"] = f"q{i:04d}"
    ids = [o["id"] for o in out]
    assert len(ids) == len(set(ids))
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as fh:
        for o in out:
            fh.write(json.dumps({"id": o["id"], "query": o["query"], "expected": o["expected"], "tags": o["tags"]}, ensure_ascii=False) + "\n")
    validate(os.path.join(HERE, "questions.jsonl"))
    # stats
    n = len(out)
    per_exp = collections.Counter(o["expected"][0] for o in out if len(o["expected"]) == 1)
    per_pair = collections.Counter("+".join(o["expected"]) for o in out if len(o["expected"]) == 2)
    per_tag = collections.Counter(t for o in out for t in o["tags"])
    print("total", n)
    print("single per expert:", dict(sorted(per_exp.items())))
    print("pairs:", dict(sorted(per_pair.items())), "n_pairs", len(per_pair), "composed", sum(per_pair.values()))
    print("out_of_scope", sum(1 for o in out if not o["expected"]))
    print("tags:", dict(sorted(per_tag.items())))
    oos = [o for o in out if not o["expected"]]
    print("oos no_diacritics", sum("no_diacritics" in o["tags"] for o in oos), "near(confusable)", sum("confusable" in o["tags"] for o in oos))
    comp = [o for o in out if len(o["expected"]) == 2]
    print("composed english", sum("english" in o["tags"] for o in comp))

if __name__ == "__main__":
    main()
