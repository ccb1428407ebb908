#!/usr/bin/env python3
"""Write README.md with counts computed from questions.jsonl (run after build.py)."""
import json, collections
R = [json.loads(l) for l in open('questions.jsonl', encoding='utf-8')]
C = collections.Counter
ZW = '\u200b\u200c\u200d\u2060\ufeff\u00ad'

def tab(title, cnt):
    s = f"| {title} | n |\n|---|---|\n"
    for k, v in sorted(cnt.items(), key=lambda x: (-x[1], str(x[0]))):
        s += f"| {k} | {v} |\n"
    return s

by = ("| group | n | personal_data | sensitive_personal | may_answer_locally=false | with spans | không dấu | tiếng Anh |\n"
      "|---|---|---|---|---|---|---|---|\n")
for gr in ['topic', 'self_disclosure', 'identifier', 'decoy', 'evasion']:
    X = [r for r in R if r['group'] == gr]
    by += (f"| {gr} | {len(X)} | {sum(r['personal_data'] for r in X)} | {sum(r['sensitive_personal'] for r in X)} | "
           f"{sum(not r['may_answer_locally'] for r in X)} | {sum(bool(r['identifiers']) for r in X)} | "
           f"{sum('không dấu' in r['notes'] for r in X)} | {sum('tiếng Anh' in r['notes'] for r in X)} |\n")
labels = ''
for k in ['personal_data', 'sensitive_personal', 'may_answer_locally', 'may_forward_raw']:
    c = C(r[k] for r in R)
    labels += f"| {k} | {c[True]} | {c[False]} |\n"
topic = tab('sensitive_topic', C(str(r['sensitive_topic']) for r in R))
tp = ''
for gr in ['topic', 'self_disclosure', 'identifier', 'decoy', 'evasion']:
    c = C(str(r['sensitive_topic']) for r in R if r['group'] == gr)
    tp += f"- {gr}: " + ', '.join(f"{k} {v}" for k, v in sorted(c.items(), key=lambda x: -x[1])) + '\n'
ids = tab('identifier type (spans)', C(s['type'] for r in R for s in r['identifiers']))
nod = sum('không dấu' in r['notes'] for r in R)
en = sum('tiếng Anh' in r['notes'] for r in R)
zw = sum(1 for r in R if any(c in r['query'] for c in ZW))
nsp = sum(len(r['identifiers']) for r in R)

