export interface Stats {
  n: number;
  median: number;
  p95: number;
  min: number;
  max: number;
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Nearest-rank p95 (with few values, the largest or second largest). */
export function stats(xs: readonly number[]): Stats {
  const s = [...xs].sort((a, b) => a - b);
  return {
    n: s.length,
    median: median(s),
    p95: s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)]!,
    min: s[0]!,
    max: s[s.length - 1]!,
  };
}
