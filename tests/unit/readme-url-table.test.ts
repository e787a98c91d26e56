import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEARCH_PARAM_NAMES, UNKNOWN_NAMES } from '@/lib/search/search-param-table';

/** The README's table of search URL parameters is the public contract: it must match the code's. */
const readme = readFileSync(resolve(process.cwd(), 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('## Search URL parameters'), readme.indexOf('## The map'));
const rows = section
  .split('\n')
  .filter((line) => line.startsWith('| `'))
  .map((line) => line.split(' | '));
const namesIn = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);

/** Parameters other parts of the app own (layout, language, viewport). */
const NOT_SEARCH = ['lang', 'view', 'sel', '#map=zoom/lat/lon'];

describe('README: search URL parameters', () => {
  it('lists every parameter of the criteria table, and no other', () => {
    const documented = rows.flatMap((cells) => namesIn(cells[0]!));
    expect(documented.filter((n) => !NOT_SEARCH.includes(n)).sort()).toEqual([...SEARCH_PARAM_NAMES].sort());
  });

  it('names every criterion that can keep sites without a value', () => {
    const unknownRow = rows.find((cells) => cells[0] === '| `unknown`');
    expect(unknownRow).toBeDefined();
    const listed = namesIn(unknownRow![1]!)
      .join(',')
      .split(',')
      .map((s) => s.trim());
    expect(new Set(listed.filter((n) => !n.includes('=')))).toEqual(new Set(UNKNOWN_NAMES));
  });
});
