#!/usr/bin/env python3
"""Build questions.jsonl from hand-written data/*.txt files.

Line format:  <topic|-> <personal 0/1> <may_answer_locally 0/1> ## <notes> ## <query with markup>
Markup: {type:value} marks one identifier span; literal \\uXXXX escapes inside the text
are decoded to the real character (used for zero-width characters and soft hyphens).
"""
import json, re, sys, unicodedata
from collections import Counter

GROUPS = [("topic", "data/topic.txt"), ("self_disclosure", "data/self.txt"),
          ("identifier", "data/ident.txt"), ("decoy", "data/decoy.txt"),
          ("evasion", "data/evasion.txt")]
TYPES = "cccd cmnd tax_code phone bank_account card bhyt bhxh passport plate email dob".split()
TOPICS = {"health", "finance", "criminal", "religion_politics", "location", "biometric", "sex_life"}
MARK = re.compile(r"\{(" + "|".join(TYPES) + r"):([^{}]*)\}")
ESC = re.compile(r"\\u([0-9a-fA-F]{4})")
INVISIBLE = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"}

def dec(s):
    return ESC.sub(lambda m: chr(int(m.group(1), 16)), s)

def parse(markup):
    out, spans, pos = [], [], 0
    for m in MARK.finditer(markup):
        out.append(dec(markup[pos:m.start()]))
        start = sum(len(x) for x in out)
        val = dec(m.group(2))
        out.append(val)
        spans.append({"start": start, "end": start + len(val), "type": m.group(1), "text": val})
        pos = m.end()
    out.append(dec(markup[pos:]))
    return "".join(out), spans

VI = set("ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ")
def has_diacritics(s):
    return any(c.lower() in VI for c in s)

def digits(s):
    s = unicodedata.normalize("NFKC", s)
    return "".join(c for c in s if c.isdigit())

def main():
    recs, errors, n = [], [], 0
    for group, path in GROUPS:
        for ln, line in enumerate(open(path, encoding="utf-8"), 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            try:
                head, notes, q = line.split(" ## ", 2)
            except ValueError:
                errors.append(f"{path}:{ln} bad line"); continue
            t = head.split()
            if len(t) == 4 and t[0] == "-":
                t = t[1:]
            if len(t) != 3:
                errors.append(f"{path}:{ln} bad head {head!r}"); continue
            topic = None if t[0] == "-" else t[0]
            personal, local = t[1] == "1", t[2] == "1"
            query, spans = parse(q)
            n += 1
            rec = {"id": f"v{n:04d}", "query": query, "group": group, "personal_data": personal,
                   "identifiers": spans, "sensitive_topic": topic,
                   "sensitive_personal": personal and topic is not None,
                   "may_answer_locally": local, "may_forward_raw": not personal,
                   "notes": notes.strip()}
            nd = not has_diacritics(query)
            eng = "english" in rec["notes"].lower()
            if nd and not eng and "không dấu" not in rec["notes"]:
                rec["notes"] += ", không dấu"
            if not nd and "không dấu" in rec["notes"]:
                rec["notes"] = rec["notes"].replace("không dấu", "trộn dấu/không dấu một phần")
            where = f"{path}:{ln} {rec['id']}"
            # validation
            if topic is not None and topic not in TOPICS: errors.append(f"{where} topic {topic}")
            for sp in spans:
                if query[sp["start"]:sp["end"]] != sp["text"]: errors.append(f"{where} span mismatch")
                if sp["text"] != sp["text"].strip() or not sp["text"]: errors.append(f"{where} span whitespace")
            if spans and not personal: errors.append(f"{where} identifiers but not personal")
            if not local and not (personal and topic): errors.append(f"{where} refuse w/o sensitive personal")
            if group == "decoy" and personal: errors.append(f"{where} decoy personal")
            if group in ("identifier",) and not spans: errors.append(f"{where} identifier group w/o span")
            if group == "topic" and personal: errors.append(f"{where} topic personal")
            if "{" in query or "}" in query or "\\u" in query: errors.append(f"{where} leftover markup")
            for sp in spans:  # format sanity for plain-digit identifiers
                d, txt, ty = digits(sp["text"]), sp["text"], sp["type"]
                if ty == "phone" and txt.lstrip().startswith(("+84", "0084")):
                    d = "0" + re.sub(r"^(0084|84)", "", d)
                plain = all(c.isdigit() or c in " .-\u200b\u200c\u200d\u2060\ufeff\u00ad" for c in unicodedata.normalize("NFKC", txt))
                if plain:
                    want = {"cccd": {12}, "cmnd": {9, 12}, "phone": {10}, "bhxh": {10}, "tax_code": {10, 13},
                            "card": {16}, "bank_account": set(range(8, 20))}.get(ty)
                    if want and len(d) not in want: errors.append(f"{where} {ty} digits {len(d)}")
                    if ty == "phone" and not d.startswith(("03", "05", "07", "08", "09")): errors.append(f"{where} phone prefix")
            recs.append(rec)
    qs = Counter(r["query"] for r in recs)
    errors += [f"duplicate query: {q}" for q, c in qs.items() if c > 1]
    if errors:
        print("\n".join(errors)); sys.exit(1)
    with open("questions.jsonl", "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # stats
    print("total", len(recs))
    print("group", dict(Counter(r["group"] for r in recs)))
    print("personal", dict(Counter(r["personal_data"] for r in recs)))
    print("sensitive_personal", dict(Counter(r["sensitive_personal"] for r in recs)))
    print("may_answer_locally", dict(Counter(r["may_answer_locally"] for r in recs)))
    print("may_forward_raw", dict(Counter(r["may_forward_raw"] for r in recs)))
    print("topic", dict(Counter(str(r["sensitive_topic"]) for r in recs)))
    print("with_identifiers", sum(1 for r in recs if r["identifiers"]))
    print("id_types", dict(Counter(s["type"] for r in recs for s in r["identifiers"])))
    print("spans", sum(len(r["identifiers"]) for r in recs))
    print("no_diacritics", sum(1 for r in recs if not has_diacritics(r["query"])))
    print("english", sum(1 for r in recs if "english" in r["notes"].lower()))
    print("invisible_chars", sum(1 for r in recs if any(c in INVISIBLE for c in r["query"])))
    print("group x personal", dict(Counter((r["group"], r["personal_data"]) for r in recs)))

if __name__ == "__main__":
    main()
