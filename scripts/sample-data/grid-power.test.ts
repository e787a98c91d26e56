// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildSampleData } from './build';
import {
  HALL_MVA_RANGE,
  hallPowerMva,
  parkGridClass,
  plotGridClass,
  plotPowerMva,
  roundMva,
  type PlotPowerInput,
} from './grid-power';
import { createRng } from './prng';

const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;
const known = (values: readonly unknown[]) => values.filter((v): v is number => typeof v === 'number');

describe('grid power model', () => {
  it('rounds to the precision a capacity is quoted in', () => {
    expect([0.012, 0.63, 0.974, 4.44, 12.6, 147].map(roundMva)).toEqual([0.05, 0.65, 0.95, 4.4, 13, 145]);
  });

  it('classes parks by size, zoning and sectors', () => {
    const chem = { slug: 'c', zoning: [['GI', 1]] as const, sectors: ['chemicals'] as const };
    const logistics = { slug: 'l', zoning: [['GI', 1]] as const, sectors: ['logistics'] as const };
    const mixed = {
      slug: 'm',
      zoning: [
        ['GE', 3],
        ['GI', 1],
      ] as const,
      sectors: ['metal'] as const,
    };
    expect(parkGridClass(chem, null)).toBe('substation');
    expect(parkGridClass(mixed, 6_000_000)).toBe('substation');
    expect(parkGridClass(logistics, 300_000)).toBe('industrial');
    expect(parkGridClass(mixed, 1_500_000)).toBe('industrial');
    expect(parkGridClass(mixed, 400_000)).toBe('commercial');
    expect(plotGridClass('substation', 'GEe', 50_000)).toBe('light');
    expect(plotGridClass('substation', 'SO', 50_000)).toBe('industrial');
    expect(plotGridClass('commercial', 'GI', 200_000)).toBe('industrial');
  });

  it('gives more to larger plots and heavier parks, and leaves some unknown', () => {
    const plot = (over: Partial<PlotPowerInput>, i: number): PlotPowerInput => ({
      id: `p${i}`,
      zoning: 'GE',
      totalM2: 30_000,
      development: 'developed',
      planning: 'binding_plan',
      parkClass: 'commercial',
      parkFactor: 1,
      ...over,
    });
    const draw = (over: Partial<PlotPowerInput>) =>
      Array.from({ length: 400 }, (_, i) => plotPowerMva(plot(over, i)));
    const small = draw({ totalM2: 10_000 });
    const big = draw({ totalM2: 200_000 });
    const chem = draw({ zoning: 'GI', parkClass: 'substation' });
    expect(mean(known(big))).toBeGreaterThan(2 * mean(known(small)));
    expect(mean(known(chem))).toBeGreaterThan(5 * mean(known(small)));
    const nullShare = small.filter((v) => v === null).length / small.length;
    expect(nullShare).toBeGreaterThan(0.02);
    expect(nullShare).toBeLessThan(0.15);
    expect(draw({ development: 'undeveloped' }).filter((v) => v === null).length).toBeGreaterThan(
      small.filter((v) => v === null).length,
    );
  });

  it('keeps halls within their range and gives production halls more than storage', () => {
    const rng = createRng(1);
    const hall = (type: 'production' | 'storage', areaM2: number) =>
      hallPowerMva({ id: '', type, areaM2, crane: false, parkClass: null }, rng);
    const production = known(Array.from({ length: 200 }, () => hall('production', 10_000)));
    const storage = known(Array.from({ length: 200 }, () => hall('storage', 10_000)));
    expect(mean(production)).toBeGreaterThan(2 * mean(storage));
    const extremes = known([hall('storage', 100), hall('production', 10_000_000)]);
    for (const v of extremes) expect(v >= HALL_MVA_RANGE[0] && v <= HALL_MVA_RANGE[1]).toBe(true);
  });
});

describe('grid power of the built sample data', () => {
  const { parks, plots, halls } = buildSampleData();
  const plotPower = plots.map((p) => p.properties.power_mva);
  const hallPower = halls.map((h) => h.properties.power_mva);

  it('gives every plot and hall a plausible value for its kind or null', () => {
    for (const v of plotPower)
      expect(v === null || (typeof v === 'number' && v >= 0.1 && v <= 400)).toBe(true);
    for (const v of hallPower)
      expect(v === null || (typeof v === 'number' && v >= HALL_MVA_RANGE[0] && v <= HALL_MVA_RANGE[1])).toBe(
        true,
      );
  });

  it('leaves 5–25 % of each kind unknown (null)', () => {
    for (const values of [plotPower, hallPower]) {
      const share = values.filter((v) => v === null).length / values.length;
      expect(share).toBeGreaterThanOrEqual(0.05);
      expect(share).toBeLessThanOrEqual(0.25);
    }
  });

  it('varies: large GI parks get far more than small GE parks, large halls more than small ones', () => {
    const parkArea = new Map(parks.map((p) => [p.profile.name, p.areaM2]));
    const largeGi = known(
      plots
        .filter(
          (p) => p.properties.zoning === 'GI' && (parkArea.get(String(p.properties.park)) ?? 0) >= 4_000_000,
        )
        .map((p) => p.properties.power_mva),
    );
    const smallGe = known(
      plots
        .filter(
          (p) => p.properties.zoning === 'GE' && (parkArea.get(String(p.properties.park)) ?? 0) < 1_000_000,
        )
        .map((p) => p.properties.power_mva),
    );
    expect(largeGi.length).toBeGreaterThanOrEqual(10);
    expect(smallGe.length).toBeGreaterThanOrEqual(10);
    expect(mean(largeGi)).toBeGreaterThan(5 * mean(smallGe));
    expect(Math.max(...known(plotPower))).toBeGreaterThanOrEqual(100);

    const hallsBy = (test: (m2: number) => boolean) =>
      known(halls.filter((h) => test(Number(h.properties.area_m2))).map((h) => h.properties.power_mva));
    expect(mean(hallsBy((m2) => m2 >= 20_000))).toBeGreaterThan(mean(hallsBy((m2) => m2 < 5_000)));
    expect(new Set(known(plotPower)).size).toBeGreaterThan(30);
    expect(new Set(known(hallPower)).size).toBeGreaterThan(15);
  });
});
