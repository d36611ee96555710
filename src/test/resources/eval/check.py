#!/usr/bin/env python3
"""Checks a labelled set against the format and the conventions that can be checked mechanically:
python3 check.py SET.jsonl  (prints each problem; exit status 1 if there are any)."""
import json, sys
TYPES = {"direct", "indirect", "mixed"}
ETYPES = {"PERSON", "ORGANIZATION", "LOCATION"}
TOPICS = {"election-interference", "sanctions", "arms-control"}
DOMAINS = {"sports", "business", "courts", "science", "health", "technology", "local", "culture",
           "politics-other", "election-interference", "sanctions", "arms-control"}
bad = 0
def err(i, msg):
    global bad; bad += 1; print(f"line {i}: {msg}")
ids = set()
for i, line in enumerate(open(sys.argv[1], encoding="utf-8"), 1):
    if not line.strip():
        continue
    try:
        d = json.loads(line)
    except Exception as e:
        err(i, f"not JSON: {e}"); continue
    for k in ("id", "url", "site", "domain", "labelling", "text", "quotes", "entities", "topics"):
        if k not in d: err(i, f"missing key {k}")
    t = d.get("text", "")
    if d.get("id") in ids: err(i, "duplicate id")
    ids.add(d.get("id"))
    if d.get("labelling") not in ("blind", "corrected"): err(i, "labelling must be 'blind' (labels written before the system ran on the text) or 'corrected' (system output corrected by hand)")
    if d.get("domain") not in DOMAINS: err(i, f"domain {d.get('domain')} not in {sorted(DOMAINS)}")
    if not (600 <= len(t) <= 3000): err(i, f"text length {len(t)} outside 600..3000")
    for q in d.get("quotes", []):
        if set(q) != {"text", "type", "speaker", "speaker_mention"}: err(i, f"quote keys {sorted(q)}")
        if q.get("text") not in t: err(i, f"quote text not a substring: {q.get('text')!r}")
        if q.get("type") not in TYPES: err(i, f"quote type {q.get('type')}")
        m = q.get("speaker_mention")
        if m is not None and m not in t: err(i, f"speaker_mention not a substring: {m!r}")
        if q.get("speaker") is not None and not isinstance(q.get("speaker"), str): err(i, "speaker must be string or null")
    names = set()
    for e in d.get("entities", []):
        if e.get("type") not in ETYPES: err(i, f"entity type {e.get('type')}")
        if (e.get("name"), e.get("type")) in names: err(i, f"entity listed twice {e.get('name')}")
        names.add((e.get("name"), e.get("type")))
        if not e.get("mentions"): err(i, f"entity {e.get('name')} has no mentions")
        for m in e.get("mentions", []):
            if m not in t: err(i, f"mention not a substring: {m!r}")
    for tp in d.get("topics", []):
        if tp not in TOPICS: err(i, f"topic {tp}")
print(f"{len(ids)} articles, {bad} problems")
sys.exit(1 if bad else 0)
