#!/usr/bin/env python3
"""Build questions.jsonl from hand-written data/*.txt files.

Line format:  T|P|L|notes|query
  T: topic code  - h f c r l b s  (none, health, finance, criminal, religion_politics, location, biometric, sex_life)
  P: personal_data 0/1     L: may_answer_locally 0/1
  query: identifiers marked as {type:text}; tokens <ZWSP> <ZWNJ> <ZWJ> <WJ> <BOM> <SHY> become literal
  U+200B U+200C U+200D U+2060 U+FEFF U+00AD; <NL> becomes a newline.
Section header lines '# group' set the group. Blank lines and '## ' comments are skipped.
"""
import json, re, sys, collections, pathlib

HERE = pathlib.Path(__file__).resolve().parent
TOPICS = {"-": None, "h": "health", "f": "finance", "c": "criminal", "r": "religion_politics",
          "l": "location", "b": "biometric", "s": "sex_life"}
TYPES = {"cccd", "cmnd", "tax_code", "phone", "bank_account", "card", "bhyt", "bhxh", "passport", "plate", "email", "dob"}
GROUPS = ["topic", "self_disclosure", "identifier", "decoy", "evasion"]
TOKENS = {"<ZWSP>": "\u200b", "<ZWNJ>": "\u200c", "<ZWJ>": "\u200d", "<WJ>": "\u2060", "<BOM>": "\ufeff",
          "<SHY>": "\u00ad", "<NL>": "\n"}
MARK = re.compile(r"\{([a-z_]+):([^{}]+)\}")
PROVINCES = {"001","002","004","006","008","010","011","012","014","015","017","019","020","022","024","025","026",
             "027","030","031","033","034","035","036","037","038","040","042","044","045","046","048","049","051",
             "052","054","056","058","060","062","064","066","067","068","070","072","074","075","077","079","080",
             "082","083","084","086","087","089","091","092","093","094","095","096"}
VI = set("àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ")

def parse(query):
    for k, v in TOKENS.items():
        query = query.replace(k, v)
    out, spans, pos = [], [], 0
    for m in MARK.finditer(query):
        out.append(query[pos:m.start()])
        start = sum(len(x) for x in out)
        typ, text = m.group(1), m.group(2)
        if typ not in TYPES:
            raise ValueError(f"bad type {typ}")
        out.append(text)
        spans.append({"start": start, "end": start + len(text), "type": typ, "text": text})
        pos = m.end()
    out.append(query[pos:])
    return "".join(out), spans

def check_clean(sp, errs, rid):
    t, typ = sp["text"], sp["type"]
    if typ == "cccd" and re.fullmatch(r"[0-9]{12}", t) and t[:3] not in PROVINCES:
        errs.append(f"{rid}: cccd province {t}")
    if typ == "phone" and re.fullmatch(r"[0-9]+", t) and not re.fullmatch(r"0[35789][0-9]{8}", t):
        errs.append(f"{rid}: phone {t}")
    if typ == "bhyt" and re.fullmatch(r"[A-Z]{2}[0-9]+", t) and len(t) != 15:
        errs.append(f"{rid}: bhyt {t}")

LEN = {"cccd": {12}, "cmnd": {9, 12}, "phone": {10}, "card": {16}, "bhxh": {10}, "tax_code": {10, 13},
       "bank_account": set(range(8, 16))}
def check_obfuscated(sp, errs, rid):
    """For spans made only of digits, O/l/S look-alikes and separators, check the digit count per type."""
    import unicodedata
    t = unicodedata.normalize("NFKC", sp["text"])
    t = "".join(ch for ch in t if ch not in "\u200b\u200c\u200d\u2060\ufeff\u00ad")
    if sp["type"] not in LEN or re.search(r"[^0-9OlS .\-()/+\n]", t):
        return
    d = re.sub(r"[^0-9OlS]", "", t).translate(str.maketrans("OlS", "015"))
    if sp["type"] == "phone" and d.startswith("84"):
        d = "0" + d[2:]
    if len(d) not in LEN[sp["type"]]:
        errs.append(f"{rid}: {sp['type']} has {len(d)} digits: {sp['text']!r}")
    if sp["type"] == "phone" and not re.fullmatch(r"0[35789][0-9]{8}", d):
        errs.append(f"{rid}: phone prefix {d}")
    if sp["type"] == "cccd" and d[:3] not in PROVINCES:
        errs.append(f"{rid}: cccd province {d}")

