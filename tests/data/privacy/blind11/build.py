#!/usr/bin/env python3
"""Build questions.jsonl from hand-written data/*.txt, computing identifier spans from markup and validating.

Data line format:  FLAGS|TOPIC|NOTES|QUERY
  FLAGS: any of P (personal data), X (may NOT answer locally), E (English); '-' for none
  TOPIC: - (null) h health, f finance, c criminal, r religion_politics, l location, b biometric, s sex_life
  QUERY: identifiers marked {type:text}; escapes \\uXXXX (zero-width, soft hyphen...) and \\n are decoded.
"""
import json, re, sys, random, unicodedata, collections

GROUPS = ["topic", "self_disclosure", "identifier", "decoy", "evasion"]
TOPICS = {"-": None, "h": "health", "f": "finance", "c": "criminal", "r": "religion_politics",
          "l": "location", "b": "biometric", "s": "sex_life"}
TYPES = {"cccd", "cmnd", "tax_code", "phone", "bank_account", "card", "bhyt", "bhxh", "passport", "plate", "email", "dob"}
MARK = re.compile(r"\{(\w+):(.*?)\}", re.S)
ESC = re.compile(r"\\u([0-9a-fA-F]{4})")
PROVINCES = {"001", "002", "004", "006", "008", "010", "011", "012", "014", "015", "017", "019", "020", "022", "024",
             "025", "026", "027", "030", "031", "033", "034", "035", "036", "037", "038", "040", "042", "044", "045",
             "046", "048", "049", "051", "052", "054", "056", "058", "060", "062", "064", "066", "067", "068", "070",
             "072", "074", "075", "077", "079", "080", "082", "083", "084", "086", "087", "089", "091", "092", "093",
             "094", "095", "096"}
ZW = "\u200b\u200c\u200d\u2060\ufeff\u00ad"

def has_diacritics(s):
    for ch in s:
        if ch in "đĐ":
            return True
        d = unicodedata.normalize("NFD", ch)
        if len(d) > 1 and d[0].isascii() and d[0].isalpha():
            return True
    return False

def strict_check(typ, text):
    """Format check for plainly written identifiers (identifier group)."""
    pats = {
        "cccd": r"0\d{11}", "cmnd": r"\d{9}", "tax_code": r"\d{10}", "bhxh": r"\d{10}",
        "phone": r"(0[35789]\d{8}|\+84 ?[35789]\d{2} ?\d{3} ?\d{3})", "bank_account": r"\d{10,14}",
        "card": r"\d{4} ?\d{4} ?\d{4} ?\d{4}", "bhyt": r"[A-Z]{2}\d{13}", "passport": r"[A-Z]\d{7}",
        "plate": r"\d{2}[A-Z]\d?-\d{3}\.\d{2}", "email": r"[\w.]+@[\w]+\.[a-z]+",
        "dob": r"(\d{1,2}/\d{1,2}/\d{4}|\d{1,2} \w+ \d{4})"}
    ok = re.fullmatch(pats[typ], text) is not None
    if typ == "cccd" and ok:
        ok = text[:3] in PROVINCES
    return ok

def loose_digits(text):
    return "".join(c for c in unicodedata.normalize("NFKC", text) if c.isdigit())

def parse(group, lineno, line):
    parts = line.split("|", 3)
    if len(parts) != 4:
        raise ValueError(f"{group}:{lineno}: bad field count")
    flags, topic, notes, raw = parts
    if set(flags) - set("PXE-"):
        raise ValueError(f"{group}:{lineno}: bad flags {flags!r}")
    if topic not in TOPICS:
        raise ValueError(f"{group}:{lineno}: bad topic {topic!r}")
    raw = ESC.sub(lambda m: chr(int(m.group(1), 16)), raw).replace("\\n", "\n")
    out, spans, pos = [], [], 0
    for m in MARK.finditer(raw):
        out.append(raw[pos:m.start()])
        start = sum(len(x) for x in out)
        typ, text = m.group(1), m.group(2)
        if typ not in TYPES:
            raise ValueError(f"{group}:{lineno}: bad type {typ}")
        out.append(text)
        spans.append({"start": start, "end": start + len(text), "type": typ, "text": text})
        pos = m.end()
    out.append(raw[pos:])
    query = "".join(out)
    personal = "P" in flags
    english = "E" in flags
    if not english and not has_diacritics(query) and "không dấu" not in notes:
        notes += ", không dấu"
    rec = {"query": query, "group": group, "personal_data": personal, "identifiers": spans,
           "sensitive_topic": TOPICS[topic], "sensitive_personal": personal and TOPICS[topic] is not None,
           "may_answer_locally": "X" not in flags, "may_forward_raw": not personal, "notes": notes}
    return rec, english

