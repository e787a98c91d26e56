import { describe, expect, it } from 'vitest';
import { validateSites } from '@/lib/sites/validate-sites';
import { plotFeature } from '../../../tests/support/site-fixtures';
import { diffSnapshot, fnv1a32, MAX_SNAPSHOT_KEYS, siteHash, takeSnapshot } from './result-snapshot';

const sites = (...features: ReturnType<typeof plotFeature>[]) =>
  validateSites('plots', 'plot', features).sites;

describe('result snapshots', () => {
  it('hashes with FNV-1a 32 bit (reference values)', () => {
    expect(fnv1a32('')).toBe(0x811c9dc5);
    expect(fnv1a32('a')).toBe(0xe40c292c);
    expect(fnv1a32('foobar')).toBe(0xbf9cf968);
  });

  it('hashes a site’s properties stably; a new export date alone is no change', () => {
    const [a] = sites(plotFeature({ id: 'a' }));
    const [same] = sites(plotFeature({ id: 'a', data_as_of: '2026-12-01' }));
    const [cheaper] = sites(plotFeature({ id: 'a', price_eur_m2: 55 }));
    expect(siteHash(a!)).toBe(siteHash(same!));
    expect(siteHash(a!)).not.toBe(siteHash(cheaper!));
    expect(siteHash(a!)).toMatch(/^[0-9a-z]{1,7}$/);
  });

  it('tells new and changed sites since the last opening', () => {
    const before = takeSnapshot(sites(plotFeature({ id: 'a' }), plotFeature({ id: 'b' })), '2026-12-02');
    expect(before).toMatchObject({ at: '2026-12-02', keys: ['plots/a', 'plots/b'], complete: true });
    const now = sites(
      plotFeature({ id: 'a' }),
      plotFeature({ id: 'b', price_eur_m2: 10 }),
      plotFeature({ id: 'c' }),
    );
    const diff = diffSnapshot(before, now);
    expect([...diff.fresh]).toEqual(['plots/c']);
    expect([...diff.changed]).toEqual(['plots/b']);
    expect(diff.since).toBe('2026-12-02');
  });

  it(`keeps at most ${MAX_SNAPSHOT_KEYS} keys; beyond them listed_since and data_as_of decide`, () => {
    const many = Array.from({ length: MAX_SNAPSHOT_KEYS + 2 }, (_, i) => plotFeature({ id: `p${i}` }));
    const snapshot = takeSnapshot(sites(...many), '2026-12-02');
    expect(snapshot.keys).toHaveLength(MAX_SNAPSHOT_KEYS);
    expect(snapshot.complete).toBe(false);
    const later = sites(
      plotFeature({ id: 'p0' }),
      plotFeature({ id: 'listed-late', listed_since: '2026-12-05' }),
      plotFeature({ id: 'updated-late', data_as_of: '2026-12-04' }),
      plotFeature({ id: `p${MAX_SNAPSHOT_KEYS + 1}` }),
    );
    const diff = diffSnapshot(snapshot, later);
    expect([...diff.fresh]).toEqual(['plots/listed-late']);
    expect([...diff.changed]).toEqual(['plots/updated-late']);
  });
});
