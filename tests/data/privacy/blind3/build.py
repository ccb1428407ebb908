#!/usr/bin/env python3
"""Build questions.jsonl from the hand-written files in data/.

Line format (one question per line, '#' starts a comment line):
    topic|P|L|query with markup|notes
  topic : '-' (null) or health, finance, criminal, religion_politics, location, biometric, sex_life
  P     : 1 if the query contains personal data, else 0
  L     : may_answer_locally (1/0)
  query : identifier spans are marked {type:text}; invisible characters are written
          as <U+200B>, <U+00AD>, ... and decoded before spans are computed.
  notes : free text; "không dấu" is appended automatically when the query has no
          Vietnamese diacritics at all.
Derived: sensitive_personal = P and topic is not null; may_forward_raw = not P.
"""
import json, re, sys, unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
GROUPS = ["topic", "self_disclosure", "identifier", "decoy", "evasion"]
TOPICS = {None, "health", "finance", "criminal", "religion_politics", "location", "biometric", "sex_life"}
TYPES = {"cccd", "cmnd", "tax_code", "phone", "bank_account", "card", "bhyt", "bhxh", "passport", "plate", "email", "dob"}
PROVINCES = {"001","002","004","006","008","010","011","012","014","015","017","019","020","022","024","025","026",
             "027","030","031","033","034","035","036","037","038","040","042","044","045","046","048","049","051",
             "052","054","056","058","060","062","064","066","067","068","070","072","074","075","077","079","080",
             "082","083","084","086","087","089","091","092","093","094","095","096"}
INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
VN_DIACRITIC = set("àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ")
VN_DIACRITIC |= {c.upper() for c in VN_DIACRITIC}
WORD_DIGITS = {
    "không": "0", "khong": "0", "ko": "0",
    "một": "1", "mot": "1", "mốt": "1",
    "hai": "2", "ba": "3", "bốn": "4", "bon": "4", "tư": "4",
    "năm": "5", "nam": "5", "lăm": "5", "sáu": "6", "sau": "6",
    "bảy": "7", "bay": "7", "bẩy": "7", "tám": "8", "tam": "8", "chín": "9", "chin": "9",
    "chấm": ".", "cham": ".", "a còng": "@", "a cong": "@", "@": "@", "gạch": "", "gach": "",
}

def decode_escapes(s):
    return re.sub(r"<U\+([0-9A-Fa-f]{4})>", lambda m: chr(int(m.group(1), 16)), s)

def parse_markup(raw):
    out, spans, pos = [], [], 0
    for m in re.finditer(r"\{([a-z_]+):([^{}]+)\}", raw):
        out.append(raw[pos:m.start()])
        start = sum(len(x) for x in out)
        text = m.group(2)
        out.append(text)
        spans.append({"start": start, "end": start + len(text), "type": m.group(1), "text": text})
        pos = m.end()
    out.append(raw[pos:])
    q = "".join(out)
    if "{" in q or "}" in q:
        raise ValueError("stray brace in query: " + raw)
    return q, spans

def normalize_ident(text, typ):
    t = "".join(c for c in text if c not in INVISIBLE)
    t = unicodedata.normalize("NFKC", t)  # full-width digits/letters -> ASCII
    low = t.lower()
    # spelled-out words
    for w in sorted(WORD_DIGITS, key=len, reverse=True):
        if re.search(r"[a-zà-ỹđ]", w):
            low = re.sub(r"(?<![a-zà-ỹđ])" + re.escape(w) + r"(?![a-zà-ỹđ])", WORD_DIGITS[w], low)
    if typ in ("email",):
        low = re.sub(r"\s*[\(\[]\s*at\s*[\)\]]\s*", "@", low)
        low = re.sub(r"\s*[\(\[]\s*dot\s*[\)\]]\s*", ".", low)
        return re.sub(r"\s+", "", low)
    s = re.sub(r"[\s.\-_/()]", "", low)
    if typ in ("cccd", "cmnd", "tax_code", "phone", "bank_account", "card", "bhxh"):
        s = s.replace("o", "0").replace("l", "1").replace("i", "1")
    return s

def luhn_ok(d):
    tot = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n = n * 2 - 9 if n * 2 > 9 else n * 2
        tot += n
    return tot % 10 == 0

def check_ident(text, typ):
    s = normalize_ident(text, typ)
    if typ == "cccd":
        return bool(re.fullmatch(r"\d{12}", s)) and s[:3] in PROVINCES and s[3] in "0123"
    if typ == "cmnd":
        return bool(re.fullmatch(r"\d{9}", s))
    if typ == "tax_code":
        return bool(re.fullmatch(r"\d{10}(\d{3})?", s))
    if typ == "phone":
        s = s.replace("+", "")
        if s.startswith("84") and len(s) == 11:
            s = "0" + s[2:]
        return bool(re.fullmatch(r"0[35789]\d{8}", s))
    if typ == "bank_account":
        return bool(re.fullmatch(r"\d{8,19}", s))
    if typ == "card":
        return bool(re.fullmatch(r"\d{16}", s)) and luhn_ok(s)
    if typ == "bhyt":
        return bool(re.fullmatch(r"[a-z]{2}[1-5]\d{12}", s))
    if typ == "bhxh":
        return bool(re.fullmatch(r"\d{10}", s))
    if typ == "passport":
        return bool(re.fullmatch(r"[a-z]\d{7}", s))
    if typ == "plate":
        return bool(re.fullmatch(r"\d{2}[a-z]{1,2}\d?\d{4,5}", s))
    if typ == "email":
        return bool(re.fullmatch(r"[a-z0-9._+\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+", s))
    if typ == "dob":
        return bool(re.search(r"\d", s))
    return False

