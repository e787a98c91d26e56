import KDBush from 'kdbush';

/**
 * A KD-tree of points built in steps. `KDBush.finish()` sorts every point in one call (at
 * 100,000 sites a task of 50–60 ms on a slow machine); this sorts its public `ids` and `coords`
 * the same way (each range split at its middle item, on alternating axes, down to ranges of
 * `nodeSize`) with an explicit stack, pausing after about `rowsPerStep` items, and hands the
 * sorted buffer to `KDBush.from`, which reads it as a finished index.
 */
export function* kdTreeSteps(
  lon: ArrayLike<number>,
  lat: ArrayLike<number>,
  rowsPerStep: number,
  nodeSize = 64,
): Generator<void, KDBush> {
  const n = lon.length;
  const tree = new KDBush(n, nodeSize);
  for (let i = 0; i < n; i++) tree.add(lon[i]!, lat[i]!);
  const { ids, coords } = tree;
  const stack: number[] = [0, n - 1, 0];
  let work = 0;
  while (stack.length > 0) {
    const axis = stack.pop()!;
    const right = stack.pop()!;
    const left = stack.pop()!;
    if (right - left <= nodeSize) continue;
    const m = (left + right) >> 1;
    selectMiddle(ids, coords, m, left, right, axis);
    stack.push(left, m - 1, 1 - axis, m + 1, right, 1 - axis);
    work += right - left + 1;
    if (work >= rowsPerStep) {
      work = 0;
      yield;
    }
  }
  return KDBush.from(tree.data);
}

type Ids = Uint16Array | Uint32Array;
type Coords = KDBush['coords'];

/**
 * Moves the k-th smallest item on `axis` within [left, right] to k, with no larger item before
 * it and no smaller one after it (Hoare's partition around a median of three, narrowed to the
 * side holding k).
 */
function selectMiddle(ids: Ids, coords: Coords, k: number, left: number, right: number, axis: number) {
  while (right > left) {
    const pivot = medianOfThree(
      coords[2 * left + axis]!,
      coords[2 * ((left + right) >> 1) + axis]!,
      coords[2 * right + axis]!,
    );
    let i = left;
    let j = right;
    while (i <= j) {
      while (coords[2 * i + axis]! < pivot) i++;
      while (coords[2 * j + axis]! > pivot) j--;
      if (i <= j) swapItems(ids, coords, i++, j--);
    }
    // Now [left, j] ≤ pivot ≤ [i, right], and anything between them equals the pivot.
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else return;
  }
}

function medianOfThree(a: number, b: number, c: number): number {
  if (a < b) return b < c ? b : a < c ? c : a;
  return a < c ? a : b < c ? c : b;
}

function swapItems(ids: Ids, coords: Coords, i: number, j: number) {
  const id = ids[i]!;
  ids[i] = ids[j]!;
  ids[j] = id;
  for (let d = 0; d < 2; d++) {
    const c = coords[2 * i + d]!;
    coords[2 * i + d] = coords[2 * j + d]!;
    coords[2 * j + d] = c;
  }
}
