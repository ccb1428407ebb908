#!/usr/bin/env python3
"""Build questions.jsonl from the hand-written data files in data/.

Line format of every data file (one question per line):
    topic|personal_data|may_answer_locally|notes|query
  topic: - (null), h health, f finance, c criminal, r religion_politics,
         l location, b biometric, x sex_life
  personal_data, may_answer_locally: 1 / 0
  query: text with identifier markup {type:text}; tokens <ZWSP> <ZWNJ> <ZWJ>
         <WJ> <BOM> <SHY> <NL> become U+200B U+200C U+200D U+2060 U+FEFF U+00AD
         and a newline. Offsets are computed here, never typed by hand.
The group is given by the file name. Every record is validated.
"""
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
FILES = [("topic", "topic.txt"), ("self_disclosure", "self.txt"), ("identifier", "ident.txt"),
         ("decoy", "decoy.txt"), ("evasion", "evasion.txt")]
TOPICS = {"-": None, "h": "health", "f": "finance", "c": "criminal", "r": "religion_politics",
          "l": "location", "b": "biometric", "x": "sex_life"}
TYPES = ["cccd", "cmnd", "tax_code", "phone", "bank_account", "card", "bhyt", "bhxh", "passport",
         "plate", "email", "dob"]
TOKENS = {"<ZWSP>": "\u200b", "<ZWNJ>": "\u200c", "<ZWJ>": "\u200d", "<WJ>": "\u2060",
          "<BOM>": "\ufeff", "<SHY>": "\u00ad", "<NL>": "\n"}
INVISIBLE = set("\u200b\u200c\u200d\u2060\ufeff\u00ad")
MARK = re.compile(r"\{(" + "|".join(TYPES) + r"):([^{}]*)\}")
PROVINCES = {"001", "002", "004", "006", "008", "010", "011", "012", "014", "015", "017", "019",
             "020", "022", "024", "025", "026", "027", "030", "031", "033", "034", "035", "036",
             "037", "038", "040", "042", "044", "045", "046", "048", "049", "051", "052", "054",
             "056", "058", "060", "062", "064", "066", "067", "068", "070", "072", "074", "075",
             "077", "079", "080", "082", "083", "084", "086", "087", "089", "091", "092", "093",
             "094", "095", "096"}
WORDS = {"không": "0", "khong": "0", "một": "1", "mot": "1", "hai": "2", "ba": "3", "bốn": "4",
         "bon": "4", "năm": "5", "nam": "5", "sáu": "6", "sau": "6", "bảy": "7", "bay": "7",
         "tám": "8", "tam": "8", "chín": "9", "chin": "9"}


def expand(text):
    for k, v in TOKENS.items():
        text = text.replace(k, v)
    return text


def parse(raw):
    """Return (query, spans) from a marked-up query."""
    out, spans, pos = [], [], 0
    length = 0
    for m in MARK.finditer(raw):
        before = raw[pos:m.start()]
        out.append(before)
        length += len(before)
        val = m.group(2)
        spans.append({"start": length, "end": length + len(val), "type": m.group(1), "text": val})
        out.append(val)
        length += len(val)
        pos = m.end()
    out.append(raw[pos:])
    return "".join(out), spans


def digits_of(text):
    """Normalise a (possibly obfuscated) number to its digit string."""
    t = unicodedata.normalize("NFKC", "".join(c for c in text if c not in INVISIBLE)).lower()
    res = []
    for tok in re.split(r"[\s.\-()\[\]\"/]+", t):
        if not tok:
            continue
        if tok in WORDS:
            res.append(WORDS[tok])
        elif tok in ("chấm", "cham", "phần", "còn", "con", "lại", "lai", "là", "la"):
            continue
        else:
            res.append(tok.replace("o", "0").replace("l", "1").replace("i", "1"))
    return "".join(res)


def check_value(sp):
    """Plausibility check of an identifier's value; returns an error string or ''."""
    typ, txt = sp["type"], sp["text"]
    d = digits_of(txt)
    clean = unicodedata.normalize("NFKC", "".join(c for c in txt if c not in INVISIBLE))
    if typ == "cccd":
        ok = len(d) == 12 and d.isdigit() and d[:3] in PROVINCES
    elif typ == "cmnd":
        ok = len(d) == 9 and d.isdigit()
    elif typ == "phone":
        if d.startswith("+84"):
            d = "0" + d[3:]
        elif d.startswith("84") and len(d) == 11:
            d = "0" + d[2:]
        ok = len(d) == 10 and d.isdigit() and d[:2] in ("03", "05", "07", "08", "09")
    elif typ == "bank_account":
        ok = d.isdigit() and 8 <= len(d) <= 15
    elif typ == "card":
        ok = d.isdigit() and len(d) == 16
    elif typ == "bhxh":
        ok = d.isdigit() and len(d) == 10
    elif typ == "tax_code":
        ok = d.isdigit() and len(d) in (10, 13)
    elif typ == "bhyt":
        c = re.sub(r"\s", "", clean).upper()
        ok = re.fullmatch(r"[A-Z]{2}\d{13}", c) is not None
    elif typ == "passport":
        c = clean.strip()
        c = c[0] + digits_of(c[1:])
        ok = re.fullmatch(r"[A-Za-z]\d{7,8}", c) is not None
    elif typ == "plate":
        c = re.sub(r"[\s.\-]", "", clean).upper()
        ok = re.fullmatch(r"\d{2}[A-Z]{1,2}\d?\d{4,5}", c) is not None
    elif typ == "email":
        ok = ("@" in clean) or ("a còng" in clean) or ("a cong" in clean) or ("(at)" in clean)
    elif typ == "dob":
        ok = re.search(r"\d", clean) is not None
    else:
        ok = False
    return "" if ok else f"implausible {typ}: {txt!r}"


