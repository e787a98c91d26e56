import { issue, where, type CheckedFeature, type Issue } from './issue';

/** Entries that stand for a missing value, compared without case. */
const PLACEHOLDERS = new Set([
  'same',
  'todo',
  'fixme',
  'n/a',
  'na',
  'tbd',
  'tba',
  'xxx',
  '?',
  '-',
  '–',
  '—',
  '…',
  '...',
  'null',
  'none',
  'unknown',
]);
/** A placeholder that starts an entry: "same (…-1)", "TODO: check", "tbd later". */
const PLACEHOLDER_START = /^(same|todo|fixme|tbd|tba|xxx)\b/i;
/** The sample marks say nothing about the source; what is left must. */
const SAMPLE_MARKS = /\((?:Beispieldaten|sample data)\)/g;

/**
 * The first placeholder or empty entry of a text, or null when every entry says something.
 * The sample marks are stripped and a `;`-list is checked entry by entry.
 */
export function placeholderIn(text: string): string | null {
  const entries = text
    .replace(SAMPLE_MARKS, '')
    .split(';')
    .map((e) => e.trim());
  const bad = entries.find((e) => e === '' || PLACEHOLDERS.has(e.toLowerCase()) || PLACEHOLDER_START.test(e));
  return bad === undefined ? null : bad === '' ? '(empty)' : bad;
}

/** Every named text field (where present) of every record holds no placeholder. */
export function checkPlaceholders(
  items: readonly CheckedFeature<Record<string, unknown>>[],
  fields: readonly string[],
): Issue[] {
  const issues: Issue[] = [];
  for (const f of items) {
    for (const field of fields) {
      const value = f.properties[field];
      if (typeof value !== 'string') continue;
      const bad = placeholderIn(value);
      if (bad !== null) issues.push(issue('placeholder', where(f), `${field} holds a placeholder: "${bad}"`));
    }
  }
  return issues;
}

export const SITE_TEXT_FIELDS = [
  'name',
  'name_en',
  'park',
  'park_en',
  'contact_org',
  'contact_org_en',
  'contact_role',
  'contact_role_en',
  'source',
  'source_en',
] as const;

export const CONTEXT_TEXT_FIELDS = [
  'title',
  'title_en',
  'teaser',
  'teaser_en',
  'body',
  'body_en',
  'venue',
  'venue_en',
  'source',
  'source_en',
] as const;
