import { appConfig } from '@/config/app-config';
import type { Site } from '../site';
import { type FromWorker, receivedError, type ToWorker } from './protocol';
import { type CollectionRequest, type LoadedCollection, readCollectionOnPage } from './read-collection';

interface Pending {
  sites: Site[];
  resolve: (loaded: LoadedCollection) => void;
  reject: (error: unknown) => void;
  /** Loads again on the page: the worker failed before it answered. */
  fallBack: () => void;
}

const pending = new Map<number, Pending>();
let nextId = 1;
/** undefined: not started yet; null: no worker here (or it failed): load on the page. */
let worker: Worker | null | undefined;

function receive({ data }: MessageEvent<FromWorker>) {
  const load = pending.get(data.id);
  if (!load) return;
  if (data.type === 'sites') {
    for (const site of JSON.parse(data.json) as Site[]) load.sites.push(site);
    return;
  }
  pending.delete(data.id);
  if (data.type === 'error') load.reject(receivedError(data.error));
  else load.resolve({ sites: load.sites, invalid: data.invalid, incomplete: data.incomplete });
}

/** A worker that could not start or crashed: what it was loading is loaded on the page. */
function giveUp() {
  worker?.terminate();
  worker = null;
  const loads = [...pending.values()];
  pending.clear();
  for (const load of loads) load.fallBack();
}

function dataWorker(): Worker | null {
  if (worker !== undefined) return worker;
  if (typeof Worker !== 'function' || !appConfig.dataWorker) return (worker = null);
  try {
    worker = new Worker(new URL('./data-worker.ts', import.meta.url), { type: 'module', name: 'sf-data' });
  } catch {
    return (worker = null);
  }
  worker.addEventListener('message', receive);
  worker.addEventListener('error', giveUp);
  return worker;
}

const post = (message: ToWorker) => worker?.postMessage(message);

/**
 * Loads one collection: in the data worker when the build says `VITE_DATA_WORKER=on` and the
 * browser runs it, on the page otherwise (the default, jsdom, a browser or policy that refuses the
 * worker, a worker that fails). Same result either way (decision 0022).
 */
export function loadCollection(request: CollectionRequest, signal?: AbortSignal): Promise<LoadedCollection> {
  const onPage = () => readCollectionOnPage(request, signal);
  const target = dataWorker();
  if (!target) return onPage();
  return new Promise<LoadedCollection>((resolve, reject) => {
    const id = nextId++;
    const fallBack = () => onPage().then(resolve, reject);
    pending.set(id, { sites: [], resolve, reject, fallBack });
    signal?.addEventListener('abort', () => {
      if (!pending.delete(id)) return;
      post({ type: 'abort', id });
      reject(signal.reason);
    });
    post({ type: 'load', id, request });
  });
}
