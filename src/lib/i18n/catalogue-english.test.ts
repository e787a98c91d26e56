import { describe, expect, it } from 'vitest';
import { de } from './locales/de';
import { en } from './locales/en';

/** Every leaf of a catalogue as [key, text]. */
const leaves = (o: object, prefix = ''): [string, string][] =>
  Object.entries(o).flatMap(([k, v]) =>
    typeof v === 'object' && v ? leaves(v as object, `${prefix}${k}.`) : [[`${prefix}${k}`, String(v)]],
  );

/** Texts that are the same word in both languages (units, names, loan words, pure placeholders). */
const SAME_IN_BOTH = new Set([
  'filters.radius',
  'filters.sortOption.name',
  'filters.param.radius_km',
  'card.perM2',
  'load.invalidRecord',
  'detail.distance',
  'field.status',
  'field.position_approximate',
  'sector.recycling',
  'context.projects.period',
  'context.topic.integration',
  'context.topic.innovation',
  'profile.chartPop30',
  'profile.chartPop60',
  'compare.rows.status',
  'share.linkLabel',
  'export.dialectStandard',
  'expose.scale',
  'expose.north',
  'overview.chartTitle',
  'prefs.areaUnitOption.m2',
  'prefs.areaUnitOption.ha',
  'fact.named',
]);
/** English texts that may hold German letters: they quote German place names. */
const GERMAN_NAMES_ALLOWED = new Set(['filters.qPlaceholder']);
/** Words that only German text has (checked as whole words in English texts). */
const GERMAN_WORDS =
  /\b(und|oder|nicht|der|die|das|den|dem|mit|für|von|bis|auf|aus|ein|eine|Fläche|Flächen|Halle|Hallen|Standort|Standorte|Merkliste|Seite|Suche)\b/;

const placeholders = (text: string) => (text.match(/\{\{\s*\w+\s*\}\}/g) ?? []).sort();

describe('English catalogue', () => {
  const german = new Map(leaves(de));
  const english = leaves(en);

  it('has every German key and no other (a missing key fails here)', () => {
    expect(english.map(([k]) => k).sort()).toEqual([...german.keys()].sort());
  });

  it('has no empty text, in either language', () => {
    const empty = [...german, ...english].filter(([, v]) => v === '').map(([k]) => k);
    expect(empty).toEqual([]);
  });

  it('leaves no German text: no copy of the German value unless the word is the same', () => {
    const copied = english.filter(([k, v]) => german.get(k) === v && !SAME_IN_BOTH.has(k)).map(([k]) => k);
    expect(copied).toEqual([]);
  });

  it('has no German letters or German words', () => {
    const germanLooking = english
      .filter(([k]) => !GERMAN_NAMES_ALLOWED.has(k))
      .filter(([, v]) => /[äöüÄÖÜß„]/.test(v) || GERMAN_WORDS.test(v.replace(/\{\{[^}]*\}\}/g, '')))
      .map(([k, v]) => `${k}: ${v}`);
    expect(germanLooking).toEqual([]);
  });

  it('uses the same placeholders as German in every text', () => {
    const mismatched = english
      .filter(([k, v]) => placeholders(v).join() !== placeholders(german.get(k) ?? '').join())
      .map(([k]) => k);
    expect(mismatched).toEqual([]);
  });
});
