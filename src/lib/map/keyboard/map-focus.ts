import { activateMap } from '../use-map-activation';

/**
 * Where "Zur Karte springen" puts the keyboard focus: on the live map's canvas once it runs;
 * before that on the preview's "Karte laden" button, and on the canvas as soon as the live map
 * is ready (the preview, and with it the focused button, is gone by then). The map never takes
 * the focus from an element the person has moved on to in the meantime.
 */
type FocusTarget = () => void;

let live: FocusTarget | null = null;
let preview: FocusTarget | null = null;
let pending = false;
/** Where the focus was when the map was asked for it (the skip link, "Karte laden"). */
let askedFrom: Element | null = null;

/**
 * The focus is still where the map was asked for it, or nowhere (it fell back to the page when
 * the preview went away): the person has not moved on.
 */
const focusIsFree = () => {
  const at = document.activeElement;
  return at === null || at === document.body || at === askedFrom;
};

const ask = () => {
  pending = true;
  askedFrom = document.activeElement;
};

/** Moves the focus to the map, starting the live map if it is not running yet. */
export function focusMap(): void {
  activateMap();
  if (live) {
    pending = false;
    live();
    return;
  }
  ask();
  preview?.();
}

/** The live map takes the focus when it is ready ("Karte laden" pressed). */
export function focusMapWhenLive(): void {
  ask();
}

/** The live map's focus target, once it is ready; returns the unregistration. */
export function registerLiveMapFocus(focus: FocusTarget): () => void {
  live = focus;
  if (pending && focusIsFree()) focus();
  pending = false;
  return () => {
    if (live === focus) live = null;
  };
}

/**
 * The preview's focus target while it is shown; returns the unregistration. Starting the map
 * shows a new preview while the map's code loads: it takes over the focus asked for.
 */
export function registerPreviewFocus(focus: FocusTarget): () => void {
  preview = focus;
  if (pending && focusIsFree()) focus();
  return () => {
    if (preview === focus) preview = null;
  };
}

/** For tests: no focus asked for. */
export function resetMapFocus(): void {
  pending = false;
  askedFrom = null;
}
