#!/usr/bin/env python3
"""Build questions.jsonl from hand-written data files; computes spans from {type:text} markup and validates."""
import json, re, sys, collections
GROUPS = ["self_disclosure", "identifier", "evasion", "topic", "decoy"]
TOPICS = {"-": None, "h": "health", "f": "finance", "c": "criminal", "r": "religion_politics",
          "l": "location", "b": "biometric", "s": "sex_life"}
TYPES = {"cccd", "cmnd", "tax_code", "phone", "bank_account", "card", "bhyt", "bhxh", "passport", "plate", "email", "dob"}
MARKERS = {"<ZW>": "\u200b", "<SHY>": "\u00ad", "<NL>": "\n"}
MARK = re.compile(r"\{([a-z_]+):([^{}]*)\}")
VN = set("ăâđêôơưáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ")

def parse(raw):
    for k, v in MARKERS.items():
        raw = raw.replace(k, v)
    out, spans, pos = [], [], 0
    for m in MARK.finditer(raw):
        out.append(raw[pos:m.start()])
        start = sum(len(s) for s in out)
        t, txt = m.group(1), m.group(2)
        assert t in TYPES, t
        assert txt.strip(), raw
        out.append(txt)
        spans.append({"start": start, "end": start + len(txt), "type": t, "text": txt})
        pos = m.end()
    out.append(raw[pos:])
    q = "".join(out)
    assert "{" not in q and "}" not in q, q
    for s in spans:
        assert q[s["start"]:s["end"]] == s["text"]
    return q, spans

recs, n = [], 0
for g in GROUPS:
    for ln, line in enumerate(open(f"{g}.txt", encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip():
            continue
        tcode, flags, rest = line.split(" ", 2)
        body, notes = rest.rsplit(" ## ", 1)
        q, spans = parse(body)
        topic = TOPICS[tcode]
        personal = "P" in flags
        no_local = "X" in flags
        where = f"{g}.txt:{ln}"
        if spans:
            assert personal, where
        if no_local:
            assert personal and topic, where
        if g in ("identifier", "evasion"):
            assert spans, where
        if g in ("topic", "decoy"):
            assert not personal and not spans, where
        if g == "topic":
            assert topic, where
        if g == "self_disclosure":
            assert personal and topic, where
        low = q.lower()
        if not any(c in VN for c in low) and "English" not in notes and "không dấu" not in notes:
            if re.search(r"[a-z]{2,}", low):
                notes += "; không dấu"
        n += 1
        recs.append({"id": f"v{n:04d}", "query": q, "group": g, "personal_data": personal,
                     "identifiers": spans, "sensitive_topic": topic,
                     "sensitive_personal": bool(personal and topic),
                     "may_answer_locally": not no_local, "may_forward_raw": not personal, "notes": notes})
qs = [r["query"] for r in recs]
dup = [q for q, c in collections.Counter(qs).items() if c > 1]
assert not dup, dup
with open("questions.jsonl", "w", encoding="utf-8") as f:
    for r in recs:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
# re-read and validate
for line in open("questions.jsonl", encoding="utf-8"):
    r = json.loads(line)
    for s in r["identifiers"]:
        assert r["query"][s["start"]:s["end"]] == s["text"]
    assert r["may_forward_raw"] == (not r["personal_data"])
    assert r["sensitive_personal"] == (r["personal_data"] and r["sensitive_topic"] is not None)
C = collections.Counter
print("total", len(recs))
print("group", dict(C(r["group"] for r in recs)))
print("personal_data", dict(C(r["personal_data"] for r in recs)))
print("sensitive_personal", dict(C(r["sensitive_personal"] for r in recs)))
print("may_answer_locally", dict(C(r["may_answer_locally"] for r in recs)))
print("may_forward_raw", dict(C(r["may_forward_raw"] for r in recs)))
print("topic", dict(C(str(r["sensitive_topic"]) for r in recs)))
print("id_types", dict(C(s["type"] for r in recs for s in r["identifiers"])))
print("spans", sum(len(r["identifiers"]) for r in recs))
print("khong_dau", sum("không dấu" in r["notes"] for r in recs), "english", sum("English" in r["notes"] for r in recs))