readme = f"""# Blind labelled privacy evaluation set (blind14)

## Provenance
Written blind on 2026-12-07 by a helper session that saw no project code or data (nothing under /work/main,
/work/shared or other /work/wt folders was opened; no web or code-index search about the project). Every question was
written by hand for this set from the brief and general knowledge of Vietnamese life and language; every identifier
value (CCCD, CMND, phone, account, card, BHYT, BHXH, passport, plate, email, tax code, date of birth) is invented.
Hotline, invoice, tracking and law numbers in decoys are illustrative. Original work, licensed CC-BY-4.0.

## Files
- `data/<group>.txt` – hand-written source, one record per line: `T|P|L|query with markup|notes`
  (T topic code h/f/c/r/l/b/s/-, P personal_data 0/1, L may_answer_locally 0/1). Identifier spans are marked
  `{{type:text}}`; `\\uXXXX` and `\\n` escapes are decoded, so zero-width characters (U+200B/200C/200D/2060/FEFF),
  soft hyphens (U+00AD) and line breaks are literal in the JSONL.
- `build.py` – parses the data files, computes span offsets from the markup (never typed by hand), derives
  `sensitive_personal = personal_data and topic is not None` and `may_forward_raw = not personal_data`, appends
  "không dấu" to notes when a non-English query has no Vietnamese diacritics, validates and writes `questions.jsonl`.
  Checks: `query[start:end] == text` for every span (re-checked after writing), valid type/topic/group, identifier
  group rows have ≥1 span, spans imply personal_data, topic/decoy rows are not personal, self_disclosure/evasion rows are
  personal, `may_answer_locally=false` only on sensitive personal rows, no duplicate queries, unique ids.
- `make_readme.py` – regenerates this README with counts from `questions.jsonl`.
- `questions.jsonl` – {len(R)} records, UTF-8, `ensure_ascii=False`.

## Schema
`id, query, group, personal_data, identifiers[{{start,end,type,text}}], sensitive_topic, sensitive_personal,
may_answer_locally, may_forward_raw, notes` – offsets are Python character offsets into `query` as stored, end
exclusive; zero-width characters, separators and line breaks inside an identifier are inside its single span.

## Counts
Total: {len(R)} records, {nsp} identifier spans. Without diacritics: {nod} ({nod/len(R):.0%}). English or mostly
English: {en} ({en/len(R):.0%}); a further handful are mixed Vietnamese-English. Records containing zero-width
characters or soft hyphens: {zw}.

{by}
| label | true | false |
|---|---|---|
{labels}
{topic}
Topics per group:
{tp}
{ids}
## Labelling decisions
- **Personal data** = an identifier of a person, OR a disclosure about a concrete person (the asker, a relative, or a
  third person picked out by job/position/seat/flat/relation: "ông cụ ngồi ghế số 4", "bà cụ ở căn 12A", "the new
  accountant"), OR a full name with a street address, OR a name with a date of birth. Hypothetical, textbook, fictional
  ("Chí Phèo", "Xuân Tóc Đỏ", "anh A vay 100 triệu", "Nguyễn Văn A" in a form template) and long-dead historical
  persons (Trần Hưng Đạo, Vua Tự Đức) are not personal data.
- A negated, hedged, past or future disclosure about a concrete person ("tôi không bị HIV, chỉ xét nghiệm định kỳ",
  "bác sĩ bảo tôi có thể bị viêm gan C", "hình như con bé thu ngân đang có bầu", "sáng mai mẹ tôi sẽ mổ ruột thừa")
  is still personal (and sensitive) data.
- Any identifier in the text makes the record personal, even without a sensitive topic (CCCD to check VNeID →
  personal, topic null). A deceased person's date of birth with name (khai tử) is still treated as personal.
- **Topic**: hospital/clinic logistics (hours, carers, parking, fees, prices of a service, collecting BHYT medicine,
  whether a service runs on Saturdays, where a test is done) → null; medical content (symptoms, diagnoses, treatment,
  doses, pregnancy, fertility treatment, STI/HIV, test results) → health. A BHYT number alone for card validity or
  medicine collection → null; with a disease → health. Sexual orientation, sexual relations, cohabitation, sexual
  harassment, condoms/contraception as sexual practice → sex_life. Drug use/addiction → health; arrest, detention,
  convictions, wanted status, criminal records → criminal. Bank accounts, cards, debts, pawnshops, debt collection, tax
  debts → finance. Religion, memorial tablets, party membership, protests → religion_politics. Where a concrete person
  is now or will be at a given time → location. Fingerprint/iris/face data → biometric; DNA paternity tests →
  biometric (genetic). One topic per record: the dominant one.
- **Spans**: only the identifier itself; labels ("CCCD:", "Phone:", "STK", "Acct no:"), names, addresses and bank
  names are outside the span. An account glued to a bank name ("Vietcombank0071000123456", "TCB1903…") is spanned on
  the digits only. A `dob` span covers the date only (the name stays outside). Split or obfuscated identifiers (spaces,
  dots, dashes, repeated separators, brackets, line breaks, zero-width characters, soft hyphens, spelled digits, digits
  in words mixed with numerals, O/o/l/I/S for digits, full-width digits, "+84" forms, "a còng … chấm", "[at] [dot]")
  are one span from the first to the last character of the identifier.
- **Not identifiers (decoys)**: organisation hotlines (1900/1800 numbers, hospital switchboards, 115), bank BIN and
  SWIFT codes, tracking, invoice, transaction, order, lot, serial, product and promo codes, room/bed/desk/counter/queue
  numbers, prices, times, measurements, versions, years, law and decree numbers, people's names used for hospitals,
  schools, streets, wards, buildings and firms.
- **may_answer_locally = false** only where the asker wants a third person's sensitive data looked up or revealed with
  no sign of authority (another person's HIV result, credit history, account balance, religion, orientation, criminal
  record, biometric data, current whereabouts, diagnosis). Self-disclosures and questions about the care of relatives
  stay true. A village health worker recording a resident's BHYT and blood pressure, and a rider asking where the
  driver of the car they booked is, are treated as legitimate (true).
- **may_forward_raw** = not personal_data, always.
"""
open('README.md', 'w', encoding='utf-8').write(readme)
print('README written')
