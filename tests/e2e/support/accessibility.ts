import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** WCAG 2.0/2.1/2.2 A and AA rules (axe's tags): the level the app is held to. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * axe-core's violations on the page as short lines: `rule (impact): target – summary`: the WCAG
 * rules, plus `region` (all content inside landmarks; axe files it under best practice).
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const wcag = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const region = await new AxeBuilder({ page }).withRules(['region']).analyze();
  return [...wcag.violations, ...region.violations].flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact ?? '?'}): ${n.target.join(' ')} – ${n.failureSummary ?? ''}`),
  );
}

export interface ControlBox {
  name: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** The control's own height, where a scrolling box shows only part of it. */
  fullHeight: number;
  /** Inside the map (its own controls are MapLibre's and the map's layout). */
  inMap: boolean;
}

/** Boxes of the visible interactive elements (links, buttons, inputs, selects, summaries). */
export async function interactiveBoxes(page: Page): Promise<ControlBox[]> {
  return page.evaluate(() => {
    const selector = 'a[href], button, input:not([type="hidden"]), select, textarea, summary';
    return (
      Array.from(document.querySelectorAll<HTMLElement>(selector))
        // Closed <details> hide their content with content-visibility, which only this sees.
        .filter((el) => el.checkVisibility({ visibilityProperty: true }))
        // A checkbox or radio is tapped through its label: the label is the target.
        .map((el) => (el.matches('[type="checkbox"], [type="radio"]') ? (el.closest('label') ?? el) : el))
        .filter((el) => {
          const style = getComputedStyle(el);
          const r = el.getBoundingClientRect();
          return style.visibility !== 'hidden' && style.display !== 'none' && r.width > 0 && r.height > 0;
        })
        .filter((el) => !el.closest('.visually-hidden, .maplibregl-ctrl-attrib-inner, [aria-hidden="true"]'))
        .filter((el) => !el.matches('.skip-link:not(:focus)'))
        // One box per line box: a link that wraps has two, and the gap between them is no overlap.
        .flatMap((el) => {
          const name = (el.getAttribute('aria-label') ?? el.textContent ?? el.tagName).trim().slice(0, 60);
          const inMap = Boolean(
            el.closest('.explorer__map, section[aria-label="Karte"], section[aria-label="Map"]'),
          );
          // What a scrolling box (the filters beside the list) hides of it is not on the screen.
          const clip = (r: DOMRect) => {
            let [left, top, right, bottom] = [r.left, r.top, r.right, r.bottom];
            for (let a = el.parentElement; a; a = a.parentElement) {
              const style = getComputedStyle(a);
              if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
              const b = a.getBoundingClientRect();
              [left, top, right, bottom] = [
                Math.max(left, b.left),
                Math.max(top, b.top),
                Math.min(right, b.right),
                Math.min(bottom, b.bottom),
              ];
            }
            return { x: left, y: top, width: right - left, height: bottom - top, fullHeight: r.height };
          };
          return Array.from(el.getClientRects())
            .filter((r) => r.width > 0 && r.height > 0)
            .map(clip)
            .filter((r) => r.width > 0 && r.height > 0)
            .map((r) => ({ name: `${el.tagName.toLowerCase()} "${name}"`, ...r, inMap }));
        })
    );
  });
}
