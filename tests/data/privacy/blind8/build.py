#!/usr/bin/env python3
"""Build questions.jsonl from hand-written data/*.txt files.

Line format:  T|P|L|query ## notes
  T = sensitive topic code (- H F C R L B S), P = personal_data (0/1), L = may_answer_locally (0/1).
Markup in query: {type:value} marks an identifier span. Tokens <ZWSP> <ZWNJ> <ZWJ> <WJ> <BOM> <SHY> <NL>
and <FW:...> (ASCII digits -> full-width) are expanded BEFORE spans are computed.
"""
import json, re, sys, unicodedata
from pathlib import Path

HERE = Path(__file__).parent
GROUPS = ["topic", "self_disclosure", "identifier", "decoy", "evasion"]
TOPICS = {"-": None, "H": "health", "F": "finance", "C": "criminal", "R": "religion_politics",
          "L": "location", "B": "biometric", "S": "sex_life"}
TYPES = {"cccd", "cmnd", "tax_code", "phone", "bank_account", "card", "bhyt", "bhxh", "passport", "plate", "email", "dob"}
TOK = {"<ZWSP>": "\u200b", "<ZWNJ>": "\u200c", "<ZWJ>": "\u200d", "<WJ>": "\u2060", "<BOM>": "\ufeff",
       "<SHY>": "\u00ad", "<NL>": "\n"}
MARK = re.compile(r"\{(" + "|".join(sorted(TYPES)) + r"):(.+?)\}", re.S)
VI_DIACRITIC = re.compile(r"[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]", re.I)


def expand(s):
    s = re.sub(r"<FW:(.*?)>", lambda m: "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in m.group(1)), s)
    for k, v in TOK.items():
        s = s.replace(k, v)

    return s


def parse(markup):
    out, spans, pos = [], [], 0
    text = ""
    for m in MARK.finditer(markup):
        text += markup[pos:m.start()]
        start = len(text)
        text += m.group(2)
        spans.append({"start": start, "end": len(text), "type": m.group(1), "text": m.group(2)})
        pos = m.end()
    text += markup[pos:]
    assert "{" not in text and "}" not in text, f"unparsed markup: {markup!r}"
    return text, spans


def main():
    recs, errors = [], []
    n = 0
    for g in GROUPS:
        for ln, line in enumerate((HERE / "data" / f"{g}.txt").read_text(encoding="utf-8").split("\n"), 1):
            if not line.strip() or line.startswith("#"):
                continue
            body, _, notes = line.partition(" ## ")
            t, p, l, q = body.split("|", 3)
            q = expand(q.strip())
            query, spans = parse(q)
            topic = TOPICS[t]
            pd = p == "1"
            notes = notes.strip()
            english = "EN" in notes.split(", ") or notes.startswith("EN")
            if not english and not VI_DIACRITIC.search(query) and "không dấu" not in notes:
                notes = (notes + ", không dấu") if notes else "không dấu"
            n += 1
            rec = {"id": f"v{n:04d}", "query": query, "group": g, "personal_data": pd, "identifiers": spans,
                   "sensitive_topic": topic, "sensitive_personal": bool(pd and topic),
                   "may_answer_locally": l == "1", "may_forward_raw": not pd, "notes": notes}
            # validation
            where = f"{g}.txt:{ln}"
            for s in spans:
                if query[s["start"]:s["end"]] != s["text"]:
                    errors.append(f"{where}: span mismatch")
                if s["type"] not in TYPES:
                    errors.append(f"{where}: bad type")
                if s["text"] != s["text"].strip():
                    errors.append(f"{where}: span has outer whitespace")
            if spans and not pd:
                errors.append(f"{where}: identifiers but not personal")
            if g == "identifier" and not spans:
                errors.append(f"{where}: identifier group without span")
            if g in ("topic", "decoy") and pd:
                errors.append(f"{where}: {g} must be non-personal")
            if g == "self_disclosure" and not pd:
                errors.append(f"{where}: self_disclosure must be personal")
            if not rec["may_answer_locally"] and not (pd and topic):
                errors.append(f"{where}: refusal only for third-person sensitive data")
            if "<" in query and re.search(r"<[A-Z]+>", query):
                errors.append(f"{where}: unexpanded token")
            recs.append(rec)
    ids = [r["query"] for r in recs]
    dup = {q for q in ids if ids.count(q) > 1}
    if dup:
        errors.append(f"duplicate queries: {dup}")
    if errors:
        print("\n".join(errors)); sys.exit(1)
    with open(HERE / "questions.jsonl", "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-read and re-validate from disk
    back = [json.loads(x) for x in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines()]
    for r in back:
        for s in r["identifiers"]:
            assert r["query"][s["start"]:s["end"]] == s["text"]
    from collections import Counter
    C = lambda f: dict(sorted(Counter(f(r) for r in back).items(), key=lambda kv: str(kv[0])))
    stats = {
        "total": len(back),
        "group": C(lambda r: r["group"]),
        "personal_data": C(lambda r: r["personal_data"]),
        "sensitive_personal": C(lambda r: r["sensitive_personal"]),
        "may_answer_locally": C(lambda r: r["may_answer_locally"]),
        "may_forward_raw": C(lambda r: r["may_forward_raw"]),
        "sensitive_topic": C(lambda r: r["sensitive_topic"] or "null"),
        "identifier_types": dict(Counter(s["type"] for r in back for s in r["identifiers"])),
        "records_with_identifiers": sum(1 for r in back if r["identifiers"]),
        "no_diacritics": sum(1 for r in back if "không dấu" in r["notes"]),
        "english": sum(1 for r in back if r["notes"].startswith("EN")),
        "with_invisible_chars": sum(1 for r in back if re.search("[\u200b\u200c\u200d\u2060\ufeff\u00ad]", r["query"])),
    }
    print(json.dumps(stats, ensure_ascii=False, indent=1))
    (HERE / "stats.json").write_text(json.dumps(stats, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
