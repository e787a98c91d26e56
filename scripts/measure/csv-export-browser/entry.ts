/** Bundled for scripts/measure/csv-export-browser.ts: the export and the synthetic sites, in the page. */
import { sitesToCsvBlob, sitesToCsvBytes } from '@/features/export/csv-export';
import { DIALECTS } from '@/features/export/csv-writer';
import { validateSites } from '@/lib/sites/validate-sites';
import type { Site } from '@/lib/sites/site';

let sites: Site[] = [];

/** The synthetic features (served by the measuring script), validated as the app does. */
async function load(url: string) {
  const data = (await (await fetch(url)).json()) as { plots: unknown[]; halls: unknown[] };
  sites = [
    ...validateSites('plots', 'plot', data.plots).sites,
    ...validateSites('halls', 'hall', data.halls).sites,
  ];
  return sites.length;
}

/** One UI-path export: total time, longest slice between yields, long tasks seen, file size. */
async function exportOnce(dialectId: keyof typeof DIALECTS) {
  let longest = 0;
  let slices = 0;
  const t0 = performance.now();
  let sliceStart = t0;
  const blob = await sitesToCsvBlob(sites, DIALECTS[dialectId], 'https://standorte.example.org/', {
    yieldToPage: async () => {
      longest = Math.max(longest, performance.now() - sliceStart);
      slices++;
      await (globalThis as unknown as { scheduler: { yield: () => Promise<void> } }).scheduler.yield();
      sliceStart = performance.now();
    },
  });
  longest = Math.max(longest, performance.now() - sliceStart);
  return { totalMs: performance.now() - t0, longestSliceMs: longest, slices: slices + 1, bytes: blob.size };
}

/** The whole file as one byte buffer, no slices: the writer's own cost. */
function bytesMs(dialectId: keyof typeof DIALECTS) {
  const t0 = performance.now();
  sitesToCsvBytes(sites, DIALECTS[dialectId], 'https://standorte.example.org/');
  return performance.now() - t0;
}

/** What handing the sites to a worker would cost: the structured clone postMessage does. */
function cloneMs() {
  const t0 = performance.now();
  structuredClone(sites);
  return performance.now() - t0;
}

Object.assign(globalThis, { csvBench: { load, exportOnce, bytesMs, cloneMs } });
