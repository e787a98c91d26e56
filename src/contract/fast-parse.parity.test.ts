import { beforeAll, describe, expect, it } from 'vitest';
import { z } from './zod';
import { FAIL, fastPathOnly, fastSafeParse, walkParts } from './fast-parse';
import { hallFeatureSchema, plotFeatureSchema } from './feature-schemas';
import { emitValidators } from './compiled-parse/emit';
import { compileSiteValidators } from './compiled-parse/compiled-site-validators';
import { siteWalk } from './compiled-parse/site-validators';
import type { Schema as WalkedSchema } from './fast-parse';
import { generateSyntheticSites } from '../../scripts/sample-data/synth';
import { seededRandom } from '../../tests/support/seeded-random';

/**
 * The fast path (and the generated validators written from the same walk, compiled-parse/)
 * against zod on generated records: canonical ones from the synthetic generator,
 * each with a few fields replaced by lenient spellings or wrong values. Accepted by the fast
 * path ⇒ zod accepts with deep-equal data; refused by zod ⇒ refused by the fast path.
 */

// Every spelling goes into every field: a lenient one for one field type is a wrong type for another.
const VALUES: unknown[] = [
  ...[
    0, 1, -1, 12.5, -0, 42, 1e308, -1e308, 2.5e-7, 1800, 2100, 2101, 60, 60.01, 100, 1000, 1000.5, 90, -90.5,
    180, 181,
  ],
  ...[NaN, Infinity, -Infinity, Number.MAX_SAFE_INTEGER + 2],
  ...[
    '0',
    '1',
    'true',
    'false',
    'yes',
    ' 12.5 ',
    '12',
    '-3',
    ' 7 ',
    '1e3',
    '0x10',
    '',
    ' ',
    '12,5',
    '-',
    '.5',
    '5.',
  ],
  ...[
    true,
    false,
    null,
    undefined,
    {},
    [],
    ['a', 'b'],
    [' a ', '', 'b'],
    ['a', 1],
    'a| b ||c',
    '|',
    'logistics',
  ],
  ...[
    '2026-01-05',
    ' 2026-01-05 ',
    '2026-01-05T10:00:00Z',
    '2026-01-05 10:00',
    '2026-02-30',
    '2024-02-29',
    '2026-13-01',
  ],
  ...[
    '2026-1-5',
    '26-01-05',
    '2026-01-05T',
    'GI',
    'GE',
    'gi',
    'SN',
    'TH',
    'BY',
    'available',
    'reserved',
    'sold',
  ],
  ...[
    'rent',
    'sale',
    'both',
    'binding_plan',
    'developed',
    'A9',
    'A 9',
    'A1234',
    'a9',
    '14713000',
    '1471300',
    '147130000',
  ],
  ...['a@b.de', 'not-an-email', 'x@y', ' Leipzig ', '😀', 'é', 'Leipzig', 'plot', 'hall', 'Feature'],
  ...[
    '[{"name":"Leipzig","population":"600000","km":" 12.5"}]',
    '[{"name":"Halle","population":1.5,"km":3}]',
    '[{',
    '[]',
  ],
  ...[
    [{ name: 'Jena', population: 110000, km: 20 }],
    [{ name: ' ', population: 1, km: 1 }],
    [{ name: 'X', km: 2000 }],
  ],
];
const EXTRA_KEYS = ['extra', 'constructor', 'toString', '__proto__', 'valueOf'];
const POSITIONS: unknown[] = [
  [500, -200],
  [1e308, 0],
  [12, 91],
  [-180, -90],
  [180, 90],
  ['12.3', 51],
  [12],
  [12, 51, 100],
];
const POSITIONS_2: unknown[] = [[12, 51, 'x'], [NaN, 51], null, {}, [12, 51, 7, 8], []];

type Rng = () => number;
const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;

