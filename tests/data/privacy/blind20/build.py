#!/usr/bin/env python3
"""Build questions.jsonl from hand-written data/*.txt.
Line format: topic|P|L|query|notes   (topic '-' = null; P,L = 1/0)
Optional 6th field 'S=0' or 'S=1' overrides sensitive_personal.
Span markup in query: {type:text}; escapes \\u200b etc decoded inside and outside spans."""
import json, re, sys, collections
GROUPS = ["topic", "self_disclosure", "identifier", "decoy", "evasion"]
TYPES = {"cccd","cmnd","tax_code","phone","bank_account","card","bhyt","bhxh","passport","plate","email","dob"}
TOPICS = {None,"health","finance","criminal","religion_politics","location","biometric","sex_life"}
VN = set("àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ")
ESC = re.compile(r"\\u([0-9a-fA-F]{4})")
def dec(s): return ESC.sub(lambda m: chr(int(m.group(1), 16)), s)
MARK = re.compile(r"\{([a-z_]+):([^{}]+)\}")
def parse(raw):
    out, spans, pos = "", [], 0
    for m in MARK.finditer(raw):
        out += dec(raw[pos:m.start()])
        t, txt = m.group(1), dec(m.group(2))
        assert t in TYPES, t
        spans.append({"start": len(out), "end": len(out)+len(txt), "type": t, "text": txt})
        out += txt; pos = m.end()
    out += dec(raw[pos:])
    return out, spans
recs, seen, n = [], set(), 0
for g in GROUPS:
    for ln, line in enumerate(open(f"data/{g}.txt", encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"): continue
        f = line.split("|")
        assert len(f) in (5, 6), (g, ln, line)
        topic = None if f[0] == "-" else f[0]
        assert topic in TOPICS, (g, ln, topic)
        P, L = f[1] == "1", f[2] == "1"
        assert f[1] in "01" and f[2] in "01", (g, ln)
        q, spans = parse(f[3])
        assert "{" not in q and "}" not in q, (g, ln)
        notes = f[4].strip()
        sp = P and topic is not None
        if len(f) == 6: sp = f[5] == "S=1"
        if spans: assert P, (g, ln, "span but not personal")
        if not P: assert L and not sp, (g, ln)
        if g == "identifier" or g == "evasion":
            pass
        if g == "decoy": assert not P, (g, ln)
        if g == "topic": assert not P, (g, ln)
        if g == "self_disclosure": assert P, (g, ln)
        for s in spans:
            assert q[s["start"]:s["end"]] == s["text"], (g, ln)
            assert s["text"] == s["text"].strip(), (g, ln, "span whitespace")
        low = q.lower()
        if not (set(low) & VN) and "tiếng Anh" not in notes and "không dấu" not in notes:
            notes = (notes + "; không dấu").lstrip("; ")
        key = q
        assert key not in seen, (g, ln, "dup", q); seen.add(key)
        n += 1
        recs.append({"id": f"v{n:04d}", "query": q, "group": g, "personal_data": P, "identifiers": spans,
                     "sensitive_topic": topic, "sensitive_personal": sp, "may_answer_locally": L,
                     "may_forward_raw": not P, "notes": notes})
with open("questions.jsonl", "w", encoding="utf-8") as fo:
    for r in recs: fo.write(json.dumps(r, ensure_ascii=False) + "\n")
# re-validate from file
for line in open("questions.jsonl", encoding="utf-8"):
    r = json.loads(line)
    for s in r["identifiers"]: assert r["query"][s["start"]:s["end"]] == s["text"]
    assert r["may_forward_raw"] == (not r["personal_data"])
    if r["sensitive_personal"]: assert r["personal_data"] and r["sensitive_topic"]
c = collections.Counter
print("total", len(recs))
print("group", dict(c(r["group"] for r in recs)))
print("personal", dict(c(r["personal_data"] for r in recs)))
print("sensitive_personal", dict(c(r["sensitive_personal"] for r in recs)))
print("local", dict(c(r["may_answer_locally"] for r in recs)))
print("topic", dict(c(str(r["sensitive_topic"]) for r in recs)))
print("idtype", dict(c(s["type"] for r in recs for s in r["identifiers"])))
print("nodiac", sum("không dấu" in r["notes"] for r in recs), "english", sum("tiếng Anh" in r["notes"] for r in recs))
