/**
 * Writes a deterministic synthetic dataset for scale tests (same schemas as the sample data):
 *
 *   npm run data:synth -- --count 100000 --seed 1 [--out file]
 *
 * Default output: data/synthetic/sites-<count>-seed<seed>.json, one JSON object
 * {"plots": FeatureCollection, "halls": FeatureCollection}, read by `npm run api -- --data <file>`.
 */
import { closeSync, mkdirSync, openSync, statSync, writeSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSyntheticSites } from './sample-data/synth';

export interface SynthArgs {
  count: number;
  seed: number;
  out: string | null;
}

export function parseSynthArgs(argv: readonly string[]): SynthArgs {
  const value = (name: string): string | undefined => {
    const i = argv.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
    if (i < 0) return undefined;
    const arg = argv[i] as string;
    return arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[i + 1];
  };
  const int = (name: string, fallback: number, min: number): number => {
    const raw = value(name);
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min)
      throw new Error(`--${name} must be an integer ≥ ${min}, got "${raw}"`);
    return n;
  };
  return { count: int('count', 100_000, 1), seed: int('seed', 1, 0), out: value('out') ?? null };
}

/** Writes `{"plots": …, "halls": …}` feature by feature, so no giant string is built. */
function writeDataset(path: string, data: ReturnType<typeof generateSyntheticSites>): void {
  mkdirSync(dirname(path), { recursive: true });
  const fd = openSync(path, 'w');
  try {
    let buffer = '';
    const put = (s: string) => {
      buffer += s;
      if (buffer.length > 1 << 20) {
        writeSync(fd, buffer);
        buffer = '';
      }
    };
    const collection = (features: readonly unknown[]) => {
      put('{"type":"FeatureCollection","features":[');
      features.forEach((f, i) => put((i === 0 ? '\n' : ',\n') + JSON.stringify(f)));
      put('\n]}');
    };
    put('{"plots":');
    collection(data.plots);
    put(',\n"halls":');
    collection(data.halls);
    put('}\n');
    writeSync(fd, buffer);
  } finally {
    closeSync(fd);
  }
}

function main(): void {
  const args = parseSynthArgs(process.argv.slice(2));
  const defaultOut = fileURLToPath(
    new URL(`../data/synthetic/sites-${args.count}-seed${args.seed}.json`, import.meta.url),
  );
  const out = args.out === null ? defaultOut : resolve(args.out);
  const started = performance.now();
  const data = generateSyntheticSites(args.count, args.seed);
  const generated = performance.now();
  writeDataset(out, data);
  const seconds = (ms: number) => (ms / 1000).toFixed(1);
  const mb = (statSync(out).size / 1024 / 1024).toFixed(1);
  console.log(
    `${relative(process.cwd(), out)}: ${data.plots.length} plots + ${data.halls.length} halls, ${mb} MB ` +
      `(generated in ${seconds(generated - started)} s, written in ${seconds(performance.now() - generated)} s)`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
