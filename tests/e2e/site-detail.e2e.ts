import { describe, expect, test } from './support/fixtures';
import { isListed, readSampleFeatures } from './support/sample-data';

/** The site page, reached by deep link (every `site` is a fresh browser context). */

describe('site page', () => {
  test('a deep link shows the site name', async ({ site }) => {
    const plot = readSampleFeatures('plots').find(isListed);
    expect(plot, 'data/plots.json has a plot that is not withdrawn').toBeDefined();
    await site.openSite(`plots/${encodeURIComponent(String(plot!.id))}`);
    await expect.poll(() => site.detailTitle()).toBe(String(plot!.properties.name).trim());
  });

  test('an unknown site key shows "Standort nicht gefunden"', async ({ site }) => {
    await site.openSite('plots/no-such-site');
    await expect.poll(() => site.detailTitle()).toBe('Standort nicht gefunden');
  });
});
