#!/usr/bin/env python3
"""Print the count tables used in README.md from questions.jsonl."""
import json
from collections import Counter
from pathlib import Path
recs = [json.loads(l) for l in open(Path(__file__).resolve().parent / 'questions.jsonl', encoding='utf-8')]
G = ['topic', 'self_disclosure', 'identifier', 'decoy', 'evasion']
T = [None, 'health', 'finance', 'criminal', 'religion_politics', 'location', 'biometric', 'sex_life']
INV = '\u200b\u200c\u200d\u2060\ufeff\u00ad'
print('| group | n | personal_data | sensitive_personal | may_answer_locally=false | may_forward_raw | with spans | không dấu | tiếng Anh |')
print('|---|---|---|---|---|---|---|---|---|')
for g in G + ['ALL']:
    rs = [r for r in recs if g == 'ALL' or r['group'] == g]
    print(f"| {g} | {len(rs)} | {sum(r['personal_data'] for r in rs)} | {sum(r['sensitive_personal'] for r in rs)} | "
          f"{sum(not r['may_answer_locally'] for r in rs)} | {sum(r['may_forward_raw'] for r in rs)} | "
          f"{sum(bool(r['identifiers']) for r in rs)} | {sum('không dấu' in r['notes'] for r in rs)} | "
          f"{sum('tiếng Anh' in r['notes'] for r in rs)} |")
print()
print('| sensitive_topic | ' + ' | '.join(G) + ' | total |')
print('|---' * (len(G) + 2) + '|')
for t in T:
    row = [sum(1 for r in recs if r['group'] == g and r['sensitive_topic'] == t) for g in G]
    print(f"| {t or 'null'} | " + ' | '.join(map(str, row)) + f" | {sum(row)} |")
print()
ty = ['cccd', 'cmnd', 'tax_code', 'phone', 'bank_account', 'card', 'bhyt', 'bhxh', 'passport', 'plate', 'email', 'dob']
print('| identifier type | identifier group | evasion group | total spans |')
print('|---|---|---|---|')
for t in ty:
    a = sum(1 for r in recs if r['group'] == 'identifier' for s in r['identifiers'] if s['type'] == t)
    b = sum(1 for r in recs if r['group'] == 'evasion' for s in r['identifiers'] if s['type'] == t)
    print(f'| {t} | {a} | {b} | {a + b} |')
nz = sum(any(c in r['query'] for c in INV) for r in recs)
fw = sum(any(0xFF01 <= ord(c) <= 0xFF5E for c in r['query']) for r in recs)
print(f"\nTotal spans: {sum(len(r['identifiers']) for r in recs)}; records with zero-width/soft hyphen: {nz}; "
      f"records with full-width characters: {fw}")
