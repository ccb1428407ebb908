#!/usr/bin/env python3
"""Build questions.jsonl from hand-written data/*.txt files.
Line format:  FLAGS | query-with-markup | notes
FLAGS: N or P, optionally ':topic', optionally '!' (= may_answer_locally false).
Markup: {type:text} marks an identifier span. Placeholders: <ZWSP> U+200B, <ZWNJ> U+200C,
<ZWJ> U+200D, <WJ> U+2060, <BOM> U+FEFF, <SHY> U+00AD, <NL> newline.
"""
import json, re, sys, unicodedata, collections, pathlib
HERE = pathlib.Path(__file__).parent
GROUPS = ["topic", "self_disclosure", "identifier", "decoy", "evasion"]
TYPES = {"cccd","cmnd","tax_code","phone","bank_account","card","bhyt","bhxh","passport","plate","email","dob"}
TOPICS = {None,"health","finance","criminal","religion_politics","location","biometric","sex_life"}
PH = {"<ZWSP>":"\u200b","<ZWNJ>":"\u200c","<ZWJ>":"\u200d","<WJ>":"\u2060","<BOM>":"\ufeff","<SHY>":"\u00ad","<NL>":"\n"}
MARK = re.compile(r"\{(" + "|".join(sorted(TYPES)) + r"):([^{}]+)\}")

def parse(markup):
    for k, v in PH.items():
        markup = markup.replace(k, v)
    out, spans, pos = [], [], 0
    for m in MARK.finditer(markup):
        out.append(markup[pos:m.start()])
        start = sum(len(s) for s in out)
        out.append(m.group(2))
        spans.append({"start": start, "end": start + len(m.group(2)), "type": m.group(1), "text": m.group(2)})
        pos = m.end()
    out.append(markup[pos:])
    q = "".join(out)
    assert "{" not in q and "}" not in q, q
    return q, spans

def has_diacritics(q):
    return any(unicodedata.category(c).startswith("L") and ord(c) > 127 for c in q)

def main():
    recs, errs = [], []
    n = 0
    seen = set()
    for g in GROUPS:
        for ln, line in enumerate((HERE / "data" / f"{g}.txt").read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split(" | ")
            if len(parts) != 3:
                errs.append(f"{g}:{ln} bad field count: {line}"); continue
            flags, markup, notes = (p.strip() for p in parts)
            m = re.fullmatch(r"([NP])(?::(\w+))?(!)?", flags)
            if not m:
                errs.append(f"{g}:{ln} bad flags {flags}"); continue
            personal = m.group(1) == "P"
            topic = m.group(2)
            if topic not in TOPICS:
                errs.append(f"{g}:{ln} bad topic {topic}"); continue
            local = m.group(3) is None
            q, spans = parse(markup)
            for s in spans:
                if q[s["start"]:s["end"]] != s["text"]:
                    errs.append(f"{g}:{ln} span mismatch")
            if spans and not personal:
                errs.append(f"{g}:{ln} identifier span but personal_data false")
            if not local and not (personal and topic):
                errs.append(f"{g}:{ln} local=false needs sensitive personal data")
            if g == "identifier" and not spans:
                errs.append(f"{g}:{ln} identifier group without span")
            if g == "decoy" and personal:
                errs.append(f"{g}:{ln} decoy marked personal")
            if q in seen:
                errs.append(f"{g}:{ln} duplicate query")
            seen.add(q)
            if not has_diacritics(q) and "English" not in notes and "không dấu" not in notes:
                notes = (notes + "; không dấu").strip("; ")
            n += 1
            recs.append({"id": f"v{n:04d}", "query": q, "group": g, "personal_data": personal,
                         "identifiers": spans, "sensitive_topic": topic,
                         "sensitive_personal": bool(personal and topic),
                         "may_answer_locally": local, "may_forward_raw": not personal, "notes": notes})
    if errs:
        print("\n".join(errs)); sys.exit(1)
    with open(HERE / "questions.jsonl", "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-read and validate
    back = [json.loads(l) for l in open(HERE / "questions.jsonl", encoding="utf-8")]
    for r in back:
        for s in r["identifiers"]:
            assert r["query"][s["start"]:s["end"]] == s["text"] and s["type"] in TYPES
        assert r["may_forward_raw"] == (not r["personal_data"])
        assert r["sensitive_topic"] in TOPICS
    c = collections.Counter
    print("total", len(back))
    print("group", dict(c(r["group"] for r in back)))
    print("personal_data", dict(c(r["personal_data"] for r in back)))
    print("sensitive_personal", dict(c(r["sensitive_personal"] for r in back)))
    print("may_answer_locally", dict(c(r["may_answer_locally"] for r in back)))
    print("may_forward_raw", dict(c(r["may_forward_raw"] for r in back)))
    print("topic", dict(c(str(r["sensitive_topic"]) for r in back)))
    print("id types", dict(c(s["type"] for r in back for s in r["identifiers"])))
    print("no diacritics", sum(not has_diacritics(r["query"]) for r in back))
    print("English", sum("English" in r["notes"] for r in back))
    for g in GROUPS:
        sub = [r for r in back if r["group"] == g]
        print(g, len(sub), "personal", sum(r["personal_data"] for r in sub), "sensP", sum(r["sensitive_personal"] for r in sub),
              "notlocal", sum(not r["may_answer_locally"] for r in sub))

if __name__ == "__main__":
    main()
