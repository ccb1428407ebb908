#!/usr/bin/env python3
"""Build questions.jsonl from hand-written data files in data/, computing identifier spans from
{type:value} markup, and validate every record. Written blind; original work, CC-BY-4.0."""
import json, re, sys, unicodedata, collections, os
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "data"))
import topic, self_disclosure, identifier, decoy, evasion

GROUPS = [("topic", topic), ("self_disclosure", self_disclosure), ("identifier", identifier),
          ("decoy", decoy), ("evasion", evasion)]
TYPES = {"cccd", "cmnd", "tax_code", "phone", "bank_account", "card", "bhyt", "bhxh", "passport", "plate", "email", "dob"}
TOPICS = {None, "health", "finance", "criminal", "religion_politics", "location", "biometric", "sex_life"}
MARK = re.compile(r"\{(" + "|".join(sorted(TYPES)) + r"):([^{}]*)\}")
INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
PROVINCES = {"001", "079", "048", "031", "075", "036", "038", "040", "072", "025", "027", "038"}
WORDS = {"khong": "0", "mot": "1", "bon": "4", "nam": "5", "sau": "6", "bay": "7", "tam": "8", "chin": "9", "không": "0", "một": "1", "mốt": "1", "hai": "2", "ba": "3", "bốn": "4", "tư": "4", "năm": "5",
         "lăm": "5", "sáu": "6", "bảy": "7", "tám": "8", "chín": "9", "one": "1", "two": "2", "three": "3", "zero": "0", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}

def parse(markup):
    out, spans, pos = [], [], 0
    for m in MARK.finditer(markup):
        out.append(markup[pos:m.start()])
        start = sum(len(s) for s in out)
        out.append(m.group(2))
        spans.append({"start": start, "end": start + len(m.group(2)), "type": m.group(1), "text": m.group(2)})
        pos = m.end()
    out.append(markup[pos:])
    return "".join(out), spans

def digits_of(text):
    t = unicodedata.normalize("NFKC", text)  # full-width -> ascii
    t = "".join(c for c in t if c not in INVISIBLE)
    t = re.sub(r"(?i)\b(" + "|".join(WORDS) + r")\b", lambda m: WORDS[m.group(1).lower()], t)
    t = re.sub(r"(?i)(?<=\d)one|one(?=\d)", "1", t)
    t = re.sub(r"(?i)(?<=\d)three|three(?=\d)", "3", t)
    t = t.replace("O", "0").replace("o", "0").replace("I", "1").replace("l", "1")
    return t

def check_identifier(sp, errs, rid):
    typ, raw = sp["type"], sp["text"]
    if typ in ("email", "dob", "plate"):
        if typ == "email" and not re.search(r"@|a còng|\bat\b|\(at\)|\[@\]", raw):
            errs.append(f"{rid}: email without @ form: {raw!r}")
        return
    t = digits_of(raw)
    if typ in ("bhyt", "passport"):
        raw_n = "".join(c for c in unicodedata.normalize("NFKC", raw) if c not in INVISIBLE)
        m = re.match(r"([A-Za-z]{1,2})(?![A-Za-z])", raw_n)
        letters = m.group(1) if m else ""
        nd = re.sub(r"\D", "", digits_of(raw_n[len(letters):]))
        if typ == "bhyt" and not (len(letters) == 2 and len(nd) == 13):
            errs.append(f"{rid}: bhyt shape {raw!r} -> {letters}+{nd}")
        if typ == "passport" and not (1 <= len(letters) <= 2 and len(nd) == 7):
            errs.append(f"{rid}: passport shape {raw!r} -> {letters}+{nd}")
        return
    d = re.sub(r"\D", "", t)
    if typ == "phone":
        if d.startswith("8409") or d.startswith("8403") or d.startswith("8405") or d.startswith("8407") or d.startswith("8408"): d = d[2:]  # +84 (0) form
        elif d.startswith("0084"): d = "0" + d[4:]
        elif d.startswith("84") and len(d) == 11: d = "0" + d[2:]
        ok = len(d) == 10 and d[:2] in ("03", "05", "07", "08", "09")
    elif typ == "cccd": ok = len(d) == 12 and d[:3] in PROVINCES
    elif typ == "cmnd": ok = len(d) == 9
    elif typ == "bhxh": ok = len(d) == 10
    elif typ == "tax_code": ok = len(d) in (10, 13)
    elif typ == "card": ok = len(d) == 16
    elif typ == "bank_account": ok = 9 <= len(d) <= 15
    else: ok = True
    if not ok:
        errs.append(f"{rid}: {typ} shape {raw!r} -> {d}")