def validate(rec, english, where):
    q = rec["query"]
    errs = []
    for sp in rec["identifiers"]:
        if q[sp["start"]:sp["end"]] != sp["text"]:
            errs.append("span mismatch")
        if sp["type"] not in TYPES:
            errs.append("type")
        if sp["text"] != sp["text"].strip():
            errs.append("span has outer whitespace")
        if rec["group"] == "identifier" and not strict_check(sp["type"], sp["text"]):
            errs.append(f"format {sp['type']} {sp['text']!r}")
        if rec["group"] == "evasion" and sp["type"] in ("cccd",):
            d = loose_digits(sp["text"])
            if d and len(d) == 12 and d[:3] not in PROVINCES:
                errs.append("cccd province")
    if "{" in q or "}" in q or "\\u" in q:
        errs.append("leftover markup")
    if rec["identifiers"] and not rec["personal_data"]:
        errs.append("identifiers but not personal")
    if rec["may_forward_raw"] != (not rec["personal_data"]):
        errs.append("forward rule")
    if rec["sensitive_personal"] != (rec["personal_data"] and rec["sensitive_topic"] is not None):
        errs.append("sensitive_personal rule")
    if not rec["may_answer_locally"] and not rec["sensitive_personal"]:
        errs.append("not-local needs sensitive personal")
    g = rec["group"]
    if g in ("topic", "decoy") and rec["personal_data"]:
        errs.append("topic/decoy must be non-personal")
    if g in ("self_disclosure", "evasion") and not rec["personal_data"]:
        errs.append("must be personal")
    if g == "identifier" and not rec["identifiers"]:
        errs.append("identifier group needs spans")
    if "không dấu" in rec["notes"] and has_diacritics(q):
        errs.append("notes say không dấu but has diacritics")
    if errs:
        raise ValueError(f"{where}: {errs}: {q!r}")

def main():
    recs = []
    for g in GROUPS:
        with open(f"data/{g}.txt", encoding="utf-8") as f:
            for i, line in enumerate(f, 1):
                line = line.rstrip("\n")
                if not line.strip() or line.startswith("#"):
                    continue
                rec, en = parse(g, i, line)
                validate(rec, en, f"{g}:{i}")
                recs.append((rec, en))
    qs = [r["query"] for r, _ in recs]
    dup = [q for q, c in collections.Counter(qs).items() if c > 1]
    if dup:
        raise ValueError(f"duplicates: {dup}")
    random.Random(20261207).shuffle(recs)
    with open("questions.jsonl", "w", encoding="utf-8") as f:
        for n, (rec, _) in enumerate(recs, 1):
            rec = {"id": f"v{n:04d}", **rec}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    # re-read and re-validate the written file
    back = [json.loads(l) for l in open("questions.jsonl", encoding="utf-8")]
    assert len(back) == len(recs)
    for r in back:
        for sp in r["identifiers"]:
            assert r["query"][sp["start"]:sp["end"]] == sp["text"], r["id"]
    # stats
    C = collections.Counter
    print("total", len(back))
    print("group", dict(C(r["group"] for r in back)))
    print("personal_data", dict(C(r["personal_data"] for r in back)))
    print("sensitive_personal", dict(C(r["sensitive_personal"] for r in back)))
    print("may_answer_locally", dict(C(r["may_answer_locally"] for r in back)))
    print("may_forward_raw", dict(C(r["may_forward_raw"] for r in back)))
    print("topic", dict(C(str(r["sensitive_topic"]) for r in back)))
    print("id types", dict(C(sp["type"] for r in back for sp in r["identifiers"])))
    print("records with ids", sum(1 for r in back if r["identifiers"]), "spans", sum(len(r["identifiers"]) for r in back))
    nodia = sum(1 for (r, en) in recs if not en and not has_diacritics(r["query"]))
    eng = sum(1 for _, en in recs if en)
    print("no diacritics", nodia, f"{nodia/len(recs):.1%}", "english", eng, f"{eng/len(recs):.1%}")
    print("with zero-width/soft hyphen", sum(1 for r in back if any(c in r["query"] for c in ZW)))
    print("group x topic")
    for g in GROUPS:
        print(" ", g, dict(C(str(r["sensitive_topic"]) for r in back if r["group"] == g)),
              "personal", sum(r["personal_data"] for r in back if r["group"] == g),
              "not-local", sum(not r["may_answer_locally"] for r in back if r["group"] == g))
    print("VALIDATION OK")

if __name__ == "__main__":
    main()
