/**
 * Sorts `ids` by `compare` in steps of about `rowsPerStep` items: runs of that length are sorted
 * one per step, then merged pairwise, pausing within a merge. The result is what a stable sort
 * gives (a comparator sort of 100,000 ids by their site keys is one task of 100–200 ms on a slow
 * machine). Returns the sorted array (`ids` itself or its buffer twin).
 *
 * Input already in order costs about one comparison per id: a run in order is not sorted, and two
 * runs in order are copied, not merged (a server lists its features by id, so the site keys of a
 * collection usually arrive sorted).
 */
export function* sortSteps(
  ids: Uint32Array,
  compare: (a: number, b: number) => number,
  rowsPerStep: number,
): Generator<void, Uint32Array> {
  const n = ids.length;
  const run = Math.max(2, rowsPerStep);
  for (let start = 0; start < n; start += run) {
    const part = ids.subarray(start, Math.min(n, start + run));
    // A typed array's sort with a comparator is stable.
    if (!inOrder(part, compare)) part.sort(compare);
    if (start + run < n) yield;
  }
  let from: Uint32Array = ids;
  let to: Uint32Array = new Uint32Array(n);
  for (let width = run; width < n; width *= 2) {
    let merged = 0;
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(n, lo + width);
      const hi = Math.min(n, lo + 2 * width);
      if (mid >= hi || compare(from[mid - 1]!, from[mid]!) <= 0) {
        to.set(from.subarray(lo, hi), lo);
        continue;
      }
      let i = lo;
      let j = mid;
      for (let k = lo; k < hi; k++) {
        // Ties take the left run first: stable.
        to[k] = j >= hi || (i < mid && compare(from[i]!, from[j]!) <= 0) ? from[i++]! : from[j++]!;
        if (++merged >= rowsPerStep) {
          merged = 0;
          yield;
        }
      }
    }
    [from, to] = [to, from];
  }
  return from;
}

function inOrder(ids: Uint32Array, compare: (a: number, b: number) => number): boolean {
  for (let k = 1; k < ids.length; k++) if (compare(ids[k - 1]!, ids[k]!) > 0) return false;
  return true;
}
