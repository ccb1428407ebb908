#!/usr/bin/env python3
"""Build questions.jsonl from hand-written data files; computes spans from markup and validates every record.

Data line format:  TOPIC PERSONAL LOCAL | query with {type:text} markup | notes
TOPIC: - (null) h f c r l b x ; PERSONAL, LOCAL: 0/1.
Invisible characters are written as tokens: <zw> U+200B, <zwnj> U+200C, <zwj> U+200D, <wj> U+2060, <bom> U+FEFF, <shy> U+00AD.
"""
import json, re, sys, collections, pathlib

HERE = pathlib.Path(__file__).resolve().parent
GROUPS = [("topic", "topic.txt"), ("self_disclosure", "self.txt"), ("identifier", "ident.txt"),
          ("decoy", "decoy.txt"), ("evasion", "evasion.txt")]
TOPICS = {"-": None, "h": "health", "f": "finance", "c": "criminal", "r": "religion_politics",
          "l": "location", "b": "biometric", "x": "sex_life"}
TYPES = {"cccd", "cmnd", "tax_code", "phone", "bank_account", "card", "bhyt", "bhxh", "passport", "plate", "email", "dob"}
TOKENS = {"<zw>": "\u200b", "<zwnj>": "\u200c", "<zwj>": "\u200d", "<wj>": "\u2060", "<bom>": "\ufeff", "<shy>": "\u00ad"}
INVIS = set(TOKENS.values())
VI = set("àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ")
MARK = re.compile(r"\{(\w+):([^{}]*)\}")


def has_diacritics(s):
    return any(c in VI for c in s.lower())


def parse(line):
    head, query, notes = [p.strip() for p in line.split(" | ")]
    t, p, l = head.split()
    for k, v in TOKENS.items():
        query = query.replace(k, v)
    out, spans, pos = [], [], 0
    for m in MARK.finditer(query):
        out.append(query[pos:m.start()])
        start = sum(len(x) for x in out)
        typ, text = m.group(1), m.group(2)
        out.append(text)
        spans.append({"start": start, "end": start + len(text), "type": typ, "text": text})
        pos = m.end()
    out.append(query[pos:])
    return t, p == "1", l == "1", "".join(out), spans, notes


def main():
    recs, errors, n = [], [], 0
    seen = set()
    for group, fn in GROUPS:
        for raw in (HERE / "data" / fn).read_text(encoding="utf-8").splitlines():
            if not raw.strip() or raw.startswith("#"):
                continue
            t, personal, local, q, spans, notes = parse(raw)
            n += 1
            rid = f"v{n:04d}"
            err = lambda msg: errors.append(f"{rid} [{group}] {msg}: {q!r}")
            if t not in TOPICS:
                err("bad topic")
            topic = TOPICS.get(t)
            for s in spans:
                if s["type"] not in TYPES:
                    err(f"bad type {s['type']}")
                if q[s["start"]:s["end"]] != s["text"]:
                    err("span mismatch")
                if s["text"] != s["text"].strip() or not s["text"]:
                    err("span has outer whitespace")
            if "{" in q or "}" in q or "<" in q:
                err("leftover markup")
            if spans and not personal:
                err("identifier but not personal")
            if group in ("topic", "decoy") and (personal or spans):
                err("topic/decoy must be non-personal")
            if group in ("self_disclosure", "evasion", "identifier") and not personal:
                err("must be personal")
            if group == "identifier" and not spans:
                err("identifier group needs a span")
            if not local and not (personal and topic):
                err("local=false only for third-person sensitive lookups")
            # digit runs outside spans (possible unmarked identifiers)
            masked = list(q)
            for s in spans:
                for i in range(s["start"], s["end"]):
                    masked[i] = "#"
            rest = "".join(masked)
            if group != "decoy" and re.search(r"\d{9,}", rest):
                err("long digit run outside spans")
            if group == "decoy" and re.search(r"(?<![\d.])0[35789]\d{8}(?!\d)|(?<!\d)0\d{11}(?!\d)|@", q):
                err("decoy contains identifier-like value")
            english = "English" in notes
            vi = has_diacritics(q)
            if "không dấu" in notes and vi:
                err("note says không dấu but query has diacritics")
            if not vi and not english and "không dấu" not in notes:
                notes = notes + ", không dấu"
            if q in seen:
                err("duplicate query")
            seen.add(q)
            recs.append({"id": rid, "query": q, "group": group, "personal_data": personal,
                         "identifiers": spans, "sensitive_topic": topic,
                         "sensitive_personal": bool(personal and topic),
                         "may_answer_locally": local, "may_forward_raw": not personal, "notes": notes})
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    with open(HERE / "questions.jsonl", "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-read and re-validate from disk
    back = [json.loads(l) for l in open(HERE / "questions.jsonl", encoding="utf-8")]
    for r in back:
        for s in r["identifiers"]:
            assert r["query"][s["start"]:s["end"]] == s["text"], r["id"]
        assert r["may_forward_raw"] == (not r["personal_data"])
        assert r["sensitive_personal"] == (r["personal_data"] and r["sensitive_topic"] is not None)
    c = collections.Counter
    print("total", len(back))
    print("group", dict(c(r["group"] for r in back)))
    print("personal_data", dict(c(r["personal_data"] for r in back)))
    print("sensitive_personal", dict(c(r["sensitive_personal"] for r in back)))
    print("may_answer_locally", dict(c(r["may_answer_locally"] for r in back)))
    print("may_forward_raw", dict(c(r["may_forward_raw"] for r in back)))
    print("topic", dict(c(str(r["sensitive_topic"]) for r in back)))
    print("identifier types", dict(c(s["type"] for r in back for s in r["identifiers"])))
    print("records with identifiers", sum(1 for r in back if r["identifiers"]))
    print("no diacritics", sum(1 for r in back if not has_diacritics(r["query"])),
          "of which English", sum(1 for r in back if not has_diacritics(r["query"]) and "English" in r["notes"]))
    print("English", sum(1 for r in back if "English" in r["notes"]))
    print("invisible chars", sum(1 for r in back if any(ch in INVIS for ch in r["query"])))
    for g in ("topic", "self_disclosure", "identifier", "decoy", "evasion"):
        print(g, "topics", dict(c(str(r["sensitive_topic"]) for r in back if r["group"] == g)))


if __name__ == "__main__":
    main()
