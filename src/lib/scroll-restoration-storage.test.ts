import { readFileSync } from 'node:fs';
import { storageKey } from '@tanstack/router-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { resetBadScrollStorage, SCROLL_STORAGE_KEY } from './scroll-restoration-storage';

const position = { scrollX: 0, scrollY: 420 };
const BAD: Record<string, string> = {
  null: 'null',
  number: '42',
  string: '"abc"',
  'broken JSON': '{"a":',
  array: '[1,2]',
  'entry not an object': JSON.stringify({ k1: 5 }),
  'position null': JSON.stringify({ k1: { window: null } }),
  'position not numbers': JSON.stringify({
    k1: { '[data-scroll-restoration-id="result-list"]': { scrollY: 'x' } },
  }),
  'position infinite': '{"k1":{"window":{"scrollX":0,"scrollY":1e999}}}',
};

describe("the router's stored scroll positions", () => {
  beforeEach(() => sessionStorage.clear());

  it("uses the router's own key", () => {
    expect(SCROLL_STORAGE_KEY).toBe(storageKey);
  });

  for (const [name, text] of Object.entries(BAD))
    it(`removes a bad entry: ${name}`, () => {
      sessionStorage.setItem(SCROLL_STORAGE_KEY, text);
      expect(resetBadScrollStorage()).toBe(true);
      expect(sessionStorage.getItem(SCROLL_STORAGE_KEY)).toBeNull();
    });

  it('keeps a usable entry and leaves a missing one missing', () => {
    expect(resetBadScrollStorage()).toBe(false);
    const good = JSON.stringify({
      k1: { window: position, '[data-scroll-restoration-id="result-list"]': position },
      k2: {},
    });
    sessionStorage.setItem(SCROLL_STORAGE_KEY, good);
    expect(resetBadScrollStorage()).toBe(false);
    expect(sessionStorage.getItem(SCROLL_STORAGE_KEY)).toBe(good);
  });

  it('copes with a storage that throws', () => {
    const throwing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
    } as unknown as Storage;
    expect(resetBadScrollStorage(throwing)).toBe(false);
  });

  it('runs in main.tsx before anything that loads the router', () => {
    const main = readFileSync('src/main.tsx', 'utf8');
    expect(main.match(/^import .*$/mu)?.[0]).toBe("import './app/reset-bad-scroll-storage';");
  });
});