def has_diacritics(q):
    q = "".join(c for c in q if c not in INVISIBLE)
    for c in unicodedata.normalize("NFKC", q):
        if ord(c) > 127 and unicodedata.category(c).startswith("L"):
            return True
    return False


def main():
    records, errors, seen = [], [], set()
    n = 0
    for group, fname in FILES:
        for lineno, line in enumerate((HERE / "data" / fname).read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            where = f"{fname}:{lineno}"
            parts = line.split("|", 4)
            if len(parts) != 5:
                errors.append(f"{where}: bad field count")
                continue
            tcode, pd, local, notes, raw = parts
            if tcode not in TOPICS or pd not in "01" or local not in "01":
                errors.append(f"{where}: bad code {tcode!r} {pd!r} {local!r}")
                continue
            query, spans = parse(expand(raw))
            topic = TOPICS[tcode]
            personal = pd == "1"
            # --- validation ---
            for sp in spans:
                if query[sp["start"]:sp["end"]] != sp["text"]:
                    errors.append(f"{where}: span text mismatch {sp}")
                if sp["text"] != sp["text"].strip() or sp["text"][0] in INVISIBLE or sp["text"][-1] in INVISIBLE:
                    errors.append(f"{where}: span has outer whitespace/invisible {sp}")
                err = check_value(sp)
                if err:
                    errors.append(f"{where}: {err}")
            for a, b in zip(spans, spans[1:]):
                if a["end"] > b["start"]:
                    errors.append(f"{where}: overlapping spans")
            if re.search(r"[{}]|<(ZWSP|ZWNJ|ZWJ|WJ|BOM|SHY|NL)>", query):
                errors.append(f"{where}: leftover markup in {query!r}")
            if spans and not personal:
                errors.append(f"{where}: identifiers but personal_data false")
            if group in ("topic", "decoy") and (personal or spans):
                errors.append(f"{where}: {group} must be non-personal without spans")
            if group in ("self_disclosure", "identifier", "evasion") and not personal:
                errors.append(f"{where}: {group} expected personal")
            if group == "identifier" and not spans and "không có span" not in notes:
                errors.append(f"{where}: identifier record without span")
            if local == "0" and not (personal and topic):
                errors.append(f"{where}: refusal only for third-person sensitive data")
            if query in seen:
                errors.append(f"{where}: duplicate query")
            seen.add(query)
            nodia = not has_diacritics(query)
            if nodia and "English" not in notes and "không dấu" not in notes:
                notes = (notes + ", không dấu") if notes else "không dấu"
            if not nodia and "không dấu" in notes and "trộn" not in notes:
                errors.append(f"{where}: marked không dấu but has diacritics")
            n += 1
            records.append({
                "id": f"v{n:04d}", "query": query, "group": group, "personal_data": personal,
                "identifiers": spans, "sensitive_topic": topic,
                "sensitive_personal": bool(personal and topic),
                "may_answer_locally": local == "1", "may_forward_raw": not personal,
                "notes": notes,
            })
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    with open(HERE / "questions.jsonl", "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-read and re-validate what was written
    back = [json.loads(l) for l in open(HERE / "questions.jsonl", encoding="utf-8")]
    assert back == records
    for r in back:
        for sp in r["identifiers"]:
            assert r["query"][sp["start"]:sp["end"]] == sp["text"]
    # counts
    g = Counter(r["group"] for r in back)
    print("total", len(back))
    print("group", dict(g))
    print("personal_data", dict(Counter(r["personal_data"] for r in back)))
    print("sensitive_personal", dict(Counter(r["sensitive_personal"] for r in back)))
    print("may_answer_locally", dict(Counter(r["may_answer_locally"] for r in back)))
    print("may_forward_raw", dict(Counter(r["may_forward_raw"] for r in back)))
    print("topic", dict(Counter(str(r["sensitive_topic"]) for r in back)))
    print("id types", dict(Counter(s["type"] for r in back for s in r["identifiers"])))
    print("records with spans", sum(1 for r in back if r["identifiers"]))
    print("spans total", sum(len(r["identifiers"]) for r in back))
    nod = sum(1 for r in back if not has_diacritics(r["query"]))
    eng = sum(1 for r in back if "English" in r["notes"])
    print("no diacritics (incl. English)", nod, "English", eng)
    print("invisible chars records", sum(1 for r in back if any(c in INVISIBLE for c in r["query"])))
    for grp in g:
        print(grp, "pd", dict(Counter(r["personal_data"] for r in back if r["group"] == grp)),
              "topic", dict(Counter(str(r["sensitive_topic"]) for r in back if r["group"] == grp)))


if __name__ == "__main__":
    main()
