import type { BuildLabel, RunResult } from './page-run';
import { median, stats, type Stats } from './stats';

/** The budget: the candidate's median may be at most 20 % slower than the baseline's. */
export const BUDGET_RATIO = 1.2;

type MetricKey = 'firstFrameAllSites' | 'filterToMap' | 'mapReady' | 'filterToResults' | 'pointerMove';

interface MetricDef {
  key: MetricKey;
  label: string;
  /** Held to the 20 % budget (the others are shown to explain a difference). */
  budget: boolean;
}

export const METRICS: readonly MetricDef[] = [
  { key: 'firstFrameAllSites', label: 'navigation → first live-map frame with all sites', budget: true },
  { key: 'filterToMap', label: 'filter change → map updated (`sf:filter-to-map`)', budget: true },
  { key: 'mapReady', label: 'navigation → first live-map frame (basemap, first `idle`)', budget: false },
  { key: 'filterToResults', label: 'filter change → list updated (`sf:filter-to-results`)', budget: false },
  { key: 'pointerMove', label: 'navigation → pointer move (at first paint)', budget: false },
];

export interface MetricSummary extends MetricDef {
  baseline: Stats;
  candidate: Stats;
  /** candidate / baseline per pair (for a filter change: of each run's median). */
  pairRatios: number[];
  medianRatio: number;
  ratioOfMedians: number;
  pass: boolean | null;
}

/** All values of a build: the runs' single values, or every filter change of every run. */
const valuesOf = (runs: RunResult[], key: MetricKey): number[] =>
  runs.flatMap((r) => {
    const v = r[key];
    return typeof v === 'number' ? [v] : v;
  });

/** One value per run, for the pair ratios. */
const runValue = (run: RunResult, key: MetricKey): number => {
  const v = run[key];
  return typeof v === 'number' ? v : median(v);
};

export function pairRatios(runs: RunResult[], key: MetricKey): number[] {
  const pairs = [...new Set(runs.map((r) => r.pair))].sort((a, b) => a - b);
  const of = (pair: number, build: BuildLabel) => runs.find((r) => r.pair === pair && r.build === build);
  return pairs.flatMap((pair) => {
    const a = of(pair, 'baseline');
    const b = of(pair, 'candidate');
    return a && b ? [runValue(b, key) / runValue(a, key)] : [];
  });
}

export function summarise(runs: RunResult[]): MetricSummary[] {
  const byBuild = (build: BuildLabel) => runs.filter((r) => r.build === build);
  return METRICS.map((def) => {
    const baseline = stats(valuesOf(byBuild('baseline'), def.key));
    const candidate = stats(valuesOf(byBuild('candidate'), def.key));
    const ratios = pairRatios(runs, def.key);
    const medianRatio = median(ratios);
    return {
      ...def,
      baseline,
      candidate,
      pairRatios: ratios,
      medianRatio,
      ratioOfMedians: candidate.median / baseline.median,
      pass: def.budget ? medianRatio <= BUDGET_RATIO : null,
    };
  });
}