function mutateGeometry(rng: Rng, geometry: unknown): unknown {
  const g = structuredClone(geometry) as { type: string; coordinates: unknown } | null;
  const roll = rng();
  if (roll < 0.15 || !g || !Array.isArray(g.coordinates)) {
    return pick(rng, [null, {}, { type: 'Point', coordinates: [12, 51] }, 'Polygon']);
  }
  if (roll < 0.25) return { type: 'MultiPolygon', coordinates: [g.coordinates] };
  if (roll < 0.35) return { ...g, type: pick(rng, ['Polygon', 'MultiPolygon', 'Point', 'polygon']) };
  // Replace one position somewhere in the nested coordinate arrays (or drop positions from a ring).
  let arr = g.coordinates as unknown[];
  const isList = (v: unknown): v is unknown[] => Array.isArray(v) && v.length > 0;
  while (isList(arr[0]) && Array.isArray(arr[0][0])) arr = pick(rng, arr) as unknown[];
  if (rng() < 0.2) arr.splice(0, Math.max(0, arr.length - 3));
  else arr[Math.floor(rng() * arr.length)] = pick(rng, [...POSITIONS, ...POSITIONS_2]);
  return g;
}

function mutate(rng: Rng, base: Record<string, unknown>, keys: string[]): unknown {
  const record = structuredClone(base) as Record<string, unknown> & { properties: Record<string, unknown> };
  const changes = Math.floor(rng() * 4);
  for (let c = 0; c < changes; c++) {
    const roll = rng();
    const props = record.properties;
    if (typeof props !== 'object') break; // the properties themselves were replaced
    if (roll < 0.7) {
      const key = pick(rng, keys);
      if (rng() < 0.15) delete props[key];
      else props[key] = pick(rng, VALUES);
    } else if (roll < 0.78) props[pick(rng, EXTRA_KEYS)] = pick(rng, VALUES);
    else if (roll < 0.9) record.geometry = mutateGeometry(rng, record.geometry);
    else if (roll < 0.95) record.id = pick(rng, [1, 1.5, '', 'x-1', null, -3, '7']);
    else {
      const broken = record as Record<string, unknown>;
      pick(rng, [
        () => (broken.type = 'feature'),
        () => delete broken.properties,
        () => (broken.properties = 'x'),
      ])();
    }
  }
  return record;
}

type Schema = typeof plotFeatureSchema | typeof hallFeatureSchema;
const cases: [string, Schema, 'plots' | 'halls', 'plot' | 'hall'][] = [
  ['plot', plotFeatureSchema, 'plots', 'plot'],
  ['hall', hallFeatureSchema, 'halls', 'hall'],
];

/** The generated source of `schema`, run here (tests have no CSP; the app imports the written module). */
function generatedValidator(schema: z.ZodType): (raw: unknown) => unknown {
  const { code, entries, refs } = emitValidators([schema as unknown as WalkedSchema], walkParts);
  const create = new Function('R', `const FAIL = R[0];\n${code}\nreturn ${entries[0]};`) as (
    r: unknown[],
  ) => (raw: unknown) => unknown;
  return create(refs);
}
const FAIL_OF = (result: unknown, fail: unknown) => (result === fail ? undefined : { data: result });

beforeAll(() => {
  z.config({ jitless: true }); // as under the production CSP
});

