import { fileURLToPath } from 'node:url';
import type { Locator } from 'playwright-core';
import { interactiveBoxes, type ControlBox } from './support/accessibility';
import { run } from './support/expose-pdf';
import { describe, expect, test } from './support/fixtures';
import { isListed, readSampleFeatures, type SampleFeature } from './support/sample-data';

/**
 * Phone, tablet, laptops and desktop: screenshots (test-results/layout-*.png) and geometric checks: no
 * control outside the viewport horizontally, no two controls overlapping, and on a phone every
 * control at least 44 px tall.
 */

const WIDTHS = [
  ['phone', 375, 740],
  ['tablet', 768, 1024],
  ['small laptop', 1024, 768],
  ['laptop', 1280, 800],
  ['desktop', 1440, 900],
] as const;

const plot = readSampleFeatures('plots').find(isListed)!;
const hall = readSampleFeatures('halls').find(isListed)!;

/** Pairs of boxes that overlap by more than a pixel each way (nested elements do not count). */
function overlaps(boxes: ControlBox[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
      const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
      const nested =
        (a.x <= b.x && a.y <= b.y && a.x + a.width >= b.x + b.width && a.y + a.height >= b.y + b.height) ||
        (b.x <= a.x && b.y <= a.y && b.x + b.width >= a.x + a.width && b.y + b.height >= a.y + a.height);
      if (w > 1 && h > 1 && !nested) out.push(`${a.name} × ${b.name}`);
    }
  return out;
}

/** The controls (at least `least`) stand side by side: one top and one height, to a pixel. */
async function expectOneRow(controls: Locator, least: number) {
  await expect.poll(() => controls.count()).toBeGreaterThanOrEqual(least);
  const boxes = await controls.evaluateAll((elements) =>
    elements.map((el) => {
      const r = el.getBoundingClientRect();
      return { name: el.textContent?.trim() ?? '', top: r.top, height: r.height };
    }),
  );
  const heights = boxes.map((b) => b.height);
  const tops = boxes.map((b) => b.top);
  const described = boxes
    .map((b) => `${b.name.slice(0, 12)} ${b.top.toFixed(1)}+${b.height.toFixed(1)}`)
    .join(', ');
  expect(Math.max(...heights) - Math.min(...heights), described).toBeLessThan(1.5);
  expect(Math.max(...tops) - Math.min(...tops), described).toBeLessThan(1.5);
}

const pages = [
  ['search', '/'],
  ['detail', `/sites/plots/${plot.id}`],
  ['news', '/news'],
] as const;

