/// <reference lib="webworker" />
import type { FromWorker, ToWorker } from './protocol';
import { createWorkerHandler } from './worker-handler';

/**
 * The data worker: fetches, parses and validates the site collections off the page's thread
 * (decision 0022). The page receives the validated sites in chunks and never parses or checks
 * a record itself.
 */
declare const self: DedicatedWorkerGlobalScope;

const handle = createWorkerHandler((message: FromWorker) => self.postMessage(message));
self.onmessage = (event: MessageEvent<ToWorker>) => handle(event.data);
