import type { Locator, Page } from 'playwright-core';

export interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
  height: number;
  width: number;
}

/** The first match's box in CSS px relative to the viewport, or null when not rendered. */
export async function boxOf(page: Page, selector: string): Promise<Box | null> {
  return page.evaluate((s) => {
    const el = document.querySelector(s);
    if (!el) return null;
    const r = el.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, height: r.height, width: r.width };
  }, selector);
}

/** Whether the element lies wholly inside the viewport (the first screen, without scrolling). */
export async function inFirstScreen(page: Page, locator: Locator): Promise<boolean> {
  const r = await locator.boundingBox();
  const v = page.viewportSize()!;
  return (
    r !== null && r.y >= 0 && r.x >= 0 && r.y + r.height <= v.height + 0.5 && r.x + r.width <= v.width + 0.5
  );
}

/** How far the page can scroll sideways (0 when it cannot). */
export async function sidewaysScroll(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/**
 * Boxes in the page that hide what sticks out at their side (overflow-x hidden or clip) while
 * something does: content cut off at the right edge where the page itself cannot scroll. Text
 * shortened on purpose (text-overflow: ellipsis) and text for screen readers only do not count.
 */
export async function cutOffSideways(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('body *'))
      .filter((el) => {
        const style = getComputedStyle(el);
        return (
          (style.overflowX === 'hidden' || style.overflowX === 'clip') &&
          style.textOverflow !== 'ellipsis' &&
          !el.classList.contains('visually-hidden') &&
          el.clientWidth > 1 && // 1 px boxes clipped on purpose: text for screen readers only
          el.scrollWidth > el.clientWidth + 1
        );
      })
      .map(
        (el) => `${el.tagName.toLowerCase()}.${el.className}: ${el.scrollWidth} px in ${el.clientWidth} px`,
      ),
  );
}

/** Font sizes (px, as drawn on screen) of the SVG text on the page below `min`. */
export async function svgTextBelow(page: Page, min: number): Promise<string[]> {
  return page.evaluate(
    (m) =>
      Array.from(document.querySelectorAll<SVGTextElement>('main svg text'))
        .map((t) => ({
          text: t.textContent ?? '',
          px: parseFloat(getComputedStyle(t).fontSize) * (t.ownerSVGElement?.getScreenCTM()?.a ?? 1),
        }))
        .filter((t) => t.text.trim() !== '' && t.px < m - 0.05)
        .map((t) => `${t.text}: ${t.px.toFixed(1)} px`),
    min,
  );
}

/**
 * Chart text (the overview's bars, a site's profile) drawn past its drawing's left or right edge,
 * where the SVG cuts it off: "765,82 ha · 95: 8 px over" for each.
 */
export async function chartTextCut(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(
      document.querySelectorAll<SVGTextElement>('main svg.bar-chart text, main svg.site-profile__chart text'),
    )
      .map((t) => {
        const text = t.getBoundingClientRect();
        const svg = t.ownerSVGElement!.getBoundingClientRect();
        return { text: t.textContent ?? '', over: Math.max(text.right - svg.right, svg.left - text.left) };
      })
      .filter((t) => t.text.trim() !== '' && t.over > 0.5)
      .map((t) => `${t.text}: ${t.over.toFixed(0)} px over`),
  );
}

/** Axis tick labels of the overview's charts that run into their neighbour ("200.000400.000"). */
export async function overlappingTicks(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('main svg.bar-chart')).flatMap((svg) => {
      const ticks = Array.from(svg.querySelectorAll('.visx-axis-tick text')).map((t) => ({
        text: t.textContent ?? '',
        box: t.getBoundingClientRect(),
      }));
      return ticks
        .slice(1)
        .map((t, i) => ({ before: ticks[i]!, t }))
        .filter(({ before, t }) => t.box.left < before.box.right)
        .map(({ before, t }) => `${before.text} | ${t.text}`);
    }),
  );
}

/**
 * How far the middle of an element's text lies from the middle of its box (px, signed: positive
 * when the text sits low); null when the element is missing or holds no text.
 */
export async function textOffCentre(page: Page, selector: string): Promise<number | null> {
  return page.evaluate((s) => {
    const el = document.querySelector(s);
    if (!el || !el.textContent?.trim()) return null;
    const range = document.createRange();
    range.selectNodeContents(el);
    const text = range.getBoundingClientRect();
    const box = el.getBoundingClientRect();
    return (text.top + text.bottom) / 2 - (box.top + box.bottom) / 2;
  }, selector);
}

/**
 * The text fields and menus on the page whose text is smaller than `minPx` (a phone browser
 * zooms the page into a field under 16 px when it gets the focus), as "label: size".
 */
export async function smallFields(page: Page, minPx = 16): Promise<string[]> {
  return page.evaluate((min) => {
    const fields = document.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(
      'input:not([type=checkbox], [type=radio], [type=file], [type=hidden]), select, textarea',
    );
    return Array.from(fields)
      .filter((el) => el.getClientRects().length > 0)
      .filter((el) => parseFloat(getComputedStyle(el).fontSize) < min - 0.01)
      .map(
        (el) =>
          `${el.labels?.[0]?.textContent?.trim() ?? el.getAttribute('aria-label') ?? el.name}: ${getComputedStyle(el).fontSize}`,
      );
  }, minPx);
}
