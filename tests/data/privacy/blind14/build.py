#!/usr/bin/env python3
"""Build questions.jsonl from hand-written data files in data/<group>.txt.
Line format:  T|P|L|query with markup|notes
  T topic code: h health, f finance, c criminal, r religion_politics, l location, b biometric, s sex_life, - none
  P personal_data 1/0 ; L may_answer_locally 1/0
  markup {type:text} marks an identifier span; \\uXXXX and \\n escapes are decoded (zero-width chars etc.)
"""
import json, re, sys, unicodedata, collections
TOP = {'h': 'health', 'f': 'finance', 'c': 'criminal', 'r': 'religion_politics', 'l': 'location',
       'b': 'biometric', 's': 'sex_life', '-': None}
TYPES = ['cccd', 'cmnd', 'tax_code', 'phone', 'bank_account', 'card', 'bhyt', 'bhxh', 'passport', 'plate', 'email', 'dob']
GROUPS = ['topic', 'self_disclosure', 'identifier', 'decoy', 'evasion']
MK = re.compile(r'\{(' + '|'.join(TYPES) + r'):(.*?)\}')
ESC = re.compile(r'\\u([0-9a-fA-F]{4})')

def dec(s):
    return ESC.sub(lambda m: chr(int(m.group(1), 16)), s).replace('\\n', '\n')

def has_diacritics(s):
    if 'đ' in s.lower():
        return True
    return any(unicodedata.combining(c) for c in unicodedata.normalize('NFD', s))

def parse(raw):
    out, spans, pos = '', [], 0
    for m in MK.finditer(raw):
        out += dec(raw[pos:m.start()])
        txt = dec(m.group(2))
        spans.append({'start': len(out), 'end': len(out) + len(txt), 'type': m.group(1), 'text': txt})
        out += txt
        pos = m.end()
    out += dec(raw[pos:])
    return out, spans

def main():
    recs, errs, seen = [], [], set()
    n = 0
    for g in GROUPS:
        for ln, line in (enumerate(open(f'data/{g}.txt', encoding='utf-8'), 1) if __import__('os').path.exists(f'data/{g}.txt') else []):
            line = line.rstrip('\n')
            if not line.strip() or line.startswith('#'):
                continue
            parts = line.split('|')
            if len(parts) != 5:
                errs.append(f'{g}:{ln} fields={len(parts)}'); continue
            t, p, l, q, notes = [x.strip() if i != 3 else x for i, x in enumerate(parts)]
            q = q.strip()
            if t not in TOP or p not in '01' or l not in '01' or len(p) != 1 or len(l) != 1:
                errs.append(f'{g}:{ln} bad flags'); continue
            if '{' in MK.sub('', q) or '}' in MK.sub('', q):
                errs.append(f'{g}:{ln} stray brace')
            query, spans = parse(q)
            topic, pd, local = TOP[t], p == '1', l == '1'
            sp = pd and topic is not None
            for s in spans:
                if query[s['start']:s['end']] != s['text'] or not s['text'].strip():
                    errs.append(f'{g}:{ln} span mismatch')
            if spans and not pd: errs.append(f'{g}:{ln} identifier but not personal')
            if g == 'identifier' and not spans: errs.append(f'{g}:{ln} identifier group without span')
            if g in ('topic', 'decoy') and pd: errs.append(f'{g}:{ln} {g} but personal')
            if g in ('self_disclosure', 'evasion') and not pd: errs.append(f'{g}:{ln} {g} but not personal')
            if not local and not sp: errs.append(f'{g}:{ln} refuse without sensitive personal')
            if query in seen: errs.append(f'{g}:{ln} duplicate query')
            seen.add(query)
            notes = notes.strip()
            if not has_diacritics(query) and 'tiếng Anh' not in notes:
                notes = (notes + '; không dấu') if notes else 'không dấu'
            n += 1
            recs.append({'id': f'v{n:04d}', 'query': query, 'group': g, 'personal_data': pd,
                         'identifiers': spans, 'sensitive_topic': topic, 'sensitive_personal': sp,
                         'may_answer_locally': local, 'may_forward_raw': not pd, 'notes': notes})
    if errs:
        print('\n'.join(errs)); sys.exit(1)
    with open('questions.jsonl', 'w', encoding='utf-8') as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    # re-read and re-validate
    for line in open('questions.jsonl', encoding='utf-8'):
        r = json.loads(line)
        for s in r['identifiers']:
            assert r['query'][s['start']:s['end']] == s['text']
    c = collections.Counter
    print('total', len(recs))
    print('group', dict(c(r['group'] for r in recs)))
    for k in ['personal_data', 'sensitive_personal', 'may_answer_locally', 'may_forward_raw']:
        print(k, dict(c(r[k] for r in recs)))
    print('topic', dict(c(r['sensitive_topic'] for r in recs)))
    print('id types', dict(c(s['type'] for r in recs for s in r['identifiers'])))
    print('records with spans', sum(1 for r in recs if r['identifiers']))
    nod = sum(1 for r in recs if 'không dấu' in r['notes'])
    en = sum(1 for r in recs if 'tiếng Anh' in r['notes'])
    print('no diacritics', nod, f'{nod/len(recs):.0%}', 'english', en, f'{en/len(recs):.0%}')
    zw = sum(1 for r in recs if re.search('[\u200b\u200c\u200d\u2060\ufeff\u00ad]', r['query']))
    print('with zero-width/soft hyphen', zw)

if __name__ == '__main__':
    main()
