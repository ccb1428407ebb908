#!/usr/bin/env python3
"""Build questions.jsonl from hand-written data files (data/*.txt).

Line format: topic|personal|local|query markup|notes
topic: - h f c r l b s ; identifiers marked {type:text}; tokens <ZWSP> <ZWNJ> <ZWJ> <WJ> <BOM> <SHY> <NL> <FW:digits>.
Spans are computed from the markup and every record is validated.
"""
import json, os, random, re, sys, unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
GROUPS = ["topic", "self_disclosure", "identifier", "decoy", "evasion"]
TOPICS = {"-": None, "h": "health", "f": "finance", "c": "criminal", "r": "religion_politics",
          "l": "location", "b": "biometric", "s": "sex_life"}
TYPES = {"cccd", "cmnd", "tax_code", "phone", "bank_account", "card", "bhyt", "bhxh", "passport", "plate", "email", "dob"}
TOK = {"ZWSP": "\u200b", "ZWNJ": "\u200c", "ZWJ": "\u200d", "WJ": "\u2060", "BOM": "\ufeff", "SHY": "\u00ad", "NL": "\n"}
FW = str.maketrans("0123456789", "０１２３４５６７８９")
PROV = {"001", "079", "048", "031", "036", "012", "027", "038", "046", "092"}


def expand(s):
    s = re.sub(r"<FW:([0-9 ]+)>", lambda m: m.group(1).translate(FW), s)
    def rep(m):
        if m.group(1) not in TOK:
            raise ValueError("unknown token " + m.group(0))
        return TOK[m.group(1)]
    return re.sub(r"<([A-Z]+)>", rep, s)


def parse(markup):
    out, spans, pos = "", [], 0
    for m in re.finditer(r"\{([a-z_]+):([^{}]+)\}", markup):
        out += expand(markup[pos:m.start()])
        t, txt = m.group(1), expand(m.group(2))
        if t not in TYPES:
            raise ValueError("bad type " + t)
        spans.append({"start": len(out), "end": len(out) + len(txt), "type": t, "text": txt})
        out += txt
        pos = m.end()
    out += expand(markup[pos:])
    if "{" in out or "}" in out or "<" in out:
        raise ValueError("leftover markup: " + out)
    return out, spans


WORDS = {"không": "0", "khong": "0", "một": "1", "mot": "1", "hai": "2", "ba": "3", "bốn": "4", "bon": "4", "tư": "4",
         "năm": "5", "nam": "5", "sáu": "6", "sau": "6", "bảy": "7", "bay": "7", "tám": "8", "tam": "8",
         "chín": "9", "chin": "9", "cộng": "+"}


def digits(text):
    """Normalise an obfuscated numeric identifier to its digits (for sanity checks only)."""
    t = unicodedata.normalize("NFKC", text)
    toks = re.split(r"[\s]+", t)
    if any(w.lower() in WORDS and not w.isdigit() for w in toks):
        t = " ".join(WORDS.get(w.lower(), w) for w in toks)
        t = t.replace("mươi", "")
    t = t.translate(str.maketrans({"O": "0", "o": "0", "l": "1"}))
    d = re.sub(r"[^0-9+]", "", t)
    if d.startswith("+84"):
        d = "0" + d[3:]
    return d


def has_diacritics(s):
    return any(ord(c) > 127 and unicodedata.category(c).startswith("L") and "LATIN" in unicodedata.name(c, "")
               for c in s)


