/**
 * What the page's JS heap holds after a load (issue 22: the sites the page keeps are what every
 * young-generation collection copies): opens a built app in headless Chromium, waits for the full
 * result count and 3 s more, collects garbage, takes a heap snapshot and prints the objects by
 * kind (count and size) and how many strings are repeated copies of another one.
 *
 *   NODE_OPTIONS=--max-old-space-size=8000 npx tsx scripts/measure/heap-census.ts \
 *     --app http://127.0.0.1:4400/ [--out /tmp/heap.heapsnapshot] [--top 15]
 *
 * Serve the dist and its data first, as for scripts/measure/load-profile.ts. A snapshot at
 * 100,000 sites is about 300 MB of JSON; reading it needs the larger Node heap above.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { MEASURE_CHROMIUM_ARGS } from './browser-args';
import { waitForFullCount } from './search-page';

const option = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : fallback;
};
const appUrl = option('app', 'http://127.0.0.1:4400/');
const out = option('out', '/tmp/heap.heapsnapshot');
const top = Number(option('top', '15'));

async function snapshot() {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: MEASURE_CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(appUrl);
    await waitForFullCount(page);
    await page.waitForTimeout(3000);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    const chunks: string[] = [];
    cdp.on('HeapProfiler.addHeapSnapshotChunk', (e) => chunks.push(e.chunk));
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
    writeFileSync(out, chunks.join(''));
  } finally {
    await browser.close();
  }
}

interface Snapshot {
  snapshot: {
    meta: { node_fields: string[]; node_types: [string[]]; edge_fields: string[]; edge_types: [string[]] };
  };
  nodes: number[];
  edges: number[];
  strings: string[];
}

/** Nodes a snapshot adds for heap numbers' values (an edge "value" to a string): not in the heap. */
function numberValueNodes(s: Snapshot, type: (node: number) => string): Set<number> {
  const { node_fields: nf, edge_fields: ef } = s.snapshot.meta;
  const edgeTypes = s.snapshot.meta.edge_types[0];
  const edgeCount = nf.indexOf('edge_count');
  const toNode = ef.indexOf('to_node');
  const edgeType = ef.indexOf('type');
  const values = new Set<number>();
  for (let node = 0, edge = 0; node < s.nodes.length; node += nf.length) {
    const n = s.nodes[node + edgeCount]!;
    const isNumber = type(node) === 'number';
    for (let j = 0; j < n; j++, edge += ef.length)
      if (isNumber && edgeTypes[s.edges[edge + edgeType]!] === 'internal')
        values.add(s.edges[edge + toNode]!);
  }
  return values;
}

function census(s: Snapshot) {
  const { node_fields: nf } = s.snapshot.meta;
  const types = s.snapshot.meta.node_types[0];
  const [typeAt, nameAt, sizeAt] = ['type', 'name', 'self_size'].map((f) => nf.indexOf(f)) as [
    number,
    number,
    number,
  ];
  const type = (node: number) => types[s.nodes[node + typeAt]!]!;
  const pseudo = numberValueNodes(s, type);
  const kinds = new Map<string, { n: number; bytes: number }>();
  const strings = new Map<string, number>();
  let bytes = 0;
  for (let node = 0; node < s.nodes.length; node += nf.length) {
    if (pseudo.has(node)) continue;
    const t = type(node);
    const name = s.strings[s.nodes[node + nameAt]!]!;
    const size = s.nodes[node + sizeAt]!;
    if (t === 'string') strings.set(name, (strings.get(name) ?? 0) + 1);
    const key = t.includes('string') ? t : t === 'number' ? 'heap number' : `${t}: ${name.slice(0, 40)}`;
    const k = kinds.get(key) ?? { n: 0, bytes: 0 };
    k.n++;
    k.bytes += size;
    kinds.set(key, k);
    bytes += size;
  }
  const mb = (b: number) => `${(b / 1024 / 1024).toFixed(1)} MB`;
  console.log(`${mb(bytes)} in ${[...kinds.values()].reduce((a, k) => a + k.n, 0)} nodes\n`);
  for (const [key, k] of [...kinds].sort((a, b) => b[1].bytes - a[1].bytes).slice(0, top))
    console.log(`${mb(k.bytes).padStart(9)} ${String(k.n).padStart(9)}  ${key}`);
  const copies = [...strings.values()].reduce((a, n) => a + n - 1, 0);
  const total = [...strings.values()].reduce((a, n) => a + n, 0);
  console.log(`\nstrings: ${total}, of them ${copies} copies of another string; most copied:`);
  for (const [text, n] of [...strings].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`${String(n).padStart(9)}  ${JSON.stringify(text.slice(0, 50))}`);
}

await snapshot();
census(JSON.parse(readFileSync(out, 'utf8')) as Snapshot);