describe('layout at three widths', () => {
  for (const [device, width, height] of WIDTHS) {
    for (const [pageName, path] of pages) {
      test(`${pageName} on a ${device} (${width} px): nothing clipped or overlapping`, async ({ site }) => {
        await site.resize(width, height);
        await site.page.goto(`${site.appUrl}${path}`);
        await site.page.locator('h1').first().waitFor({ state: 'attached' });
        await site.settle();
        await site.screenshot(`layout-${pageName}-${device}`);
        const boxes = await interactiveBoxes(site.page);
        expect(boxes.length).toBeGreaterThan(3);
        const viewportWidth = await site.page.evaluate(() => document.documentElement.clientWidth);
        const outside = boxes.filter((b) => b.x < -1 || b.x + b.width > viewportWidth + 1).map((b) => b.name);
        expect(outside).toEqual([]);
        expect(overlaps(boxes.filter((b) => !b.inMap))).toEqual([]);
        if (device === 'phone') {
          const small = boxes
            .filter((b) => !b.inMap && b.fullHeight < 44)
            .map((b) => `${b.name}: ${b.fullHeight}px`);
          expect(small).toEqual([]);
        }
      });
    }
  }

  test("a site page's and the shortlist's actions stand in one row of one height on a desktop", async ({
    site,
  }) => {
    await site.resize(1440, 900);
    await site.page.goto(`${site.appUrl}/sites/plots/${plot.id}`);
    await expectOneRow(site.page.locator('.site-detail__actions').getByRole('button'), 3);
    await site.page.goto(`${site.appUrl}/shortlist?ids=plots/${plot.id},halls/${hall.id}`);
    // The tools themselves, not what the export menu holds.
    await expectOneRow(
      site.page
        .locator('.shortlist-page__tools')
        .locator(':scope > a, :scope > button, :scope > .copy-link > button'),
      3,
    );
  });

  test("every page's title has the same size, on a phone as on a desktop", async ({ site }) => {
    const titled = ['/overview', '/news', '/projects', '/events', '/shortlist', '/searches', '/compare'];
    for (const [width, height] of [
      [390, 844],
      [1440, 900],
    ] as const) {
      await site.resize(width, height);
      const sizes: Record<string, string> = {};
      for (const path of [...titled, `/sites/plots/${plot.id}`, '/no-such-page']) {
        await site.page.goto(`${site.appUrl}${path}`);
        const title = site.page.locator('h1').first();
        await title.waitFor();
        sizes[path] = await title.evaluate((h) => getComputedStyle(h).fontSize);
      }
      expect(new Set(Object.values(sizes)), JSON.stringify(sizes)).toEqual(new Set(['22.4px']));
    }
  });

  test('on a desktop the comparison gives every site a column of the same width, however long its name; on A4 names break only between words', async ({
    site,
  }) => {
    const halls = readSampleFeatures('halls').filter(isListed);
    const nameOf = (f: SampleFeature) => String(f.properties.name);
    const longestWord = (f: SampleFeature) =>
      Math.max(
        ...nameOf(f)
          .split(' ')
          .map((w) => w.length),
      );
    const shortest = halls.reduce((a, b) => (nameOf(b).length < nameOf(a).length ? b : a));
    const longest = halls.reduce((a, b) => (longestWord(b) > longestWord(a) ? b : a));
    const ids = [`halls/${longest.id}`, `halls/${shortest.id}`, `plots/${plot.id}`];
    for (const [width, height] of [
      [1440, 900],
      [1024, 768],
    ] as const) {
      await site.resize(width, height);
      await site.page.goto(`${site.appUrl}/compare?ids=${ids.join(',')}`);
      const heads = site.page.locator('.compare-table thead th');
      await expect.poll(() => heads.count()).toBe(4);
      const widths = await heads.evaluateAll((ths) =>
        ths.slice(1).map((th) => th.getBoundingClientRect().width),
      );
      expect(Math.max(...widths) - Math.min(...widths), widths.join(', ')).toBeLessThan(1.5);
      expect((await site.page.locator('.compare-table').boundingBox())!.width).toBeLessThanOrEqual(width);
    }
    await site.screenshot('layout-compare-desktop');

    // On A4 the names break between words, never inside one ("BentallGreenOa|k").
    await site.page.emulateMedia({ media: 'print' });
    const pdf = fileURLToPath(new URL('../../test-results/layout-compare-print.pdf', import.meta.url));
    await site.page.pdf({ path: pdf, format: 'A4', printBackground: true });
    const printed = new Set(
      [...run('pdftotext', ['-bbox', pdf, '-']).matchAll(/<word [^>]*>([^<]*)</g)].map((m) => m[1]!),
    );
    const names = [longest, shortest, plot].map(nameOf);
    // A word may break after its hyphen (Dresden-|Friedrichstadt), nowhere else.
    const whole = (word: string) => printed.has(word) || word.split(/(?<=-)/).every((p) => printed.has(p));
    const broken = names.flatMap((n) => n.split(' ')).filter((word) => !whole(word));
    expect(broken, names.join(' | ')).toEqual([]);
  });

  test("six sites side by side on a tablet: each name's words whole and inside its column; the table scrolls sideways, not on a wide screen", async ({
    site,
  }) => {
    const listed = (collection: string) =>
      readSampleFeatures(collection)
        .filter(isListed)
        .map((f) => ({ key: `${collection}/${f.id}`, words: String(f.properties.name).split(' ') }));
    // The plots with the longest single words in their names, and three halls.
    const longest = (w: string[]) => Math.max(...w.map((x) => x.length));
    const plots = listed('plots').sort((a, b) => longest(b.words) - longest(a.words));
    const six = [...plots.slice(0, 3), ...listed('halls').slice(0, 3)].map((s) => s.key);
    await site.resize(768, 1024);
    await site.page.goto(`${site.appUrl}/compare?ids=${six.join(',')}`);
    const heads = site.page.locator('.compare-table thead th a');
    await expect.poll(() => heads.count()).toBe(6);
    // A word (or a part up to its hyphen, where it may break) over two lines has two boxes; one
    // clipped by the next column ends past its cell.
    const misfits = await heads.evaluateAll((links) =>
      links.flatMap((a) => {
        const cell = a.closest('th')!.getBoundingClientRect();
        const text = a.firstChild!;
        const out: string[] = [];
        for (const m of (text.textContent ?? '').matchAll(/[^\s-]+-?/g)) {
          const range = document.createRange();
          range.setStart(text, m.index!);
          range.setEnd(text, m.index! + m[0].length);
          const boxes = Array.from(range.getClientRects());
          if (boxes.length !== 1 || boxes[0]!.right > cell.right + 0.5) out.push(m[0]);
        }
        return out;
      }),
    );
    expect(misfits).toEqual([]);
    const scroller = site.page.locator('.compare-page');
    expect(await scroller.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);

    // On a 1440 px screen the page widens for them: six equal columns, nothing to scroll sideways.
    await site.resize(1440, 900);
    await expect
      .poll(() => scroller.evaluate((el) => el.scrollWidth - el.clientWidth))
      .toBeLessThanOrEqual(0);
    const widths = await site.page
      .locator('.compare-table thead th')
      .evaluateAll((ths) => ths.slice(1).map((th) => th.getBoundingClientRect().width));
    expect(Math.max(...widths) - Math.min(...widths), widths.join(', ')).toBeLessThan(1.5);
    await site.screenshot('layout-compare-six-desktop');
  });

  test('on a desktop the filters scroll on their own above the list; list or map alone use the width', async ({
    site,
  }) => {
    await site.resize(1440, 900);
    await site.openSearch();
    await site.settle();
    const box = (selector: string) =>
      site.page.evaluate((s) => {
        const r = document.querySelector(s)!.getBoundingClientRect();
        return { width: r.width, height: r.height, bottom: r.bottom };
      }, selector);
    // Beside the map: the panel itself does not scroll; the list ends at the window's bottom.
    const panel = await box('.explorer__panel');
    expect(
      await site.page.evaluate(() => document.querySelector('.explorer__panel')!.scrollHeight),
    ).toBeLessThanOrEqual(Math.ceil(panel.height) + 1);
    expect(Math.abs((await box('#results')).bottom - panel.bottom)).toBeLessThan(2);
    // "Liste": one wide column, not the split view's 440 px beside an empty map area.
    await site.openSearch('view=list');
    expect((await box('.explorer__panel')).width).toBeGreaterThan(800);
    // "Karte": the map across the whole width.
    // (The panel with the result count is hidden there: wait for the map area instead.)
    await site.page.goto(`${site.appUrl}/?view=map`);
    await site.page.getByRole('region', { name: 'Karte' }).first().waitFor();
    expect((await box('.explorer__map')).width).toBeGreaterThan(1400);
  });

  test('on a phone the filters fold into a drawer', async ({ site }) => {
    await site.resize(375, 740);
    await site.openSearch('kind=plots&state=SN');
    const toggle = site.page.getByRole('button', { name: 'Filter (2 aktiv)' });
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await site.page.getByLabel('Fläche von (ha)').isVisible()).toBe(false);
    await toggle.click();
    expect(await site.page.getByLabel('Fläche von (ha)').isVisible()).toBe(true);
    await site.screenshot('layout-filters-open-phone');
  });
});
