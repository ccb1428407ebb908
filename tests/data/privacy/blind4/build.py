#!/usr/bin/env python3
"""Build questions.jsonl from the hand-written data files in data/*.txt.

Data line format (fields separated by ' | '):
    TOPIC | P/N | L/X | query with markup | notes
  TOPIC  : - health fin crim rel loc bio sex
  P/N    : personal_data true / false
  L/X    : may_answer_locally true / false
  markup : {type:text} marks an identifier span; type in TYPES.
  tokens : <ZWSP> U+200B, <ZWNJ> U+200C, <ZWJ> U+200D, <WJ> U+2060, <BOM> U+FEFF, <SHY> U+00AD
A line starting with '@group NAME' sets the group; '#' lines are comments.
Notes: 'không dấu' is added automatically when the query has no Vietnamese diacritics
(unless the notes contain 'EN', which marks an English question).
"""
import json, re, sys, unicodedata, glob, collections

TYPES = ["cccd", "cmnd", "tax_code", "phone", "bank_account", "card", "bhyt", "bhxh",
         "passport", "plate", "email", "dob"]
TOPICS = {"-": None, "health": "health", "fin": "finance", "crim": "criminal",
          "rel": "religion_politics", "loc": "location", "bio": "biometric", "sex": "sex_life"}
GROUPS = ["topic", "self_disclosure", "identifier", "decoy", "evasion"]
TOKENS = {"<ZWSP>": "\u200b", "<ZWNJ>": "\u200c", "<ZWJ>": "\u200d", "<WJ>": "\u2060",
          "<BOM>": "\ufeff", "<SHY>": "\u00ad"}
