import { beforeAll, describe, expect, it } from 'vitest';
import { sampleDataset } from '@mocks/dataset';
import { toFeatureColumns } from '@mocks/ogc-api/feature-columns';
import { generateSyntheticSites } from '../../../scripts/sample-data/synth';
import { hallFeature, plotFeature } from '../../../tests/support/site-fixtures';
import { loadSiteValidators } from '@/contract/compiled-parse/site-validators';
import type { SiteValidators } from '@/contract/compiled-parse/compiled-site-validators';
import { columnsOfKeys, type FeatureColumns, featureColumnsSchema } from '@/contract/feature-columns';
import { addInSlices, siteCollector, validateSites } from './validate-sites';

/** Records as a server sends them as a column page, read by the client. */
const asColumns = (records: readonly unknown[]): FeatureColumns =>
  featureColumnsSchema.parse(JSON.parse(JSON.stringify(toFeatureColumns(records))));

/** Valid records in lenient spellings, refused records and records the columns keep whole. */
function awkwardPlots(): unknown[] {
  const f = plotFeature({ id: 'lenient' });
  const { park: _park, contact_phone: _phone, ...rest } = f.properties;
  const { name: _name, ...nameless } = f.properties;
  return [
    {
      ...f,
      id: 7,
      properties: { ...rest, sector_tags: 'logistics|automotive', rail_siding: 0, area_m2: '30000' },
    },
    plotFeature({ id: 'bad-state', state: 'BY' as never }),
    plotFeature({ id: 'bad-area', area_m2: 12.5 }),
    {
      ...plotFeature({ id: 'far' }),
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [500, -200],
            [1, 1],
            [2, 2],
            [500, -200],
          ],
        ],
      },
    },
    { ...plotFeature({ id: 'no-name' }), properties: nameless },
    { ...plotFeature({ id: 'null-name' }), properties: { ...plotFeature().properties, name: null } },
    { type: 'Feature', geometry: null, properties: {} },
    { type: 'Feature', id: 'no-properties', geometry: plotFeature().geometry, properties: null },
    { ...plotFeature({ id: 'with-bbox' }), bbox: [12, 51, 13, 52] },
    { ...plotFeature({ id: 'a-polygon-typed-point' }), type: 'Point' },
    'not even an object',
    [plotFeature({ id: 'in-an-array' })],
    plotFeature({ id: '<img src=x onerror=alert(1)>', name: '=HYPERLINK("http://x")' }),
    JSON.parse(
      `{"type":"Feature","id":"proto","geometry":${JSON.stringify(plotFeature().geometry)},"properties":${JSON.stringify(
        { ...plotFeature().properties },
      ).replace(/^\{/, '{"__proto__":{"polluted":true},')}}`,
    ),
    plotFeature({ id: 'lenient' }), // a duplicate id
    hallFeature({ id: 'a-hall' }),
    {
      ...plotFeature({ id: 'keys-reordered' }),
      properties: Object.fromEntries(Object.entries(plotFeature().properties).reverse()),
    },
  ];
}

const synthetic = generateSyntheticSites(400, 5);
const cases: [string, 'plot' | 'hall', unknown[]][] = [
  ['sample plots', 'plot', sampleDataset.plots.features],
  ['sample halls', 'hall', sampleDataset.halls.features],
  ['synthetic plots', 'plot', synthetic.plots],
  ['synthetic halls', 'hall', synthetic.halls],
  ['awkward plots', 'plot', awkwardPlots()],
  ['halls among plots', 'hall', [...synthetic.halls.slice(0, 5), ...awkwardPlots()]],
];

let validators: SiteValidators;
beforeAll(async () => {
  const loaded = await loadSiteValidators();
  if (!loaded) throw new Error('the generated validators are stale: npm run contract:gen');
  validators = loaded;
});

describe('column pages (decision 0024)', () => {
  it.each(cases)(
    '%s: the same sites and the same refusals, with the same reasons, as GeoJSON',
    (_, kind, records) => {
      const collectionId = `${kind}s`;
      const fromGeoJson = validateSites(collectionId, kind, records);
      const fromColumns = validateSites(collectionId, kind, asColumns(records));
      expect(fromColumns).toEqual(fromGeoJson);
      expect(fromColumns.sites.length + fromColumns.invalid.length).toBeGreaterThan(0);
    },
  );

  it.each(cases)(
    '%s: the column validators accept exactly the rows the record validators accept',
    (_, kind, records) => {
      const columns = asColumns(records);
      const v = validators.columns[kind];
      const values = columnsOfKeys(columns, v.keys);
      records.forEach((record, i) => {
        if (columns.records.has(i)) return;
        const byRecord = validators[kind](record) !== validators.fail;
        const byColumns = [
          v.id(columns.id[i]),
          v.geometry(columns.geometry[i]),
          v.properties(values, i),
        ].every((r) => r !== validators.fail);
        expect({ i, byColumns }).toEqual({ i, byColumns: byRecord });
      });
    },
  );

  it('answers most rows without building a record: the sample and synthetic sites all fit the columns', () => {
    for (const records of [sampleDataset.plots.features, synthetic.plots, synthetic.halls])
      expect(asColumns(records).records.size).toBe(0);
  });

  it('validates column pages in slices with the same result', async () => {
    const collector = siteCollector('plots', 'plot');
    await addInSlices(collector, asColumns(synthetic.plots.slice(0, 150)), { sliceMs: 0 });
    await addInSlices(collector, asColumns(synthetic.plots.slice(150)), { sliceMs: 0 });
    expect(collector.result()).toEqual(validateSites('plots', 'plot', synthetic.plots));
  });
});
