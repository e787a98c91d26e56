/**
 * CSV export at 100,000 synthetic sites (data:synth, seed 1), both dialects: median time of the
 * whole file as one byte buffer and as one string, and of the UI path (time slices into a Blob)
 * with its longest slice between two yields. Results: docs/performance.md, "CSV export".
 * Run: npx tsx scripts/measure/csv-export-median.ts [--runs 15]
 */
import { sitesToCsv, sitesToCsvBlob, sitesToCsvBytes } from '@/features/export/csv-export';
import { DIALECTS } from '@/features/export/csv-writer';
import { syntheticSites } from '../../bench/named-queries';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 15;
const BASE = 'https://standorte.example.org/';
const sites = syntheticSites(100_000);

const stats = (times: number[]) => {
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(0);
  return `median ${at(0.5)} ms, min ${at(0)} ms, p90 ${at(0.9)} ms`;
};

async function main() {
  for (const dialect of Object.values(DIALECTS)) {
    const bytes: number[] = [];
    const text: number[] = [];
    const ui: number[] = [];
    const slices: number[] = [];
    let size = 0;
    for (let r = 0; r < runs; r++) {
      let t0 = performance.now();
      size = sitesToCsvBytes(sites, dialect, BASE).length;
      bytes.push(performance.now() - t0);

      t0 = performance.now();
      sitesToCsv(sites, dialect, BASE);
      text.push(performance.now() - t0);

      let longest = 0;
      t0 = performance.now();
      let sliceStart = t0;
      await sitesToCsvBlob(sites, dialect, BASE, {
        yieldToPage: async () => {
          longest = Math.max(longest, performance.now() - sliceStart);
          await new Promise<void>((resolve) => setTimeout(resolve, 0));
          sliceStart = performance.now();
        },
      });
      longest = Math.max(longest, performance.now() - sliceStart);
      ui.push(performance.now() - t0);
      slices.push(longest);
    }
    console.log(`${dialect.id} (${(size / 1e6).toFixed(1)} MB), ${runs} runs each:`);
    console.log(`  one byte buffer: ${stats(bytes)}`);
    console.log(`  one string:      ${stats(text)}`);
    console.log(`  UI path (Blob):  ${stats(ui)}; longest slice ${stats(slices)}`);
  }
}

void main();
