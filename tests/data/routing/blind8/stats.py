import json, collections
rows=[json.loads(l) for l in open("questions.jsonl",encoding="utf-8")]
n=len(rows); print("total",n)
c=collections.Counter()
for r in rows:
    e=r["expected"]
    c["single:"+e[0] if len(e)==1 else ("pair:"+"+".join(sorted(e)) if e else "out_of_scope")]+=1
for k,v in sorted(c.items()): print(f"  {k}: {v}")
t=collections.Counter(x for r in rows for x in r["tags"])
for k,v in sorted(t.items()): print(f"  tag {k}: {v} ({100*v/n:.1f}%)")
oos=[r for r in rows if not r["expected"]]
print("oos no_diacritics", sum('no_diacritics' in r['tags'] for r in oos), "/", len(oos))
