import { describe, expect, it } from 'vitest';
import { collectionsSchema, featureCollectionPageSchema, landingPageSchema } from '@/contract/ogc-schemas';
import { validateSites } from '@/lib/sites/validate-sites';
import { createRng, type Rng } from '../../scripts/sample-data/prng';
import { hallFeature, plotFeature } from '../support/site-fixtures';

/**
 * Fuzz: malformed payloads through the edge validators (per-feature validation and the OGC
 * envelope schemas). Nothing may throw; every record is either a valid site or a reported
 * invalid record; nothing pollutes Object.prototype.
 */

const RUNS = 1200;
const HOSTILE = [
  '<script>alert(1)</script>',
  '=cmd|" /C calc"!A0',
  '\u0000',
  '\uD800',
  '',
  ' ',
  'a'.repeat(100_000),
  -1,
  1.5,
  Number.MAX_SAFE_INTEGER,
  1e308,
  -0,
  NaN,
  Infinity,
  true,
  null,
  [],
  {},
  [[[[[[]]]]]],
  { __proto__: { polluted: true } },
  '2026-02-30',
  '99999-01-01',
  'SN,ST',
  '1|2|3',
];

function randomJson(rng: Rng, depth = 0): unknown {
  switch (rng.int(0, depth > 3 ? 2 : 5)) {
    case 0:
      return rng.pick(HOSTILE);
    case 1:
      return rng.float(-1e9, 1e9);
    case 2:
      return String.fromCharCode(...Array.from({ length: rng.int(0, 20) }, () => rng.int(0, 0xffff)));
    case 3:
      return Array.from({ length: rng.int(0, 5) }, () => randomJson(rng, depth + 1));
    default: {
      const o: Record<string, unknown> = {};
      for (let i = rng.int(0, 5); i > 0; i--) {
        o[rng.pick(['type', 'id', 'geometry', 'properties', 'links', 'features', 'href', 'rel', 'x'])] =
          randomJson(rng, depth + 1);
      }
      return o;
    }
  }
}

/** A valid feature with one to four things broken. */
function mutatedFeature(rng: Rng): unknown {
  const base = structuredClone(
    rng.chance(0.5) ? plotFeature({ id: `f${rng.int(0, 50)}` }) : hallFeature({ id: `h${rng.int(0, 50)}` }),
  ) as Record<string, unknown> & { properties: Record<string, unknown> };
  const keys = Object.keys(base.properties);
  for (let i = rng.int(1, 4); i > 0; i--) {
    const propsAreObject = typeof base.properties === 'object' && base.properties !== null;
    switch (rng.int(propsAreObject ? 0 : 2, 6)) {
      case 0:
        delete base.properties[rng.pick(keys)];
        break;
      case 1:
        base.properties[rng.pick(keys)] = rng.pick(HOSTILE);
        break;
      case 2:
        base.geometry = randomJson(rng);
        break;
      case 3:
        base.id = rng.pick(HOSTILE);
        break;
      case 4:
        base.properties = randomJson(rng) as never;
        break;
      case 5:
        // A JSON text with __proto__ keys, as a hostile server would send it.
        return JSON.parse(
          `{"type":"Feature","id":"p","__proto__":{"polluted":1},"properties":{"__proto__":{"kind":"plot"}},"geometry":null}`,
        );
      default:
        return randomJson(rng);
    }
  }
  return base;
}

describe('fuzz: edge validation', () => {
  it(`${RUNS} malformed feature lists through validateSites`, () => {
    const rng = createRng(42);
    let sites = 0;
    let invalid = 0;
    for (let run = 0; run < RUNS; run++) {
      const raw = Array.from({ length: rng.int(0, 6) }, () =>
        rng.chance(0.15) ? plotFeature({ id: `ok${run}` }) : mutatedFeature(rng),
      );
      const kind = rng.chance(0.5) ? 'plot' : 'hall';
      let result: ReturnType<typeof validateSites> | undefined;
      expect(
        () => (result = validateSites(kind === 'plot' ? 'plots' : 'halls', kind, raw)),
        `run ${run}`,
      ).not.toThrow();
      expect(result!.sites.length + result!.invalid.length).toBe(raw.length);
      for (const site of result!.sites) {
        expect(site.kind).toBe(kind);
        expect(site.key).toBe(`${site.collectionId}/${site.featureId}`);
        expect(Number.isSafeInteger(site.area_m2) && site.area_m2 >= 0).toBe(true);
        expect(typeof site.name).toBe('string');
      }
      for (const r of result!.invalid) expect(typeof r.reason).toBe('string');
      sites += result!.sites.length;
      invalid += result!.invalid.length;
    }
    // The fuzzer reaches both outcomes.
    expect(sites).toBeGreaterThan(50);
    expect(invalid).toBeGreaterThan(1000);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it(`${RUNS} random JSON values through the envelope schemas`, () => {
    const rng = createRng(4711);
    let accepted = 0;
    for (let run = 0; run < RUNS; run++) {
      const value = rng.chance(0.3)
        ? { type: 'FeatureCollection', features: randomJson(rng), links: randomJson(rng) }
        : randomJson(rng);
      for (const schema of [featureCollectionPageSchema, landingPageSchema, collectionsSchema]) {
        let ok = false;
        expect(() => (ok = schema.safeParse(value).success), `run ${run}`).not.toThrow();
        if (ok) accepted++;
      }
    }
    expect(accepted).toBeGreaterThan(0);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
