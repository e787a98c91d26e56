import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDistrictNames, type RawDistrict } from './districts';

const read = <T>(file: string) => JSON.parse(readFileSync(`data/${file}`, 'utf8')) as T;
const names = buildDistrictNames(read<RawDistrict[]>('districts.json'));

describe('district names', () => {
  it('tell the city from the district around it', () => {
    expect([names.get('14713'), names.get('14729')]).toEqual(['Leipzig', 'Landkreis Leipzig']);
    expect([names.get('15088'), names.get('15081'), names.get('16055')]).toEqual([
      'Saalekreis',
      'Altmarkkreis Salzwedel',
      'Weimar',
    ]);
  });

  it('are the names the sample sites give their districts', () => {
    type Sites = { features: { properties: { ags?: string; district?: string } }[] };
    const sites = [...read<Sites>('plots.json').features, ...read<Sites>('halls.json').features];
    const pairs = new Set(sites.map(({ properties: p }) => `${p.ags?.slice(0, 5)} ${p.district}`));
    expect(
      [...pairs].filter((pair) => pair !== `${pair.slice(0, 5)} ${names.get(pair.slice(0, 5))}`),
    ).toEqual([]);
    expect(pairs.size).toBeGreaterThan(20);
  });
});
