#!/usr/bin/env python3
"""Build questions.jsonl from hand-written data files in data/.
Markup: [[type:text]] marks one identifier span; offsets are computed here, never typed by hand.
Every record is validated; the script exits non-zero on any error."""
import collections, importlib.util, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
GROUPS = ["topic", "self_disclosure", "identifier", "decoy", "evasion"]
TOPICS = {None: None, "health": "health", "finance": "finance", "criminal": "criminal",
          "religion": "religion_politics", "religion_politics": "religion_politics", "location": "location",
          "biometric": "biometric", "sex_life": "sex_life"}
TYPES = {"cccd", "cmnd", "tax_code", "phone", "bank_account", "card", "bhyt", "bhxh", "passport", "plate", "email", "dob"}
INVIS = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
MARK = re.compile(r"\[\[([a-z_]+):(.*?)\]\]", re.S)
PROVINCES = {"001", "002", "004", "006", "008", "010", "011", "012", "014", "015", "017", "019", "020", "022", "024",
             "025", "026", "027", "030", "031", "033", "034", "035", "036", "037", "038", "040", "042", "044", "045",
             "046", "048", "049", "051", "052", "054", "056", "058", "060", "062", "064", "066", "067", "068", "070",
             "072", "074", "075", "077", "079", "080", "082", "083", "084", "086", "087", "089", "091", "092", "093",
             "094", "095", "096"}
WORDS = {"không": "0", "khong": "0", "zero": "0", "một": "1", "mot": "1", "one": "1", "hai": "2", "two": "2",
         "ba": "3", "three": "3", "bốn": "4", "bon": "4", "four": "4", "năm": "5", "nam": "5", "five": "5",
         "sáu": "6", "sau": "6", "six": "6", "bảy": "7", "bay": "7", "seven": "7", "tám": "8", "tam": "8",
         "eight": "8", "chín": "9", "chin": "9", "nine": "9", "mươi": "0", "xê": "C", "đê": "D", "en": "N",
         "a": "A", "bê": "B", "tê": "T", "e": "E", "mười": "1", "tháng": "", "năm ": ""}
LOOK = {"O": "0", "o": "0", "l": "1", "I": "1", "G": "6"}


