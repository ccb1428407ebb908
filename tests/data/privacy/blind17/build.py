#!/usr/bin/env python3
"""Build questions.jsonl from hand-written data files in data/.

Each data line: topic|personal|may_answer_locally|notes|query
  topic: h f c r l b s or - ; personal: 0, 1, or 1n (personal but not sensitive-personal)
  query markup: {type:text} marks an identifier span; tokens [ZWSP] [ZWNJ] [ZWJ] [WJ] [BOM] [SHY] [NL]
  and [FW:...] (ASCII digits/letters -> full-width) are expanded before offsets are computed.
Offsets are computed by code, then every record is validated.
"""
import json, re, sys, unicodedata, collections

GROUPS = [("topic", "data/topic.txt"), ("self_disclosure", "data/self.txt"),
          ("identifier", "data/ident.txt"), ("decoy", "data/decoy.txt"),
          ("evasion", "data/evasion.txt")]
TOPICS = {"h": "health", "f": "finance", "c": "criminal", "r": "religion_politics",
          "l": "location", "b": "biometric", "s": "sex_life", "-": None}
TYPES = {"cccd", "cmnd", "tax_code", "phone", "bank_account", "card", "bhyt", "bhxh",
         "passport", "plate", "email", "dob"}
TOKENS = {"[ZWSP]": "\u200b", "[ZWNJ]": "\u200c", "[ZWJ]": "\u200d", "[WJ]": "\u2060",
          "[BOM]": "\ufeff", "[SHY]": "\u00ad", "[NL]": "\n"}
INVISIBLE = set("\u200b\u200c\u200d\u2060\ufeff\u00ad")
PROVINCES = {"001", "002", "004", "006", "008", "010", "011", "012", "014", "015", "017", "019",
             "020", "022", "024", "025", "026", "027", "030", "031", "033", "034", "035", "036",
             "037", "038", "040", "042", "044", "045", "046", "048", "049", "051", "052", "054",
             "056", "058", "060", "062", "064", "066", "067", "068", "070", "072", "074", "075",
             "077", "079", "080", "082", "083", "084", "086", "087", "089", "091", "092", "093",
             "094", "095", "096"}
DIGIT_WORDS = [("không", "0"), ("khong", "0"), ("zero", "0"), ("một", "1"), ("mot", "1"),
               ("one", "1"), ("hai", "2"), ("two", "2"), ("three", "3"), ("ba", "3"),
               ("bốn", "4"), ("bon", "4"), ("four", "4"), ("năm", "5"), ("nam", "5"),
               ("five", "5"), ("sáu", "6"), ("sau", "6"), ("six", "6"), ("bảy", "7"),
               ("bay", "7"), ("seven", "7"), ("tám", "8"), ("tam", "8"), ("eight", "8"),
               ("chín", "9"), ("chin", "9"), ("nine", "9")]


