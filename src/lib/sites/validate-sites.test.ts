import { describe, expect, it } from 'vitest';
import { hallFeature, plotFeature } from '../../../tests/support/site-fixtures';
import { addInSlices, siteCollector, validateSites } from './validate-sites';

describe('validation at the edge', () => {
  it('turns valid features into sites addressed by site key', () => {
    const { sites, invalid } = validateSites('plots', 'plot', [plotFeature({ id: 'gf-1' })]);
    expect(invalid).toEqual([]);
    expect(sites[0]).toMatchObject({
      key: 'plots/gf-1',
      collectionId: 'plots',
      featureId: 'gf-1',
      kind: 'plot',
    });
  });

  it('accepts what GIS servers send: numeric ids, |-joined tags, 0/1 booleans, numeric strings, omitted nulls', () => {
    const f = plotFeature();
    const { park: _park, contact_phone: _phone, ...rest } = f.properties;
    const raw = {
      ...f,
      id: 7,
      properties: {
        ...rest,
        sector_tags: 'logistics|automotive',
        rail_siding: 0,
        area_m2: '30000',
        data_as_of: '2026-10-01T00:00:00Z',
      },
    };
    const { sites, invalid } = validateSites('plots', 'plot', [raw]);
    expect(invalid).toEqual([]);
    expect(sites[0]).toMatchObject({
      key: 'plots/7',
      sector_tags: ['logistics', 'automotive'],
      rail_siding: false,
      area_m2: 30000,
      park: null,
      contact_phone: null,
      data_as_of: '2026-10-01',
    });
  });

  it('reports each invalid record with its id and the reason, and keeps the valid ones', () => {
    const { sites, invalid } = validateSites('plots', 'plot', [
      plotFeature({ id: 'ok' }),
      plotFeature({ id: 'bad-state', state: 'BY' as never }),
      plotFeature({ id: 'bad-area', area_m2: 12.5 }),
      { type: 'Feature', geometry: null, properties: {} },
      'not even an object',
    ]);
    expect(sites.map((s) => s.featureId)).toEqual(['ok']);
    expect(invalid.map((r) => r.featureId)).toEqual(['bad-state', 'bad-area', null, null]);
    expect(invalid[0]?.reason).toMatch(/^state:/);
    expect(invalid[1]?.reason).toMatch(/^area_m2: areas are whole m²/);
  });

  it('refuses a hall in the plot collection and duplicate ids', () => {
    const { invalid } = validateSites('plots', 'plot', [
      plotFeature({ id: 'a' }),
      plotFeature({ id: 'a' }),
      hallFeature(),
    ]);
    expect(invalid.map((r) => r.reason)).toEqual([
      'id: duplicate',
      expect.stringMatching(/^(kind|geometry)/),
    ]);
  });

  it('keeps hostile strings as plain text', () => {
    const { sites } = validateSites('halls', 'hall', [hallFeature({ name: '<img src=x onerror=alert(1)>' })]);
    expect(sites[0]?.name).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('validation in slices', () => {
  it('gives the same sites and refusals page by page as validating in one go, yielding between slices', async () => {
    const raw: unknown[] = [];
    for (let i = 0; i < 400; i++) raw.push(plotFeature({ id: `gf-${i}`, area_m2: 1000 + i }));
    raw.push({ id: 'broken', type: 'Feature', properties: {} }, plotFeature({ id: 'gf-3' }));
    let turns = 0;
    const counter = setInterval(() => (turns += 1), 0);
    // A slice of 0 ms yields after every 16 records: the browser (here: timers) gets turns.
    const collector = siteCollector('plots', 'plot');
    await addInSlices(collector, raw.slice(0, 200), { sliceMs: 0 });
    await addInSlices(collector, raw.slice(200), { sliceMs: 0 });
    const sliced = collector.result();
    clearInterval(counter);
    expect(sliced).toEqual(validateSites('plots', 'plot', raw));
    expect(sliced.sites).toHaveLength(400);
    expect(sliced.invalid.map((r) => r.featureId)).toEqual(['broken', 'gf-3']);
    expect(turns).toBeGreaterThan(0);
  });

  it('validates nothing in the task that handed the page over: the first slice waits for a task of its own', async () => {
    const raw = Array.from({ length: 50 }, (_, i) => plotFeature({ id: `gf-${i}` }));
    const collector = siteCollector('plots', 'plot');
    const done = addInSlices(collector, raw, { sliceMs: 1000 });
    // Everything the current task still runs (its microtasks) finds no site validated yet.
    for (let i = 0; i < 20; i++) await Promise.resolve();
    expect(collector.result().sites).toHaveLength(0);
    await done;
    expect(collector.result().sites).toHaveLength(50);
  });

  it('stops when its query is cancelled', async () => {
    const raw = Array.from({ length: 100 }, (_, i) => plotFeature({ id: `gf-${i}` }));
    const controller = new AbortController();
    controller.abort();
    await expect(
      addInSlices(siteCollector('plots', 'plot'), raw, { sliceMs: 0, signal: controller.signal }),
    ).rejects.toThrow();
  });
});
