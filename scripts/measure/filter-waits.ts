/**
 * What each filter change of a trace waits for (issue 22): reads a Chrome trace written by
 * scripts/measure/filter-profile.ts (`--out`) and prints, per `sf:filter-to-results` interval
 * (change committed → new count painted), the renderer main thread's tasks (start relative to the
 * change, length, the longest events inside) and how long other threads were busy in it, named
 * by the trace (CrGpuMain: the GPU process, where SwiftShader draws and rasters on this machine).
 *
 *   npx tsx scripts/measure/filter-waits.ts [/tmp/filter-trace.json] [--min 3] [--measure list|map]
 */
import { readTrace, mainThreadOf, type TraceEvent } from './trace-samples';

const file = process.argv[2]?.startsWith('--')
  ? '/tmp/filter-trace.json'
  : (process.argv[2] ?? '/tmp/filter-trace.json');
const minIndex = process.argv.indexOf('--min');
const minTaskUs = Number(minIndex > 0 ? process.argv[minIndex + 1] : 3) * 1000;

const events = readTrace(file);
const main = mainThreadOf(events);
const threadOf = (e: TraceEvent) => `${e.pid}:${e.tid}`;
const names = new Map<string, string>();
for (const e of events)
  if (e.ph === 'M' && e.name === 'thread_name')
    names.set(threadOf(e), (e.args as { name?: string }).name ?? '');
/** `--measure map`: the intervals up to the map's update instead of the list's. */
const measureIndex = process.argv.indexOf('--measure');
const measure =
  measureIndex > 0 && process.argv[measureIndex + 1] === 'map' ? 'sf:filter-to-map' : 'sf:filter-to-results';
const marks = events.filter((e) => e.name === measure && e.cat.includes('user_timing'));
const starts = marks.filter((e) => e.ph === 'b').map((e) => e.ts);
const ends = marks.filter((e) => e.ph === 'e').map((e) => e.ts);
const complete = events.filter((e) => e.ph === 'X' && e.dur !== undefined);
const onMain = complete.filter((e) => threadOf(e) === main);
const tasks = complete.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask');
const ms = (us: number) => (us / 1000).toFixed(0);

/** The longest kinds of event inside a task, summed by name. */
function inside(task: TraceEvent): string {
  const end = task.ts + task.dur!;
  const byName = new Map<string, number>();
  for (const e of onMain)
    if (e !== task && e.name !== 'RunTask' && e.ts >= task.ts && e.ts + e.dur! <= end)
      byName.set(e.name, (byName.get(e.name) ?? 0) + e.dur!);
  return [...byName]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 4)
    .map(([n, d]) => `${n} ${ms(d)}`)
    .join(', ');
}

starts.forEach((start, k) => {
  const end = ends[k]!;
  console.log(`change ${k + 1}: ${ms(end - start)} ms`);
  for (const task of onMain)
    if (task.name === 'RunTask' && task.dur! >= minTaskUs && task.ts + task.dur! >= start && task.ts <= end)
      console.log(
        `  main ${ms(task.ts - start).padStart(5)} ms +${ms(task.dur!).padStart(4)}  ${inside(task)}`,
      );
  const busy = new Map<string, number>();
  for (const t of tasks) {
    if (threadOf(t) === main) continue;
    const overlap = Math.min(t.ts + t.dur!, end) - Math.max(t.ts, start);
    if (overlap > 0) busy.set(threadOf(t), (busy.get(threadOf(t)) ?? 0) + overlap);
  }
  const other = [...busy]
    .filter(([, us]) => us >= 5000)
    .map(([t, us]) => `${names.get(t) ?? t} ${ms(us)} ms`);
  console.log(`  other threads busy: ${other.join(', ') || 'none over 5 ms'}`);
});
