/**
 * Runs in the page before any of the app's scripts (Playwright `addInitScript`): records, in ms
 * since navigation start, the first paint, the first pointer move, and every map `idle`, which
 * the app reports by writing `data-rendered-sites` on the map container (what MapLibre really
 * drew, use-site-layers.ts). That attribute exists in the baseline as well, so both builds are
 * measured the same way without new performance marks.
 */
export interface MapFrame {
  t: number;
  /** Sites drawn (cluster members counted). */
  sites: number;
}

export interface MapAbProbe {
  firstPaint: number | null;
  pointer: number | null;
  frames: MapFrame[];
}

declare global {
  interface Window {
    __mapAb: MapAbProbe;
  }
}

export function installProbe(): void {
  const probe: MapAbProbe = { firstPaint: null, pointer: null, frames: [] };
  window.__mapAb = probe;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      if (entry.name === 'first-contentful-paint') probe.firstPaint ??= entry.startTime;
  }).observe({ type: 'paint', buffered: true });
  const onPointer = () => {
    probe.pointer ??= performance.now();
    window.removeEventListener('pointermove', onPointer, true);
  };
  window.addEventListener('pointermove', onPointer, true);
  new MutationObserver((records) => {
    const t = performance.now();
    for (const record of records) {
      const value = (record.target as HTMLElement).dataset.renderedSites;
      probe.frames.push({ t, sites: Number(value) });
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-rendered-sites'] });
}