def has_diacritics(q):
    return any(c in VN_DIACRITIC for c in q)

def main():
    records, errors = [], []
    seen = set()
    n = 0
    for g in GROUPS:
        path = HERE / "data" / f"{g}.txt"
        for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            where = f"{path.name}:{lineno}"
            parts = line.split("|")
            if len(parts) != 5:
                errors.append(f"{where}: expected 5 fields, got {len(parts)}")
                continue
            topic, p, l, rawq, notes = (x.strip() for x in parts)
            topic = None if topic == "-" else topic
            if topic not in TOPICS:
                errors.append(f"{where}: bad topic {topic}")
            if p not in ("0", "1") or l not in ("0", "1"):
                errors.append(f"{where}: bad P/L flags")
            try:
                q, spans = parse_markup(decode_escapes(rawq))
            except ValueError as e:
                errors.append(f"{where}: {e}")
                continue
            if q != q.strip():
                errors.append(f"{where}: leading/trailing whitespace")
            if unicodedata.normalize("NFC", q) != q:
                errors.append(f"{where}: query not NFC")
            if "<U+" in q:
                errors.append(f"{where}: undecoded escape")
            for sp in spans:
                if sp["type"] not in TYPES:
                    errors.append(f"{where}: bad identifier type {sp['type']}")
                if q[sp["start"]:sp["end"]] != sp["text"]:
                    errors.append(f"{where}: span text mismatch {sp}")
                if sp["text"] != sp["text"].strip():
                    errors.append(f"{where}: span has outer whitespace {sp}")
                if not check_ident(sp["text"], sp["type"]):
                    errors.append(f"{where}: identifier fails format check {sp['type']} {sp['text']!r} -> {normalize_ident(sp['text'], sp['type'])!r}")
            personal = p == "1"
            if spans and not personal:
                errors.append(f"{where}: identifier spans but personal_data false")
            if g == "evasion" and not personal:
                errors.append(f"{where}: evasion item must be personal")
            if g in ("topic", "decoy") and personal:
                errors.append(f"{where}: {g} item must not be personal")
            if g == "self_disclosure" and not personal:
                errors.append(f"{where}: self_disclosure item must be personal")
            if g == "identifier" and not spans:
                errors.append(f"{where}: identifier item without spans")
            local = l == "1"
            sens = personal and topic is not None
            if not local and not sens:
                errors.append(f"{where}: may_answer_locally false but not sensitive personal")
            if q in seen:
                errors.append(f"{where}: duplicate query")
            seen.add(q)
            if not has_diacritics(q) and "không dấu" not in notes:
                notes = (notes + "; không dấu") if notes else "không dấu"
            if has_diacritics(q) and "không dấu" in notes:
                errors.append(f"{where}: notes say không dấu but query has diacritics")
            n += 1
            records.append({
                "id": f"v{n:04d}", "query": q, "group": g, "personal_data": personal,
                "identifiers": spans, "sensitive_topic": topic, "sensitive_personal": sens,
                "may_answer_locally": local, "may_forward_raw": not personal, "notes": notes,
            })
    if errors:
        print("\n".join(errors), file=sys.stderr)
        print(f"{len(errors)} error(s)", file=sys.stderr)
        sys.exit(1)
    with open(HERE / "questions.jsonl", "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-read and re-validate what was written
    back = [json.loads(x) for x in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines()]
    for r in back:
        for sp in r["identifiers"]:
            assert r["query"][sp["start"]:sp["end"]] == sp["text"], r["id"]
    print_counts(back)

def print_counts(recs):
    print(f"total {len(recs)}")
    print("groups", dict(Counter(r["group"] for r in recs)))
    for key in ("personal_data", "sensitive_personal", "may_answer_locally", "may_forward_raw"):
        print(key, dict(Counter(r[key] for r in recs)))
    print("topic", dict(Counter(r["sensitive_topic"] for r in recs)))
    print("ident types", dict(Counter(sp["type"] for r in recs for sp in r["identifiers"])))
    print("records with identifiers", sum(1 for r in recs if r["identifiers"]))
    nd = sum(1 for r in recs if not has_diacritics(r["query"]))
    print(f"no diacritics {nd} ({100*nd/len(recs):.1f}%)")
    inv = sum(1 for r in recs if any(c in INVISIBLE for c in r["query"]))
    print("with invisible chars", inv)
    print("per group x label:")
    for g in GROUPS:
        rs = [r for r in recs if r["group"] == g]
        print(f"  {g}: n={len(rs)} personal={sum(r['personal_data'] for r in rs)} "
              f"sensitive_personal={sum(r['sensitive_personal'] for r in rs)} "
              f"local_false={sum(not r['may_answer_locally'] for r in rs)} "
              f"nodiac={sum(not has_diacritics(r['query']) for r in rs)} "
              f"topics={dict(Counter(r['sensitive_topic'] for r in rs))}")

if __name__ == "__main__":
    main()
