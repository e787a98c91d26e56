import { describe, expect, it } from 'vitest';
import { parseMapAbArgs } from './args';
import type { RunResult } from './page-run';
import { pairOrder } from './pairs';
import { pairRatios, summarise } from './summary';

const run = (build: RunResult['build'], pair: number, first: number, changes: number[]): RunResult => ({
  build,
  pair,
  firstPaint: 100,
  pointerMove: 150,
  mapReady: first,
  firstFrameAllSites: first,
  sitesDrawn: 230,
  filterToMap: changes,
  filterToResults: changes.map((c) => c / 2),
});

describe('map A/B summary', () => {
  it('alternates the order A,B,B,A,…', () => {
    expect([0, 1, 2, 3].map(pairOrder)).toEqual([
      ['baseline', 'candidate'],
      ['candidate', 'baseline'],
      ['baseline', 'candidate'],
      ['candidate', 'baseline'],
    ]);
  });

  it('divides the candidate by the baseline of the same pair, a filter run by its median', () => {
    const runs = [
      run('baseline', 0, 1000, [100, 100, 400]),
      run('candidate', 0, 1100, [150, 150, 100]),
      run('candidate', 1, 3000, [100]),
      run('baseline', 1, 2000, [100]),
    ];
    expect(pairRatios(runs, 'firstFrameAllSites')).toEqual([1.1, 1.5]);
    expect(pairRatios(runs, 'filterToMap')).toEqual([1.5, 1]);
  });

  it('passes at a median ratio of 1.20 and fails above it; informative measures have no verdict', () => {
    const runs = [
      run('baseline', 0, 1000, [100]),
      run('candidate', 0, 1200, [100]),
      run('candidate', 1, 1300, [130]),
      run('baseline', 1, 1000, [100]),
      run('baseline', 2, 1000, [100]),
      run('candidate', 2, 1000, [125]),
    ];
    const [first, map, ready] = summarise(runs);
    expect(first).toMatchObject({ medianRatio: 1.2, pass: true });
    expect(map).toMatchObject({ pass: false });
    expect(map!.medianRatio).toBeCloseTo(1.25);
    expect(ready!.pass).toBeNull();
  });

  it('reads the CLI, with the candidate defaulting to the working tree', () => {
    expect(parseMapAbArgs(['--baseline', 'main', '--count', '100000'])).toMatchObject({
      baseline: 'main',
      candidate: 'worktree',
      count: 100000,
      pairs: 8,
      changes: 10,
      json: '/tmp/map-ab-report.json',
    });
    expect(parseMapAbArgs(['--baseline', 'v1', '--count', 'sample', '--out', 'x.md']).json).toBe('x.json');
    expect(() => parseMapAbArgs(['--baseline', 'main', '--count', 'lots'])).toThrow(/--count/);
    expect(() => parseMapAbArgs(['--count', 'sample'])).toThrow(/--baseline/);
  });
});
