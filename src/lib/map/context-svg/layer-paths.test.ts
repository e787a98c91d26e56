import { describe, expect, it } from 'vitest';
import {
  featuresOfKind,
  kindPath,
  labelCandidates,
  linePath,
  placeLabels,
  type BasemapCollection,
} from './layer-paths';
import { localProjection } from './projection';
import { townLabelBox, townLabels } from './towns';

const proj = localProjection([12, 51], 20, 400);
const line = (kind: string, coordinates: [number, number][], ref?: string) => ({
  geometry: { type: 'LineString' as const, coordinates },
  properties: { kind, ref },
});
const collection: BasemapCollection = {
  features: [
    line(
      'motorway',
      [
        [11.5, 51],
        [12.5, 51],
      ],
      'A9',
    ),
    line(
      'motorway',
      [
        [13, 52],
        [13.5, 52.5],
      ],
      'A10',
    ),
    line('rail', [
      [12, 50.9],
      [12, 51.1],
    ]),
    { geometry: null, properties: { kind: 'motorway' } },
  ],
};

describe('layer paths', () => {
  it('keeps only the features of a kind that meet the map', () => {
    expect(featuresOfKind(collection, 'motorway', proj.bounds).map((f) => f.properties?.ref)).toEqual(['A9']);
    expect(featuresOfKind(collection, null, proj.bounds)).toHaveLength(2);
  });

  it('draws lines in view-box pixels, rings closed', () => {
    expect(linePath([[12, 51]], proj)).toBe('M200 200');
    expect(kindPath(collection, 'rail', proj)).toBe('M200 422.6L200 -22.6');
    expect(
      linePath(
        [
          [12, 51],
          [12.01, 51],
          [12, 51.01],
        ],
        proj,
        true,
      ),
    ).toMatch(/Z$/);
    expect(kindPath(collection, 'river', proj)).toBe('');
  });

  it('labels a line inside the inner map, not at its far ends, from its middle outwards', () => {
    const places = labelCandidates(collection.features[0]!.geometry!.coordinates as [number, number][], proj);
    expect(places.length).toBeGreaterThan(2);
    for (const [x, y] of places) {
      expect(x).toBeGreaterThan(60);
      expect(x).toBeLessThan(340);
      expect(y).toBeCloseTo(200, 5);
    }
    // The first is the middle one; each next is no nearer to it.
    const fromMiddle = places.map(([x]) => Math.abs(x - places[0]![0]));
    fromMiddle.forEach((d, i) => expect(d).toBeGreaterThanOrEqual((fromMiddle[i - 1] ?? 0) - 1e-6));
  });

  it('moves a second label along its line off the first, and leaves out one with no free place', () => {
    const box = { halfWidth: 15, halfHeight: 9 };
    const placed = placeLabels([
      { ref: 'A9', candidates: [[200, 200]], ...box },
      // Crosses the A9 at its shield: its next place clears it.
      {
        ref: 'A14',
        candidates: [
          [205, 200],
          [230, 204],
          [260, 210],
        ],
        ...box,
      },
      // Only the spot of the A9's shield.
      { ref: 'A38', candidates: [[198, 199]], ...box },
    ] as ({ ref: string; candidates: [number, number][] } & typeof box)[]);
    expect(placed.map((p) => [p.ref, p.at])).toEqual([
      ['A9', [200, 200]],
      ['A14', [260, 210]],
    ]);
  });
  it("keeps a label clear of what is on the map already (a town's name)", () => {
    const box = { halfWidth: 15, halfHeight: 9 };
    const town = { at: [220, 200] as [number, number], halfWidth: 30, halfHeight: 9 };
    const placed = placeLabels(
      [
        {
          ref: 'A14',
          candidates: [
            [210, 200],
            [300, 200],
          ] as [number, number][],
          ...box,
        },
      ],
      { taken: [town] },
    );
    expect(placed.map((p) => p.at)).toEqual([[300, 200]]);
  });
});

describe('townLabels', () => {
  const town = (name: string, lon: number, lat: number, population: number) => ({
    name,
    lon,
    lat,
    population,
  });

  it('names the larger of two close towns, skips towns outside and on the site', () => {
    const labels = townLabels(
      [
        town('Small', 12.101, 51.001, 2000),
        town('Large', 12.1, 51, 50_000),
        town('Far', 13, 51, 100_000),
        town('OnSite', 12.0005, 51.0005, 80_000),
        town('Other', 11.9, 50.95, 5000),
      ],
      proj,
    );
    expect(labels.map((l) => [l.name, l.major])).toEqual([
      ['Large', true],
      ['Other', false],
    ]);
  });

  it("gives a name's box on the side it is written: right of the dot, left of it near the right edge", () => {
    const [left] = townLabels([town('Wolfen', 11.95, 51, 20_000)], proj);
    const leftBox = townLabelBox(left!);
    expect(leftBox.at[0] - leftBox.halfWidth).toBeLessThan(left!.x);
    expect(leftBox.at[0] + leftBox.halfWidth).toBeGreaterThan(left!.x + 7 + 6 * 8);
    const [right] = townLabels([town('Wolfen', 12.08, 51, 20_000)], proj);
    const rightBox = townLabelBox(right!);
    expect(rightBox.at[0] + rightBox.halfWidth).toBeGreaterThan(right!.x);
    expect(rightBox.at[0] - rightBox.halfWidth).toBeLessThan(right!.x - 7 - 6 * 8);
  });

  it('names no town under what the map draws over it (a marker, a cluster)', () => {
    const towns = [town('Large', 12.1, 51, 50_000), town('Other', 11.9, 50.95, 5000)];
    const [large] = townLabels(towns, proj);
    const marker = { at: [large!.x, large!.y] as [number, number], halfWidth: 11, halfHeight: 11 };
    expect(townLabels(towns, proj, { avoid: [marker] }).map((l) => l.name)).toEqual(['Other']);
  });

  it('writes a name on the other side of its dot when something covers its usual side', () => {
    const towns = [town('Wolfen', 11.95, 51, 20_000)];
    const [usual] = townLabels(towns, proj);
    expect(usual!.side).toBe('start');
    const marker = { at: [usual!.x + 30, usual!.y] as [number, number], halfWidth: 11, halfHeight: 11 };
    expect(townLabels(towns, proj, { avoid: [marker] })).toMatchObject([{ name: 'Wolfen', side: 'end' }]);
  });
});