def main():
    recs, errs, warns = [], [], []
    for g in GROUPS:
        for n, line in enumerate(open(os.path.join(HERE, "data", g + ".txt"), encoding="utf-8"), 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("|")
            where = f"{g}:{n}"
            if len(parts) != 5:
                errs.append(f"{where}: {len(parts)} fields"); continue
            tc, p, loc, mk, notes = parts
            try:
                q, spans = parse(mk)
            except ValueError as e:
                errs.append(f"{where}: {e}"); continue
            topic = TOPICS[tc]
            personal = p == "1"
            r = {"id": None, "query": q, "group": g, "personal_data": personal, "identifiers": spans,
                 "sensitive_topic": topic, "sensitive_personal": personal and topic is not None,
                 "may_answer_locally": loc == "1", "may_forward_raw": not personal, "notes": notes.strip()}
            if not has_diacritics(q) and not r["notes"].startswith("EN") and "không dấu" not in r["notes"]:
                r["notes"] += ", không dấu"
            # validation
            for s in spans:
                if q[s["start"]:s["end"]] != s["text"]:
                    errs.append(f"{where}: span mismatch")
                if s["text"] != s["text"].strip():
                    errs.append(f"{where}: span has outer whitespace")
                d = digits(s["text"])
                t = s["type"]
                if t == "cccd" and not (len(d) == 12 and d[:3] in PROV):
                    warns.append(f"{where}: cccd {d}")
                if t == "cmnd" and len(d) != 9:
                    warns.append(f"{where}: cmnd {d}")
                if t == "phone" and not (len(d) == 10 and d[:2] in {"03", "05", "07", "08", "09"}):
                    warns.append(f"{where}: phone {d}")
                if t == "card" and len(d) != 16:
                    warns.append(f"{where}: card {d}")
                if t == "bhxh" and len(d) != 10:
                    warns.append(f"{where}: bhxh {d}")
                if t == "tax_code" and len(d) not in (10, 13):
                    warns.append(f"{where}: tax {d}")
                if t == "bhyt" and len(re.sub(r"[^0-9A-Za-z]", "", s["text"])) != 15:
                    warns.append(f"{where}: bhyt {s['text']!r}")
            ss = sorted(spans, key=lambda s: s["start"])
            for a, b in zip(ss, ss[1:]):
                if a["end"] > b["start"]:
                    errs.append(f"{where}: overlap")
            if spans and not personal:
                errs.append(f"{where}: identifier but not personal")
            if g in ("topic", "decoy") and personal:
                errs.append(f"{where}: {g} must be non-personal")
            if g in ("self_disclosure", "identifier", "evasion") and not personal:
                errs.append(f"{where}: {g} must be personal")
            if g == "identifier" and not spans:
                errs.append(f"{where}: identifier group without span")
            if not r["may_answer_locally"] and not (personal and topic):
                errs.append(f"{where}: local=false needs third-person sensitive data")
            if p not in "01" or loc not in "01":
                errs.append(f"{where}: bad flags")
            recs.append(r)
    qs = Counter(r["query"] for r in recs)
    for q, c in qs.items():
        if c > 1:
            errs.append(f"duplicate query: {q}")
    for w in warns:
        print("WARN", w)
    if errs:
        print("\n".join(errs)); sys.exit(1)
    random.Random(15).shuffle(recs)
    for i, r in enumerate(recs, 1):
        r["id"] = f"v{i:04d}"
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-read and re-validate
    back = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8")]
    assert len(back) == len(recs)
    for r in back:
        for s in r["identifiers"]:
            assert r["query"][s["start"]:s["end"]] == s["text"]
    def pr(title, c):
        print(title + ": " + ", ".join(f"{k}={v}" for k, v in sorted(c.items(), key=lambda kv: str(kv[0]))))
    print("total", len(back))
    pr("group", Counter(r["group"] for r in back))
    pr("personal_data", Counter(r["personal_data"] for r in back))
    pr("sensitive_personal", Counter(r["sensitive_personal"] for r in back))
    pr("may_answer_locally", Counter(r["may_answer_locally"] for r in back))
    pr("may_forward_raw", Counter(r["may_forward_raw"] for r in back))
    pr("sensitive_topic", Counter(r["sensitive_topic"] for r in back))
    pr("identifier spans", Counter(s["type"] for r in back for s in r["identifiers"]))
    pr("records with identifiers", Counter(bool(r["identifiers"]) for r in back))
    nd = sum(1 for r in back if not has_diacritics(r["query"]))
    en = sum(1 for r in back if r["notes"].startswith("EN"))
    print(f"no diacritics (incl. English): {nd}; English: {en}")
    for g in GROUPS:
        pr(f"  {g} personal", Counter(r["personal_data"] for r in back if r["group"] == g))


if __name__ == "__main__":
    main()
