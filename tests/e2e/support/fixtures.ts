import type { Browser } from 'playwright-core';
import { test as base } from 'vitest';
import { launchBrowser } from './browser';
import { SiteFinderDriver } from './site-finder-driver';
import { appUrl } from './urls';

/**
 * `test` with two fixtures:
 * - `browser`: one headless Chromium per spec file;
 * - `site`: a {@link SiteFinderDriver} in a fresh browser context per test. When the test
 *   failed, a screenshot is saved to `test-results/<file>--<test>.png` first.
 */
export const test = base
  // Vitest reads the fixtures a fixture needs from its first parameter, which must be a pattern.
  // eslint-disable-next-line no-empty-pattern
  .extend('browser', { scope: 'file' }, async ({}, { onCleanup }): Promise<Browser> => {
    const browser = await launchBrowser();
    onCleanup(() => browser.close());
    return browser;
  })
  .extend('site', async ({ browser, task }, { onCleanup }) => {
    const site = await SiteFinderDriver.open(browser, appUrl());
    onCleanup(async () => {
      if (task.result?.state === 'fail') {
        const file = task.file.name.replace(/^.*\//, '').replace(/\.e2e\.ts$/, '');
        const path = await site.screenshot(`${file}--${task.name}`).catch(() => null);
        if (path) console.error(`[e2e] screenshot of the failed test: ${path}`);
        const errors = site.pageErrors();
        if (errors.length > 0) console.error(`[e2e] page errors:\n${errors.join('\n')}`);
      }
      await site.close();
    });
    return site;
  });

export { describe, expect } from 'vitest';