def main():
    records, errs, seen = [], [], set()
    for f in sorted((HERE / "data").glob("*.txt")):
        group = None
        for ln, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("## "):
                continue
            if line.startswith("# "):
                group = line[2:].strip(); assert group in GROUPS, (f, ln, group); continue
            parts = line.split("|", 4)
            if len(parts) != 5:
                errs.append(f"{f.name}:{ln}: fields"); continue
            t, p, l, notes, raw = parts
            if t not in TOPICS or p not in "01" or l not in "01":
                errs.append(f"{f.name}:{ln}: flags {t}{p}{l}"); continue
            try:
                query, spans = parse(raw.strip())
            except ValueError as e:
                errs.append(f"{f.name}:{ln}: {e}"); continue
            pd = p == "1"
            topic = TOPICS[t]
            rid = f"v{len(records)+1:04d}"
            for sp in spans:
                if query[sp["start"]:sp["end"]] != sp["text"]:
                    errs.append(f"{rid}: span mismatch")
                check_clean(sp, errs, rid)
                check_obfuscated(sp, errs, rid)
            if spans and not pd:
                errs.append(f"{f.name}:{ln}: identifiers but personal_data false")
            if group in ("identifier", "evasion") and not spans and "không span" not in notes:
                pass
            if group == "decoy" and (pd or spans):
                errs.append(f"{f.name}:{ln}: decoy marked personal")
            if group == "topic" and pd:
                errs.append(f"{f.name}:{ln}: topic marked personal")
            if group in ("self_disclosure", "identifier", "evasion") and not pd:
                errs.append(f"{f.name}:{ln}: {group} not personal")
            if group == "identifier" and not spans:
                errs.append(f"{f.name}:{ln}: identifier group without span")
            if l == "0" and not (pd and topic):
                errs.append(f"{f.name}:{ln}: refuse-local without sensitive personal")
            if MARK.search(query) or "<" in query and any(k in query for k in TOKENS):
                errs.append(f"{f.name}:{ln}: leftover markup")
            key = query.strip().lower()
            if key in seen:
                errs.append(f"{f.name}:{ln}: duplicate query")
            seen.add(key)
            notes = notes.strip()
            letters = [c for c in query.lower() if c.isalpha()]
            if "tiếng Anh" not in notes and not any(c in VI for c in letters) and "không dấu" not in notes:
                notes = (notes + "; không dấu").lstrip("; ")
            records.append({"id": rid, "query": query, "group": group, "personal_data": pd,
                            "identifiers": spans, "sensitive_topic": topic,
                            "sensitive_personal": bool(pd and topic),
                            "may_answer_locally": l == "1", "may_forward_raw": not pd, "notes": notes})
    c = collections.Counter(r["group"] for r in records)
    for g in GROUPS:
        if c[g] < 55:
            errs.append(f"group {g} has {c[g]} < 55")
    if len(records) < 420:
        errs.append(f"total {len(records)} < 420")
    with open(HERE / "questions.jsonl", "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-read and revalidate
    for line in open(HERE / "questions.jsonl", encoding="utf-8"):
        r = json.loads(line)
        for sp in r["identifiers"]:
            assert r["query"][sp["start"]:sp["end"]] == sp["text"]
        assert r["may_forward_raw"] == (not r["personal_data"])
        assert r["sensitive_personal"] == (r["personal_data"] and r["sensitive_topic"] is not None)
    stats = {
        "total": len(records), "groups": dict(c),
        "personal_data": collections.Counter(r["personal_data"] for r in records),
        "sensitive_personal": collections.Counter(r["sensitive_personal"] for r in records),
        "may_answer_locally": collections.Counter(r["may_answer_locally"] for r in records),
        "may_forward_raw": collections.Counter(r["may_forward_raw"] for r in records),
        "topics": collections.Counter(str(r["sensitive_topic"]) for r in records),
        "identifier_types": collections.Counter(s["type"] for r in records for s in r["identifiers"]),
        "records_with_spans": sum(1 for r in records if r["identifiers"]),
        "khong_dau": sum(1 for r in records if "không dấu" in r["notes"]),
        "english": sum(1 for r in records if "tiếng Anh" in r["notes"]),
        "zero_width_or_shy": sum(1 for r in records if any(ch in r["query"] for ch in "\u200b\u200c\u200d\u2060\ufeff\u00ad")),
    }
    for k, v in stats.items():
        print(k, dict(v) if isinstance(v, collections.Counter) else v)
    if errs:
        print("ERRORS:", *errs, sep="\n  ")
        sys.exit(1)
    print("OK")

if __name__ == "__main__":
    main()
