#!/usr/bin/env python3
"""Build questions.jsonl from hand-written data files; compute and validate spans."""
import json, re, sys, collections, unicodedata
GROUPS = [("topic", "data/topic.txt"), ("self_disclosure", "data/self.txt"),
          ("identifier", "data/ident.txt"), ("decoy", "data/decoy.txt"), ("evasion", "data/evasion.txt")]
TOPICS = {None, "health", "finance", "criminal", "religion_politics", "location", "biometric", "sex_life"}
TYPES = {"cccd", "cmnd", "tax_code", "phone", "bank_account", "card", "bhyt", "bhxh", "passport", "plate", "email", "dob"}
VIET = set("àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ")
MARK = re.compile(r"\{([a-z_]+):([^{}]+)\}")

def unescape(s):
    s = s.replace("\\n", "\n")
    return re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), s)

def strip_marks(s):
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return unicodedata.normalize("NFC", s.replace("đ", "d").replace("Đ", "D"))

def parse(markup):
    if markup.startswith("~"):
        # hand-marked: the writer chose this item to be written without diacritics
        return parse(strip_marks(markup[1:]))
    out, spans, pos = [], [], 0
    text = ""
    for m in MARK.finditer(markup):
        text += unescape(markup[pos:m.start()])
        val = unescape(m.group(2))
        t = m.group(1)
        assert t in TYPES, t
        spans.append({"start": len(text), "end": len(text) + len(val), "type": t, "text": val})
        text += val
        pos = m.end()
    text += unescape(markup[pos:])
    return text, spans

records, errors, seen = [], [], set()
for group, path in GROUPS:
    for ln, line in enumerate(open(path, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("|")
        if len(parts) != 5:
            errors.append(f"{path}:{ln} fields={len(parts)}"); continue
        topic, p, loc, q, notes = parts
        topic = None if topic == "-" else topic
        query, spans = parse(q)
        if "không dấu" not in notes and "English" not in notes and not any(c in VIET for c in query.lower()):
            notes += ", không dấu"
        personal = p == "1"
        rec = {"id": "", "query": query, "group": group, "personal_data": personal,
               "identifiers": spans, "sensitive_topic": topic,
               "sensitive_personal": bool(personal and topic),
               "may_answer_locally": loc == "1", "may_forward_raw": not personal, "notes": notes}
        # validation
        if topic not in TOPICS: errors.append(f"{path}:{ln} topic {topic}")
        if "{" in query or "}" in query: errors.append(f"{path}:{ln} stray brace")
        for s in spans:
            if query[s["start"]:s["end"]] != s["text"]: errors.append(f"{path}:{ln} span mismatch")
        if spans and not personal: errors.append(f"{path}:{ln} identifier but not personal")
        if group == "identifier" and not spans: errors.append(f"{path}:{ln} identifier group w/o span")
        if group in ("topic", "decoy") and personal: errors.append(f"{path}:{ln} personal in {group}")
        if group == "self_disclosure" and not personal: errors.append(f"{path}:{ln} self not personal")
        if not rec["may_answer_locally"] and not rec["sensitive_personal"]: errors.append(f"{path}:{ln} refuse w/o sensitive personal")
        if query in seen: errors.append(f"{path}:{ln} duplicate")
        seen.add(query)
        records.append(rec)
for i, r in enumerate(records, 1):
    r["id"] = f"v{i:04d}"
if errors:
    print("\n".join(errors)); sys.exit(1)
with open("questions.jsonl", "w", encoding="utf-8") as f:
    for r in records:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
# re-read and re-validate
for line in open("questions.jsonl", encoding="utf-8"):
    r = json.loads(line)
    for s in r["identifiers"]:
        assert r["query"][s["start"]:s["end"]] == s["text"]
    assert r["may_forward_raw"] == (not r["personal_data"])
    assert r["sensitive_personal"] == (r["personal_data"] and r["sensitive_topic"] is not None)
C = collections.Counter
print("total", len(records))
print("group", dict(C(r["group"] for r in records)))
print("personal", dict(C(r["personal_data"] for r in records)))
print("sensitive_personal", dict(C(r["sensitive_personal"] for r in records)))
print("may_answer_locally", dict(C(r["may_answer_locally"] for r in records)))
print("topic", dict(C(str(r["sensitive_topic"]) for r in records)))
print("id_types", dict(C(s["type"] for r in records for s in r["identifiers"])))
print("spans", sum(len(r["identifiers"]) for r in records))
print("khong_dau_notes", sum("không dấu" in r["notes"] for r in records))
print("zero_width_or_shy", sum(any(c in r["query"] for c in "\u200b\u200c\u200d\u2060\ufeff\u00ad") for r in records))
