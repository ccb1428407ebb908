# Static parts of README.md; build.py fills in the counts.
HEAD = """# Blind routing evaluation set (blind13r)

## Provenance
- Written blind on 2026-12-07 by a helper session that saw no project code, data, prompts or earlier evaluation
  sets (nothing under /work/main, /work/shared or other /work/wt folders was opened; no web or code-index search
  about the project). Only the brief and the writer's own knowledge of Vietnamese life, administration and language
  were used.
- Every question is original, written by hand one at a time (no slot-filling templates). All identifiers
  (CCCD/CMND numbers, tax codes, phone numbers, card numbers, VietQR strings, BHYT codes, plates), people and
  addresses are invented; they only follow realistic formats (some are deliberately invalid, e.g. an 11-digit CCCD).
- Licence: CC-BY-4.0.

## Files
- `data_address.py`, `data_health.py`, `data_identity.py`, `data_procedures.py`, `data_tutor.py`, `data_bank.py`,
  `data_school.py`: single-expert questions, one per line as `FLAGS|query`.
- `data_composed.py`: composed questions, keyed by the expert pair.
- `data_oos.py`: out-of-scope questions (`NEAR` = near misses, `FAR` = far).
- `readme_text.py`: the static text of this README.
- `build.py`: strips accents where a line is flagged `s` (lines were written with accents for readability but are
  meant as typed without them; many other lines were typed without accents directly), computes tags, validates
  (unique ids, unique queries after accent-stripping and lower-casing, valid expert ids, tag consistency),
  shuffles with a fixed seed (20261207), assigns ids and writes `questions.jsonl`, `stats.json` and this README.
  Run: `python3 build.py`.

Line flags: `s` strip accents, `t` typo, `c` confusable / near miss, `e` English (or mixed English-Vietnamese).

## Schema (`questions.jsonl`, UTF-8, one object per line)
`{"id": "q0001", "query": "...", "expected": ["vn-address"], "tags": ["no_diacritics", "terse"]}`
- `expected`: one expert id; two ids for a composed question (order not significant); `[]` when out of scope.
- `tags`: exactly one of `diacritics` / `no_diacritics` (computed: any combining accent after NFD, or đ/Đ, means
  `diacritics`; English counts as `no_diacritics` unless it quotes accented Vietnamese words); `terse` (computed:
  at most 5 whitespace-separated tokens); `composed` (computed: two experts); `out_of_scope` (computed: `[]`);
  `typo`, `confusable`, `english` (hand-marked).
- `confusable` on an in-scope item means it uses another expert's words or sits near another expert's territory
  but has one clear owner; on an out-of-scope item it marks a near miss.
"""

JUDGEMENT = """
## Judgement calls (borderline items)
- Generic terse requests with no organisation named ("mất thẻ atm", "lãi suất tiết kiệm", "xin nghi hoc the nao",
  "kiểm tra bù", "thi lại hè") are labelled with the node's own expert (bank-cskh / school-regs), since the user is
  talking to this node. As soon as another organisation is named (Vietcombank, Techcombank, MB Bank, Agribank, SSI,
  THPT Chu Văn An, THPT Lê Quý Đôn, a university, a kindergarten, a private clinic, Bạch Mai, Chợ Rẫy), the item is
  out of scope.
- Maths/English for the tutor: only lower-secondary skills listed in the brief. Composed tutor + school-regs items
  are phrased so that the tutoring is for a younger sibling in grades 6–9, or is plain vocabulary practice, to avoid
  labelling grade 10–12 content as tutor. A grade-7 word problem about a bank loan or savings interest is tutor
  only (confusable with bank-cskh). Calculus, physics, chemistry, biology, literature, history and English grammar
  explanations are out of scope. An English-vocabulary request on "health" words is tutor (confusable with triage).
- Health: symptom descriptions (including a pupil of Hòa Bình falling ill at school, with no leave question) are
  vn-health-triage only. Medicine dosage, antibiotics timing, vaccination schedules, clinic prices, hospital opening
  hours, booking, BHYT reimbursement percentages, supplements, gym and diet questions are out of scope. A sick cat
  is out of scope.
- Identity vs bank: checking a card number (Luhn), a phone number's carrier, or a VietQR string is vn-identity even
  when a bank is mentioned; blocking the card / OTP / transfer fee is bank-cskh. Both asked → composed.
- Identity vs procedures: decoding a CCCD/CMND/BHYT code is vn-identity; how to get/renew the document is
  vn-procedures. "Mất thẻ căn cước ... có cần báo khóa gì không, làm lại thủ tục ra sao" is vn-procedures.
- Address: questions about the new ward/province or an official unit code (e.g. "Mã phường mới của phường Bến
  Nghé", "còn mã tỉnh 95 không" for Bạc Liêu after the merger) are vn-address, not vn-identity. A postal/zip code
  question is out of scope (the address expert returns administrative codes, not postcodes). Distances between
  cities are out of scope.
- Procedures: only the procedures listed in the brief. Foreign visas, foreign passports, Korean driving licences,
  Japanese import certificates, pension increase amounts, traffic fines, labour disputes and VNeID app problems
  (including an OTP for VNeID) are out of scope. "Chuyển mạng giữ số" (carrier porting) and data plans are out of
  scope (not an identifier check).
- Composed items were kept only when both jobs are explicitly asked; e.g. a death registration plus a new savings
  deposit question (bank-cskh + vn-procedures), a symptom plus an excused-absence question (triage + school-regs).
"""