FORMAT_CHARS = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
PROVINCES = set("""001 002 004 006 008 010 011 012 014 015 017 019 020 022 024 025 026 027 030 031
033 034 035 036 037 038 040 042 044 045 046 048 049 051 052 054 056 058 060 062 064 066 067 068 070
072 074 075 077 079 080 082 083 084 086 087 089 091 092 093 094 095 096""".split())
SPAN_RE = re.compile(r"\{(" + "|".join(TYPES) + r"):(.*?)\}")
VI_DIACRITICS = set("àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ")
SPELL = {"không": "0", "khong": "0", "một": "1", "mốt": "1", "mot": "1", "hai": "2", "ba": "3",
         "bốn": "4", "bon": "4", "tư": "4", "năm": "5", "nam": "5", "lăm": "5", "sáu": "6",
         "sau": "6", "bảy": "7", "bẩy": "7", "bay": "7", "tám": "8", "tam": "8", "chín": "9",
         "chin": "9", "zero": "0", "one": "1", "two": "2", "three": "3", "four": "4",
         "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}


def canon_digits(text):
    """Best-effort digit string of an obfuscated numeric identifier (None if impossible)."""
    t = unicodedata.normalize("NFKC", text)
    t = "".join(c for c in t if c not in FORMAT_CHARS)
    words = re.split(r"[\s,.\-_/:]+", t.lower())
    if len(words) > 1 and all(w in SPELL or w.isdigit() or w in ("chấm", "cham", "gạch", "gach", "")
                              for w in words):
        return "".join(SPELL.get(w, w if w.isdigit() else "") for w in words)
    t = re.sub(r"[\s.\-_/()]", "", t)
    if t.startswith("+"):
        t = t[1:]
    t = t.replace("O", "0").replace("o", "0").replace("l", "1").replace("I", "1")
    return t if t.isdigit() else None


def check_span(typ, text):
    """Return None if plausible, else a problem string."""
    if typ in ("email",):
        t = unicodedata.normalize("NFKC", text).lower()
        return None if ("@" in t or "a còng" in t or "acong" in t.replace(" ", "") or " at " in t
                        or "(at)" in t or "[at]" in t) else "email without @"
    if typ == "dob":
        return None if re.search(r"\d", unicodedata.normalize("NFKC", text)) or "tháng" in text else "dob?"
    if typ == "plate":
        t = unicodedata.normalize("NFKC", text)
        t = "".join(c for c in t if c not in FORMAT_CHARS).upper()
        t = re.sub(r"[\s.\-]", "", t)
        return None if re.fullmatch(r"\d{2}[A-Z]{1,2}\d?\d{4,5}", t) else "plate shape " + t
    if typ == "bhyt":
        t = unicodedata.normalize("NFKC", text)
        t = "".join(c for c in t if c not in FORMAT_CHARS).upper()
        t = re.sub(r"[\s.\-]", "", t)
        return None if re.fullmatch(r"[A-Z]{2}\d{13}", t) else "bhyt shape " + t
    if typ == "passport":
        t = unicodedata.normalize("NFKC", text)
        t = "".join(c for c in t if c not in FORMAT_CHARS).upper()
        t = re.sub(r"[\s.\-]", "", t)
        return None if re.fullmatch(r"[A-Z]\d{7,8}", t) else "passport shape " + t
    d = canon_digits(text)
    if d is None:
        return "cannot read digits of " + repr(text)
    if typ == "cccd":
        if len(d) != 12: return "cccd length %d" % len(d)
        if d[:3] not in PROVINCES: return "cccd province " + d[:3]
        if d[3] not in "0123": return "cccd century digit"
    elif typ == "cmnd":
        if len(d) not in (9,): return "cmnd length"
    elif typ == "tax_code":
        if len(d) not in (10, 13): return "tax length"
    elif typ == "phone":
        if d.startswith("0084") and len(d) == 13: d = d[2:]
        if d.startswith("84") and len(d) == 11: d = "0" + d[2:]
        if len(d) != 10 or d[:2] not in ("03", "05", "07", "08", "09"): return "phone " + d
    elif typ == "bank_account":
        if not 8 <= len(d) <= 19: return "account length"
    elif typ == "card":
        if len(d) != 16: return "card length %d" % len(d)
    elif typ == "bhxh":
        if len(d) != 10: return "bhxh length"
    return None


def parse_query(raw):
    for k, v in TOKENS.items():
        raw = raw.replace(k, v)
    out, spans, pos = [], [], 0
    for m in SPAN_RE.finditer(raw):
        out.append(raw[pos:m.start()])
        start = sum(len(x) for x in out)
        text = m.group(2)
        out.append(text)
        spans.append({"start": start, "end": start + len(text), "type": m.group(1), "text": text})
        pos = m.end()
    out.append(raw[pos:])
    q = "".join(out)
    if "{" in q or "}" in q:
        raise ValueError("unparsed markup: " + q)
    for s in spans:
        assert q[s["start"]:s["end"]] == s["text"]
    return q, spans


def main():
    records, errors, warnings = [], [], []
    seen = set()
    for path in sorted(glob.glob("data/*.txt")):
        group = None
        for ln, line in enumerate(open(path, encoding="utf-8"), 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            if line.startswith("@group"):
                group = line.split()[1]
                assert group in GROUPS, group
                continue
            where = "%s:%d" % (path, ln)
            parts = line.split(" | ")
            if len(parts) != 5:
                errors.append(where + " needs 5 fields, got %d" % len(parts)); continue
            topic, pd, local, rawq, notes = [p.strip() if i != 3 else p for i, p in enumerate(parts)]
            rawq = rawq.strip()
            if topic not in TOPICS or pd not in "PN" or local not in "LX":
                errors.append(where + " bad flags"); continue
            q, spans = parse_query(rawq)
            personal = pd == "P"
            stopic = TOPICS[topic]
            if spans and not personal:
                errors.append(where + " identifier but personal_data false")
            if group == "identifier" and not spans:
                errors.append(where + " identifier group without span")
            if group == "decoy" and (personal or spans):
                errors.append(where + " decoy marked personal")
            if group == "topic" and personal:
                errors.append(where + " topic group marked personal")
            if group in ("self_disclosure", "evasion") and not personal:
                errors.append(where + " disclosure/evasion group not personal")
            if local == "X" and not (personal and stopic):
                errors.append(where + " refuse-local without sensitive personal data")
            for s in spans:
                p = check_span(s["type"], s["text"])
                if p:
                    errors.append(where + " span " + p)
                if s["text"] != s["text"].strip():
                    errors.append(where + " span has outer whitespace")
            english = "EN" in notes.split(", ") or notes.startswith("EN")
            if not english and not any(c in VI_DIACRITICS for c in q.lower()):
                if "không dấu" not in notes:
                    notes = (notes + ", không dấu") if notes else "không dấu"
            notes = notes.replace("EN, ", "tiếng Anh, ").replace("EN", "tiếng Anh") if english else notes
            key = q
            if key in seen:
                errors.append(where + " duplicate query")
            seen.add(key)
            records.append({"query": q, "group": group, "personal_data": personal,
                            "identifiers": spans, "sensitive_topic": stopic,
                            "sensitive_personal": bool(personal and stopic),
                            "may_answer_locally": local == "L",
                            "may_forward_raw": not personal, "notes": notes})
    for i, r in enumerate(records, 1):
        r_id = "v%04d" % i
        rec = {"id": r_id}; rec.update(r); records[i - 1] = rec
    if errors:
        print("\n".join(errors)); print("ERRORS:", len(errors)); sys.exit(1)
    with open("questions.jsonl", "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-read and re-validate
    back = [json.loads(l) for l in open("questions.jsonl", encoding="utf-8")]
    for r in back:
        for s in r["identifiers"]:
            assert r["query"][s["start"]:s["end"]] == s["text"], r["id"]
        assert r["may_forward_raw"] == (not r["personal_data"])
        assert r["sensitive_personal"] == (r["personal_data"] and r["sensitive_topic"] is not None)
    write_stats(back)
    C = collections.Counter
    print("total", len(back))
    print("group", dict(C(r["group"] for r in back)))
    for k in ("personal_data", "sensitive_personal", "may_answer_locally", "may_forward_raw"):
        print(k, dict(C(r[k] for r in back)))
    print("topic", dict(C(str(r["sensitive_topic"]) for r in back)))
    print("id types", dict(C(s["type"] for r in back for s in r["identifiers"])))
    print("records with ids", sum(1 for r in back if r["identifiers"]),
          "multi-id", sum(1 for r in back if len(r["identifiers"]) > 1))
    print("no diacritics", sum(1 for r in back if "không dấu" in r["notes"]),
          "english", sum(1 for r in back if "tiếng Anh" in r["notes"]))
    print("format chars", sum(1 for r in back if any(c in r["query"] for c in FORMAT_CHARS)))
    for g in GROUPS:
        sub = [r for r in back if r["group"] == g]
        print(g, len(sub), "personal", sum(r["personal_data"] for r in sub),
              "sens", sum(r["sensitive_personal"] for r in sub),
              "nolocal", sum(not r["may_answer_locally"] for r in sub),
              "topics", dict(C(str(r["sensitive_topic"]) for r in sub)))


def write_stats(R, path="stats.md"):
    C = collections.Counter
    out = ["| group | n | personal_data | sensitive_personal | may_answer_locally=false | with identifier | English | không dấu |",
           "|---|---|---|---|---|---|---|---|"]
    for g in GROUPS + ["ALL"]:
        S = [r for r in R if g == "ALL" or r["group"] == g]
        out.append("| %s | %d | %d | %d | %d | %d | %d | %d |" % (
            g, len(S), sum(r["personal_data"] for r in S), sum(r["sensitive_personal"] for r in S),
            sum(not r["may_answer_locally"] for r in S), sum(bool(r["identifiers"]) for r in S),
            sum("tiếng Anh" in r["notes"] for r in S), sum("không dấu" in r["notes"] for r in S)))
    out.append("")
    tops = ["health", "finance", "criminal", "religion_politics", "location", "biometric", "sex_life", None]
    out.append("| sensitive_topic | " + " | ".join(GROUPS) + " | total | of which sensitive_personal |")
    out.append("|---|" + "---|" * (len(GROUPS) + 2))
    for t in tops:
        row = [sum(1 for r in R if r["group"] == g and r["sensitive_topic"] == t) for g in GROUPS]
        sp = sum(1 for r in R if r["sensitive_topic"] == t and r["sensitive_personal"])
        out.append("| %s | " % (t or "null") + " | ".join(map(str, row)) + " | %d | %d |" % (sum(row), sp))
    out.append("")
    out.append("| identifier type | spans | in evasion group (obfuscated or glued) |")
    out.append("|---|---|---|")
    for t in TYPES:
        a = sum(1 for r in R for s in r["identifiers"] if s["type"] == t)
        b = sum(1 for r in R if r["group"] == "evasion" for s in r["identifiers"] if s["type"] == t)
        out.append("| %s | %d | %d |" % (t, a, b))
    out.append("| total | %d | %d |" % (sum(len(r["identifiers"]) for r in R),
                                       sum(len(r["identifiers"]) for r in R if r["group"] == "evasion")))
    out.append("")
    out.append("Records with at least one span: %d; with two or more: %d; containing zero-width/soft-hyphen "
               "characters: %d; full-width characters: %d. personal_data true %d / false %d; "
               "sensitive_personal true %d; may_answer_locally false %d; may_forward_raw true %d." % (
                   sum(bool(r["identifiers"]) for r in R), sum(len(r["identifiers"]) > 1 for r in R),
                   sum(any(c in r["query"] for c in FORMAT_CHARS) for r in R),
                   sum(any(0xFF01 <= ord(c) <= 0xFF5E for c in r["query"]) for r in R),
                   sum(r["personal_data"] for r in R), sum(not r["personal_data"] for r in R),
                   sum(r["sensitive_personal"] for r in R), sum(not r["may_answer_locally"] for r in R),
                   sum(r["may_forward_raw"] for r in R)))
    open(path, "w", encoding="utf-8").write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
