/**
 * A small Atom (RFC 4287) writer: a feed with its id, title, updated, self and alternate links, and
 * entries with id, title, updated, published, an alternate link and a text summary. Text is
 * XML-escaped; `lang` sets `xml:lang` (on an entry: when its text is in another language).
 */
export interface AtomLink {
  href: string;
  rel: 'self' | 'alternate';
  type?: string;
  hreflang?: string;
}

export interface AtomEntry {
  id: string;
  title: string;
  /** RFC 3339 date-times. */
  updated: string;
  published?: string;
  link: string;
  summary: string;
  lang?: string;
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle?: string;
  lang: string;
  /** `xml:base` of the feed: relative links resolve against it. */
  base?: string;
  updated: string;
  author: string;
  links: AtomLink[];
  entries: AtomEntry[];
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};
export const escapeXml = (s: string): string => s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

const attrs = (a: Record<string, string | undefined>) =>
  Object.entries(a)
    .filter((e): e is [string, string] => e[1] !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXml(v)}"`)
    .join('');

const el = (name: string, text: string, a: Record<string, string | undefined> = {}) =>
  `<${name}${attrs(a)}>${escapeXml(text)}</${name}>`;

function entryXml(e: AtomEntry): string {
  return [
    `  <entry${attrs({ 'xml:lang': e.lang })}>`,
    `    ${el('id', e.id)}`,
    `    ${el('title', e.title, { type: 'text' })}`,
    `    ${el('updated', e.updated)}`,
    ...(e.published ? [`    ${el('published', e.published)}`] : []),
    `    <link${attrs({ rel: 'alternate', type: 'text/html', href: e.link })}/>`,
    `    ${el('summary', e.summary, { type: 'text' })}`,
    '  </entry>',
  ].join('\n');
}

export function writeAtom(feed: AtomFeed): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed${attrs({ xmlns: 'http://www.w3.org/2005/Atom', 'xml:lang': feed.lang, 'xml:base': feed.base })}>`,
    `  ${el('id', feed.id)}`,
    `  ${el('title', feed.title, { type: 'text' })}`,
    ...(feed.subtitle ? [`  ${el('subtitle', feed.subtitle, { type: 'text' })}`] : []),
    `  ${el('updated', feed.updated)}`,
    `  <author>${el('name', feed.author)}</author>`,
    ...feed.links.map(
      (l) => `  <link${attrs({ rel: l.rel, type: l.type, hreflang: l.hreflang, href: l.href })}/>`,
    ),
    ...feed.entries.map(entryXml),
    '</feed>',
    '',
  ].join('\n');
}

export const ATOM_TYPE = 'application/atom+xml';
