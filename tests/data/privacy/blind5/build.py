#!/usr/bin/env python3
"""Build questions.jsonl from hand-written data/*.txt files.

Line format (one question per line, '#' lines are comments):
    TOPIC|P|L|query with markup|notes
TOPIC: - h f c r l b s (null, health, finance, criminal, religion_politics, location, biometric, sex_life)
P: 1 = personal data, 0 = not.  L: 1 = may answer locally, 0 = not.
Markup: {type:text} marks an identifier span. Escapes (expanded before spans are computed):
  <ZWSP> U+200B, <ZWNJ> U+200C, <ZWJ> U+200D, <WJ> U+2060, <BOM> U+FEFF, <SHY> U+00AD,
  <FW:...> converts ASCII digits/letters inside to full-width.
"""
import json, re, sys, unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
GROUPS = ["topic", "self_disclosure", "identifier", "decoy", "evasion"]
TOPICS = {"-": None, "h": "health", "f": "finance", "c": "criminal", "r": "religion_politics",
          "l": "location", "b": "biometric", "s": "sex_life"}
TYPES = {"cccd", "cmnd", "tax_code", "phone", "bank_account", "card", "bhyt", "bhxh",
         "passport", "plate", "email", "dob"}
ESC = {"<ZWSP>": "\u200b", "<ZWNJ>": "\u200c", "<ZWJ>": "\u200d", "<WJ>": "\u2060",
       "<BOM>": "\ufeff", "<SHY>": "\u00ad"}
INVIS = set(ESC.values())
PROVINCES = {"001", "002", "004", "008", "010", "011", "012", "014", "015", "017", "019", "020", "022",
             "024", "025", "026", "027", "030", "031", "033", "034", "035", "036", "037", "038", "040",
             "042", "044", "045", "046", "048", "049", "051", "052", "054", "056", "058", "060", "062",
             "064", "066", "067", "068", "070", "072", "074", "075", "077", "079", "080", "082", "083",
             "084", "086", "087", "089", "091", "092", "093", "094", "095", "096"}
VI_DIAC = re.compile(r"[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]", re.I)
SPELLED = {"không": "0", "khong": "0", "một": "1", "mot": "1", "hai": "2", "ba": "3", "bốn": "4",
           "bon": "4", "năm": "5", "nam": "5", "sáu": "6", "sau": "6", "bảy": "7", "bay": "7",
           "tám": "8", "tam": "8", "chín": "9", "chin": "9", "zero": "0", "one": "1", "two": "2",
           "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9",
           "xê": "C", "chấm": "", "cham": ""}


def fullwidth(s):
    return "".join(chr(ord(c) + 0xFEE0) if c.isascii() and c.isalnum() else c for c in s)


def expand(s):
    s = re.sub(r"<FW:([^>]*)>", lambda m: fullwidth(m.group(1)), s)
    for k, v in ESC.items():
        s = s.replace(k, v)
    if "<" in s and re.search(r"<[A-Z]+[:>]", s):
        raise ValueError("unknown escape in " + s)
    return s


def parse_markup(s):
    out, spans, pos = [], [], 0
    for m in re.finditer(r"\{(\w+):([^{}]*)\}", s):
        out.append(s[pos:m.start()])
        start = sum(len(x) for x in out)
        typ, text = m.group(1), m.group(2)
        if typ not in TYPES:
            raise ValueError("bad type " + typ)
        out.append(text)
        spans.append({"start": start, "end": start + len(text), "type": typ, "text": text})
        pos = m.end()
    out.append(s[pos:])
    q = "".join(out)
    if "{" in q or "}" in q:
        raise ValueError("stray brace in " + q)
    return q, spans


def normalise(text, typ):
    """Best-effort de-obfuscation used only for validation."""
    t = unicodedata.normalize("NFKC", "".join(c for c in text if c not in INVIS))
    words = re.split(r"\s+", t.strip())
    if sum(w.lower() in SPELLED for w in words) >= 3:
        t = "".join(SPELLED.get(w.lower(), w) for w in words)
    if typ == "email":
        t = re.sub(r"\s*(\(at\)|\[at\]|a còng|a cong)\s*", "@", t, flags=re.I)
        t = re.sub(r"\s*(\(dot\)|\[dot\]|chấm|cham)\s*", ".", t, flags=re.I)
        return t.replace(" ", "").lower()
    if typ == "dob":
        return t
    t = re.sub(r"[\s.\-()]", "", t)
    if typ in ("phone", "cccd", "cmnd", "bhxh", "tax_code", "card", "bank_account"):
        t = t.replace("O", "0").replace("o", "0").replace("l", "1").replace("I", "1")
    return t.upper() if typ in ("bhyt", "passport", "plate") else t