def load(group):
    spec = importlib.util.spec_from_file_location(group, os.path.join(HERE, "data", group + ".py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    assert mod.GROUP == group
    return mod.ROWS


def render(markup):
    out, spans, pos = [], [], 0
    for m in MARK.finditer(markup):
        out.append(markup[pos:m.start()])
        start = sum(len(x) for x in out)
        text = m.group(2)
        out.append(text)
        spans.append({"start": start, "end": start + len(text), "type": m.group(1), "text": text})
        pos = m.end()
    out.append(markup[pos:])
    return "".join(out), spans


def canon(text, typ):
    """Undo the disguises to check that a span really holds a plausible identifier of its type."""
    t = unicodedata.normalize("NFKC", "".join(c for c in text if c not in INVIS))
    if typ == "email":
        t = t.lower().replace(" a còng ", "@").replace("(at)", "@").replace("(dot)", ".").replace(" chấm ", ".")
        return t.replace(" ", "")
    if typ == "dob":
        if typ == "dob" and "tháng" in t:   # spelled: "mười hai tháng ba năm một chín chín không"
            day, rest = t.split("tháng")
            month, year = rest.split("năm", 1)
            num = lambda s: "".join(WORDS.get(w, w) for w in s.split())
            d = num(day.replace("mười hai", "12").replace("mười", "10"))
            return f"{d}/{num(month)}/{num(year)}"
        return "".join(LOOK.get(c, c) for c in t)
    toks = re.split(r"[\s,]+", t.strip())
    if len(toks) > 2 and any(w.lower() in WORDS for w in toks):
        t = "".join(WORDS.get(w.lower(), w) if not w.isdigit() else w for w in toks)
    t = re.sub(r"[\s.,\-_/|()]", "", t)
    if typ in ("bhyt", "passport", "plate"):
        t = t.upper()
        head, tail = t[:2], t[2:]
        if typ == "plate":
            return t
        return head + "".join(LOOK.get(c, c) for c in tail) if typ == "bhyt" else t[0] + "".join(LOOK.get(c, c) for c in t[1:])
    return "".join(LOOK.get(c, c) for c in t)


CHECK = {
    "cccd": lambda s: re.fullmatch(r"\d{12}", s) and s[:3] in PROVINCES,
    "cmnd": lambda s: re.fullmatch(r"\d{9}", s),
    "tax_code": lambda s: re.fullmatch(r"\d{10}(\d{3})?", s),
    "phone": lambda s: re.fullmatch(r"(0|\+?84)[35789]\d{8}", s),
    "bank_account": lambda s: re.fullmatch(r"\d{8,19}", s),
    "card": lambda s: re.fullmatch(r"\d{16}", s),
    "bhyt": lambda s: re.fullmatch(r"[A-Z]{2}\d{13}", s),
    "bhxh": lambda s: re.fullmatch(r"\d{10}", s),
    "passport": lambda s: re.fullmatch(r"[A-Z]\d{7}", s),
    "plate": lambda s: re.fullmatch(r"\d{2}[A-Z]{1,2}\d?\d{4,5}", s),
    "email": lambda s: re.fullmatch(r"[\w.]+@[\w.]+\.[a-z]{2,}", s),
    "dob": lambda s: re.search(r"(19|20)\d\d", s),
}


def has_vn_diacritics(s):
    return any(ord(c) > 127 and unicodedata.category(c).startswith("L") and c not in INVIS
               and not ("\uff00" <= c <= "\uffef") for c in s)


def main():
    records, errors, seen = [], [], set()
    n = 0
    for group in GROUPS:
        for row in load(group):
            n += 1
            rid = f"v{n:04d}"
            markup, topic, personal, notes = row[:4]
            local = row[4] if len(row) > 4 else True
            if topic not in TOPICS:
                errors.append(f"{rid}: bad topic {topic}")
            topic = TOPICS.get(topic)
            query, spans = render(markup)
            err = lambda msg: errors.append(f"{rid} [{group}]: {msg} :: {query[:60]!r}")
            if "[[" in query or "]]" in query:
                err("unparsed markup")
            if query in seen:
                err("duplicate query")
            seen.add(query)
            last = -1
            for sp in spans:
                if sp["type"] not in TYPES:
                    err(f"bad type {sp['type']}")
                if query[sp["start"]:sp["end"]] != sp["text"]:
                    err("span text mismatch")
                if sp["start"] < last:
                    err("overlapping spans")
                last = sp["end"]
                if sp["text"] != sp["text"].strip():
                    err("span has outer whitespace")
                c = canon(sp["text"], sp["type"])
                if not CHECK[sp["type"]](c):
                    err(f"implausible {sp['type']}: {sp['text']!r} -> {c!r}")
            if spans and not personal:
                err("identifier present but personal_data false")
            if group in ("topic", "decoy") and (personal or spans):
                err("topic/decoy must be non-personal")
            if group == "identifier" and not spans and "địa chỉ" not in notes:
                err("identifier group without span")
            if group == "self_disclosure" and not personal:
                err("self_disclosure must be personal")
            sens = bool(personal and topic)
            if not local and not sens:
                err("may_answer_locally false only for third-person sensitive lookups")
            plain = "".join(ch for ch in query if ch not in INVIS)
            notes = re.sub(r",?\s*không dấu", "", notes).strip(" ,")
            english = notes.startswith("EN")
            if not has_vn_diacritics(plain) and not english:
                notes = (notes + ", không dấu").strip(" ,")
            rec = {"id": rid, "query": query, "group": group, "personal_data": bool(personal),
                   "identifiers": spans, "sensitive_topic": topic, "sensitive_personal": sens,
                   "may_answer_locally": bool(local), "may_forward_raw": not personal, "notes": notes}
            records.append(rec)
    # final invariants
    for r in records:
        assert r["may_forward_raw"] == (not r["personal_data"])
        assert r["sensitive_personal"] == (r["personal_data"] and r["sensitive_topic"] is not None)
    cnt = collections.Counter(r["group"] for r in records)
    for g in GROUPS:
        if cnt[g] < 55:
            errors.append(f"group {g} has only {cnt[g]}")
    if len(records) < 420:
        errors.append(f"only {len(records)} records")
    if errors:
        print("\n".join(errors))
        print(f"{len(errors)} ERRORS")
        sys.exit(1)
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-read and re-check spans against the stored file
    for line in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8"):
        r = json.loads(line)
        for sp in r["identifiers"]:
            assert r["query"][sp["start"]:sp["end"]] == sp["text"]
    stats(records)


def stats(records):
    C = collections.Counter
    print("total", len(records))
    print("group", dict(C(r["group"] for r in records)))
    for k in ("personal_data", "sensitive_personal", "may_answer_locally", "may_forward_raw"):
        print(k, dict(C(r[k] for r in records)))
    print("topic", dict(C(str(r["sensitive_topic"]) for r in records)))
    print("identifier types", dict(C(s["type"] for r in records for s in r["identifiers"])))
    print("records with spans", sum(1 for r in records if r["identifiers"]), "spans", sum(len(r["identifiers"]) for r in records))
    nd = sum("không dấu" in r["notes"] for r in records)
    en = sum(r["notes"].startswith("EN") for r in records)
    zw = sum(any(c in r["query"] for c in INVIS) for r in records)
    print(f"không dấu {nd} ({nd/len(records):.0%}), English {en} ({en/len(records):.0%}), invisible chars {zw}")
    print("group x personal", dict(C((r["group"], r["personal_data"]) for r in records)))


if __name__ == "__main__":
    main()
