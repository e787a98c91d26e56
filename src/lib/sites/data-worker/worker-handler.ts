import type { Site } from '../site';
import { CHUNK_SIZE, type FromWorker, sendableError, type ToWorker } from './protocol';
import { type CollectionRequest, readCollectionInWorker } from './read-collection';

/**
 * What the data worker does with a message from the page: loads a collection (fetch, parse,
 * validate) and sends its sites back in chunks as each page is read, or cancels a load. Kept apart from the worker's
 * global scope so tests can run it in-thread behind a stand-in Worker.
 */
export function createWorkerHandler(send: (message: FromWorker) => void): (message: ToWorker) => void {
  const running = new Map<number, AbortController>();

  async function load(id: number, request: CollectionRequest) {
    const controller = new AbortController();
    running.set(id, controller);
    try {
      const sendSites = (sites: Site[]) => {
        for (let i = 0; i < sites.length; i += CHUNK_SIZE)
          send({ type: 'sites', id, json: JSON.stringify(sites.slice(i, i + CHUNK_SIZE)) });
      };
      const { invalid, incomplete } = await readCollectionInWorker(request, sendSites, controller.signal);
      send({ type: 'done', id, invalid, incomplete });
    } catch (error) {
      send({ type: 'error', id, error: sendableError(error) });
    } finally {
      running.delete(id);
    }
  }

  return (message) => {
    if (message.type === 'abort') running.get(message.id)?.abort();
    else void load(message.id, message.request);
  };
}
