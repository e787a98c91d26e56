/**
 * TanStack Router keeps scroll positions in sessionStorage under this key (router-core's
 * `storageKey`; a test compares the two) and reads them once, when its module is evaluated.
 * An entry it cannot use (`null`, a number, broken JSON, positions that are not numbers) breaks
 * the page or the restored list, so it is checked, and removed if bad, before that happens.
 */
export const SCROLL_STORAGE_KEY = 'tsr-scroll-restoration-v1_3';

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isPosition = (v: unknown) => isRecord(v) && Number.isFinite(v.scrollX) && Number.isFinite(v.scrollY);

/** `{ [locationKey]: { [elementSelector]: { scrollX, scrollY } } }`, numbers finite. */
export function isScrollStore(value: unknown): boolean {
  return (
    isRecord(value) && Object.values(value).every((e) => isRecord(e) && Object.values(e).every(isPosition))
  );
}

function sessionStore(): Storage | undefined {
  try {
    return sessionStorage;
  } catch {
    return undefined; // storage blocked (sandboxed frame, privacy settings)
  }
}

/** Removes the router's scroll entry unless it is usable; true when it removed one. */
export function resetBadScrollStorage(storage: Storage | undefined = sessionStore()): boolean {
  try {
    const text = storage?.getItem(SCROLL_STORAGE_KEY);
    if (text === null || text === undefined) return false;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      value = undefined;
    }
    if (isScrollStore(value)) return false;
    storage!.removeItem(SCROLL_STORAGE_KEY);
    return true;
  } catch {
    return false; // a storage that throws on access: the router copes with that itself
  }
}
