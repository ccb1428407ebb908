#!/usr/bin/env python3
"""Build questions.jsonl from hand-written data/*.txt.
Line format: TOPIC FLAG QUERY [## notes]
  TOPIC: h f c r l b s or - (null); FLAG: 0 (not personal), 1 (personal), 1! (personal, may not answer locally)
  QUERY: identifiers marked {type:text}; escapes \\uXXXX and \\n are decoded.
Offsets are computed from the markup, never typed."""
import json, re, sys, unicodedata, collections
from pathlib import Path
HERE = Path(__file__).parent
TOPICS = {'h': 'health', 'f': 'finance', 'c': 'criminal', 'r': 'religion_politics', 'l': 'location',
          'b': 'biometric', 's': 'sex_life', '-': None}
TYPES = {'cccd', 'cmnd', 'tax_code', 'phone', 'bank_account', 'card', 'bhyt', 'bhxh', 'passport', 'plate', 'email', 'dob'}
GROUPS = ['topic', 'self_disclosure', 'identifier', 'decoy', 'evasion']
MARK = re.compile(r'\{([a-z_]+):([^{}]*)\}')

def decode(s):
    s = re.sub(r'\\u([0-9a-fA-F]{4})', lambda m: chr(int(m.group(1), 16)), s)
    return s.replace('\\n', '\n')

def parse_query(markup):
    out, spans, pos = '', [], 0
    for m in MARK.finditer(markup):
        out += decode(markup[pos:m.start()])
        typ, text = m.group(1), decode(m.group(2))
        if typ not in TYPES:
            raise ValueError(f'bad type {typ}')
        spans.append({'start': len(out), 'end': len(out) + len(text), 'type': typ, 'text': text})
        out += text
        pos = m.end()
    out += decode(markup[pos:])
    return out, spans

def has_diacritics(s):
    return any(ord(c) > 127 and unicodedata.category(c).startswith('L') and
               unicodedata.normalize('NFD', c) != c or c in 'đĐ' for c in s)

def main():
    recs, errors = [], []
    n = 0
    for g in GROUPS:
        for ln, line in enumerate((HERE / 'data' / f'{g}.txt').read_text(encoding='utf-8').splitlines(), 1):
            if not line.strip() or line.startswith('#'):
                continue
            where = f'{g}.txt:{ln}'
            body, _, notes = line.partition(' ## ')
            t, flag, markup = body.split(' ', 2)
            if t not in TOPICS or flag not in ('0', '1', '1!'):
                errors.append(f'{where}: bad prefix'); continue
            query, spans = parse_query(markup)
            for sp in spans:
                if query[sp['start']:sp['end']] != sp['text']:
                    errors.append(f'{where}: span mismatch {sp}')
            if '{' in query or '}' in query:
                errors.append(f'{where}: stray brace')
            personal = flag != '0'
            topic = TOPICS[t]
            if spans and not personal:
                errors.append(f'{where}: spans but not personal')
            if g in ('topic', 'decoy') and personal:
                errors.append(f'{where}: personal in {g}')
            if g in ('identifier',) and not spans:
                errors.append(f'{where}: identifier group without span')
            if g in ('self_disclosure', 'identifier', 'evasion') and not personal:
                errors.append(f'{where}: non-personal in {g}')
            notes = notes.strip()
            eng = 'English' in notes
            if not eng and not has_diacritics(query) and 'không dấu' not in notes:
                notes = (notes + ', không dấu').lstrip(', ')
            if has_diacritics(query) and re.search(r'(^|, )không dấu$', notes) and g != 'evasion':
                pass
            if not notes:
                notes = {'topic': 'câu hỏi ẩn danh', 'self_disclosure': 'tự khai về người cụ thể',
                         'identifier': 'có định danh', 'decoy': 'trông giống cá nhân nhưng không',
                         'evasion': 'dữ liệu cá nhân ngụy trang'}[g]
            n += 1
            recs.append({'id': f'v{n:04d}', 'query': query, 'group': g, 'personal_data': personal,
                         'identifiers': spans, 'sensitive_topic': topic,
                         'sensitive_personal': personal and topic is not None,
                         'may_answer_locally': flag != '1!', 'may_forward_raw': not personal, 'notes': notes})
    qs = [r['query'] for r in recs]
    for q, c in collections.Counter(qs).items():
        if c > 1: errors.append(f'duplicate query: {q!r}')
    for r in recs:  # final validation
        assert r['may_forward_raw'] == (not r['personal_data'])
        assert r['sensitive_personal'] == (r['personal_data'] and r['sensitive_topic'] is not None)
        for sp in r['identifiers']:
            assert r['query'][sp['start']:sp['end']] == sp['text'] and sp['type'] in TYPES
    if errors:
        print('\n'.join(errors)); sys.exit(1)
    with open(HERE / 'questions.jsonl', 'w', encoding='utf-8') as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    # reload check
    back = [json.loads(l) for l in open(HERE / 'questions.jsonl', encoding='utf-8')]
    assert back == recs
    C = collections.Counter
    print('total', len(recs))
    print('group', dict(C(r['group'] for r in recs)))
    print('personal_data', dict(C(r['personal_data'] for r in recs)))
    print('sensitive_personal', dict(C(r['sensitive_personal'] for r in recs)))
    print('may_answer_locally', dict(C(r['may_answer_locally'] for r in recs)))
    print('may_forward_raw', dict(C(r['may_forward_raw'] for r in recs)))
    print('topic', dict(C(str(r['sensitive_topic']) for r in recs)))
    print('id_types', dict(C(s['type'] for r in recs for s in r['identifiers'])))
    print('spans', sum(len(r['identifiers']) for r in recs))
    print('no_diacritics', sum(not has_diacritics(r['query']) for r in recs))
    print('english', sum('English' in r['notes'] for r in recs))
    print('zero_width/soft_hyphen', sum(any(c in r['query'] for c in '\u200b\u200c\u200d\u2060\ufeff\u00ad') for r in recs))
    print('per group x personal x topic', dict(C((r['group'], r['sensitive_topic'] is not None, r['personal_data']) for r in recs)))

if __name__ == '__main__':
    main()
