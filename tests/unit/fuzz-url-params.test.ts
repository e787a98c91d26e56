import { describe, expect, it } from 'vitest';
import {
  decodeSearch,
  parseQueryString,
  SEARCH_PARAM_NAMES,
  stringifyQuery,
  type SearchParams,
} from '@/lib/search/search-params';
import { createRng, type Rng } from '../../scripts/sample-data/prng';

/**
 * Fuzz: random and hostile URL parameter sets through the URL codec. No exception may escape,
 * only known parameters may come out, and what comes out must survive its own round trip
 * (the app's state is valid after every input).
 */

const RUNS = 1500;
const HOSTILE_NAMES = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  '',
  ' ',
  'kind ',
  'KIND',
];
const HOSTILE_VALUES = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '=HYPERLINK("http://evil")',
  '%',
  '%E0%A4%A',
  '\u0000',
  '\uD800',
  '‮',
  'NaN',
  'Infinity',
  '-0',
  '1e309',
  '9'.repeat(400),
  '-1',
  '0x10',
  '1,2,3,4,5,6,7,8,9',
  ',,,,',
  ';;;',
  '::',
  '__proto__',
  'a'.repeat(5000),
  '🏭'.repeat(300),
  ' ',
  '[]',
  '{}',
  'null',
  'undefined',
  'true',
];

function randomString(rng: Rng, max: number): string {
  const length = rng.int(0, max);
  let s = '';
  for (let i = 0; i < length; i++) {
    const range = rng.pick([
      [0x20, 0x7e],
      [0x30, 0x39],
      [0x00, 0x1f],
      [0xa0, 0x17f],
      [0x2000, 0x206f],
      [0xd800, 0xdfff],
      [0x1f300, 0x1f5ff],
    ] as const);
    s += String.fromCodePoint(rng.int(range[0], range[1]));
  }
  return s;
}

function randomValue(rng: Rng): unknown {
  switch (rng.int(0, 7)) {
    case 0:
      return rng.pick(HOSTILE_VALUES);
    case 1:
      return String(rng.int(-1e6, 1e9));
    case 2:
      return randomString(rng, 40);
    case 3:
      return [randomString(rng, 8), rng.pick(HOSTILE_VALUES)];
    case 4:
      return rng.pick([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, true, false, null, undefined]);
    case 5:
      return { toString: () => 'x' };
    case 6:
      return `${rng.int(0, 999999)},${rng.int(0, 999999)}`;
    default:
      return randomString(rng, 6000);
  }
}

function randomRecord(rng: Rng): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  const n = rng.int(0, 12);
  for (let i = 0; i < n; i++) {
    const name = rng.chance(0.6)
      ? rng.pick(SEARCH_PARAM_NAMES)
      : rng.chance(0.5)
        ? rng.pick(HOSTILE_NAMES)
        : randomString(rng, 20);
    Object.defineProperty(record, name, { value: randomValue(rng), enumerable: true, configurable: true });
  }
  return record;
}

const objectPrototypeKeys = () => Object.getOwnPropertyNames(Object.prototype).sort();

function expectValidState(params: SearchParams) {
  for (const [key, value] of Object.entries(params)) {
    expect(SEARCH_PARAM_NAMES).toContain(key);
    if (typeof value === 'number') expect(Number.isFinite(value), key).toBe(true);
    if (typeof value === 'string') expect(value.length, key).toBeLessThanOrEqual(4000);
  }
  // The state survives its own URL: encode, parse, decode gives the same state and no complaints.
  const again = decodeSearch(parseQueryString(stringifyQuery(params)));
  const plain = (x: unknown) => JSON.parse(JSON.stringify(x)) as unknown; // -0 and 0 are one state
  expect(plain(again.params)).toEqual(plain(params));
  expect(again.problems).toEqual([]);
}

describe('fuzz: the URL codec', () => {
  it(`${RUNS} random records through decodeSearch`, () => {
    const rng = createRng(20261127);
    const protoBefore = objectPrototypeKeys();
    for (let run = 0; run < RUNS; run++) {
      const raw = randomRecord(rng);
      let decoded: ReturnType<typeof decodeSearch> | undefined;
      expect(() => (decoded = decodeSearch(raw)), `run ${run}`).not.toThrow();
      expectValidState(decoded!.params);
      for (const p of decoded!.problems) expect(p.value.length).toBeLessThanOrEqual(80);
    }
    expect(objectPrototypeKeys()).toEqual(protoBefore);
  });

  it(`${RUNS} random query strings through parseQueryString and decodeSearch`, () => {
    const rng = createRng(7);
    for (let run = 0; run < RUNS; run++) {
      const pairs = Array.from({ length: rng.int(0, 10) }, () => {
        const name = rng.chance(0.6) ? rng.pick(SEARCH_PARAM_NAMES) : randomString(rng, 10);
        return `${rng.chance(0.5) ? encodeURIComponent(name.replace(/[\uD800-\uDFFF]/gu, '')) : name}=${rng.chance(0.5) ? randomString(rng, 30) : String(randomValue(rng))}`;
      });
      const query = `?${pairs.join(rng.pick(['&', '&&', ';', '&=&']))}`;
      let decoded: ReturnType<typeof decodeSearch> | undefined;
      expect(
        () => (decoded = decodeSearch(parseQueryString(query))),
        `query ${JSON.stringify(query)}`,
      ).not.toThrow();
      expectValidState(decoded!.params);
    }
  });

  it('ignores an oversized value with a notice', () => {
    const { params, problems } = decodeSearch({ area_min: '1'.repeat(5000) });
    expect(params).toEqual({});
    expect(problems).toEqual([{ param: 'area_min', value: '1'.repeat(80), reason: 'invalid' }]);
  });
});
