import { describe, expect, it } from 'vitest';
import { sortSteps } from './sort-steps';

function drain(ids: Uint32Array, compare: (a: number, b: number) => number, rowsPerStep: number) {
  const steps = sortSteps(ids, compare, rowsPerStep);
  let pauses = 0;
  let step = steps.next();
  while (!step.done) {
    pauses++;
    step = steps.next();
  }
  return { order: [...step.value], pauses };
}

describe('sorting in steps', () => {
  it('gives the order a stable sort gives, ties in their first order', () => {
    // Values with many ties; the stable order keeps ids ascending within a value.
    const values = Array.from({ length: 1_000 }, (_, i) => (i * 7919) % 13);
    const byValue = (a: number, b: number) => values[a]! - values[b]!;
    const expected = [...values.keys()].sort(byValue);
    for (const rowsPerStep of [2, 3, 10, 64, 999, 1_000, 5_000]) {
      const { order } = drain(Uint32Array.from(values.keys()), byValue, rowsPerStep);
      expect(order, `rows per step ${rowsPerStep}`).toEqual(expected);
    }
  });

  it('sorts strings as the site keys are compared', () => {
    const keys = ['plot:b', 'hall:a', 'plot:a10', 'plot:a9', 'hall:a'];
    const cmp = (a: number, b: number) => (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : 0);
    expect(drain(Uint32Array.from(keys.keys()), cmp, 2).order).toEqual([1, 4, 2, 3, 0]);
  });

  it('pauses about once per step of rows', () => {
    const n = 100_000;
    const { order, pauses } = drain(
      Uint32Array.from({ length: n }, (_, i) => n - 1 - i),
      (a, b) => a - b,
      8192,
    );
    expect(order).toEqual([...Array(n).keys()]);
    // 13 runs, then 4 rounds of merging 100,000 rows.
    expect(pauses).toBeGreaterThanOrEqual(12 + 4 * 12);
  });

  it('sorts ids already in order, or in runs in order, with about one comparison per id', () => {
    const n = 100_000;
    // Two collections, each listed by id: the second's keys all come before the first's.
    const keys = Array.from({ length: n }, (_, i) => (i < 70_000 ? 30_000 + i : i - 70_000));
    let comparisons = 0;
    const cmp = (a: number, b: number) => (comparisons++, keys[a]! - keys[b]!);
    const { order } = drain(Uint32Array.from(keys.keys()), cmp, 8192);
    expect(order.every((id, k) => keys[id] === k)).toBe(true);
    // A full merge sort compares ~n·log2(n) ≈ 1.7 million times; here only the run holding the
    // change of collection is sorted, and only the merges across it compare item by item.
    expect(comparisons).toBeLessThan(5 * n);
  });

  it('handles nothing and a single id', () => {
    expect(drain(new Uint32Array(0), (a, b) => a - b, 4).order).toEqual([]);
    expect(drain(Uint32Array.of(5), (a, b) => a - b, 4).order).toEqual([5]);
  });
});
