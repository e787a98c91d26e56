import type { MapAbArgs } from './args';
import type { SourceTree } from './builds';
import type { MachineInfo } from './machine';
import type { RunResult } from './page-run';
import { BUDGET_RATIO, type MetricSummary } from './summary';

export interface MapAbReport {
  args: MapAbArgs;
  startedAt: string;
  finishedAt: string;
  machine: MachineInfo;
  chromium: string;
  loadBefore: number[];
  loadAfter: number[];
  dataset: string;
  /** Both builds ship the same scripts and styles (an A/A calibration). */
  sameAssets: boolean;
  trees: Pick<SourceTree, 'label' | 'ref' | 'commit'>[];
  metrics: MetricSummary[];
  pass: boolean;
  runs: RunResult[];
}

const ms = (v: number) =>
  v >= 10_000 ? `${(v / 1000).toFixed(1)} s` : `${Math.round(v).toLocaleString('en')} ms`;
const ratio = (v: number) => v.toFixed(2);
const verdict = (m: MetricSummary) => (m.pass === null ? '–' : m.pass ? 'pass' : '**FAIL**');

function metricRow(m: MetricSummary): string {
  const b = m.baseline;
  const c = m.candidate;
  return (
    `| ${m.label} | ${ms(b.median)} | ${ms(b.p95)} | ${ms(c.median)} | ${ms(c.p95)} | ` +
    `${m.pairRatios.map(ratio).join(', ')} | **${ratio(m.medianRatio)}** (${ratio(m.ratioOfMedians)}) | ${verdict(m)} |`
  );
}

function sitesLine(runs: RunResult[]): string {
  const drawn = (build: RunResult['build']) =>
    [...new Set(runs.filter((r) => r.build === build).map((r) => r.sitesDrawn))].join('/');
  return `listed sites (all drawn at the first frame): baseline ${drawn('baseline')}, candidate ${drawn('candidate')}`;
}

/** The Markdown for docs/performance.md: context first, then the table and the verdict. */
export function toMarkdown(r: MapAbReport): string {
  const tree = (label: SourceTree['label']) => {
    const t = r.trees.find((x) => x.label === label)!;
    return `\`${t.ref}\` (${t.commit})`;
  };
  const m = r.machine;
  return [
    `### Map A/B: ${tree('baseline')} → ${tree('candidate')}, ${r.dataset}`,
    '',
    `- When: ${r.startedAt} – ${r.finishedAt} (UTC)`,
    `- Machine: ${m.cpuCount} × ${m.cpuModel}, ${m.totalMemGiB} GiB, ${m.os}, Node ${m.node}, ` +
      `Chromium ${r.chromium} (headless, SwiftShader WebGL), 1440×900`,
    ...(r.sameAssets ? ['- **A/A calibration**: both builds ship the same scripts and styles'] : []),
    `- Load average (1/5/15 min): before ${r.loadBefore.join(' / ')}, after ${r.loadAfter.join(' / ')}`,
    `- Runs: ${r.args.pairs} pair${r.args.pairs === 1 ? '' : 's'} in the order A,B,B,A,… (fresh context each); then ${r.args.changes} kind ` +
      `changes per build (Flächen ↔ Alle), alternating A,B,B,A,… between the pair's pages, ` +
      `${r.args.settleMs} ms settle after each; ${sitesLine(r.runs)}`,
    '',
    '| measure | baseline median | baseline p95 | candidate median | candidate p95 | ratio per pair | median ratio (ratio of medians) | ≤ ' +
      `${BUDGET_RATIO.toFixed(2)} |`,
    '|---|---:|---:|---:|---:|---|---:|---|',
    ...r.metrics.map(metricRow),
    '',
    `Result: ${r.pass ? '**pass**' : '**FAIL**'} (budget: median of the per-pair ratios ≤ ${BUDGET_RATIO.toFixed(2)} ` +
      'for the first frame with all sites and for filter change → map).',
    '',
  ].join('\n');
}
