/**
 * Reading a Chrome trace recorded with V8's sampling profiler (`disabled-by-default-v8.cpu_profiler`):
 * the renderer's main thread, its samples in time order, and labels for their frames placed by a
 * build's source maps. Shared by scripts/measure/filter-profile.ts and load-tasks.ts.
 */
import { readFileSync } from 'node:fs';
import { sourcePlacer, type CallFrame } from './source-frames';

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  args: {
    data?: {
      startTime?: number;
      cpuProfile?: { nodes?: { id: number; parent?: number; callFrame: CallFrame }[]; samples?: number[] };
      timeDeltas?: number[];
    };
  };
}

export const readTrace = (file: string) =>
  (JSON.parse(readFileSync(file, 'utf8')) as { traceEvents: TraceEvent[] }).traceEvents;

/** The renderer's main thread ("pid:tid"): the one running the most script. */
export function mainThreadOf(events: TraceEvent[]): string {
  const calls = new Map<string, number>();
  for (const e of events)
    if (e.name === 'FunctionCall') calls.set(`${e.pid}:${e.tid}`, (calls.get(`${e.pid}:${e.tid}`) ?? 0) + 1);
  return [...calls].sort((a, b) => b[1] - a[1])[0]![0];
}

export interface Samples {
  frames: Map<number, CallFrame>;
  /** Node id → its caller's node id. */
  parents: Map<number, number>;
  samples: { ts: number; frame: number }[];
  /** The median time between two samples (µs). */
  interval: number;
}

/** The main thread's samples (timestamp in µs, profile node), in time order. */
export function mainThreadSamples(events: TraceEvent[]): Samples {
  const main = mainThreadOf(events);
  const profiles = new Map<string, { at: number; main: boolean }>();
  for (const e of events)
    if (e.name === 'Profile')
      profiles.set(`${e.pid}:${e.id}`, { at: e.args.data!.startTime!, main: `${e.pid}:${e.tid}` === main });
  const frames = new Map<number, CallFrame>();
  const parents = new Map<number, number>();
  const samples: Samples['samples'] = [];
  for (const e of events) {
    const profile = profiles.get(`${e.pid}:${e.id}`);
    if (e.name !== 'ProfileChunk' || !profile?.main) continue;
    const chunk = e.args.data!;
    for (const n of chunk.cpuProfile?.nodes ?? []) {
      frames.set(n.id, n.callFrame);
      if (n.parent !== undefined) parents.set(n.id, n.parent);
    }
    (chunk.cpuProfile?.samples ?? []).forEach((frame, i) => {
      profile.at += chunk.timeDeltas?.[i] ?? 0;
      samples.push({ ts: profile.at, frame });
    });
  }
  samples.sort((a, b) => a.ts - b.ts);
  const deltas = samples.slice(1).map((s, i) => s.ts - samples[i]!.ts);
  const interval = deltas.sort((a, b) => a - b)[Math.floor(deltas.length / 2)] ?? 0;
  return { frames, parents, samples, interval };
}

/**
 * The time a sample stands for (ms): until the next one, but at most four sampling intervals —
 * the profiler takes no samples while the thread sleeps, so a longer gap is idle time.
 */
export function sampleMs({ samples, interval }: Samples, i: number): number {
  const next = samples[i + 1];
  return next ? Math.min(next.ts - samples[i]!.ts, 4 * interval) / 1000 : 0;
}

/** "function src/file.ts:line" for a frame, placed by the build's source maps in `dist`. */
export function frameLabeller(dist: string) {
  const place = sourcePlacer(dist);
  return (frame: CallFrame): string => {
    const at = place(frame);
    const where = at
      ? ` ${at.source.replace(/.*node_modules\//, '').replace(/.*\/src\//, 'src/')}:${at.line}`
      : '';
    return `${frame.functionName || '(anonymous)'}${where}`;
  };
}
