import { describe, expect, it } from 'vitest';
import { checkPlaceholders, placeholderIn } from './text-rules';

describe('placeholderIn', () => {
  it.each([
    ['same (Beispieldaten)', 'same'],
    ['same', 'same'],
    ['same (…-1)', 'same (…-1)'],
    ['mz.de 1; same', 'same'],
    ['TODO', 'TODO'],
    ['n/a', 'n/a'],
    ['tbd', 'tbd'],
    ['?', '?'],
    ['-', '-'],
    ['', '(empty)'],
    ['(Beispieldaten)', '(empty)'],
    ['mz.de 1;; mdr.de', '(empty)'],
  ])('finds the placeholder in "%s"', (text, found) => {
    expect(placeholderIn(text)).toBe(found);
  });

  it.each([
    'mz.de 3927288 (Beispieldaten)',
    'lvz.de "Ansturm auf Logistik-Flächen…"; shortnews 370569',
    'Sample data (illustrative hall)',
    'Samedan press',
  ])('accepts "%s"', (text) => {
    expect(placeholderIn(text)).toBeNull();
  });
});

describe('checkPlaceholders', () => {
  it('names the record and the field, and skips fields that are absent or null', () => {
    const issues = checkPlaceholders(
      [
        {
          collection: 'plots',
          id: 'a',
          geometry: null,
          properties: { source: 'same (Beispieldaten)', name_en: null },
        },
        {
          collection: 'plots',
          id: 'b',
          geometry: null,
          properties: { source: 'mz.de 1', name: 'Baufeld 1' },
        },
      ],
      ['name', 'name_en', 'source'],
    );
    expect(issues.map((i) => `${i.where} ${i.message}`)).toEqual([
      'plots/a source holds a placeholder: "same"',
    ]);
  });
});
