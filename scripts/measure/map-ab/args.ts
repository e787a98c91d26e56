import { parseArgs } from 'node:util';

export interface MapAbArgs {
  /** Git ref built as build A. */
  baseline: string;
  /** Git ref built as build B, or `worktree` for the working tree as it is. */
  candidate: string;
  /** `sample`: each build serves its own static sample API; a number: one synthetic API for both. */
  count: 'sample' | number;
  pairs: number;
  changes: number;
  /** Pause after each change's map update, so every change starts from a settled page. */
  settleMs: number;
  out: string | null;
  /** Every run and the summary; by default next to `--out`, else /tmp/map-ab-report.json. */
  json: string;
}

export const USAGE = `Usage: npx tsx scripts/measure/map-ab.ts --baseline <git-ref> [--candidate <git-ref>|worktree]
    --count sample|<n> [--pairs 8] [--changes 10] [--settle 1000] [--out file.md] [--json file.json]`;

const positiveInt = (name: string, raw: string | undefined, fallback: number): number => {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be an integer ≥ 1, got "${raw}"`);
  return n;
};

/** Parses the CLI; throws an Error with a readable message on bad input. */
export function parseMapAbArgs(argv: string[]): MapAbArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      baseline: { type: 'string' },
      candidate: { type: 'string' },
      count: { type: 'string' },
      pairs: { type: 'string' },
      changes: { type: 'string' },
      settle: { type: 'string' },
      out: { type: 'string' },
      json: { type: 'string' },
    },
    strict: true,
    allowPositionals: false,
  });
  if (!values.baseline) throw new Error('--baseline <git-ref> is required');
  if (!values.count) throw new Error('--count sample|<n> is required');
  const settle = values.settle === undefined ? 1000 : Number(values.settle);
  if (!Number.isInteger(settle) || settle < 0) throw new Error(`--settle must be an integer ≥ 0`);
  return {
    baseline: values.baseline,
    candidate: values.candidate ?? 'worktree',
    count: values.count === 'sample' ? 'sample' : positiveInt('count', values.count, 0),
    pairs: positiveInt('pairs', values.pairs, 8),
    changes: positiveInt('changes', values.changes, 10),
    settleMs: settle,
    out: values.out ?? null,
    json: values.json ?? (values.out ? values.out.replace(/(\.md)?$/, '.json') : '/tmp/map-ab-report.json'),
  };
}