def expand(s):
    s = re.sub(r"\[FW:([^\]]*)\]",
               lambda m: "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in m.group(1)), s)
    for k, v in TOKENS.items():
        s = s.replace(k, v)
    return s


def parse_markup(raw):
    out, spans, pos = [], [], 0
    for m in re.finditer(r"\{(\w+):([^{}]*)\}", raw):
        out.append(expand(raw[pos:m.start()]))
        start = sum(len(x) for x in out)
        text = expand(m.group(2))
        out.append(text)
        spans.append({"start": start, "end": start + len(text), "type": m.group(1), "text": text})
        pos = m.end()
    out.append(expand(raw[pos:]))
    return "".join(out), spans


def digits_of(text):
    t = unicodedata.normalize("NFKC", "".join(c for c in text if c not in INVISIBLE)).lower()
    for w, d in DIGIT_WORDS:
        t = re.sub(r"(?<![a-zà-ỹđ])" + w + r"(?![a-zà-ỹđ])", d, t)
    t = t.replace("o", "0").replace("l", "1")
    return t


def validate_value(typ, text):
    t = digits_of(text)
    d = re.sub(r"\D", "", t)
    if typ == "phone":
        if d.startswith("84") and len(d) == 11:
            d = "0" + d[2:]
        return len(d) == 10 and d[:2] in {"03", "05", "07", "08", "09"}
    if typ == "cccd":
        return len(d) == 12 and d[:3] in PROVINCES
    if typ == "cmnd":
        return len(d) == 9
    if typ == "tax_code":
        return re.fullmatch(r"\d{10}(-\d{3})?", re.sub(r"[^\d-]", "", t)) is not None
    if typ == "bank_account":
        return 8 <= len(d) <= 15
    if typ == "card":
        return len(d) == 16
    if typ == "bhxh":
        return len(d) == 10
    if typ == "bhyt":
        u = re.sub(r"[^A-Za-z0-9]", "", unicodedata.normalize("NFKC", text)).upper()
        return re.fullmatch(r"[A-Z]{2}\d{13}", u) is not None
    if typ == "passport":
        u = re.sub(r"[^A-Za-z0-9]", "", text).upper()
        return re.fullmatch(r"[A-Z]\d{7}", u) is not None
    if typ == "plate":
        u = re.sub(r"[^A-Za-z0-9]", "", unicodedata.normalize("NFKC", text)).upper()
        return re.fullmatch(r"\d{2}[A-Z]{1,2}\d?\d{4,5}", u) is not None
    if typ == "email":
        e = unicodedata.normalize("NFKC", "".join(c for c in text if c not in INVISIBLE)).lower()
        e = re.sub(r"\s*(\(at\)|a còng|a cong)\s*", "@", e).replace(" chấm ", ".").replace(" ", "")
        return re.fullmatch(r"[a-z0-9._]+@[a-z0-9.-]+\.[a-z]{2,}", e) is not None
    if typ == "dob":
        return bool(re.search(r"\d", text)) or "ngày" in text
    return False


def has_diacritics(s):
    for c in s:
        if c in "đĐ":
            return True
        if c.isalpha() and any(unicodedata.combining(x) for x in unicodedata.normalize("NFD", c)):
            return True
    return False


def main():
    records, errors, seen = [], [], set()
    n = 0
    for group, path in GROUPS:
        for lineno, line in enumerate(open(path, encoding="utf-8"), 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("|", 4)
            if len(parts) != 5:
                errors.append(f"{path}:{lineno}: bad field count"); continue
            tcode, pcode, lcode, notes, raw = parts
            where = f"{path}:{lineno}"
            if tcode not in TOPICS or pcode not in {"0", "1", "1n"} or lcode not in {"0", "1"}:
                errors.append(f"{where}: bad codes"); continue
            query, spans = parse_markup(raw)
            topic = TOPICS[tcode]
            personal = pcode != "0"
            sens_personal = personal and topic is not None and pcode != "1n"
            local = lcode == "1"
            english = "tiếng Anh" in notes
            if not has_diacritics(query) and not english and "không dấu" not in notes:
                notes = notes + ", không dấu"
            if has_diacritics(query) and "không dấu" in notes and "lẫn" not in notes:
                errors.append(f"{where}: notes say không dấu but query has diacritics")
            n += 1
            rec = {"id": f"v{n:04d}", "query": query, "group": group, "personal_data": personal,
                   "identifiers": spans, "sensitive_topic": topic,
                   "sensitive_personal": sens_personal, "may_answer_locally": local,
                   "may_forward_raw": not personal, "notes": notes}
            # validation
            for sp in spans:
                if sp["type"] not in TYPES:
                    errors.append(f"{where}: bad type {sp['type']}")
                if query[sp["start"]:sp["end"]] != sp["text"]:
                    errors.append(f"{where}: span mismatch")
                if sp["text"] != sp["text"].strip() or sp["text"].endswith("."):
                    errors.append(f"{where}: span has edge whitespace/stop")
                if not validate_value(sp["type"], sp["text"]):
                    errors.append(f"{where}: value fails {sp['type']} check: {sp['text']!r}")
            for a, b in zip(spans, spans[1:]):
                if a["end"] > b["start"]:
                    errors.append(f"{where}: overlapping spans")
            if re.search(r"[{}]|\[(ZWSP|ZWNJ|ZWJ|WJ|BOM|SHY|NL|FW:)", query):
                errors.append(f"{where}: leftover markup")
            if spans and not personal:
                errors.append(f"{where}: identifier but not personal")
            if group in ("topic", "decoy") and (personal or spans):
                errors.append(f"{where}: {group} must be non-personal")
            if group in ("identifier",) and not spans:
                errors.append(f"{where}: identifier group needs a span")
            if group in ("self_disclosure", "identifier", "evasion") and not personal:
                errors.append(f"{where}: {group} must be personal")
            if not local and not sens_personal:
                errors.append(f"{where}: refusal only for sensitive personal data")
            if any(c in INVISIBLE for c in query) and group != "evasion":
                errors.append(f"{where}: invisible chars outside evasion")
            key = "".join(c for c in query if c not in INVISIBLE).lower()
            if key in seen:
                errors.append(f"{where}: duplicate query")
            seen.add(key)
            rec["_en"] = english
            records.append(rec)
    if errors:
        print("\n".join(errors)); sys.exit(1)
    with open("questions.jsonl", "w", encoding="utf-8") as f:
        for r in records:
            r = {k: v for k, v in r.items() if k != "_en"}
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-read and re-validate from disk
    back = [json.loads(l) for l in open("questions.jsonl", encoding="utf-8")]
    assert len(back) == len(records)
    for r in back:
        for sp in r["identifiers"]:
            assert r["query"][sp["start"]:sp["end"]] == sp["text"], r["id"]
    C = collections.Counter
    print("total", len(back))
    print("group", dict(C(r["group"] for r in back)))
    print("personal_data", dict(C(r["personal_data"] for r in back)))
    print("sensitive_personal", dict(C(r["sensitive_personal"] for r in back)))
    print("may_answer_locally", dict(C(r["may_answer_locally"] for r in back)))
    print("may_forward_raw", dict(C(r["may_forward_raw"] for r in back)))
    print("topic", dict(C(str(r["sensitive_topic"]) for r in back)))
    print("identifier types", dict(C(sp["type"] for r in back for sp in r["identifiers"])))
    print("records with identifiers", sum(1 for r in back if r["identifiers"]))
    print("spans total", sum(len(r["identifiers"]) for r in back))
    print("không dấu", sum(1 for r in back if "không dấu" in r["notes"]))
    print("English", sum(1 for r in records if r["_en"]))
    print("invisible chars", sum(1 for r in back if any(c in INVISIBLE for c in r["query"])))
    print("group x personal", dict(C((r["group"], r["personal_data"]) for r in back)))
    print("group x topic", dict(C((r["group"], str(r["sensitive_topic"])) for r in back)))


if __name__ == "__main__":
    main()
