import { axeViolations } from './support/accessibility';
import { describe, expect, test } from './support/fixtures';
import type { SiteFinderDriver } from './support/site-finder-driver';

/** The map by keyboard alone: the skip link, stepping through the sites in view, Enter. */

// Gotha's industrial estate at zoom 13: four sites (three plots, a hall), nothing else in view.
const GOTHA = '#map=13.00/50.94763/10.72985';
const STEP = /^Standort (\d+) von (\d+) im Kartenausschnitt: (.+), (.+)$/;

/** Tab to "Zur Karte springen" and follow it: the first key press has started the live map. */
async function skipToMap(site: SiteFinderDriver): Promise<void> {
  await site.tabTo(/^Zur Karte springen$/);
  await site.press('Enter');
  await expect.poll(() => site.focused(), { timeout: 30_000 }).toMatchObject({ tag: 'canvas' });
  await site.waitForMapSettled();
}

/** Presses a key on the focused map and returns the announcement that follows. */
async function stepWith(site: SiteFinderDriver, key: string, before: string): Promise<string> {
  await site.press(key);
  await expect.poll(() => site.mapAnnouncement()).not.toBe(before);
  return site.mapAnnouncement();
}

describe('the map by keyboard', () => {
  test('skip link, n / p through the sites in view, Enter selects, Enter again opens', async ({ site }) => {
    await site.openPath(`/${GOTHA}`);
    // Nobody has touched the page: the static preview, no live map yet.
    expect(await site.showsMapPreview()).toBe(true);
    await skipToMap(site);

    const first = STEP.exec(await stepWith(site, 'n', ''));
    expect(first).not.toBeNull();
    const [, position, total, name] = first!;
    expect(position).toBe('1');
    expect(Number(total)).toBeGreaterThanOrEqual(3);
    const key = await site.resultKey(name!);
    await expect.poll(() => site.resultIsHighlighted(name!)).toBe(true);
    await expect.poll(() => site.resultIsInView(name!)).toBe(true);
    expect((await site.mapState()).hoveredSite).toBe(key);
    await site.screenshot('map-keyboard--first-site-marked');

    const second = STEP.exec(await stepWith(site, 'n', first![0]));
    expect(second?.[1]).toBe('2');
    expect(second?.[3]).not.toBe(name);
    await expect.poll(() => site.resultIsHighlighted(second![3]!)).toBe(true);
    await expect.poll(() => site.resultIsInView(second![3]!)).toBe(true);
    expect((await site.mapState()).hoveredSite).toBe(await site.resultKey(second![3]!));
    await site.screenshot('map-keyboard--second-site-marked');

    expect(await stepWith(site, 'p', second![0])).toBe(first![0]);
    await expect.poll(() => site.resultIsHighlighted(name!)).toBe(true);

    // Arrows still pan (MapLibre's own keys), and the mark stays.
    const hash = site.hash();
    await site.press('ArrowLeft');
    await expect.poll(() => site.hash()).not.toBe(hash);

    await site.press('Enter');
    await expect.poll(() => site.searchParams().get('sel')).toBe(key);
    await expect.poll(() => site.popupText()).toContain(name);
    expect(await site.mapAnnouncement()).toBe(`Ausgewählt: ${name}. Enter öffnet die Seite des Standorts.`);
    await site.screenshot('map-keyboard--selected-popup');
    expect(await axeViolations(site.page)).toEqual([]);

    await site.press('Enter');
    await expect.poll(() => site.detailTitle()).toBe(name);
    expect(site.searchParams().get('sel')).toBeNull();
  });

  test('Enter on a group zooms into it; Escape clears the mark', async ({ site }) => {
    await site.openPath('/#map=8.00/51.30000/12.40000');
    await skipToMap(site);
    const zoom = (await site.mapState()).zoom;
    let said = '';
    for (let i = 0; i < 40 && !said.startsWith('Gruppe'); i++) said = await stepWith(site, 'n', said);
    expect(said).toMatch(/^Gruppe mit \d+ Standorten, \d+ von \d+ im Kartenausschnitt$/);
    expect((await site.mapState()).hoveredSite).not.toBe('');
    await site.screenshot('map-keyboard--group-marked');

    await site.press('Escape');
    await expect.poll(async () => (await site.mapState()).hoveredSite).toBe('');

    said = await stepWith(site, 'p', said);
    for (let i = 0; i < 40 && !said.startsWith('Gruppe'); i++) said = await stepWith(site, 'p', said);
    await site.press('Enter');
    await expect.poll(async () => (await site.mapState()).zoom).toBeGreaterThan(zoom + 0.9);
    expect(await site.mapAnnouncement()).toMatch(/^Vergrößert auf die Gruppe mit \d+ Standorten/);
  });

  test('the keys are named near the map while it has keyboard focus', async ({ site }) => {
    await site.openPath(`/${GOTHA}`);
    await skipToMap(site);
    await expect.poll(() => site.showsMapKeyHint()).toBe(true);
    await site.tabTo(/.+/);
    await expect.poll(() => site.showsMapKeyHint()).toBe(false);
  });
});