def check_value(typ, text):
    v = normalise(text, typ)
    ok = {
        "cccd": lambda: re.fullmatch(r"\d{12}", v) and v[:3] in PROVINCES,
        "cmnd": lambda: re.fullmatch(r"\d{9}", v),
        "tax_code": lambda: re.fullmatch(r"\d{10}(\d{3})?", v),
        "phone": lambda: re.fullmatch(r"0[35789]\d{8}", v) or re.fullmatch(r"(\+84|0084)[35789]\d{8}", v),
        "bank_account": lambda: re.fullmatch(r"\d{8,16}", v),
        "card": lambda: re.fullmatch(r"\d{16}", v),
        "bhyt": lambda: re.fullmatch(r"[A-Z]{2}\d{13}", v),
        "bhxh": lambda: re.fullmatch(r"\d{10}", v),
        "passport": lambda: re.fullmatch(r"[A-Z]\d{7}", v),
        "plate": lambda: re.fullmatch(r"\d{2}[A-Z][A-Z0-9]?\d{4,5}", v.replace("O", "0")) or
                          re.fullmatch(r"\d{2}[A-Z]\d{5}", v),
        "email": lambda: re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v),
        "dob": lambda: re.search(r"\d", v),
    }[typ]()
    return bool(ok), v


def main():
    records, errors, warnings = [], [], []
    n = 0
    for g in GROUPS:
        for ln, line in enumerate((HERE / "data" / f"{g}.txt").read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            where = f"{g}.txt:{ln}"
            parts = line.split("|", 4)
            if len(parts) != 5:
                errors.append(f"{where}: need 5 fields"); continue
            tc, p, l, markup, notes = (x.strip() for x in parts)
            try:
                q, spans = parse_markup(expand(markup))
            except ValueError as e:
                errors.append(f"{where}: {e}"); continue
            if tc not in TOPICS or p not in "01" or l not in "01":
                errors.append(f"{where}: bad flags"); continue
            personal = p == "1"
            topic = TOPICS[tc]
            for s in spans:
                if q[s["start"]:s["end"]] != s["text"]:
                    errors.append(f"{where}: span mismatch")
                if s["text"] != s["text"].strip() or s["text"][0] in INVIS or s["text"][-1] in INVIS:
                    errors.append(f"{where}: span has outer whitespace/invisible")
                ok, v = check_value(s["type"], s["text"])
                if not ok:
                    (warnings if g == "evasion" else errors).append(f"{where}: {s['type']} value {s['text']!r} -> {v!r}")
            if spans and not personal:
                errors.append(f"{where}: spans but not personal")
            if g in ("topic", "decoy") and personal:
                errors.append(f"{where}: {g} must be non-personal")
            if g in ("self_disclosure", "identifier", "evasion") and not personal:
                errors.append(f"{where}: {g} must be personal")
            if g == "identifier" and not spans:
                errors.append(f"{where}: identifier group needs a span")
            if l == "0" and not (personal and topic):
                errors.append(f"{where}: local=false only for third-party sensitive lookups")
            english = "tiếng Anh" in notes or "English" in notes
            if not VI_DIAC.search(q) and not english and "không dấu" not in notes:
                notes = (notes + "; không dấu").strip("; ")
            n += 1
            records.append({
                "id": f"v{n:04d}", "query": q, "group": g, "personal_data": personal,
                "identifiers": spans, "sensitive_topic": topic,
                "sensitive_personal": bool(personal and topic),
                "may_answer_locally": l == "1", "may_forward_raw": not personal, "notes": notes})
    seen = Counter(r["query"] for r in records)
    errors += [f"duplicate query: {q}" for q, c in seen.items() if c > 1]
    for w in warnings:
        print("WARN", w, file=sys.stderr)
    if errors:
        for e in errors:
            print("ERROR", e, file=sys.stderr)
        sys.exit(1)
    with open(HERE / "questions.jsonl", "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-read and re-validate spans from the written file
    for line in open(HERE / "questions.jsonl", encoding="utf-8"):
        r = json.loads(line)
        for s in r["identifiers"]:
            assert r["query"][s["start"]:s["end"]] == s["text"], r["id"]
    stats(records)


def stats(records):
    def show(title, c):
        print(f"\n{title}")
        for k, v in sorted(c.items(), key=lambda kv: (-kv[1], str(kv[0]))):
            print(f"  {k}: {v}")
    print("total", len(records))
    show("group", Counter(r["group"] for r in records))
    show("personal_data", Counter(r["personal_data"] for r in records))
    show("sensitive_personal", Counter(r["sensitive_personal"] for r in records))
    show("may_answer_locally", Counter(r["may_answer_locally"] for r in records))
    show("may_forward_raw", Counter(r["may_forward_raw"] for r in records))
    show("sensitive_topic", Counter(r["sensitive_topic"] for r in records))
    show("identifier type (spans)", Counter(s["type"] for r in records for s in r["identifiers"]))
    show("records with >=1 span", Counter(bool(r["identifiers"]) for r in records))
    nodiac = sum("không dấu" in r["notes"] for r in records)
    eng = sum("tiếng Anh" in r["notes"] for r in records)
    print(f"\nkhông dấu: {nodiac} ({nodiac/len(records):.0%}); tiếng Anh: {eng} ({eng/len(records):.0%})")
    zw = sum(any(c in INVIS for c in r["query"]) for r in records)
    print(f"records with zero-width/soft hyphen: {zw}")
    show("group x personal", Counter((r["group"], r["personal_data"]) for r in records))


if __name__ == "__main__":
    main()