describe.each(cases)('fast path vs zod, %s features', (_, schema, collection, entry) => {
  it('agrees on 4,000 generated records (lenient spellings and invalid values)', () => {
    const rng = seededRandom(22);
    const bases = generateSyntheticSites(400, 7)[collection] as unknown as Record<string, unknown>[];
    const keys = Object.keys(schema.unwrap().shape.properties.unwrap().shape as object);
    const fast = fastPathOnly(schema);
    const generated = compileSiteValidators(siteWalk())![entry];
    const tally = { fastAccepted: 0, zodAccepted: 0, zodRefused: 0 };
    for (let i = 0; i < 4000; i++) {
      const record = mutate(rng, pick(rng, bases), keys);
      const zodResult = schema.safeParse(record);
      const fastResult = fast(record);
      // The generated validator decides as the fast path, with the same output.
      const generatedResult = FAIL_OF(generated(record), FAIL);
      expect(generatedResult, `record ${i}, generated`).toStrictEqual(fastResult);
      if (generatedResult)
        expect(Object.keys(generatedResult.data as object)).toEqual(Object.keys(fastResult!.data as object));
      if (fastResult) {
        tally.fastAccepted++;
        if (!zodResult.success) expect.fail(`record ${i} accepted, zod refuses: ${JSON.stringify(record)}`);
        expect(fastResult.data, `record ${i}`).toStrictEqual(zodResult.data);
        expect(Object.keys(fastResult.data as object)).toEqual(Object.keys(zodResult.data as object));
      }
      if (zodResult.success) tally.zodAccepted++;
      else tally.zodRefused++;
    }
    // Every valid record takes the fast path (nothing falls back), and the mix exercises both sides.
    expect(tally.fastAccepted).toBe(tally.zodAccepted);
    expect(tally.zodAccepted).toBeGreaterThan(800);
    expect(tally.zodRefused).toBeGreaterThan(800);
  });

  it('fastSafeParse reports a refused record with zod’s own issues', () => {
    const base = generateSyntheticSites(20, 3)[collection][0] as unknown as { properties: object };
    const bad = { ...base, properties: { ...base.properties, lat: '91' } };
    const result = fastSafeParse(schema)(bad);
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual(schema.safeParse(bad).error?.issues);
  });
});

/** A recursive schema: each call builds its own, alike (the writer merges functions by body). */
function tree(): z.ZodType {
  const node: z.ZodType = z.lazy(() => z.object({ name: z.string(), children: z.array(node) }));
  return node;
}

// Constructs the site contract does not use today (so its parity test cannot see them), each
// against zod on every value of the list: the walker must stay exact when the contract grows.
describe('fast path vs zod, constructs beyond the site contract', () => {
  const schemas: [string, z.ZodType][] = [
    ['optional key', z.object({ a: z.number().optional(), b: z.string() })],
    ['nullable', z.object({ a: z.number().nullable() })],
    ['exclusive bounds', z.number().gt(0).lt(10)],
    ['overlapping union', z.union([z.string().transform((s) => s.length), z.string()])],
    ['default of an optional', z.object({ a: z.string().optional().default('x') })],
    [
      'default with undefined inner',
      z
        .string()
        .transform((): string | undefined => undefined)
        .default('d'),
    ],
    ['array bounds', z.array(z.number()).min(1).max(2)],
    ['tuple without rest', z.tuple([z.string(), z.number()])],
    ['string length in code points', z.string().min(2).max(3)],
    ['refine (zod decides)', z.number().refine((n) => n % 2 === 0)],
    ['record (zod decides)', z.record(z.string(), z.number())],
    ['strict object (zod decides)', z.strictObject({ a: z.number() })],
    ['float32 (zod decides)', z.float32()],
    ['recursive, twice alike', z.object({ a: tree(), b: tree() })],
  ];
  const inputs: unknown[] = [
    ...VALUES,
    10,
    { a: 1, b: 'x' },
    { b: 'x' },
    { a: null },
    {},
    { a: 'y', c: 1 },
    ['x', 1],
    [1, 2, 3],
    '😀😀',
    { a: { name: 'x', children: [{ name: 'y', children: [] }] }, b: { name: 'z', children: [] } },
    { a: { name: 'x', children: [{ name: 1, children: [] }] }, b: { name: 'z', children: [] } },
  ];
  it.each(schemas)('%s', (_, schema) => {
    const fast = fastPathOnly(schema);
    const generated = generatedValidator(schema);
    for (const input of inputs) {
      const zodResult = schema.safeParse(input);
      const fastResult = fast(input);
      const what = JSON.stringify(input) ?? String(input);
      expect(!!fastResult, what).toBe(zodResult.success);
      if (fastResult) expect(fastResult.data).toStrictEqual(zodResult.data);
      expect(FAIL_OF(generated(input), FAIL), `${what}, generated`).toStrictEqual(fastResult);
    }
  });
});