VN = set("ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ")
def has_diacritics(q): return any(c in VN for c in q.lower())

def main():
    recs, errs, n = [], [], 0
    seen = set()
    for gname, mod in GROUPS:
        for row in mod.ROWS:
            n += 1
            rid = f"v{n:04d}"
            if len(row) not in (4, 5):
                errs.append(f"{rid}: bad row length {row!r}"); continue
            markup, personal, top, notes = row[:4]
            local = row[4] if len(row) == 5 else True
            query, spans = parse(markup)
            if "{" in query or "}" in query:
                errs.append(f"{rid}: leftover brace in {query!r}")
            for sp in spans:
                if query[sp["start"]:sp["end"]] != sp["text"]:
                    errs.append(f"{rid}: span mismatch {sp}")
                if sp["text"] != sp["text"].strip() or not sp["text"]:
                    errs.append(f"{rid}: span has outer whitespace {sp}")
                check_identifier(sp, errs, rid)
            personal = bool(personal)
            if spans and not personal:
                errs.append(f"{rid}: identifier present but personal_data false")
            if top not in TOPICS:
                errs.append(f"{rid}: bad topic {top}")
            if not has_diacritics(query) and "không dấu" not in notes and "English" not in notes:
                notes = notes + "; không dấu"
            rec = {"id": rid, "query": query, "group": gname, "personal_data": personal,
                   "identifiers": spans, "sensitive_topic": top,
                   "sensitive_personal": bool(personal and top is not None),
                   "may_answer_locally": bool(local), "may_forward_raw": not personal, "notes": notes}
            if not rec["may_answer_locally"] and not (personal and top):
                errs.append(f"{rid}: refusal without sensitive personal data")
            if gname in ("topic", "decoy") and personal:
                errs.append(f"{rid}: {gname} row marked personal")
            if gname in ("self_disclosure", "identifier", "evasion") and not personal:
                errs.append(f"{rid}: {gname} row not personal")
            if gname == "identifier" and not spans:
                errs.append(f"{rid}: identifier row without span")
            key = unicodedata.normalize("NFC", query).lower()
            if key in seen: errs.append(f"{rid}: duplicate query {query!r}")
            seen.add(key)
            # round-trip check
            j = json.loads(json.dumps(rec, ensure_ascii=False))
            for sp in j["identifiers"]:
                assert j["query"][sp["start"]:sp["end"]] == sp["text"]
            recs.append(rec)
    gc = collections.Counter(r["group"] for r in recs)
    if len(recs) < 420: errs.append(f"total {len(recs)} < 420")
    for g, c in gc.items():
        if c < 55: errs.append(f"group {g} has {c} < 55")
    with open("questions.jsonl", "w", encoding="utf-8") as f:
        for r in recs: f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # stats
    st = collections.OrderedDict()
    st["total"] = len(recs)
    st["group"] = dict(gc)
    st["personal_data"] = dict(collections.Counter(str(r["personal_data"]).lower() for r in recs))
    st["sensitive_personal"] = dict(collections.Counter(str(r["sensitive_personal"]).lower() for r in recs))
    st["may_answer_locally"] = dict(collections.Counter(str(r["may_answer_locally"]).lower() for r in recs))
    st["may_forward_raw"] = dict(collections.Counter(str(r["may_forward_raw"]).lower() for r in recs))
    st["sensitive_topic"] = dict(collections.Counter(str(r["sensitive_topic"]) for r in recs))
    st["identifier_type"] = dict(collections.Counter(s["type"] for r in recs for s in r["identifiers"]))
    st["records_with_identifiers"] = sum(1 for r in recs if r["identifiers"])
    st["identifier_spans"] = sum(len(r["identifiers"]) for r in recs)
    st["without_diacritics"] = sum(1 for r in recs if not has_diacritics(r["query"]))
    st["english_or_mixed"] = sum(1 for r in recs if "English" in r["notes"] or "Anh-Việt" in r["notes"])
    st["with_invisible_chars"] = sum(1 for r in recs if any(c in r["query"] for c in INVISIBLE))
    st["by_group_personal"] = {g: dict(collections.Counter(str(r["personal_data"]).lower() for r in recs if r["group"] == g)) for g in gc}
    json.dump(st, open("stats.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print(json.dumps(st, ensure_ascii=False, indent=1))
    if errs:
        print("VALIDATION ERRORS:"); [print(" ", e) for e in errs]; sys.exit(1)
    print(f"VALIDATION OK: {len(recs)} records, {st['identifier_spans']} spans checked")

if __name__ == "__main__":
    main()
