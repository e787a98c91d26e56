import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

// The Debian interpreter: the Debian packages live there, not in a pyenv or venv python3 on PATH.
const PYTHON = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';

/**
 * Reads a file with a real parser in Python: `icalendar` for .ics, `feedparser` for Atom
 * (Debian python3-icalendar, python3-feedparser; .ci/run installs them). Returns the JSON the
 * script prints; throws with the parser's message when it fails.
 */
function runPython(script: string, input: string): unknown {
  const r = spawnSync(PYTHON, ['-c', script], { input, encoding: 'utf8' });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`python3 failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as unknown;
}

const ICS = `
import sys, json
from icalendar import Calendar
raw = sys.stdin.buffer.read()
cal = Calendar.from_ical(raw)
out = {"tz": [str(c.get("TZID")) for c in cal.walk("VTIMEZONE")], "events": []}
for e in cal.walk("VEVENT"):
    start = e.decoded("DTSTART")
    end = e.decoded("DTEND") if e.get("DTEND") is not None else None
    out["events"].append({
        "uid": str(e.get("UID")),
        "summary": str(e.get("SUMMARY")),
        "description": str(e.get("DESCRIPTION")),
        "location": str(e.get("LOCATION")) if e.get("LOCATION") is not None else None,
        "url": str(e.get("URL")) if e.get("URL") is not None else None,
        "start": start.isoformat(),
        "end": end.isoformat() if end is not None else None,
        "tzid": e["DTSTART"].params.get("TZID"),
        "stamp": e.decoded("DTSTAMP").isoformat(),
    })
print(json.dumps(out))
`;

export interface ParsedCalendar {
  tz: string[];
  events: {
    uid: string;
    summary: string;
    description: string;
    location: string | null;
    url: string | null;
    start: string;
    end: string | null;
    tzid: string | null;
    stamp: string;
  }[];
}

export const parseIcs = (text: string) => runPython(ICS, text) as ParsedCalendar;

const ATOM = `
import sys, json
import feedparser
d = feedparser.parse(sys.stdin.buffer.read())
print(json.dumps({
    "bozo": bool(d.bozo),
    "error": str(d.get("bozo_exception", "")),
    "version": d.version,
    "title": d.feed.get("title"),
    "id": d.feed.get("id"),
    "updated": d.feed.get("updated"),
    "links": [{"rel": l.get("rel"), "href": l.get("href"), "type": l.get("type")} for l in d.feed.get("links", [])],
    "entries": [{
        "id": e.get("id"),
        "title": e.get("title"),
        "link": e.get("link"),
        "updated": e.get("updated"),
        "summary": e.get("summary"),
        "lang": (e.get("title_detail") or {}).get("language"),
    } for e in d.entries],
}))
`;

export interface ParsedFeed {
  bozo: boolean;
  error: string;
  version: string;
  title: string | null;
  id: string | null;
  updated: string | null;
  links: { rel: string; href: string; type: string | null }[];
  entries: {
    id: string;
    title: string;
    link: string;
    updated: string;
    summary: string | null;
    lang: string | null;
  }[];
}

export const parseAtom = (text: string) => runPython(ATOM, text) as ParsedFeed;
