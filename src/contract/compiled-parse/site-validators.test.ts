import { describe, expect, it, vi } from 'vitest';
import { generateSyntheticSites } from '../../../scripts/sample-data/synth';
import { hallFeatureSchema, plotFeatureSchema } from '../feature-schemas';
import { emitSiteValidators } from './compiled-site-validators';
import { siteWalk } from './site-validators';
import { signatureOf } from './emit';
import { SIGNATURE } from './site-validators.generated';

/** The module fresh: it loads the generated validators once and keeps them. */
const fresh = async () => {
  vi.resetModules();
  return import('./site-validators');
};

describe('generated site validators', () => {
  it('the written module matches the schemas (else: npm run contract:gen)', () => {
    expect(signatureOf(emitSiteValidators(siteWalk()))).toBe(SIGNATURE);
  });

  it('validate with the fast path until loaded, then with the generated code: zod’s data and issues', async () => {
    const { loadSiteValidators, siteValidatorsInUse, plotFeatureSafeParse, hallFeatureSafeParse } =
      await fresh();
    const sites = generateSyntheticSites(20, 3);
    const plot = sites.plots[0]!;
    const hall = sites.halls[0]!;
    const bad = { ...plot, properties: { ...plot.properties, lat: '91' } };
    const check = () => {
      expect(plotFeatureSafeParse(plot)).toEqual(plotFeatureSchema.safeParse(plot));
      expect(hallFeatureSafeParse(hall)).toEqual(hallFeatureSchema.safeParse(hall));
      const result = plotFeatureSafeParse(bad);
      expect(result.success).toBe(false);
      expect(result.error?.issues).toEqual(plotFeatureSchema.safeParse(bad).error?.issues);
    };
    expect(siteValidatorsInUse()).toBe('fast path (loading)');
    check();
    expect(await loadSiteValidators()).toMatchObject({
      plot: expect.any(Function),
      hall: expect.any(Function),
    });
    expect(siteValidatorsInUse()).toBe('generated');
    check();
  });

  it('keep the arrays of a valid record as they came, and copy an array only when an item changed', async () => {
    const { loadSiteValidators, plotFeatureSafeParse } = await fresh();
    await loadSiteValidators();
    const synthetic = generateSyntheticSites(5, 2).plots[0]!;
    const towns = [{ name: 'Bitterfeld-Wolfen', population: 37_000, km: 4.2 }];
    const plot = { ...synthetic, properties: { ...synthetic.properties, nearest_towns: towns } };
    const before = structuredClone(plot);
    const { data } = plotFeatureSafeParse(plot);
    // Positions, rings and the polygon pass unchanged: no copy for the collector to move.
    expect(data?.geometry.coordinates).toBe(plot.geometry.coordinates);
    // Each town comes out as a new object (unknown members stripped), so its array is a copy.
    expect(data?.properties.nearest_towns).not.toBe(plot.properties.nearest_towns);
    expect(data).toEqual(plotFeatureSchema.safeParse(plot).data);
    expect(plot).toEqual(before);
  });

  it('a module written from other schemas is not used: the fast path validates, with the same results', async () => {
    vi.doMock('./site-validators.generated', () => ({
      SIGNATURE: 'stale',
      create: () => {
        throw new Error('a stale module must not be used');
      },
    }));
    try {
      const { loadSiteValidators, siteValidatorsInUse, plotFeatureSafeParse } = await fresh();
      expect(await loadSiteValidators()).toBeNull();
      expect(siteValidatorsInUse()).toBe('fast path (stale generated module)');
      const plot = generateSyntheticSites(5, 1).plots[0]!;
      expect(plotFeatureSafeParse(plot)).toEqual(plotFeatureSchema.safeParse(plot));
    } finally {
      vi.doUnmock('./site-validators.generated');
      vi.resetModules();
    }
  });
});
